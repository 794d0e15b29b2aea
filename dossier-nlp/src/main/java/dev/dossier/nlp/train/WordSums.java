package dev.dossier.nlp.train;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A bounded cache, per word (or any other value a token's features are read from, {@code K}), of
 * the integer sums ({@link LinearChain#sum}) of the features that depend on that value alone, for
 * one model or a tagger's two passes sharing a table: a token then costs one map lookup instead of
 * a dozen weight-table lookups (most of them cache misses) for those features. The features may
 * come in parts, summed apart (a token's features of its own and those it gives the tokens next to
 * it). Integer sums do not depend on the order of the keys, so a token's total is the same with or
 * without the cache. Filled on first sight; once {@code capacity} values are in, later ones are
 * summed on every sight without being kept. Safe to share between threads.
 */
public final class WordSums<K> {

  private final LinearChain a;
  private final LinearChain b;
  private final Function<K, long[][]> keys;
  private final int parts;
  private final int capacity;
  private final ConcurrentHashMap<K, int[]> sums = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();

  /**
   * @param a the model, {@code b} the other that shares its table, or null
   * @param keys a word's features that depend on the word alone
   */
  public WordSums(LinearChain a, LinearChain b, Function<K, long[]> keys, int capacity) {
    this(a, b, 1, w -> new long[][] {keys.apply(w)}, capacity);
  }

  /**
   * @param keys the value's features in {@code parts} parts (each summed apart), always that many
   */
  public WordSums(LinearChain a, LinearChain b, int parts, Function<K, long[][]> keys, int capacity) {
    this.a = a;
    this.b = b;
    this.keys = keys;
    this.parts = parts;
    this.capacity = capacity;
  }

  /** The length of one part's sums: {@code a}'s labels, then {@code b}'s. */
  public int width() {
    return a.labelCount() + (b == null ? 0 : b.labelCount());
  }

  /**
   * The sums of {@code word}'s features: for each part in turn ({@code width()} each), {@code a}'s
   * labels, then {@code b}'s. Read only; callers copy them.
   */
  public int[] of(K word) {
    int[] s = sums.get(word);
    if (s != null) {
      return s;
    }
    s = sum(keys.apply(word));
    if (size.get() < capacity && sums.putIfAbsent(word, s) == null) {
      size.incrementAndGet();
    }
    return s;
  }

  /** The sums of the features {@code parts} (not kept): as {@link #of}, for values of no word. */
  public int[] sum(long[][] parts) {
    if (parts.length != this.parts) {
      throw new IllegalArgumentException(parts.length + " parts, not " + this.parts);
    }
    int la = a.labelCount();
    int w = width();
    int[] s = new int[parts.length * w];
    for (int p = 0; p < parts.length; p++) {
      LinearChain.sum(a, b, parts[p], 0, s, p * w, s, p * w + la);
    }
    return s;
  }

  /**
   * Adds to a token's sums the window of five parts its neighbours' cached sums give it: part 0
   * of its own row, part 1 of the row before it, 2 of the row after it, 3 of the row two before
   * and 4 of the row two after, with {@code edges} for a neighbour outside {@code [lo, hi)}.
   *
   * @param rows each token's cached sums ({@link #of}), indexed like {@code t}
   * @param sumsA receives {@code a}'s labels from {@code offA}, {@code sumsB} {@code b}'s from
   *     {@code offB}
   */
  public void addWindow(int[][] rows, int t, int lo, int hi, int[] edges, int[] sumsA, int offA, int[] sumsB,
      int offB) {
    if (parts != 5) {
      throw new IllegalStateException(parts + " parts, not the window's 5");
    }
    int[] r0 = rows[t];
    int[] r1 = t - 1 >= lo ? rows[t - 1] : edges;
    int[] r2 = t + 1 < hi ? rows[t + 1] : edges;
    int[] r3 = t - 2 >= lo ? rows[t - 2] : edges;
    int[] r4 = t + 2 < hi ? rows[t + 2] : edges;
    int w = width();
    int la = a.labelCount();
    // one pass over the labels, adding the five parts' sums at once (integers: the order does not matter)
    addParts(r0, r1, r2, r3, r4, w, 0, la, sumsA, offA);
    addParts(r0, r1, r2, r3, r4, w, la, w - la, sumsB, offB);
  }

  /**
   * Adds to {@code out[off, off + n)} the sums {@code [from, from + n)} of part 0 of {@code r0},
   * part 1 of {@code r1} and so on, each part {@code w} sums long.
   */
  private static void addParts(int[] r0, int[] r1, int[] r2, int[] r3, int[] r4, int w, int from, int n, int[] out,
      int off) {
    int o1 = w + from;
    int o2 = 2 * w + from;
    int o3 = 3 * w + from;
    int o4 = 4 * w + from;
    for (int y = 0; y < n; y++) {
      out[off + y] += r0[from + y] + r1[o1 + y] + r2[o2 + y] + r3[o3 + y] + r4[o4 + y];
    }
  }

  /** Words kept. */
  public int size() {
    return size.get();
  }
}
