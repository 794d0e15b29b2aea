package dev.dossier.nlp.train;

import java.util.Arrays;

/**
 * A frozen map from 64-bit feature keys to dense row numbers, by open addressing. Key 0 is reserved
 * (never a feature). Immutable after construction; safe to share between threads.
 */
public final class FeatureIndex {

  private final long[] slots;
  private final int[] rows;
  private final int mask;
  private final int size;

  /** An index of {@code keys} (distinct, non-zero); row {@code i} is {@code keys[i]}. */
  public FeatureIndex(long[] keys) {
    this(keys, null);
  }

  /**
   * An index mapping {@code keys[i]} (distinct, non-zero) to {@code values[i]} (non-negative), or
   * to {@code i} when {@code values} is null.
   */
  public FeatureIndex(long[] keys, int[] values) {
    int cap = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
    slots = new long[cap];
    rows = new int[cap];
    mask = cap - 1;
    size = keys.length;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == 0) {
        throw new IllegalArgumentException("feature key 0 is reserved");
      }
      int s = slot(keys[i]);
      if (slots[s] == keys[i]) {
        throw new IllegalArgumentException("duplicate feature key " + keys[i]);
      }
      slots[s] = keys[i];
      rows[s] = values == null ? i : values[i];
    }
  }

  private int slot(long key) {
    int s = (int) (key ^ (key >>> 29)) & mask;
    while (slots[s] != 0 && slots[s] != key) {
      s = (s + 1) & mask;
    }
    return s;
  }

  /** The row of {@code key}, or -1 when it is not a known feature. */
  public int row(long key) {
    int s = (int) (key ^ (key >>> 29)) & mask;
    long k;
    while ((k = slots[s]) != 0) {
      if (k == key) {
        return rows[s];
      }
      s = (s + 1) & mask;
    }
    return -1;
  }

  public int size() {
    return size;
  }

  /** The keys in row order (for an index built without values). */
  public long[] keys() {
    long[] out = new long[size];
    for (int s = 0; s < slots.length; s++) {
      if (slots[s] != 0) {
        out[rows[s]] = slots[s];
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "FeatureIndex[" + size + " of " + slots.length + "]";
  }

  /** Sorted distinct non-zero keys of {@code keys}. */
  public static long[] distinct(long[] keys) {
    long[] k = keys.clone();
    Arrays.sort(k);
    int n = 0;
    for (int i = 0; i < k.length; i++) {
      if (k[i] != 0 && (n == 0 || k[n - 1] != k[i])) {
        k[n++] = k[i];
      }
    }
    return Arrays.copyOf(k, n);
  }
}
