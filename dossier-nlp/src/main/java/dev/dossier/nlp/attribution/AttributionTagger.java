package dev.dossier.nlp.attribution;

import dev.dossier.nlp.train.LinearChain;
import java.util.Objects;

/**
 * Labels every token of an article with cue, source and content BIO labels
 * ({@link AttributionLabels}), one first-order linear-chain Viterbi pass per paragraph. With a
 * second pass, a token the first pass labels as a cue and the second leaves outside every span
 * stays a cue (the first pass is the more precise, the second finds more; their union scores best
 * on PolNeAR dev). Immutable; safe to share between threads.
 */
public final class AttributionTagger {

  private final AttributionFeatures features = new AttributionFeatures();
  private final LinearChain model;
  private final LinearChain second;

  /** A one-pass tagger. */
  public AttributionTagger(LinearChain model) {
    this(model, null);
  }

  /**
   * @param second if not null, a second pass whose features include the first pass's labels (the
   *     shipped model's first pass labels cues only, its second pass cues, sources and contents)
   */
  public AttributionTagger(LinearChain model, LinearChain second) {
    this.model = Objects.requireNonNull(model, "model");
    this.second = second;
  }

  public LinearChain model() {
    return model;
  }

  /** The second pass, or null. */
  public LinearChain second() {
    return second;
  }

  /** A label per token of {@code in}: the second pass's, with the first pass's cues it left out. */
  public int[] tag(AttributionInput in) {
    long[][][] base = new long[in.paragraphCount()][][];
    for (int p = 0; p < base.length; p++) {
      base[p] = in.paragraphs[p + 1] > in.paragraphs[p] ? features.extract(in, p) : null;
    }
    int[] first = tag(in, model, base, null);
    if (second == null) {
      return first;
    }
    int[] out = tag(in, second, base, first);
    for (int i = 0; i < out.length; i++) {
      if (out[i] == AttributionLabels.O && AttributionLabels.kind(first[i]) == AttributionLabels.CUE) {
        boolean cont = i > 0 && AttributionLabels.kind(out[i - 1]) == AttributionLabels.CUE;
        out[i] = cont ? AttributionLabels.inside(AttributionLabels.CUE) : AttributionLabels.begin(AttributionLabels.CUE);
      }
    }
    return out;
  }

  /** A label per token of {@code in} from the first pass only. */
  public int[] firstPass(AttributionInput in) {
    long[][][] base = new long[in.paragraphCount()][][];
    for (int p = 0; p < base.length; p++) {
      base[p] = in.paragraphs[p + 1] > in.paragraphs[p] ? features.extract(in, p) : null;
    }
    return tag(in, model, base, null);
  }

  private int[] tag(AttributionInput in, LinearChain model, long[][][] base, int[] prior) {
    int[] out = new int[in.size()];
    int l = model.labelCount();
    float[] emit = new float[0];
    int[] best = new int[0];
    for (int p = 0; p < in.paragraphCount(); p++) {
      int from = in.paragraphs[p];
      int n = in.paragraphs[p + 1] - from;
      if (n == 0) {
        continue;
      }
      long[][] keys = prior == null ? base[p] : features.withPrior(base[p], in, p, prior);
      if (emit.length < n * l) {
        emit = new float[n * l];
        best = new int[n];
      } else {
        java.util.Arrays.fill(emit, 0, n * l, 0f);
      }
      for (int t = 0; t < n; t++) {
        model.score(keys[t], emit, t * l);
      }
      model.viterbi(emit, n, best, null);
      System.arraycopy(best, 0, out, from, n);
    }
    return out;
  }
}
