package dev.dossier.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Word classes induced from unlabelled news text (see
 * {@link dev.dossier.nlp.train.WordClusterBuilder}), at several granularities. Immutable; safe to
 * share between threads.
 */
public final class WordClusters {

  private final Map<String, int[]> classes;
  private final int levels;

  private WordClusters(Map<String, int[]> classes, int levels) {
    this.classes = classes;
    this.levels = levels;
  }

  /** No clusters at all. */
  public static WordClusters empty() {
    return new WordClusters(Map.of(), 0);
  }

  /**
   * Reads a gzipped {@code word TAB class...} file.
   *
   * @throws IOException if it cannot be read or a line is malformed (the message names the line)
   */
  public static WordClusters read(InputStream gz) throws IOException {
    Map<String, int[]> m = new HashMap<>(1 << 17);
    int levels = -1;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        String[] f = line.split("\t");
        if (levels < 0) {
          levels = f.length - 1;
        }
        if (f.length - 1 != levels || levels <= 0) {
          throw new IOException("clusters line " + no + ": expected " + levels + " classes: " + line);
        }
        int[] c = new int[levels];
        try {
          for (int k = 0; k < levels; k++) {
            c[k] = Integer.parseInt(f[k + 1]);
          }
        } catch (NumberFormatException e) {
          throw new IOException("clusters line " + no + ": not a number: " + line, e);
        }
        m.put(f[0], c);
      }
    }
    return new WordClusters(m, Math.max(levels, 0));
  }

  /** Number of granularities. */
  public int levels() {
    return levels;
  }

  /** The classes of {@code word}, or of its title-case or lower-case form, or null. */
  public int[] lookup(String word) {
    int[] c = classes.get(word);
    if (c == null && !word.isEmpty()) {
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      String title = Character.toUpperCase(word.charAt(0)) + lower.substring(1);
      c = classes.get(title);
      if (c == null) {
        c = classes.get(lower);
      }
    }
    return c;
  }

  public int size() {
    return classes.size();
  }
}
