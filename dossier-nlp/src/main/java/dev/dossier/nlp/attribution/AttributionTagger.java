package dev.dossier.nlp.attribution;

import dev.dossier.nlp.train.LinearChain;
import dev.dossier.nlp.train.WordSums;
import java.util.Objects;

/**
 * Labels every token of an article with cue, source and content BIO labels
 * ({@link AttributionLabels}), one first-order linear-chain Viterbi pass per paragraph; a second
 * pass, if any, reads the first pass's labels and its confidence that each token is a cue.
 * Immutable; safe to share between threads.
 */
public final class AttributionTagger {

  private final AttributionFeatures features = new AttributionFeatures();
  private final LinearChain model;
  private final LinearChain second;
  // with two passes sharing a table: the sums of the keys each token type gives itself and its neighbours
  private final WordSums<AttributionFeatures.TokenType> types;
  private final int[] edges; // the same sums for the tokens outside a paragraph

  /** Token types whose feature sums are kept (some 400 bytes each). */
  static final int TYPES = 30_000;

  /** A one-pass tagger. */
  public AttributionTagger(LinearChain model) {
    this(model, null);
  }

  /**
   * @param second if not null, a second pass whose features include the first pass's labels (the
   *     shipped model's first pass labels cues only, its second pass cues, sources and contents);
   *     the two passes keep their weights in one table ({@link LinearChain#sharingWeights}), as
   *     the second pass's features include all of the first's
   */
  public AttributionTagger(LinearChain model, LinearChain second) {
    LinearChain[] shared = LinearChain.sharingWeights(Objects.requireNonNull(model, "model"), second);
    this.model = shared[0];
    this.second = shared[1];
    if (this.second != null && this.model.sumsIntegers()) {
      types = new WordSums<>(this.model, this.second, AttributionFeatures.PARTS, features::typeKeys, TYPES);
      edges = types.sum(AttributionFeatures.edgeKeys());
    } else {
      types = null;
      edges = null;
    }
  }

  public LinearChain model() {
    return model;
  }

  /** The second pass, or null. */
  public LinearChain second() {
    return second;
  }

  /** The first pass's labels and its confidence bucket per token that the token is a cue. */
  public record FirstPass(int[] labels, byte[] cue) {}

  /** The labels of {@link #tag} with the first pass that the second pass read (the first pass itself without a second). */
  public record Tagging(int[] labels, FirstPass first) {}

  /** A label per token of {@code in}: the second pass's if there is one, else the first's. */
  public int[] tag(AttributionInput in) {
    return tagWithFirstPass(in).labels();
  }

  /** {@link #tag} with the first pass's labels and cue confidence, computed on the way, at no extra cost. */
  public Tagging tagWithFirstPass(AttributionInput in) {
    if (types != null) {
      return tagSummingIntegers(in);
    }
    long[][][] base = base(in);
    if (second == null) {
      FirstPass only = firstPass(in, base, null);
      return new Tagging(only.labels(), only);
    }
    // The first pass also sums the second pass's weights of the same (first-pass) features, with
    // the same lookups; the second pass then adds only its own features' weights to those sums.
    float[] secondSums = new float[in.size() * second.labelCount()];
    FirstPass first = firstPass(in, base, secondSums);
    int[] out = tag(in, second, base, first, null, secondSums);
    return new Tagging(withFirstPassVerbs(in, first.labels(), out), first);
  }

