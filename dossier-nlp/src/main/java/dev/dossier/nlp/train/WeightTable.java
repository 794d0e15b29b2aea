package dev.dossier.nlp.train;

import java.util.Arrays;

/**
 * The quantised label weights of a {@link LinearChain}'s features, laid out for scoring: an
 * open-addressing table over one {@code long[]} whose slot holds the feature key and, next to it,
 * what scoring needs, in one of three layouts chosen by the number of labels:
 *
 * <ul>
 *   <li>up to {@value #INLINE_LABELS} labels (attribution): every label's 16-bit weight in the slot
 *       itself, so a feature costs one memory access;
 *   <li>up to {@value #ROW_LABELS} labels (named entities): the slot holds a row number into a
 *       dense {@code float[]} of every label's weight, added in one loop the compiler vectorises;
 *   <li>more labels (part of speech, where most features have two or three non-zero weights): up to
 *       two (label, weight) pairs in the slot, longer rows in a shared array.
 * </ul>
 *
 * <p>Two models over overlapping features (a tagger's two passes) can instead share one table
 * ({@link #shared}): a slot holds the key and every label's 16-bit weight of both models.
 *
 * <p>Scores are the same floats as from adding the weights one by one: each label receives its
 * features' weights in the order the features are given, the weights are the same products of a
 * 16-bit value and the scale, and the zeros a dense layout adds do not change a sum (a sum of
 * non-zero floats is never negative zero). Immutable; safe to share between threads.
 */
final class WeightTable {

  static final int INLINE_LABELS = 8;
  static final int ROW_LABELS = 32;

  private enum Layout { INLINE, ROWS, SPARSE, SHARED }

  private static final long INLINE_PAIRS = Long.MIN_VALUE;

  private final int labels;
  private final float scale;
  private final Layout layout;
  private final int stride;
  private final long[] table;
  private final int mask;
  private final float[] rows; // ROWS: labels weights per stored row
  private final int[] packed; // SPARSE rows longer than two: label << 16 | 16-bit weight
  private final int nonZero;
  private final int first; // SHARED: the word of a slot where this table's weights start
  private final long[] present; // SHARED, or null: the keys' presence bits ({@link #presence})
  private final int presentShift;

  /**
   * @param keys feature keys (distinct, non-zero), row {@code r} is {@code keys[r]}
   * @param quantised {@code keys.length * labels} 16-bit weights, row-major; all-zero rows are left out
   */
  WeightTable(long[] keys, short[] quantised, int labels, float scale) {
    this.labels = labels;
    this.scale = scale;
    this.layout = labels <= INLINE_LABELS ? Layout.INLINE : labels <= ROW_LABELS ? Layout.ROWS : Layout.SPARSE;
    this.stride = layout == Layout.INLINE ? 3 : 2;
    int stored = 0;
    int nz = 0;
    int external = 0;
    for (int r = 0; r < keys.length; r++) {
      int c = count(quantised, r * labels, labels);
      nz += c;
      stored += c > 0 ? 1 : 0;
      external += c > 2 ? c : 0;
    }
    this.nonZero = nz;
    this.first = 0;
    this.present = null;
    this.presentShift = 64;
    int cap = Integer.highestOneBit(Math.max(4, stored * 2 - 1)) << 1; // load at most one half
    table = new long[cap * stride];
    mask = cap - 1;
    rows = layout == Layout.ROWS ? new float[stored * labels] : new float[0];
    packed = layout == Layout.SPARSE ? new int[external] : new int[0];
    int nextRow = 0;
    int next = 0;
    for (int r = 0; r < keys.length; r++) {
      int base = r * labels;
      int c = count(quantised, base, labels);
      if (c == 0) {
        continue;
      }
      long key = keys[r];
      if (key == 0) {
        throw new IllegalArgumentException("feature key 0 is reserved");
      }
      int s = home(key);
      while (table[s * stride] != 0) {
        if (table[s * stride] == key) {
          throw new IllegalArgumentException("duplicate feature key " + key);
        }
        s = (s + 1) & mask;
      }
      int at = s * stride;
      table[at] = key;
      switch (layout) {
        case INLINE -> {
          long lo = 0;
          long hi = 0;
          for (int y = 0; y < labels; y++) {
            long q = quantised[base + y] & 0xFFFFL;
            if (y < 4) {
              lo |= q << (16 * y);
            } else {
              hi |= q << (16 * (y - 4));
            }
          }
          table[at + 1] = lo;
          table[at + 2] = hi;
        }
        case ROWS -> {
          for (int y = 0; y < labels; y++) {
            rows[nextRow * labels + y] = quantised[base + y] * scale;
          }
          table[at + 1] = nextRow++;
        }
        case SPARSE -> {
          if (c <= 2) {
            long v = INLINE_PAIRS | ((long) c << 48);
            int e = 0;
            for (int y = 0; y < labels; y++) {
              if (quantised[base + y] != 0) {
                v |= (long) ((y << 16) | (quantised[base + y] & 0xFFFF)) << (22 * e++);
              }
            }
            table[at + 1] = v;
          } else {
            int first = next;
            for (int y = 0; y < labels; y++) {
              if (quantised[base + y] != 0) {
                packed[next++] = (y << 16) | (quantised[base + y] & 0xFFFF);
              }
            }
            table[at + 1] = ((long) first << 6) | c;
          }
        }
        default -> throw new AssertionError(layout);
      }
    }
  }

