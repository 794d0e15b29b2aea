package dev.dossier.nlp.ner;

import static dev.dossier.nlp.train.Hashing.hash;
import static dev.dossier.nlp.train.Hashing.key;

import dev.dossier.nlp.text.Chars;
import dev.dossier.nlp.train.Hashing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a {@link NerDocument} into feature keys per token: the word and its lower-case form in a
 * window of two, lower-case bigrams, prefixes and suffixes, word shapes, sentence position and
 * all-caps headlines, word classes from {@link WordClusters} at three granularities, part of speech,
 * gazetteer matches, and document-level features: how other occurrences of the same word are cased
 * in the document, and (in the second pass) which types the first pass gave them.
 *
 * <p>Immutable; safe to share between threads. {@link #VERSION} names the feature set; a model
 * trained with another version is rejected on load.
 */
public final class NerFeatures {

  /** Bump whenever a feature changes: models record it and are checked against it. */
  public static final String VERSION = "ner-features-1";

  private static final long BOS = hash("<s>");
  private static final long EOS = hash("</s>");

  private final WordClusters clusters;
  private final Gazetteer gazetteer;

  public NerFeatures(WordClusters clusters, Gazetteer gazetteer) {
    this.clusters = Objects.requireNonNull(clusters, "clusters");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /**
   * Feature keys for every token.
   *
   * @param firstPass first-pass labels of every token for the document-level prediction features,
   *     or null for the first pass
   */
  public long[][] extract(NerDocument doc, int[] firstPass) {
    long[][] base = extract(doc);
    return firstPass == null ? base : withFirstPass(doc, base, firstPass);
  }

  /**
   * Adds to first-pass features {@code base} how the first pass labelled the other occurrences of
   * each capitalised word in the document.
   */
  public long[][] withFirstPass(NerDocument doc, long[][] base, int[] firstPass) {
    int n = doc.size();
    String[] key = new String[n];
    Map<String, int[]> typed = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String w = normalise(doc.words()[i]);
      if (Chars.anyLetter(w) && Character.isUpperCase(w.charAt(0))) {
        key[i] = w.toLowerCase(Locale.ROOT);
        typed.computeIfAbsent(key[i], k -> new int[NerLabels.TYPES.size() + 1])[NerLabels.type(firstPass[i]) + 1]++;
      }
    }
    long[][] out = new long[n][];
    long[] buf = new long[8];
    for (int i = 0; i < n; i++) {
      if (key[i] == null) {
        out[i] = base[i];
        continue;
      }
      int k = 0;
      int[] t = typed.get(key[i]).clone();
      t[NerLabels.type(firstPass[i]) + 1]--; // other occurrences only
      int best = -1;
      int total = 0;
      for (int x = 0; x < t.length; x++) {
        total += t[x];
        if (t[x] > 0) {
          buf[k++] = key(41, x);
          if (best < 0 || t[x] > t[best]) {
            best = x;
          }
        }
      }
      buf[k++] = key(42, best, total > 3 ? 3 : total);
      long[] row = java.util.Arrays.copyOf(base[i], base[i].length + k);
      System.arraycopy(buf, 0, row, base[i].length, k);
      out[i] = row;
    }
    return out;
  }

  /** First-pass (local and document-casing) feature keys for every token. */
  public long[][] extract(NerDocument doc) {
    return extract(doc, true, true);
  }

  /**
   * The first-pass keys of every token without those of {@link #wordParts}, which depend on one
   * word alone: neither its own word's nor those of the words up to two before and after it in its
   * sentence (a tagger caches their sums per word).
   */
  long[][] extractContext(NerDocument doc) {
    return extract(doc, false, false);
  }

  /**
   * The keys of a token that depend only on its word {@code w} ({@link #normalise}d): the bias,
   * the word and its lower-case form, prefixes and suffixes, shape and word classes; together with
   * {@link #extractContext}'s, the same keys as {@link #extract}'s.
   */
  long[] wordKeys(String w) {
    String lower = digitsToZero(w.toLowerCase(Locale.ROOT));
    int[] cls = clusters.lookup(w);
    long[] buf = new long[16 + (cls == null ? 1 : cls.length)];
    int k = wordKeys(hash(w), lower, hash(lower), shapeHash(w, false), cls, buf, 0);
    return java.util.Arrays.copyOf(buf, k);
  }

  /** The number of parts of {@link #wordParts}. */
  static final int PARTS = 5;

  /**
   * The first-pass keys that depend on one word {@code w} ({@link #normalise}d) alone, in
   * {@value #PARTS} parts: its own ({@link #wordKeys}); those of the word after it (of which it is
   * the previous word), of the word before it, of the word two after it and of the word two before
   * it. Token {@code i}'s keys of {@link #extract} are, in another order, its
   * {@link #extractContext} keys, part 0 of its own word, part 1 of word {@code i - 1},
   * part 2 of word {@code i + 1}, part 3 of {@code i - 2} and part 4 of {@code i + 2}, or instead of
   * a word outside the sentence the same part of {@link #edgeParts}.
   */
  long[][] wordParts(String w) {
    long hl = hash(digitsToZero(w.toLowerCase(Locale.ROOT)));
    long ss = shapeHash(w, true);
    int[] cls = clusters.lookup(w);
    int last = clusters.levels() - 1;
    long[] before;
    long[] after;
    if (last >= 0) {
      long fine = cls != null ? cls[last] : -1;
      long coarse = cls != null ? cls[Math.max(0, last - 1)] : -1;
      before = new long[] {key(3, hl), key(12, ss), key(25, fine), key(27, coarse)};
      after = new long[] {key(4, hl), key(13, ss), key(26, fine), key(28, coarse)};
    } else {
      before = new long[] {key(3, hl), key(12, ss)};
      after = new long[] {key(4, hl), key(13, ss)};
    }
    return new long[][] {wordKeys(w), before, after, {key(5, hl)}, {key(6, hl)}};
  }

  /** The parts of {@link #wordParts} for the words outside a sentence. */
  long[][] edgeParts() {
    if (clusters.levels() > 0) {
      return new long[][] {{}, {key(3, BOS), key(12, BOS), key(25, -1), key(27, -1)},
          {key(4, EOS), key(13, EOS), key(26, -1), key(28, -1)}, {key(5, BOS)}, {key(6, EOS)}};
    }
    return new long[][] {{}, {key(3, BOS), key(12, BOS)}, {key(4, EOS), key(13, EOS)}, {key(5, BOS)}, {key(6, EOS)}};
  }


  private static int wordKeys(long hw, String lw, long hl, long shape, int[] cls, long[] buf, int k) {
    buf[k++] = key(0, 0);
    buf[k++] = key(1, hw);
    buf[k++] = key(2, hl);
    for (int len = 1; len <= 4 && len <= lw.length(); len++) {
      buf[k++] = key(9, hash(lw, 0, len), len);
      buf[k++] = key(10, hash(lw, lw.length() - len, lw.length()), len);
    }
    buf[k++] = key(11, shape);
    if (cls != null) {
      for (int c = 0; c < cls.length; c++) {
        buf[k++] = key(20 + c, cls[c]);
      }
    } else {
      buf[k++] = key(19, 0);
    }
    return k;
  }

  /**
   * @param withWord with the keys of {@link #wordKeys}
   * @param withNeighbours with the keys of the words around that depend on that word alone
   */
  private long[][] extract(NerDocument doc, boolean withWord, boolean withNeighbours) {
    Tokens t = new Tokens(doc, clusters, withWord || withNeighbours);
    t.markSentences(doc);
    t.countCasing();
    byte[][] gaz = gazetteer.match(t.w);
    int last = clusters.levels() - 1;
    long[][] out = new long[t.w.length][];
    long[] buf = new long[96];
    for (int s = 0; s < doc.sentences().length; s++) {
      int a = doc.sentences()[s];
      int b = doc.sentenceEnd(s);
      for (int i = a; i < b; i++) {
        out[i] = t.keys(i, a, b, gaz[i], last, buf, withWord, withNeighbours);
      }
    }
    return out;
  }

  /**
   * The per-token values one document's keys are made of. The keys of one token are made by one
   * call of {@link #keys}, not in the loop over the document, so that the JIT compiles that method
   * as a whole instead of recompiling one long loop on the stack (OSR) again and again.
   */
  private static final class Tokens {
    final String[] w;
    final String[] lower;
    final String[] lowerCase;
    final long[] hw;
    final long[] hl;
    final long[] shape;
    final long[] sshape;
    final long[] pos;
    final int[][] cls;
    final boolean[] initial;
    final boolean[] headline;
    /** Document-level casing: how the same word is written where its case is informative. */
    final Map<String, int[]> casing = new HashMap<>();

    /** @param words with the values only the keys of {@link #wordParts} read (word hash, shape, classes) */
    Tokens(NerDocument doc, WordClusters clusters, boolean words) {
      int n = doc.size();
      w = new String[n];
      lower = new String[n];
      hw = new long[n];
      hl = new long[n];
      shape = new long[n];
      sshape = new long[n];
      pos = new long[n];
      cls = new int[n][];
      initial = new boolean[n];
      headline = new boolean[n];
      lowerCase = new String[n];
      for (int i = 0; i < n; i++) {
        w[i] = normalise(doc.words()[i]);
        lowerCase[i] = w[i].toLowerCase(Locale.ROOT);
        lower[i] = digitsToZero(lowerCase[i]);
        hl[i] = hash(lower[i]);
        sshape[i] = shapeHash(w[i], true);
        pos[i] = doc.pos() == null || doc.pos()[i] == null ? 0 : hash(doc.pos()[i]);
        if (words) {
          hw[i] = hash(w[i]);
          shape[i] = shapeHash(w[i], false);
          cls[i] = clusters.lookup(w[i]);
        }
      }
    }

    /** Marks all-capitals headlines and each sentence's first word. */
    void markSentences(NerDocument doc) {
      for (int s = 0; s < doc.sentences().length; s++) {
        int a = doc.sentences()[s];
        int b = doc.sentenceEnd(s);
        int alpha = 0;
        int capsOnly = 0;
        for (int i = a; i < b; i++) {
          if (Chars.anyLetter(w[i])) {
            alpha++;
            if (isUpperCase(w[i])) {
              capsOnly++;
            }
          }
        }
        boolean head = alpha >= 2 && capsOnly == alpha;
        int first = a;
        while (first < b && !hasLetterOrDigit(w[first])) {
          first++;
        }
        for (int i = a; i < b; i++) {
          headline[i] = head;
          initial[i] = i <= first;
        }
      }
    }

    void countCasing() {
      for (int i = 0; i < w.length; i++) {
        if (!initial[i] && !headline[i] && Chars.anyLetter(w[i])) {
          int[] c = casing.computeIfAbsent(lowerCase[i], k -> new int[2]);
          c[Character.isUpperCase(w[i].charAt(0)) ? 1 : 0]++;
        }
      }
    }

    /**
     * The keys of token {@code i} of the sentence {@code [a, b)}, with its gazetteer matches
     * {@code gaz}; {@code last} is the finest word-class level, {@code buf} scratch space.
     */
    long[] keys(int i, int a, int b, byte[] gaz, int last, long[] buf, boolean withWord, boolean withNeighbours) {
      int k = 0;
      long p1 = i - 1 >= a ? hl[i - 1] : BOS;
      long p2 = i - 2 >= a ? hl[i - 2] : BOS;
      long n1 = i + 1 < b ? hl[i + 1] : EOS;
      long n2 = i + 2 < b ? hl[i + 2] : EOS;
      long sp1 = i - 1 >= a ? sshape[i - 1] : BOS;
      long sn1 = i + 1 < b ? sshape[i + 1] : EOS;
      if (withWord) {
        buf[k++] = key(0, 0);
        buf[k++] = key(1, hw[i]);
        buf[k++] = key(2, hl[i]);
      }
      if (withNeighbours) {
        buf[k++] = key(3, p1);
        buf[k++] = key(4, n1);
        buf[k++] = key(5, p2);
        buf[k++] = key(6, n2);
      }
      buf[k++] = key(7, p1, hl[i]);
      buf[k++] = key(8, hl[i], n1);
      if (withWord) {
        String lw = lower[i];
        for (int len = 1; len <= 4 && len <= lw.length(); len++) {
          buf[k++] = key(9, hash(lw, 0, len), len);
          buf[k++] = key(10, hash(lw, lw.length() - len, lw.length()), len);
        }
        buf[k++] = key(11, shape[i]);
      }
      if (withNeighbours) {
        buf[k++] = key(12, sp1);
        buf[k++] = key(13, sn1);
      }
      buf[k++] = key(14, sp1, sshape[i] * 31 + sn1);
      buf[k++] = key(15, initial[i] ? 1 : 0, sshape[i]);
      buf[k++] = key(16, headline[i] ? 1 : 0, sshape[i]);
      buf[k++] = key(17, p1, sshape[i]);
      if (withWord && cls[i] != null) {
        for (int c = 0; c < cls[i].length; c++) {
          buf[k++] = key(20 + c, cls[i][c]);
        }
      } else if (withWord) {
        buf[k++] = key(19, 0);
      }
      if (last >= 0 && withNeighbours) {
        buf[k++] = key(25, i - 1 >= a && cls[i - 1] != null ? cls[i - 1][last] : -1);
        buf[k++] = key(26, i + 1 < b && cls[i + 1] != null ? cls[i + 1][last] : -1);
        buf[k++] = key(27, i - 1 >= a && cls[i - 1] != null ? cls[i - 1][Math.max(0, last - 1)] : -1);
        buf[k++] = key(28, i + 1 < b && cls[i + 1] != null ? cls[i + 1][Math.max(0, last - 1)] : -1);
      }
      if (pos[i] != 0) {
        buf[k++] = key(30, pos[i]);
        buf[k++] = key(31, i - 1 >= a ? pos[i - 1] : BOS);
        buf[k++] = key(32, i + 1 < b ? pos[i + 1] : EOS);
      }
      for (int g = 0; g < gaz.length; g++) {
        buf[k++] = key(35, gaz[g]);
        if (i + 1 < b && gaz[g] >= 0) {
          buf[k++] = key(36, gaz[g], sn1);
        }
      }
      if (Chars.anyLetter(w[i])) {
        int[] c = casing.get(lowerCase[i]);
        int evidence = c == null ? 0 : (c[0] > 0 ? 1 : 0) + (c[1] > 0 ? 2 : 0);
        boolean weak = initial[i] || headline[i];
        buf[k++] = key(40, evidence, weak ? 1 : 0);
      }
      return java.util.Arrays.copyOf(buf, k);
    }
  }

  /** Normalises quotes and dashes to the forms CoNLL uses. */
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

  /** Whether {@code w} equals its upper-case form (checked char by char for ASCII words). */
  private static boolean isUpperCase(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= 0x80) {
        return w.equals(w.toUpperCase(Locale.ROOT));
      }
      if (c >= 'a' && c <= 'z') {
        return false;
      }
    }
    return true;
  }

  /** {@code l} (already lower case) with every digit replaced by 0. */
  private static String digitsToZero(String l) {
    boolean digit = false;
    for (int i = 0; i < l.length() && !digit; i++) {
      digit = Character.isDigit(l.charAt(i));
    }
    if (!digit) {
      return l;
    }
    char[] c = l.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (Character.isDigit(c[i])) {
        c[i] = '0';
      }
    }
    return new String(c);
  }

  /**
   * The hash of the word's Xxxx-style shape (short shapes collapse repeated classes, long ones cap
   * runs at 3), without building the shape.
   */
  static long shapeHash(String w, boolean collapse) {
    long h = Hashing.FNV_START;
    int length = 0;
    char prev = 0;
    int run = 0;
    for (int i = 0; i < w.length() && length < 12; i++) {
      char c = w.charAt(i);
      char m = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
          : Character.isLetter(c) ? 'x' : c;
      run = m == prev ? run + 1 : 1;
      prev = m;
      if (collapse ? run == 1 : run <= 3) {
        h = Hashing.step(h, m);
        length++;
      }
    }
    return Hashing.mix(h);
  }

  private static boolean hasLetterOrDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
