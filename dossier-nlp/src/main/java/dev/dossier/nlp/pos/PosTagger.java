package dev.dossier.nlp.pos;

import dev.dossier.nlp.train.LinearChain;
import java.util.Objects;

/**
 * Penn Treebank part-of-speech tagging of one sentence with a first-order linear-chain model and
 * Viterbi decoding. Immutable; safe to share between threads.
 */
public final class PosTagger {

  private final PosFeatures features = new PosFeatures();
  private final LinearChain model;

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
    long[][] keys = features.extract(words, from, to);
    int l = model.labelCount();
    float[] emit = new float[n * l];
    for (int t = 0; t < n; t++) {
      model.score(keys[t], emit, t * l);
    }
    int[] best = new int[n];
    model.viterbi(emit, n, best, null);
    String[] labels = model.labelsView();
    for (int t = 0; t < n; t++) {
      out[t] = labels[best[t]];
    }
    return out;
  }
}