  private WeightTable(int labels, float scale, int stride, long[] table, int first, int nonZero, long[] present,
      int presentShift) {
    this.present = present;
    this.presentShift = presentShift;
    this.labels = labels;
    this.scale = scale;
    this.layout = Layout.SHARED;
    this.stride = stride;
    this.table = table;
    this.mask = table.length / stride - 1;
    this.rows = new float[0];
    this.packed = new int[0];
    this.first = first;
    this.nonZero = nonZero;
  }

  /**
   * The weights of two models {@code a} and {@code b} over overlapping features (such as a
   * tagger's two passes), each given as the constructor takes them, in one table, as two tables
   * that share it: a slot holds the key and then the 16-bit weights of every label of {@code a}
   * and of {@code b}, so that {@link #scoreBoth} finds a feature's weights for both models with one
   * lookup (one cache miss where there were two or four). Built straight from the weights, without
   * laying out either model's own table first (which would double the work of loading them). Each
   * returned table scores exactly as the constructor's table over the same weights: its weights
   * and scale are the same, and a key that only the other model knows adds zeros, which do not
   * change a sum (see the class comment).
   *
   * @param presence whether {@link #sumShared} first asks a bit array, a bit per key of some 16
   *     bits (a bit for several keys, never none for a key of the table), whether a key may be
   *     in the table at all: worth it where many of the keys looked up are not (a third of the
   *     named-entity tagger's, 7 % of attribution's) and the bits stay in the processor's cache
   */
  static WeightTable[] shared(long[] keysA, short[] qA, int labelsA, float scaleA, long[] keysB, short[] qB,
      int labelsB, float scaleB, boolean presence) {
    int wordsA = (labelsA + 3) / 4;
    int stride = 1 + wordsA + (labelsB + 3) / 4; // the key, then each model's weights from a word of their own
    byte[] countsA = counts(qA, keysA.length, labelsA);
    byte[] countsB = counts(qB, keysB.length, labelsB);
    int upper = stored(countsA) + stored(countsB);
    int cap = Integer.highestOneBit(Math.max(4, upper * 2 - 1)) << 1; // load at most one half
    long[] table = new long[cap * stride];
    int nonZeroA = fill(table, stride, keysA, qA, labelsA, countsA, 1);
    int nonZeroB = fill(table, stride, keysB, qB, labelsB, countsB, 1 + wordsA);
    long[] present = null;
    int shift = 64;
    if (presence) {
      int keys = 0;
      for (int at = 0; at < table.length; at += stride) {
        keys += table[at] != 0 ? 1 : 0;
      }
      int bits = Integer.highestOneBit(Math.max(64, keys * 16 - 1)) << 1;
      shift = 64 - Integer.numberOfTrailingZeros(bits);
      present = new long[bits / 64];
      for (int at = 0; at < table.length; at += stride) {
        if (table[at] != 0) {
          long h = presenceBit(table[at], shift);
          present[(int) (h >>> 6)] |= 1L << h;
        }
      }
    }
    return new WeightTable[] {
        new WeightTable(labelsA, scaleA, stride, table, 1, nonZeroA, present, shift),
        new WeightTable(labelsB, scaleB, stride, table, 1 + wordsA, nonZeroB, present, shift)};
  }

