package dev.dossier.store.crossdoc;

import java.util.Arrays;

/**
 * A growing set of longs kept in ascending order, each once: the ids one key of an in-memory
 * index ({@link BandIndex}, {@link StoryProbes}) holds. Appending a value above the last costs no
 * search. Not thread-safe.
 */
final class SortedLongs {
  private long[] a = new long[1]; // most keys hold one value
  private int n;

  /** Adds a value, unless already there (as an insert with {@code ON CONFLICT DO NOTHING}). */
  void add(long v) {
    int at = n == 0 || a[n - 1] < v ? n : Arrays.binarySearch(a, 0, n, v);
    if (at < 0) {
      at = -at - 1;
    } else if (at < n) {
      return; // already there
    }
    if (n == a.length) {
      a = Arrays.copyOf(a, n * 2);
    }
    System.arraycopy(a, at, a, at + 1, n - at);
    a[at] = v;
    n++;
  }

  int size() {
    return n;
  }

  /** The {@code i}-th value in ascending order. */
  long get(int i) {
    return a[i];
  }
}
