package dev.dossier.nlp.train;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A bounded cache, per word, of the integer sums ({@link LinearChain#sum}) of the features that
 * depend on the word alone, for one model or a tagger's two passes sharing a table: a token then
 * costs one map lookup instead of a dozen weight-table lookups (most of them cache misses) for
 * those features. Integer sums do not depend on the order of the keys, so a token's total is the
 * same with or without the cache. Filled on first sight; once {@code capacity} words are in, later
 * words are summed on every sight without being kept. Safe to share between threads.
 */
public final class WordSums {

  private final LinearChain a;
  private final LinearChain b;
  private final Function<String, long[]> keys;
  private final int capacity;
  private final ConcurrentHashMap<String, int[]> sums = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();

  /**
   * @param a the model, {@code b} the other that shares its table, or null
   * @param keys a word's features that depend on the word alone
   */
  public WordSums(LinearChain a, LinearChain b, Function<String, long[]> keys, int capacity) {
    this.a = a;
    this.b = b;
    this.keys = keys;
    this.capacity = capacity;
  }

  /**
   * The sums of {@code word}'s features: {@code a}'s labels, then {@code b}'s. Read only; callers
   * copy them.
   */
  public int[] of(String word) {
    int[] s = sums.get(word);
    if (s != null) {
      return s;
    }
    int la = a.labelCount();
    s = new int[la + (b == null ? 0 : b.labelCount())];
    LinearChain.sum(a, b, keys.apply(word), 0, s, 0, s, la);
    if (size.get() < capacity && sums.putIfAbsent(word, s) == null) {
      size.incrementAndGet();
    }
    return s;
  }

  /** Words kept. */
  public int size() {
    return size.get();
  }
}
