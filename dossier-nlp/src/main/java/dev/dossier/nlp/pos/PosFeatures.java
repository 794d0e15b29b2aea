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

  /**
   * Feature keys per token of {@code words[from, to)}: each token's {@link #wordKeys} first, then
   * its {@link #contextKeys}. The trainer and {@link PosTagger} add the weights in this order.
   */
  public long[][] extract(String[] words, int from, int to) {
    Context c = context(words, from, to);
    long[][] out = new long[c.size()][];
    long[] buf = new long[40];
    for (int i = 0; i < out.length; i++) {
      long[] own = wordKeys(words[from + i]);
      int k = contextKeys(c, i, buf);
      long[] all = java.util.Arrays.copyOf(own, own.length + k);
      System.arraycopy(buf, 0, all, own.length, k);
      out[i] = all;
    }
    return out;
  }

  /**
   * The keys that depend on the word alone (its form, lower case, prefixes, suffixes, shape), so
   * that a tagger can keep their summed weights per word.
   */
  public long[] wordKeys(String word) {
    String w = normalise(word);
    String lw = w.toLowerCase(Locale.ROOT);
    long[] buf = new long[13];
    int k = 0;
    buf[k++] = key(0, 0);
    buf[k++] = key(1, hash(w));
    buf[k++] = key(2, hash(lw));
    for (int len = 1; len <= 4 && len <= lw.length(); len++) {
      buf[k++] = key(9, hash(lw, 0, len), len);
      buf[k++] = key(10, hash(lw, lw.length() - len, lw.length()), len);
    }
    buf[k++] = key(11, shapeHash(w));
    buf[k++] = key(15, w.indexOf('-') >= 0 ? 1 : 0, hash(lw, Math.max(0, lw.length() - 2), lw.length()));
    return k == buf.length ? buf : java.util.Arrays.copyOf(buf, k);
  }

  /** What {@link #contextKeys} reads of a sentence: per token, its hashed lower case and last three letters. */
  public record Context(long[] lower, long[] suffix3, boolean[] upper) {
    public int size() {
      return lower.length;
    }
  }

  public Context context(String[] words, int from, int to) {
    int n = to - from;
    long[] hl = new long[n];
    long[] suf3 = new long[n];
    boolean[] upper = new boolean[n];
    for (int i = 0; i < n; i++) {
      String w = normalise(words[from + i]);
      String lower = w.toLowerCase(Locale.ROOT);
      hl[i] = hash(lower);
      int len = lower.length();
      suf3[i] = hash(lower, Math.max(0, len - 3), len);
      upper[i] = Character.isUpperCase(w.charAt(0));
    }
    return new Context(hl, suf3, upper);
  }

  /**
   * Writes into {@code buf} the keys of token {@code i} that read its neighbours or its position
   * (the words and suffixes around it, the word pairs, the first-word capital) and returns how many.
   */
  public static int contextKeys(Context c, int i, long[] buf) {
    long[] hl = c.lower();
    long[] suf3 = c.suffix3();
    int n = hl.length;
    int k = 0;
    long p1 = i > 0 ? hl[i - 1] : BOS;
    long n1 = i + 1 < n ? hl[i + 1] : EOS;
    buf[k++] = key(3, p1);
    buf[k++] = key(4, n1);
    buf[k++] = key(5, i > 1 ? hl[i - 2] : BOS);
    buf[k++] = key(6, i + 2 < n ? hl[i + 2] : EOS);
    buf[k++] = key(7, p1, hl[i]);
    buf[k++] = key(8, hl[i], n1);
    buf[k++] = key(12, i > 0 ? suf3[i - 1] : BOS);
    buf[k++] = key(13, i + 1 < n ? suf3[i + 1] : EOS);
    buf[k++] = key(14, i == 0 ? 1 : 0, c.upper()[i] ? 1 : 0);
    return k;
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