  /** The non-zero weights of each row of {@code q} (of {@code labels} weights each, at most 63). */
  private static byte[] counts(short[] q, int rows, int labels) {
    byte[] c = new byte[rows];
    for (int r = 0; r < rows; r++) {
      c[r] = (byte) count(q, r * labels, labels);
    }
    return c;
  }

  /** Rows with a non-zero weight, from their {@link #counts}. */
  private static int stored(byte[] counts) {
    int n = 0;
    for (byte c : counts) {
      n += c > 0 ? 1 : 0;
    }
    return n;
  }

  /**
   * Adds the non-zero rows of one model to a shared table, its weights from word {@code first} of
   * each slot. The rows are first copied, key and packed weights, in the order of their home slots
   * (a counting sort on the slot's leading bits), so that the inserts then sweep the table, which is
   * larger than the caches, instead of missing the cache at every row; where a key lands does not
   * change what it scores.
   *
   * @param counts the non-zero weights of each row ({@link #counts})
   * @return the number of non-zero weights
   */
  private static int fill(long[] table, int stride, long[] keys, short[] q, int labels, byte[] counts, int first) {
    int mask = table.length / stride - 1;
    int shift = Math.max(0, Integer.numberOfTrailingZeros(mask + 1) - 12); // at most 4,096 runs
    int[] start = new int[(mask >>> shift) + 2];
    int nonZero = 0;
    int stored = 0;
    for (int r = 0; r < keys.length; r++) {
      int c = counts[r];
      if (c > 0) {
        if (keys[r] == 0) {
          throw new IllegalArgumentException("feature key 0 is reserved");
        }
        nonZero += c;
        stored++;
        start[(home(keys[r], mask) >>> shift) + 1]++;
      }
    }
    for (int i = 1; i < start.length; i++) {
      start[i] += start[i - 1];
    }
    int words = (labels + 3) / 4;
    int width = 1 + words;
    long[] rows = new long[stored * width]; // key, then the weights, in home order
    for (int r = 0; r < keys.length; r++) {
      int base = r * labels;
      if (counts[r] == 0) {
        continue;
      }
      int at = start[home(keys[r], mask) >>> shift]++ * width;
      rows[at] = keys[r];
      for (int y = 0; y < labels; y++) {
        rows[at + 1 + (y >>> 2)] |= (q[base + y] & 0xFFFFL) << (16 * (y & 3));
      }
    }
    for (int at = 0; at < rows.length; at += width) {
      long key = rows[at];
      int s = home(key, mask);
      while (table[s * stride] != 0 && table[s * stride] != key) {
        s = (s + 1) & mask;
      }
      int slot = s * stride;
      if (table[slot] == key) {
        for (int w = 0; w < words; w++) {
          if (table[slot + first + w] != 0) {
            throw new IllegalArgumentException("duplicate feature key " + key);
          }
        }
      }
      table[slot] = key;
      System.arraycopy(rows, at + 1, table, slot + first, words);
    }
    return nonZero;
  }

  /** The presence bit of {@code key} in an array of {@code 2^(64 - shift)} bits (its leading bits after a multiply, not the slot's). */
  private static long presenceBit(long key, int shift) {
    return (key * 0x9E3779B97F4A7C15L) >>> shift;
  }

  /** Whether {@link #sumShared} skips the keys that a bit array says are not in the table. */
  boolean hasPresenceBits() {
    return present != null;
  }

