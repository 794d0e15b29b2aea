package dev.dossier.nlp.ner;

import dev.dossier.nlp.train.LinearChain;
import java.util.Objects;

/**
 * Labels a document's tokens with BILOU labels ({@link NerLabels}) in two passes: the first pass
 * uses local features, the second adds how the first pass labelled the other occurrences of each
 * word in the document. Each pass decodes sentence by sentence with Viterbi. Immutable; safe to
 * share between threads.
 */
public final class NerTagger {

  private final NerFeatures features;
  private final LinearChain first;
  private final LinearChain second;

  /** @param second the second-pass model, or null for a single pass */
  public NerTagger(NerFeatures features, LinearChain first, LinearChain second) {
    this.features = Objects.requireNonNull(features, "features");
    this.first = Objects.requireNonNull(first, "first");
    this.second = second;
  }

  public NerFeatures features() {
    return features;
  }

  public LinearChain first() {
    return first;
  }

  public LinearChain second() {
    return second;
  }

  /**
   * BILOU labels for every token of {@code doc}.
   *
   * @param margins if not null (length {@code doc.size()}), receives each token's Viterbi
   *     max-marginal margin, larger when the label is clearer
   */
  public int[] tag(NerDocument doc, float[] margins) {
    long[][] base = features.extract(doc);
    int[] labels = decode(first, base, doc, second == null ? margins : null);
    if (second == null) {
      return labels;
    }
    return decode(second, features.withFirstPass(doc, base, labels), doc, margins);
  }

  /** First-pass labels only (for training the second pass). */
  public int[] tagFirstPass(NerDocument doc) {
    return decode(first, features.extract(doc, null), doc, null);
  }

  static int[] decode(LinearChain model, long[][] keys, NerDocument doc, float[] margins) {
    int n = doc.size();
    int l = model.labelCount();
    int[] out = new int[n];
    float[] emit = new float[0];
    for (int s = 0; s < doc.sentences().length; s++) {
      int a = doc.sentences()[s];
      int b = doc.sentenceEnd(s);
      int len = b - a;
      if (len == 0) {
        continue;
      }
      if (emit.length < len * l) {
        emit = new float[len * l];
      } else {
        java.util.Arrays.fill(emit, 0, len * l, 0f);
      }
      for (int t = 0; t < len; t++) {
        model.score(keys[a + t], emit, t * l);
      }
      int[] best = new int[len];
      float[] m = margins == null ? null : new float[len];
      model.viterbi(emit, len, best, m);
      System.arraycopy(best, 0, out, a, len);
      if (m != null) {
        System.arraycopy(m, 0, margins, a, len);
      }
    }
    return out;
  }
}