  /**
   * {@code labels} (the second pass's, changed in place and returned) with the first pass's cues
   * that the second pass left outside every span, when they hold a verb of saying or stance
   * ({@link CueLexicon}, {@link StanceLexicon}). The second pass drops some of the first pass's
   * right cues; taking back every dropped cue gains as many wrong ones (and contents for them),
   * taking back those verbs gains more right ones than wrong.
   */
  static int[] withFirstPassVerbs(AttributionInput in, int[] first, int[] labels) {
    int bc = AttributionLabels.begin(AttributionLabels.CUE);
    int ic = AttributionLabels.inside(AttributionLabels.CUE);
    int i = 0;
    while (i < first.length) {
      if (first[i] != bc) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < first.length && first[j] == ic) {
        j++;
      }
      boolean outside = true;
      boolean verb = false;
      for (int k = i; k < j; k++) {
        outside &= labels[k] == AttributionLabels.O;
        verb |= StanceLexicon.isSayingOrStanceVerb(in.lemma[k], in.pos[k]);
      }
      if (outside && verb && (i == 0 || AttributionLabels.kind(labels[i - 1]) != AttributionLabels.CUE)) {
        System.arraycopy(first, i, labels, i, j - i);
      }
      i = j;
    }
    return labels;
  }

  /** A label per token of {@code in} from the first pass only. */
  public int[] firstPass(AttributionInput in) {
    return firstPassScored(in).labels();
  }

  /** The first pass's labels and cue confidence for {@code in}, as the second pass reads them. */
  public FirstPass firstPassScored(AttributionInput in) {
    if (types != null) {
      int n = in.size();
      int[] sums = new int[n * model.labelCount()];
      firstPassSums(in, sums, new int[n * second.labelCount()]);
      return firstPassOfSums(in, sums);
    }
    return firstPass(in, base(in), null);
  }

  /**
   * {@link #tag} with exact integer sums of the 16-bit weights, so that the keys that depend on
   * one token alone ({@link AttributionFeatures#typeKeys}) are summed once per token type
   * ({@link #types}): the first pass sums the second pass's weights of the same keys too, and the
   * second adds only its own keys. The scores are the sums times each model's scale, which may
   * differ from adding the scaled weights one by one in the last bits of a float.
   */
  private Tagging tagSummingIntegers(AttributionInput in) {
    int n = in.size();
    int[] sums1 = new int[n * model.labelCount()];
    int[] sums2 = new int[n * second.labelCount()];
    firstPassSums(in, sums1, sums2);
    FirstPass first = firstPassOfSums(in, sums1);
    int l2 = second.labelCount();
    for (int p = 0; p < in.paragraphCount(); p++) {
      int from = in.paragraphs[p];
      if (in.paragraphs[p + 1] == from) {
        continue;
      }
      long[][] own = features.priorKeys(in, p, first.labels(), first.cue());
      for (int i = 0; i < own.length; i++) {
        LinearChain.sum(second, null, own[i], 0, sums2, (from + i) * l2, null, 0);
      }
    }
    int[] out = decodeSums(in, second, sums2, null);
    return new Tagging(withFirstPassVerbs(in, first.labels(), out), first);
  }

  /**
   * Adds to {@code sums1} and {@code sums2} the integer sums of the first-pass keys of every token
   * of {@code in}, of the first pass's and of the second pass's weights.
   */
  private void firstPassSums(AttributionInput in, int[] sums1, int[] sums2) {
    int l1 = model.labelCount();
    int l2 = second.labelCount();
    for (int p = 0; p < in.paragraphCount(); p++) {
      int from = in.paragraphs[p];
      int n = in.paragraphs[p + 1] - from;
      if (n == 0) {
        continue;
      }
      int[][] type = new int[n][];
      for (int i = 0; i < n; i++) {
        type[i] = types.of(AttributionFeatures.type(in, from + i));
      }
      long[][] context = features.extractContext(in, p);
      for (int i = 0; i < n; i++) {
        int a = (from + i) * l1;
        int b = (from + i) * l2;
        types.addWindow(type, i, 0, n, edges, sums1, a, sums2, b);
        LinearChain.sum(model, second, context[i], 0, sums1, a, sums2, b);
      }
    }
  }

  /** The first pass's labels and cue confidence from its integer sums. */
  private FirstPass firstPassOfSums(AttributionInput in, int[] sums) {
    float[] margin = new float[in.size()];
    int[] labels = decodeSums(in, model, sums, margin);
    return new FirstPass(labels, confidenceBuckets(margin));
  }

  /**
   * Viterbi per paragraph over the integer sums {@code sums} of {@code model}'s weights; with
   * {@code margin}, also each token's cue margin as {@link #tag} keeps it for the first pass.
   */
  private static int[] decodeSums(AttributionInput in, LinearChain model, int[] sums, float[] margin) {
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
      if (emit.length < n * l) {
        emit = new float[n * l];
        best = new int[n];
      }
      model.scores(sums, from * l, emit, 0, n * l);
      decodeParagraph(model, emit, n, from, margin, best, out);
    }
    return out;
  }

  /**
   * The labels of the paragraph of {@code n} tokens from token {@code from} whose scores are in
   * {@code emit}, into {@code out}; with {@code margin}, each token's cue margin too (the best cue
   * label's score less the outside label's).
   */
  private static void decodeParagraph(LinearChain model, float[] emit, int n, int from, float[] margin, int[] best,
      int[] out) {
    if (margin != null) {
      int l = model.labelCount();
      int bc = AttributionLabels.begin(AttributionLabels.CUE);
      int ic = AttributionLabels.inside(AttributionLabels.CUE);
      for (int t = 0; t < n; t++) {
        int o = t * l;
        margin[from + t] = Math.max(emit[o + bc], emit[o + ic]) - emit[o + AttributionLabels.O];
      }
    }
    model.viterbi(emit, n, best, null);
    System.arraycopy(best, 0, out, from, n);
  }

  /** @param secondSums if not null, receives the second pass's sums of the first-pass features */
  private FirstPass firstPass(AttributionInput in, long[][][] base, float[] secondSums) {
    float[] margin = new float[in.size()];
    int[] labels = tag(in, model, base, null, margin, secondSums);
    return new FirstPass(labels, confidenceBuckets(margin));
  }

  private long[][][] base(AttributionInput in) {
    long[][][] base = new long[in.paragraphCount()][][];
    for (int p = 0; p < base.length; p++) {
      base[p] = in.paragraphs[p + 1] > in.paragraphs[p] ? features.extract(in, p) : null;
    }
    return base;
  }

  /**
   * Buckets of each token's cue margin (the best cue label's score less the outside label's),
   * divided by the article's mean absolute margin so that models of different weight scales (the
   * jackknife folds and the whole-data model) give comparable buckets: 0 to 7, low to high.
   */
  static byte[] confidenceBuckets(float[] margin) {
    double sum = 0;
    for (float m : margin) {
      sum += Math.abs(m);
    }
    double mean = margin.length == 0 ? 1 : Math.max(1e-6, sum / margin.length);
    byte[] out = new byte[margin.length];
    for (int i = 0; i < margin.length; i++) {
      double x = margin[i] / mean;
      out[i] = (byte) (x < -1 ? 0 : x < -0.5 ? 1 : x < -0.25 ? 2 : x < 0 ? 3 : x < 0.25 ? 4 : x < 0.5 ? 5 : x < 1 ? 6 : 7);
    }
    return out;
  }

  /**
   * @param sums without {@code prior}, if not null, receives per token the second pass's sums of
   *     the base keys; with {@code prior}, holds them, and only the keys after the base keys are
   *     scored
   */
  private int[] tag(AttributionInput in, LinearChain model, long[][][] base, FirstPass prior, float[] margin,
      float[] sums) {
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
      long[][] keys = prior == null ? base[p] : features.withPrior(base[p], in, p, prior.labels(), prior.cue());
      if (emit.length < n * l) {
        emit = new float[n * l];
        best = new int[n];
      } else {
        java.util.Arrays.fill(emit, 0, n * l, 0f);
      }
      if (sums != null && prior != null) {
        System.arraycopy(sums, from * l, emit, 0, n * l);
      }
      for (int t = 0; t < n; t++) {
        if (sums == null) {
          model.score(keys[t], emit, t * l);
        } else if (prior == null) {
          LinearChain.scoreBoth(model, second, keys[t], emit, t * l, sums, (from + t) * second.labelCount());
        } else {
          model.score(keys[t], base[p][t].length, emit, t * l);
        }
      }
      decodeParagraph(model, emit, n, from, margin, best, out);
    }
    return out;
  }
}
