package dev.dossier.nlp.ner;

import dev.dossier.nlp.train.LinearChain;
import dev.dossier.nlp.train.WordSums;
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
  // with two passes sharing a table: the sums of the keys each word gives itself and the words around it
  private final WordSums<String> words;
  private final int[] edges; // the same sums for the words outside a sentence

  /**
   * @param second the second-pass model, or null for a single pass; the two passes keep their
   *     weights in one table ({@link LinearChain#sharingWeights}), as most features are the same,
   *     with the table's presence bits: a third of the context keys looked up are not in it
   */
  public NerTagger(NerFeatures features, LinearChain first, LinearChain second) {
    this.features = Objects.requireNonNull(features, "features");
    LinearChain[] shared = LinearChain.sharingWeights(Objects.requireNonNull(first, "first"), second, true);
    this.first = shared[0];
    this.second = shared[1];
    if (second != null && this.first.sumsIntegers()) {
      words = new WordSums<>(this.first, this.second, NerFeatures.PARTS, features::wordParts, WORDS);
      edges = words.sum(features.edgeParts());
    } else {
      words = null;
      edges = null;
    }
  }

  /** Words whose feature sums are kept (some 800 bytes each). */
  static final int WORDS = 30_000;

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
    if (words != null) {
      return tagSummingIntegers(doc, margins);
    }
    long[][] base = features.extract(doc);
    if (second == null) {
      return decode(first, base, doc, margins);
    }
    // The first pass also sums the second pass's weights of the same (first-pass) features, with
    // the same lookups; the second pass then adds only its own features' weights to those sums.
    float[] secondSums = new float[doc.size() * second.labelCount()];
    int[] labels = decode(first, base, doc, null, secondSums);
    long[][] keys = features.withFirstPass(doc, base, labels);
    return decodeSecond(keys, base, secondSums, doc, margins);
  }

  /**
   * {@link #tag} with exact integer sums of the 16-bit weights, so that the features that depend on
   * one word alone (its own and those of the words up to two before and after it,
   * {@link NerFeatures#wordParts}) are summed once per word ({@link #words}) and added to the
   * sums of the token's other features: the first pass sums the second pass's weights of the
   * same keys too, and the second adds only its own features. The scores are the sums times each
   * model's scale, which may differ from adding the scaled weights one by one in the last bits of
   * a float.
   */
  private int[] tagSummingIntegers(NerDocument doc, float[] margins) {
    long[][] base = features.extractContext(doc);
    int n = doc.size();
    int l1 = first.labelCount();
    int l2 = second.labelCount();
    int[] sums1 = new int[n * l1];
    int[] sums2 = new int[n * l2];
    String[] w = doc.words();
    int[][] word = new int[n][];
    for (int t = 0; t < n; t++) {
      word[t] = words.of(NerFeatures.normalise(w[t]));
    }
    for (int s = 0; s < doc.sentences().length; s++) {
      int a = doc.sentences()[s];
      int b = doc.sentenceEnd(s);
      for (int t = a; t < b; t++) {
        int o1 = t * l1;
        int o2 = t * l2;
        words.addWindow(word, t, a, b, edges, sums1, o1, sums2, o2);
        LinearChain.sum(first, second, base[t], 0, sums1, o1, sums2, o2);
      }
    }
    int[] labels = decodeSums(first, sums1, doc, null);
    long[][] keys = features.withFirstPass(doc, base, labels);
    for (int t = 0; t < n; t++) {
      if (keys[t] != base[t]) {
        LinearChain.sum(second, null, keys[t], base[t].length, sums2, t * l2, null, 0);
      }
    }
    return decodeSums(second, sums2, doc, margins);
  }

  /** Viterbi per sentence over the integer sums {@code sums} of {@code model}'s weights. */
  private static int[] decodeSums(LinearChain model, int[] sums, NerDocument doc, float[] margins) {
    int n = doc.size();
    int l = model.labelCount();
    int[] out = new int[n];
    float[] emit = new float[0];
    for (int s = 0; s < doc.sentences().length; s++) {
      int a = doc.sentences()[s];
      int len = doc.sentenceEnd(s) - a;
      if (len == 0) {
        continue;
      }
      if (emit.length < len * l) {
        emit = new float[len * l];
      }
      model.scores(sums, a * l, emit, 0, len * l);
      decodeSentence(model, emit, len, a, out, margins);
    }
    return out;
  }

  /** First-pass labels only (for training the second pass). */
  public int[] tagFirstPass(NerDocument doc) {
    return decode(first, features.extract(doc, null), doc, null);
  }

  static int[] decode(LinearChain model, long[][] keys, NerDocument doc, float[] margins) {
    return decode(model, null, keys, null, null, doc, margins);
  }

  /**
   * @param secondSums if not null, receives per token the sums of {@link #second}'s weights of
   *     the token's {@code keys} ({@code model} is {@link #first})
   */
  private int[] decode(LinearChain model, long[][] keys, NerDocument doc, float[] margins, float[] secondSums) {
    return decode(model, second, keys, secondSums, null, doc, margins);
  }

  /** The second pass over {@code keys}, whose first {@code base[t].length} sum to {@code secondSums}. */
  private int[] decodeSecond(long[][] keys, long[][] base, float[] secondSums, NerDocument doc, float[] margins) {
    return decode(second, null, keys, secondSums, base, doc, margins);
  }

  /**
   * Viterbi per sentence over the scores of {@code keys}. With {@code also}, also sums its
   * weights of the keys into {@code sums}; with {@code summed}, the scores of the first
   * {@code summed[t].length} keys of token {@code t} are already in {@code sums}.
   */
  private static int[] decode(LinearChain model, LinearChain also, long[][] keys, float[] sums, long[][] summed,
      NerDocument doc, float[] margins) {
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
      if (summed != null) {
        System.arraycopy(sums, a * l, emit, 0, len * l);
        for (int t = 0; t < len; t++) {
          model.score(keys[a + t], summed[a + t].length, emit, t * l);
        }
      } else if (also != null) {
        int la = also.labelCount();
        for (int t = 0; t < len; t++) {
          LinearChain.scoreBoth(model, also, keys[a + t], emit, t * l, sums, (a + t) * la);
        }
      } else {
        for (int t = 0; t < len; t++) {
          model.score(keys[a + t], emit, t * l);
        }
      }
      decodeSentence(model, emit, len, a, out, margins);
    }
    return out;
  }

  /** Viterbi over one sentence's {@code emit}: its labels into {@code out[a, a + len)}, its margins likewise. */
  private static void decodeSentence(LinearChain model, float[] emit, int len, int a, int[] out, float[] margins) {
    int[] best = new int[len];
    float[] m = margins == null ? null : new float[len];
    model.viterbi(emit, len, best, m);
    System.arraycopy(best, 0, out, a, len);
    if (m != null) {
      System.arraycopy(m, 0, margins, a, len);
    }
  }
}
