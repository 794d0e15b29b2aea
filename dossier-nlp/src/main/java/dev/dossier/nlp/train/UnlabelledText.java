package dev.dossier.nlp.train;

import dev.dossier.nlp.text.NewsTokenizer;
import dev.dossier.nlp.text.SentenceSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads unlabelled news text for word clustering: Reuters-21578 SGML bodies, BBC News text files,
 * PolNeAR article texts (any directory of {@code .txt} files) and the GMB word column, and hands out
 * tokenised sentences. Text is tokenised with {@link NewsTokenizer} so the clusters see the same
 * tokens as the running pipeline. Files are read in sorted order, so the stream is reproducible.
 */
public final class UnlabelledText {

  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
  private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);

  private final NewsTokenizer tokenizer = new NewsTokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  /**
   * Feeds every sentence of {@code source} to {@code sink}. A {@code .sgm} file or a directory of
   * them is read as Reuters-21578, a {@code .csv} file as GMB (latin-1, word in column 2), anything
   * else as plain text files (a directory is walked recursively for {@code *.txt}).
   *
   * @throws UncheckedIOException naming the file that could not be read
   */
  public void read(Path source, Consumer<String[]> sink) {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(source)) {
      try (Stream<Path> s = Files.walk(source)) {
        s.filter(Files::isRegularFile)
            .filter(p -> p.toString().endsWith(".sgm") || p.toString().endsWith(".txt"))
            .filter(p -> !p.getFileName().toString().matches("(?i)(README|SOURCE|LICENSE).*"))
            .sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + source, e);
      }
    } else {
      files.add(source);
    }
    for (Path f : files) {
      try {
        String name = f.getFileName().toString();
        if (name.endsWith(".csv")) {
          gmb(f, sink);
        } else if (name.endsWith(".sgm")) {
          String sgm = Files.readString(f, StandardCharsets.ISO_8859_1);
          Matcher m = BODY.matcher(sgm);
          while (m.find()) {
            text(unescape(m.group(1)), sink);
          }
          Matcher t = TITLE.matcher(sgm);
          while (t.find()) {
            text(unescape(t.group(1)), sink);
          }
        } else {
          text(new String(Files.readAllBytes(f), StandardCharsets.UTF_8), sink);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f, e);
      }
    }
  }

  private void text(String text, Consumer<String[]> sink) {
    int[] tokens = tokenizer.tokenize(text);
    int[] sentences = splitter.split(text, tokens);
    for (int s = 0; s < sentences.length; s += 2) {
      String[] words = new String[sentences[s + 1] - sentences[s]];
      for (int k = 0; k < words.length; k++) {
        int t = sentences[s] + k;
        words[k] = text.substring(tokens[2 * t], tokens[2 * t + 1]);
      }
      sink.accept(words);
    }
  }

  private static void gmb(Path f, Consumer<String[]> sink) throws IOException {
    List<String> words = new ArrayList<>();
    try (Stream<String> lines = Files.lines(f, StandardCharsets.ISO_8859_1)) {
      boolean[] header = {true};
      lines.forEach(line -> {
        if (header[0]) {
          header[0] = false;
          return;
        }
        if (line.startsWith("Sentence:") && !words.isEmpty()) {
          sink.accept(words.toArray(String[]::new));
          words.clear();
        }
        String[] c = splitCsv(line);
        if (c.length >= 2 && !c[1].isEmpty()) {
          words.add(c[1]);
        }
      });
    }
    if (!words.isEmpty()) {
      sink.accept(words.toArray(String[]::new));
    }
  }

  /** Splits one line of the GMB CSV (quoted fields may hold commas). */
  static String[] splitCsv(String line) {
    List<String> out = new ArrayList<>(4);
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out.toArray(String[]::new);
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '&') {
        int semi = s.indexOf(';', i);
        if (semi > i && semi - i <= 8) {
          String ent = s.substring(i + 1, semi);
          String rep = switch (ent) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            default -> ent.startsWith("#") ? " " : null;
          };
          if (rep != null) {
            sb.append(rep);
            i = semi;
            continue;
          }
        }
      }
      sb.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
    }
    return sb.toString();
  }
}
