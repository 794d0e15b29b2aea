package dev.dossier.nlp.pos;

import static dev.dossier.nlp.train.Hashing.hash;
import static dev.dossier.nlp.train.Hashing.key;

import dev.dossier.nlp.train.Hashing;

import java.util.Locale;

/**
 * Feature keys for part-of-speech tagging one sentence: the word, its lower-case form, prefixes and
 * suffixes, shape, and the words and suffixes around it. Stateless; thread-safe. {@link #VERSION}
 * names the feature set; models record it and are rejected on load when it differs.
 */
public final class PosFeatures {

  public static final String VERSION = "pos-features-1";

  private static final long BOS = hash("<s>");
  private static final long EOS = hash("</s>");

  /** Feature keys per token of {@code words[from, to)}. */
  public long[][] extract(String[] words, int from, int to) {
    int n = to - from;
    String[] w = new String[n];
    String[] lower = new String[n];
    long[] hl = new long[n];
    long[] suf3 = new long[n];
    for (int i = 0; i < n; i++) {
      w[i] = normalise(words[from + i]);
      lower[i] = w[i].toLowerCase(Locale.ROOT);
      hl[i] = hash(lower[i]);
      int len = lower[i].length();
      suf3[i] = hash(lower[i], Math.max(0, len - 3), len);
    }
    long[][] out = new long[n][];
    long[] buf = new long[40];
    for (int i = 0; i < n; i++) {
      out[i] = keys(w, lower, hl, suf3, i, buf);
    }
    return out;
  }

  /**
   * The keys of token {@code i}, one call per token rather than the body of the loop in
   * {@link #extract}, so that the JIT compiles it as a method instead of recompiling the loop on the
   * stack.
   */
  private static long[] keys(String[] w, String[] lower, long[] hl, long[] suf3, int i, long[] buf) {
    int n = w.length;
    int k = 0;
    String lw = lower[i];
    long p1 = i > 0 ? hl[i - 1] : BOS;
    long n1 = i + 1 < n ? hl[i + 1] : EOS;
    buf[k++] = key(0, 0);
    buf[k++] = key(1, hash(w[i]));
    buf[k++] = key(2, hl[i]);
    buf[k++] = key(3, p1);
    buf[k++] = key(4, n1);
    buf[k++] = key(5, i > 1 ? hl[i - 2] : BOS);
    buf[k++] = key(6, i + 2 < n ? hl[i + 2] : EOS);
    buf[k++] = key(7, p1, hl[i]);
    buf[k++] = key(8, hl[i], n1);
    for (int len = 1; len <= 4 && len <= lw.length(); len++) {
      buf[k++] = key(9, hash(lw, 0, len), len);
      buf[k++] = key(10, hash(lw, lw.length() - len, lw.length()), len);
    }
    buf[k++] = key(11, shapeHash(w[i]));
    buf[k++] = key(12, i > 0 ? suf3[i - 1] : BOS);
    buf[k++] = key(13, i + 1 < n ? suf3[i + 1] : EOS);
    buf[k++] = key(14, i == 0 ? 1 : 0, Character.isUpperCase(w[i].charAt(0)) ? 1 : 0);
    buf[k++] = key(15, w[i].indexOf('-') >= 0 ? 1 : 0, hash(lw, Math.max(0, lw.length() - 2), lw.length()));
    return java.util.Arrays.copyOf(buf, k);
  }

  static String normalise(String word) {
    switch (word) {
      case "\u201c", "\u201d", "``", "''", "\u201e", "\u00ab", "\u00bb":
        return "\"";
      case "\u2018", "\u2019", "`":
        return "'";
      case "\u2014", "\u2013", "\u2015":
        return "--";
      default:
        return word.indexOf('\u2019') >= 0 ? word.replace('\u2019', '\'') : word;
    }
  }

  /** The hash of the word's Xxxx-style shape (classes not repeated, at most 8), without building it. */
  static long shapeHash(String w) {
    long h = Hashing.FNV_START;
    int length = 0;
    char prev = 0;
    for (int i = 0; i < w.length() && length < 8; i++) {
      char c = w.charAt(i);
      char m = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (m != prev) {
        h = Hashing.step(h, m);
        length++;
      }
      prev = m;
    }
    return Hashing.mix(h);
  }

}
