package dev.dossier.nlp.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003-style files: one token per line with whitespace-separated columns (token first),
 * a blank line between sentences and a {@code -DOCSTART-} line before each document.
 */
public final class ConllReader {

  private ConllReader() {}

  /**
   * Reads a UTF-8 CoNLL file into documents.
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException naming the file and line of a row whose column count differs
   *     from the first row's
   */
  public static List<ConllDocument> read(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    }
  }

  /** Reads CoNLL text from {@code r}; {@code name} appears in error messages. */
  public static List<ConllDocument> read(BufferedReader r, String name) throws IOException {
    List<ConllDocument> docs = new ArrayList<>();
    List<ConllSentence> sentences = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    int columns = -1;
    int lineNo = 0;
    int first = 0;
    String line;
    while ((line = r.readLine()) != null) {
      lineNo++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("-DOCSTART-")) {
        if (!rows.isEmpty()) {
          sentences.add(new ConllSentence(first, rows));
          rows = new ArrayList<>();
        }
        if (t.startsWith("-DOCSTART-") && !sentences.isEmpty()) {
          docs.add(new ConllDocument(sentences));
          sentences = new ArrayList<>();
        }
        continue;
      }
      String[] cols = t.split("\\s+");
      if (columns < 0) {
        columns = cols.length;
      } else if (cols.length != columns) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": expected " + columns
            + " columns, found " + cols.length + ": " + line);
      }
      if (rows.isEmpty()) {
        first = lineNo;
      }
      rows.add(cols);
    }
    if (!rows.isEmpty()) {
      sentences.add(new ConllSentence(first, rows));
    }
    if (!sentences.isEmpty()) {
      docs.add(new ConllDocument(sentences));
    }
    return docs;
  }
}
