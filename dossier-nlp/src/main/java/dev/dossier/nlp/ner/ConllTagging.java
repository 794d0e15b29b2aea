package dev.dossier.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags a CoNLL-format stream: keeps the given tokenisation (the first column of each line), tags
 * each document (the lines between {@code -DOCSTART-} lines) as one {@link NerDocument}, and writes
 * every input line with the predicted IOB2 tag appended as a new last column. Blank lines and
 * {@code -DOCSTART-} lines are written unchanged, so standard conlleval scorers read the output.
 */
public final class ConllTagging {

  private ConllTagging() {}

  /**
   * @return the number of tokens tagged
   * @throws IOException if reading fails
   */
  public static long tag(BufferedReader in, PrintWriter out, NerTagger tagger) throws IOException {
    List<String> lines = new ArrayList<>();
    long tokens = 0;
    String line;
    while ((line = in.readLine()) != null) {
      if (line.strip().startsWith("-DOCSTART-")) {
        tokens += flush(lines, out, tagger);
        out.println(line);
      } else {
        lines.add(line);
      }
    }
    tokens += flush(lines, out, tagger);
    out.flush();
    return tokens;
  }

  private static long flush(List<String> lines, PrintWriter out, NerTagger tagger) {
    List<String> words = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    boolean inSentence = false;
    for (String l : lines) {
      String t = l.strip();
      if (t.isEmpty()) {
        inSentence = false;
        continue;
      }
      if (!inSentence) {
        starts.add(words.size());
        inSentence = true;
      }
      int sp = indexOfSpace(t);
      words.add(sp < 0 ? t : t.substring(0, sp));
    }
    String[] tags = new String[0];
    if (!words.isEmpty()) {
      NerDocument doc = new NerDocument(words.toArray(String[]::new), null,
          starts.stream().mapToInt(Integer::intValue).toArray());
      int[] labels = tagger.tag(doc, null);
      tags = NerLabels.toIob2(labels, 0, labels.length);
    }
    int k = 0;
    for (String l : lines) {
      if (l.strip().isEmpty()) {
        out.println(l);
      } else {
        out.println(stripEnd(l) + " " + tags[k++]);
      }
    }
    lines.clear();
    return words.size();
  }

  private static int indexOfSpace(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isWhitespace(t.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String stripEnd(String s) {
    int e = s.length();
    while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
      e--;
    }
    return s.substring(0, e);
  }
}
