package dev.dossier.nlp.pos;

import dev.dossier.nlp.train.LinearChain;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Penn Treebank part-of-speech tagging of one sentence with a first-order linear-chain model and
 * Viterbi decoding. Safe to share between threads.
 *
 * <p>More than half of a token's feature keys depend on the word alone ({@link
 * PosFeatures#wordKeys}). Their summed label weights are kept per word, for the first {@value
 * #CACHED_WORDS} words seen, so that a frequent word costs one map look-up instead of a dozen
 * weight-table misses. The sums are the same floats either way: a token's weights are added in
 * one order, its word's keys first (from zero), then its context keys.
 */
public final class PosTagger {

  /** Most words whose summed weights are kept (about 200 bytes each with 45 labels). */
  static final int CACHED_WORDS = 60_000;

  private final PosFeatures features = new PosFeatures();
  private final LinearChain model;
  private final ConcurrentHashMap<String, float[]> wordScores = new ConcurrentHashMap<>();
  private final AtomicInteger cached = new AtomicInteger();

  public PosTagger(LinearChain model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  public LinearChain model() {
    return model;
  }

  /** Tags {@code words[from, to)}. */
  public String[] tag(String[] words, int from, int to) {
    int n = to - from;
    String[] out = new String[n];
    if (n == 0) {
      return out;
    }
    PosFeatures.Context c = features.context(words, from, to);
    int l = model.labelCount();
    float[] emit = new float[n * l];
    long[] buf = new long[16];
    for (int t = 0; t < n; t++) {
      System.arraycopy(wordScores(words[from + t], l), 0, emit, t * l, l);
      int k = PosFeatures.contextKeys(c, t, buf);
      model.score(java.util.Arrays.copyOf(buf, k), emit, t * l);
    }
    int[] best = new int[n];
    model.viterbi(emit, n, best, null);
    String[] labels = model.labelsView();
    for (int t = 0; t < n; t++) {
      out[t] = labels[best[t]];
    }
    return out;
  }

  /** The summed weights of {@code word}'s own keys, from the cache or computed (and kept while there is room). */
  private float[] wordScores(String word, int labels) {
    float[] v = wordScores.get(word);
    if (v == null) {
      v = new float[labels];
      model.score(features.wordKeys(word), v, 0);
      if (cached.get() < CACHED_WORDS && wordScores.putIfAbsent(word, v) == null) {
        cached.incrementAndGet();
      }
    }
    return v;
  }
}
