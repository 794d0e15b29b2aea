package dev.dossier.nlp.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link LinearChain} with the averaged structured perceptron (Collins 2002): decode each
 * training sequence with Viterbi under the current weights and, where the best path differs from
 * the gold one, add the gold path's features and subtract the predicted path's; the model returned
 * averages the weights over every step. Sequences are visited in an order shuffled with a fixed
 * seed, so training is reproducible. Not thread-safe.
 */
public final class StructuredPerceptron {

  /** One training sequence: feature keys per position and the gold label per position. */
  public record Sequence(long[][] features, int[] gold) {}

  private final String[] labels;
  private final boolean[] allowed; // prev * L + y
  private final boolean[] allowedStart;
  private final boolean[] allowedEnd;

  /**
   * @param allowed which transitions {@code prev * L + label} may occur; null allows all
   * @param allowedStart labels a sequence may start with; null allows all
   * @param allowedEnd labels a sequence may end with; null allows all
   */
  public StructuredPerceptron(String[] labels, boolean[] allowed, boolean[] allowedStart, boolean[] allowedEnd) {
    int l = labels.length;
    this.labels = labels.clone();
    this.allowed = allowed == null ? filled(l * l) : allowed.clone();
    this.allowedStart = allowedStart == null ? filled(l) : allowedStart.clone();
    this.allowedEnd = allowedEnd == null ? filled(l) : allowedEnd.clone();
  }

  private static boolean[] filled(int n) {
    boolean[] b = new boolean[n];
    Arrays.fill(b, true);
    return b;
  }

  /**
   * Trains for {@code epochs} passes.
   *
   * @param minCount features seen in fewer positions are dropped
   * @param onEpoch if not null, receives the averaged model after each epoch (epoch number from 1)
   */
  public LinearChain train(List<Sequence> data, int epochs, int minCount, long seed, Consumer<String> log,
      java.util.function.BiConsumer<Integer, LinearChain> onEpoch) {
    int l = labels.length;
    Map<Long, int[]> counts = new HashMap<>();
    for (Sequence s : data) {
      for (long[] f : s.features) {
        for (long k : f) {
          counts.computeIfAbsent(k, x -> new int[1])[0]++;
        }
      }
    }
    long[] keys = counts.entrySet().stream().filter(e -> e.getValue()[0] >= minCount && e.getKey() != 0)
        .mapToLong(Map.Entry::getKey).sorted().toArray();
    counts.clear();
    FeatureIndex index = new FeatureIndex(keys);
    if (log != null) {
      log.accept("features: " + keys.length + " (min count " + minCount + ")");
    }
    List<int[][]> rows = new ArrayList<>(data.size());
    for (Sequence s : data) {
      int[][] r = new int[s.features.length][];
      for (int t = 0; t < r.length; t++) {
        int[] x = new int[s.features[t].length];
        int n = 0;
        for (long k : s.features[t]) {
          int row = index.row(k);
          if (row >= 0) {
            x[n++] = row;
          }
        }
        r[t] = Arrays.copyOf(x, n);
      }
      rows.add(r);
    }
    float[] w = new float[keys.length * l];
    double[] acc = new double[w.length];
    float[] tr = new float[l * l];
    float[] trAcc = new float[l * l];
    float[] st = new float[l];
    float[] stAcc = new float[l];
    float[] en = new float[l];
    float[] enAcc = new float[l];
    long c = 1;
    Integer[] order = new Integer[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random rnd = new Random(seed);
    float[] trView = new float[l * l];
    float[] stView = new float[l];
    float[] enView = new float[l];
    for (int epoch = 1; epoch <= epochs; epoch++) {
      java.util.Collections.shuffle(Arrays.asList(order), rnd);
      int errors = 0;
      int tokens = 0;
      for (int idx : order) {
        int[][] r = rows.get(idx);
        int[] gold = data.get(idx).gold;
        int n = r.length;
        if (n == 0) {
          continue;
        }
        float[] emit = new float[n * l];
        for (int t = 0; t < n; t++) {
          for (int row : r[t]) {
            int base = row * l;
            for (int y = 0; y < l; y++) {
              emit[t * l + y] += w[base + y];
            }
          }
        }
        constrained(tr, st, en, trView, stView, enView);
        int[] pred = new int[n];
        LinearChain.viterbi(emit, n, pred, null, trView, stView, enView, l);
        tokens += n;
        float cf = c;
        for (int t = 0; t < n; t++) {
          boolean diff = pred[t] != gold[t];
          if (diff) {
            errors++;
            for (int row : r[t]) {
              w[row * l + gold[t]] += 1;
              acc[row * l + gold[t]] += cf;
              w[row * l + pred[t]] -= 1;
              acc[row * l + pred[t]] -= cf;
            }
          }
          if (t == 0) {
            if (diff) {
              st[gold[0]] += 1;
              stAcc[gold[0]] += cf;
              st[pred[0]] -= 1;
              stAcc[pred[0]] -= cf;
            }
          } else if (diff || pred[t - 1] != gold[t - 1]) {
            tr[gold[t - 1] * l + gold[t]] += 1;
            trAcc[gold[t - 1] * l + gold[t]] += cf;
            tr[pred[t - 1] * l + pred[t]] -= 1;
            trAcc[pred[t - 1] * l + pred[t]] -= cf;
          }
        }
        if (pred[n - 1] != gold[n - 1]) {
          en[gold[n - 1]] += 1;
          enAcc[gold[n - 1]] += cf;
          en[pred[n - 1]] -= 1;
          enAcc[pred[n - 1]] -= cf;
        }
        c++;
      }
      if (log != null) {
        log.accept(String.format(java.util.Locale.ROOT, "epoch %d: %d of %d tokens wrong (%.2f%%)", epoch,
            errors, tokens, 100.0 * errors / Math.max(1, tokens)));
      }
      if (onEpoch != null || epoch == epochs) {
        LinearChain m = averaged(index, w, acc, tr, trAcc, st, stAcc, en, enAcc, c);
        if (onEpoch != null) {
          onEpoch.accept(epoch, m);
        }
        if (epoch == epochs) {
          return m;
        }
      }
    }
    throw new IllegalArgumentException("epochs must be positive: " + epochs);
  }

  private LinearChain averaged(FeatureIndex index, float[] w, double[] acc, float[] tr, float[] trAcc, float[] st,
      float[] stAcc, float[] en, float[] enAcc, long c) {
    float[] aw = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      aw[i] = (float) (w[i] - acc[i] / c);
    }
    float[] atr = avg(tr, trAcc, c);
    float[] ast = avg(st, stAcc, c);
    float[] aen = avg(en, enAcc, c);
    float[] ctr = new float[atr.length];
    float[] cst = new float[ast.length];
    float[] cen = new float[aen.length];
    constrained(atr, ast, aen, ctr, cst, cen);
    return new LinearChain(labels, index, aw, ctr, cst, cen);
  }

  private static float[] avg(float[] w, float[] acc, long c) {
    float[] out = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = w[i] - acc[i] / c;
    }
    return out;
  }

  private void constrained(float[] tr, float[] st, float[] en, float[] trOut, float[] stOut, float[] enOut) {
    for (int i = 0; i < tr.length; i++) {
      trOut[i] = allowed[i] ? tr[i] : LinearChain.FORBIDDEN;
    }
    for (int i = 0; i < st.length; i++) {
      stOut[i] = allowedStart[i] ? st[i] : LinearChain.FORBIDDEN;
      enOut[i] = allowedEnd[i] ? en[i] : LinearChain.FORBIDDEN;
    }
  }
}