  private static int home(long key, int mask) {
    return (int) (key ^ (key >>> 29)) & mask;
  }

  private static int count(short[] q, int from, int n) {
    int c = 0;
    for (int i = from; i < from + n; i++) {
      c += q[i] != 0 ? 1 : 0;
    }
    return c;
  }

  private int home(long key) {
    return home(key, mask);
  }

  /** Non-zero weights stored. */
  int nonZero() {
    return nonZero;
  }

  /**
   * Adds the label weights of every known feature among {@code keys} to {@code out[offset, offset +
   * labels)}. Every key's slot is found before any weight is added: the lookups are independent, so
   * the processor overlaps their cache misses (the tables are larger than the caches, and the
   * misses are most of the cost).
   */
  void score(long[] keys, float[] out, int offset) {
    int n = keys.length;
    int[] at = slots(keys, n);
    if (layout == Layout.ROWS) {
      scoreRows(at, n, out, offset);
      return;
    }
    if (layout == Layout.SPARSE) {
      scoreSparse(at, n, out, offset);
      return;
    }
    if (layout == Layout.SHARED) {
      touch(at, n);
      for (int i = 0; i < n; i++) {
        if (at[i] >= 0) {
          addShared(at[i], out, offset);
        }
      }
      return;
    }
    for (int i = 0; i < n; i++) {
      if (at[i] >= 0) {
        add(at[i], out, offset);
      }
    }
  }

  /**
   * Adds the weights of every known feature among {@code keys[from, to)} to {@code a}'s
   * {@code outA[offA, offA + a.labels)} and {@code b}'s {@code outB[offB, offB + b.labels)}, the
   * sums {@code a.score} and {@code b.score} would give; {@code a} and {@code b} come from one
   * {@link #shared} call.
   */
  static void scoreBoth(WeightTable a, WeightTable b, long[] keys, float[] outA, int offA, float[] outB, int offB) {
    if (a.table != b.table) {
      throw new IllegalArgumentException("the tables do not share their weights");
    }
    int n = keys.length;
    int[] at = a.slots(keys, n);
    a.touch(at, n);
    for (int i = 0; i < n; i++) {
      if (at[i] >= 0) {
        a.addShared(at[i], outA, offA);
        b.addShared(at[i], outB, offB);
      }
    }
  }

  /**
   * Adds the 16-bit weights themselves (not yet multiplied by the scale) of every known feature
   * among {@code keys[from, keys.length)} to {@code a}'s {@code outA[offA, offA + a.labels)} and,
   * if {@code b} is not null, to {@code b}'s {@code outB[offB, offB + b.labels)}; {@code a} and
   * {@code b} come from one {@link #shared} call. Integer sums are exact, so they do not depend
   * on the order of the keys: sums of parts of a token's keys (a cache of a word's features) can be
   * added in any order and give the same total.
   */
  static void sumShared(WeightTable a, WeightTable b, long[] keys, int from, int[] outA, int offA, int[] outB,
      int offB) {
    if (a.layout != Layout.SHARED || b != null && a.table != b.table) {
      throw new IllegalArgumentException("integer sums need a shared table");
    }
    int n = keys.length - from;
    int[] at = new int[n];
    long[] p = a.present;
    for (int i = 0; i < n; i++) {
      long k = keys[from + i];
      if (p != null) {
        long h = presenceBit(k, a.presentShift);
        if ((p[(int) (h >>> 6)] & (1L << h)) == 0) {
          at[i] = -1; // certainly not in the table: its slot is not read
          continue;
        }
      }
      at[i] = a.find(k);
    }
    a.touch(at, n);
    for (int i = 0; i < n; i++) {
      if (at[i] >= 0) {
        a.addQuantised(at[i], outA, offA);
        if (b != null) {
          b.addQuantised(at[i], outB, offB);
        }
      }
    }
  }

  private void addQuantised(int at, int[] out, int offset) {
    long[] t = table;
    int l = labels;
    int w = at + first;
    int y = 0;
    for (; y + 4 <= l; y += 4, w++) {
      long x = t[w];
      int o = offset + y;
      out[o] += (short) x;
      out[o + 1] += (short) (x >>> 16);
      out[o + 2] += (short) (x >>> 32);
      out[o + 3] += (short) (x >>> 48);
    }
    if (y < l) {
      long x = t[w];
      for (int shift = 0; y < l; y++, shift += 16) {
        out[offset + y] += (short) (x >>> shift);
      }
    }
  }

  /** Whether this table is one of two that share their slots ({@link #shared}). */
  boolean isShared() {
    return layout == Layout.SHARED;
  }

  float scale() {
    return scale;
  }

  /** As {@link #score(long[], float[], int)} over {@code keys[from, keys.length)}. */
  void score(long[] keys, int from, float[] out, int offset) {
    if (from == 0) {
      score(keys, out, offset);
      return;
    }
    for (int i = from; i < keys.length; i++) {
      score(keys[i], out, offset);
    }
  }

  /**
   * Reads a word from each cache line of the slots {@code at[0, n)} before any weight is added, so
   * that the slots' cache misses overlap (a shared slot spans two or three lines).
   */
  private void touch(int[] at, int n) {
    long[] t = table;
    int mid = stride / 2;
    int last = stride - 1;
    long touched = 0;
    for (int i = 0; i < n; i++) {
      int a = at[i];
      if (a >= 0) {
        touched += t[a + 1] + t[a + mid] + t[a + last];
      }
    }
    if (touched == Long.MIN_VALUE + 1) {
      sink = touched; // never true in practice; keeps the reads above from being optimised away
    }
  }

  private void addShared(int at, float[] out, int offset) {
    float sc = scale;
    long[] t = table;
    int l = labels;
    int w = at + first;
    int y = 0;
    for (; y + 4 <= l; y += 4, w++) {
      long x = t[w];
      int o = offset + y;
      out[o] += (short) x * sc;
      out[o + 1] += (short) (x >>> 16) * sc;
      out[o + 2] += (short) (x >>> 32) * sc;
      out[o + 3] += (short) (x >>> 48) * sc;
    }
    if (y < l) {
      long x = t[w];
      for (int shift = 0; y < l; y++, shift += 16) {
        out[offset + y] += (short) (x >>> shift) * sc;
      }
    }
  }

  /**
   * Turns the slots into row offsets and reads each row's first and last weight before adding any,
   * so that the rows' cache misses overlap too.
   */
  private void scoreRows(int[] at, int n, float[] out, int offset) {
    long[] t = table;
    float[] w = rows;
    int l = labels;
    float touched = 0;
    for (int i = 0; i < n; i++) {
      if (at[i] >= 0) {
        int base = (int) t[at[i] + 1] * l;
        at[i] = base;
        touched += w[base] + w[base + l - 1];
      }
    }
    for (int i = 0; i < n; i++) {
      int base = at[i];
      if (base >= 0) {
        for (int y = 0; y < l; y++) {
          out[offset + y] += w[base + y];
        }
      }
    }
    if (touched == Float.MIN_VALUE) {
      sink = touched; // never true in practice; keeps the reads above from being optimised away
    }
  }

  /** Like {@link #scoreRows}: reads the first weight of each long row before adding any. */
  private void scoreSparse(int[] at, int n, float[] out, int offset) {
    long[] t = table;
    int[] p = packed;
    long[] v = new long[n];
    int touched = 0;
    for (int i = 0; i < n; i++) {
      if (at[i] >= 0) {
        long x = t[at[i] + 1];
        v[i] = x;
        if (x >= 0) {
          touched += p[(int) (x >>> 6)];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (at[i] >= 0) {
        addSparse(v[i], out, offset);
      }
    }
    if (touched == Integer.MIN_VALUE + 1) {
      sink = touched; // never true in practice; keeps the reads above from being optimised away
    }
  }

  @SuppressWarnings("unused")
  private static volatile float sink;

  /** Adds the label weights of {@code key}, if known. */
  void score(long key, float[] out, int offset) {
    int at = find(key);
    if (at >= 0) {
      add(at, out, offset);
    }
  }

  private int[] slots(long[] keys, int n) {
    int[] at = new int[n];
    for (int i = 0; i < n; i++) {
      at[i] = find(keys[i]);
    }
    return at;
  }

  private void add(int at, float[] out, int offset) {
    switch (layout) {
      case INLINE -> addInline(at, out, offset);
      case ROWS -> addRow((int) table[at + 1], out, offset);
      case SHARED -> addShared(at, out, offset);
      default -> addSparse(table[at + 1], out, offset);
    }
  }

  private void addInline(int at, float[] out, int offset) {
    float sc = scale;
    long lo = table[at + 1];
    long hi = table[at + 2];
    int l = labels;
    for (int y = 0; y < l; y++) {
      long word = y < 4 ? lo >>> (16 * y) : hi >>> (16 * (y - 4));
      out[offset + y] += (short) word * sc;
    }
  }

  private void addRow(int row, float[] out, int offset) {
    float[] w = rows;
    int l = labels;
    int base = row * l;
    for (int y = 0; y < l; y++) {
      out[offset + y] += w[base + y];
    }
  }

  private void addSparse(long v, float[] out, int offset) {
    float sc = scale;
    if (v < 0) {
      int c = (int) (v >>> 48) & 3;
      int e0 = (int) v & 0x3FFFFF;
      out[offset + (e0 >>> 16)] += (short) e0 * sc;
      if (c == 2) {
        int e1 = (int) (v >>> 22) & 0x3FFFFF;
        out[offset + (e1 >>> 16)] += (short) e1 * sc;
      }
      return;
    }
    int[] p = packed;
    for (int j = (int) (v >>> 6), e = j + (int) (v & 63); j < e; j++) {
      int x = p[j];
      out[offset + (x >>> 16)] += (short) x * sc;
    }
  }

  /** The slot offset of {@code key}, or -1. */
  private int find(long key) {
    int s = home(key);
    long k;
    while ((k = table[s * stride]) != 0) {
      if (k == key) {
        return s * stride;
      }
      s = (s + 1) & mask;
    }
    return -1;
  }

  /**
   * Writes the 16-bit weights of {@code key} into {@code q[0, labels)} (zeros for unknown keys).
   *
   * @return the number of non-zero weights
   */
  int row(long key, short[] q) {
    Arrays.fill(q, 0, labels, (short) 0);
    int at = find(key);
    if (at < 0) {
      return 0;
    }
    return rowAt(at, q);
  }

  /** {@link #row} for the key in slot offset {@code at}; {@code q[0, labels)} holds zeros. */
  private int rowAt(int at, short[] q) {
    int c = 0;
    switch (layout) {
      case INLINE -> {
        for (int y = 0; y < labels; y++) {
          long word = y < 4 ? table[at + 1] >>> (16 * y) : table[at + 2] >>> (16 * (y - 4));
          q[y] = (short) word;
          c += q[y] != 0 ? 1 : 0;
        }
      }
      case ROWS -> {
        int base = (int) table[at + 1] * labels;
        for (int y = 0; y < labels; y++) {
          q[y] = (short) Math.round(rows[base + y] / scale);
          c += q[y] != 0 ? 1 : 0;
        }
      }
      case SHARED -> {
        for (int y = 0; y < labels; y++) {
          q[y] = (short) (table[at + first + (y >>> 2)] >>> (16 * (y & 3)));
          c += q[y] != 0 ? 1 : 0;
        }
      }
      default -> {
        long v = table[at + 1];
        if (v < 0) {
          c = (int) (v >>> 48) & 3;
          for (int e = 0; e < c; e++) {
            int x = (int) (v >>> (22 * e)) & 0x3FFFFF;
            q[x >>> 16] = (short) x;
          }
        } else {
          c = (int) (v & 63);
          for (int j = (int) (v >>> 6), e = j + c; j < e; j++) {
            q[packed[j] >>> 16] = (short) packed[j];
          }
        }
      }
    }
    return c;
  }
}
