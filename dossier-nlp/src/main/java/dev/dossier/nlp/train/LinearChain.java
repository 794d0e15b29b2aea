package dev.dossier.nlp.train;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * A first-order linear-chain model over a fixed label set: a weight per (feature, label), a weight
 * per label transition and per start label, with hard constraints forbidding some transitions
 * (BILOU's "I after O"). Decodes a sequence with Viterbi. Immutable after construction; safe to
 * share between threads.
 */
public final class LinearChain {

  static final float FORBIDDEN = Float.NEGATIVE_INFINITY;

  private final String[] labels;
  private volatile FeatureIndex index; // built on first use when read from a file
  private final long[] keys; // row -> feature key
  private volatile WeightTable weights; // laid out on first use, or shared by sharingWeights
  private Quantised pending; // the weights until then
  private final float scale;
  private final Moves moves; // the finite transitions, for Viterbi
  private final float[] transitions; // prev * L + label
  private final float[] start;
  private final float[] end;

  /** Arrays are used as given (callers hand them over). */
  public LinearChain(String[] labels, FeatureIndex index, float[] weights, float[] transitions, float[] start, float[] end) {
    this(labels, index, index.keys(), Quantised.of(weights), transitions, start, end);
  }

  /** Weights quantised to 16 bits: {@code weight = q * scale}, with the largest at +-32767. */
  private record Quantised(short[] q, float scale) {
    static Quantised of(float[] weights) {
      float max = 1e-9f;
      for (float w : weights) {
        max = Math.max(max, Math.abs(w));
      }
      float scale = max / 32767f;
      short[] q = new short[weights.length];
      for (int i = 0; i < weights.length; i++) {
        q[i] = (short) Math.round(weights[i] / scale);
      }
      return new Quantised(q, scale);
    }
  }

  private LinearChain(String[] labels, FeatureIndex index, long[] keys, Quantised weights, float[] transitions,
      float[] start, float[] end) {
    int l = labels.length;
    if (weights.q().length != keys.length * l || transitions.length != l * l || start.length != l || end.length != l) {
      throw new IllegalArgumentException("weight arrays do not match " + keys.length + " features x " + l + " labels");
    }
    this.labels = labels.clone();
    this.index = index;
    this.keys = keys;
    this.scale = weights.scale();
    this.pending = weights;
    moves = Moves.of(transitions, l, allowed(transitions, l, true), allowed(transitions, l, false));
    this.transitions = transitions;
    this.start = start;
    this.end = end;
  }

  /** {@code chain} with its weights in {@code weights} (the same weights, laid out otherwise). */
  private LinearChain(LinearChain chain, WeightTable weights) {
    this.labels = chain.labels;
    this.index = chain.index;
    this.keys = chain.keys;
    this.scale = chain.scale;
    this.weights = weights;
    this.moves = chain.moves;
    this.transitions = chain.transitions;
    this.start = chain.start;
    this.end = chain.end;
  }

  /**
   * {@code a} and {@code b}, two models over largely the same features (a tagger's first and
   * second pass), as models that keep their weights in one shared table, so that
   * {@link #scoreBoth} scores a feature for both with one table lookup. They score, decode and
   * write exactly as {@code a} and {@code b}. Without {@code b} (a single pass), {@code {a, null}}.
   */
  public static LinearChain[] sharingWeights(LinearChain a, LinearChain b) {
    return sharingWeights(a, b, false);
  }

  /**
   * As {@link #sharingWeights(LinearChain, LinearChain)}; with {@code presence}, {@link #sum}
   * first tests each key against a bit array of the table's keys and reads no slot for a key the
   * bits rule out (the sums are the same): for models many of whose looked-up keys are unknown.
   */
  public static LinearChain[] sharingWeights(LinearChain a, LinearChain b, boolean presence) {
    if (b == null) {
      return new LinearChain[] {a, null};
    }
    Quantised qa = a.quantised();
    Quantised qb = b.quantised();
    WeightTable[] t = WeightTable.shared(a.keys, qa.q(), a.labels.length, qa.scale(), b.keys, qb.q(),
        b.labels.length, qb.scale(), presence);
    return new LinearChain[] {new LinearChain(a, t[0]), new LinearChain(b, t[1])};
  }

  /**
   * {@code a.score(keys, outA, offA)} and {@code b.score(keys, outB, offB)} in one pass over the
   * shared table; {@code a} and {@code b} come from one {@link #sharingWeights} call.
   */
  public static void scoreBoth(LinearChain a, LinearChain b, long[] keys, float[] outA, int offA, float[] outB,
      int offB) {
    WeightTable.scoreBoth(a.weights(), b.weights(), keys, outA, offA, outB, offB);
  }

  /**
   * Adds the 16-bit weights of the known features among {@code keys[from, keys.length)} of
   * {@code a} to {@code outA[offA, offA + a.labelCount())} and, if {@code b} is not null, of
   * {@code b} to {@code outB[offB, ...)}: exact integer sums, independent of the keys' order, for
   * scores {@link #scores} turns into floats. {@code a} and {@code b} come from one
   * {@link #sharingWeights} call with a second model ({@link #sumsIntegers}).
   */
  public static void sum(LinearChain a, LinearChain b, long[] keys, int from, int[] outA, int offA, int[] outB,
      int offB) {
    WeightTable.sumShared(a.weights(), b == null ? null : b.weights(), keys, from, outA, offA, outB, offB);
  }

  /** Whether {@link #sum} tests keys against presence bits first ({@link #sharingWeights(LinearChain, LinearChain, boolean)}). */
  boolean hasPresenceBits() {
    return weights().hasPresenceBits();
  }

  /** Whether {@link #sum} works for this model: it shares its weight table with another. */
  public boolean sumsIntegers() {
    return weights().isShared();
  }

  /** Emission scores from integer sums of {@link #sum}: {@code out[i] = sums[i] * scale}. */
  public void scores(int[] sums, int from, float[] out, int offset, int n) {
    float sc = weights().scale();
    for (int i = 0; i < n; i++) {
      out[offset + i] = sums[from + i] * sc;
    }
  }

  /**
   * The weight table, laid out on first use: a model read to be shared with another
   * ({@link #sharingWeights}) never lays out a table of its own, which halves the work of loading
   * the two-pass models.
   */
  private WeightTable weights() {
    WeightTable w = weights;
    return w != null ? w : layOut();
  }

  private synchronized WeightTable layOut() {
    if (weights == null) {
      weights = new WeightTable(keys, pending.q(), labels.length, scale);
      pending = null;
    }
    return weights;
  }

  /** The 16-bit weights per (feature row, label) and their scale. */
  private synchronized Quantised quantised() {
    if (pending != null) {
      return pending;
    }
    int l = labels.length;
    short[] q = new short[keys.length * l];
    short[] row = new short[l];
    for (int r = 0; r < keys.length; r++) {
      weights.row(keys[r], row);
      System.arraycopy(row, 0, q, r * l, l);
    }
    return new Quantised(q, scale);
  }

  /**
   * This model without the features whose every label weight is below {@code eps} times the
   * model's largest weight in magnitude (compared in the 16-bit units it stores: {@code |q| <
   * eps * 32767}); the kept features' weights, the scale, the transitions and the labels are
   * unchanged, so a kept feature scores exactly as before. {@code eps = 0} keeps every feature.
   */
  public LinearChain pruned(double eps) {
    if (!(eps >= 0 && eps < 1)) {
      throw new IllegalArgumentException("eps must be in [0, 1): " + eps);
    }
    Quantised all = quantised();
    int l = labels.length;
    double below = eps * 32767;
    long[] keptKeys = new long[keys.length];
    short[] keptQ = new short[keys.length * l];
    int n = 0;
    for (int r = 0; r < keys.length; r++) {
      int largest = 0;
      for (int y = 0; y < l; y++) {
        largest = Math.max(largest, Math.abs(all.q()[r * l + y]));
      }
      if (largest > 0 && largest >= below) {
        keptKeys[n] = keys[r];
        System.arraycopy(all.q(), r * l, keptQ, n * l, l);
        n++;
      }
    }
    return new LinearChain(labels, null, Arrays.copyOf(keptKeys, n), new Quantised(Arrays.copyOf(keptQ, n * l),
        all.scale()), transitions, start, end);
  }

  /** Number of features with a non-zero weight: the rows {@link #write} writes. */
  public int featureCount() {
    short[] q = quantised().q();
    int l = labels.length;
    int n = 0;
    for (int r = 0; r < keys.length; r++) {
      for (int y = 0; y < l; y++) {
        if (q[r * l + y] != 0) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  public String[] labels() {
    return labels.clone();
  }

  /** The labels array itself, for read-only use on hot paths. */
  public String[] labelsView() {
    return labels;
  }

  public int labelCount() {
    return labels.length;
  }

  /**
   * Per label, the labels with a finite transition into it ({@code into}) or out of it, in
   * ascending order.
   */
  private static int[][] allowed(float[] transitions, int l, boolean into) {
    int[][] out = new int[l][];
    for (int y = 0; y < l; y++) {
      int n = 0;
      int[] other = new int[l];
      for (int x = 0; x < l; x++) {
        if (transitions[into ? x * l + y : y * l + x] != FORBIDDEN) {
          other[n++] = x;
        }
      }
      out[y] = Arrays.copyOf(other, n);
    }
    return out;
  }

  public FeatureIndex index() {
    FeatureIndex i = index;
    if (i == null) {
      i = new FeatureIndex(keys);
      index = i;
    }
    return i;
  }

  /** Rows of the known features among {@code keys} (unknown ones dropped). */
  public int[] rows(long[] keys) {
    int[] r = new int[keys.length];
    int n = 0;
    FeatureIndex index = index();
    for (long k : keys) {
      int x = index.row(k);
      if (x >= 0) {
        r[n++] = x;
      }
    }
    return n == r.length ? r : Arrays.copyOf(r, n);
  }

  /** Adds the label scores of feature rows {@code rows} to {@code out[offset, offset + L)}. */
  public void score(int[] rows, float[] out, int offset) {
    for (int r : rows) {
      weights().score(keys[r], out, offset);
    }
  }

  /** Adds the label scores of the known features among {@code keys} (no intermediate array). */
  public void score(long[] keys, float[] out, int offset) {
    weights().score(keys, out, offset);
  }

  /**
   * Adds the label scores of the known features among {@code keys[from, keys.length)}: after
   * {@code score(keys[0, from))}, the same sums as {@code score(keys)}.
   */
  public void score(long[] keys, int from, float[] out, int offset) {
    weights().score(keys, from, out, offset);
  }

  /** Number of non-zero feature weights. */
  public int nonZeroWeights() {
    return weights().nonZero();
  }

  /**
   * Viterbi over emission scores {@code emit[t * L + y]} for {@code n} positions.
   *
   * @param best receives the best label per position
   * @param margin if not null, receives per position the difference between the best path's score
   *     and the best score with another label there (an uncalibrated confidence)
   */
  public void viterbi(float[] emit, int n, int[] best, float[] margin) {
    if (margin == null && labels.length > BEAM * 4) {
      beam(emit, n, best);
      return;
    }
    viterbi(emit, n, best, margin, start, end, labels.length, moves);
  }

  /** Candidates per position for large label sets (part of speech): the best emissions. */
  private static final int BEAM = 6;

  /**
   * Viterbi restricted to the {@value #BEAM} labels with the highest emission score at each
   * position; used for large label sets, where the full search costs labels squared per token.
   */
  private void beam(float[] emit, int n, int[] best) {
    int l = labels.length;
    int[] cand = new int[n * BEAM];
    float[] top = new float[BEAM];
    for (int t = 0; t < n; t++) {
      int base = t * BEAM;
      int filled = 0;
      for (int y = 0; y < l; y++) {
        float e = emit[t * l + y];
        if (filled == BEAM && !(top[BEAM - 1] < e)) {
          continue; // not above the sixth best: ties keep the earlier label
        }
        int pos = filled;
        while (pos > 0 && top[pos - 1] < e) {
          pos--;
        }
        int last = Math.min(filled, BEAM - 1);
        for (int k = last; k > pos; k--) {
          top[k] = top[k - 1];
          cand[base + k] = cand[base + k - 1];
        }
        top[pos] = e;
        cand[base + pos] = y;
        filled = Math.min(filled + 1, BEAM);
      }
    }
    float[] delta = new float[n * BEAM];
    int[] back = new int[n * BEAM];
    for (int k = 0; k < BEAM; k++) {
      int y = cand[k];
      delta[k] = start[y] + emit[y];
    }
    for (int t = 1; t < n; t++) {
      for (int k = 0; k < BEAM; k++) {
        int y = cand[t * BEAM + k];
        float bestScore = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int j = 0; j < BEAM; j++) {
          float sc = delta[(t - 1) * BEAM + j] + transitions[cand[(t - 1) * BEAM + j] * l + y];
          if (sc > bestScore) {
            bestScore = sc;
            arg = j;
          }
        }
        delta[t * BEAM + k] = bestScore + emit[t * l + y];
        back[t * BEAM + k] = arg;
      }
    }
    int arg = 0;
    float bestScore = Float.NEGATIVE_INFINITY;
    for (int k = 0; k < BEAM; k++) {
      float sc = delta[(n - 1) * BEAM + k] + end[cand[(n - 1) * BEAM + k]];
      if (sc > bestScore) {
        bestScore = sc;
        arg = k;
      }
    }
    for (int t = n - 1; t >= 0; t--) {
      best[t] = cand[t * BEAM + arg];
      arg = back[t * BEAM + arg];
    }
  }

  static void viterbi(float[] emit, int n, int[] best, float[] margin, float[] trans, float[] start, float[] end, int l) {
    int[][] every = new int[l][];
    Arrays.fill(every, IntStream.range(0, l).toArray());
    // every transition may be taken
    viterbi(emit, n, best, margin, start, end, l, Moves.of(trans, l, every, every));
  }

  /**
   * The transitions of a label set that Viterbi follows, flattened so that its inner loops read two
   * arrays in order: for label {@code y}, {@code prev[prevStart[y], prevStart[y + 1])} are the
   * previous labels whose transition into {@code y} is not forbidden (in ascending order; the
   * others cannot be on a best path, their score is minus infinity) and {@code into} the weights
   * of those transitions, the same floats as in the transition matrix; {@code next},
   * {@code nextStart} and {@code out} likewise the next labels, for the margins' backward pass.
   */
  private record Moves(int[] prevStart, int[] prev, float[] into, int[] nextStart, int[] next, float[] out) {

    static Moves of(float[] trans, int l, int[][] allowedPrev, int[][] allowedNext) {
      int[] prevStart = new int[l + 1];
      int[] nextStart = new int[l + 1];
      for (int y = 0; y < l; y++) {
        prevStart[y + 1] = prevStart[y] + allowedPrev[y].length;
        nextStart[y + 1] = nextStart[y] + allowedNext[y].length;
      }
      int[] prev = new int[prevStart[l]];
      float[] into = new float[prevStart[l]];
      int[] next = new int[nextStart[l]];
      float[] out = new float[nextStart[l]];
      for (int y = 0; y < l; y++) {
        for (int j = 0; j < allowedPrev[y].length; j++) {
          int p = allowedPrev[y][j];
          prev[prevStart[y] + j] = p;
          into[prevStart[y] + j] = trans[p * l + y];
        }
        for (int j = 0; j < allowedNext[y].length; j++) {
          int q = allowedNext[y][j];
          next[nextStart[y] + j] = q;
          out[nextStart[y] + j] = trans[y * l + q];
        }
      }
      return new Moves(prevStart, prev, into, nextStart, next, out);
    }
  }

  /** Viterbi over {@code emit} along the transitions {@code moves}. */
  private static void viterbi(float[] emit, int n, int[] best, float[] margin, float[] start, float[] end, int l,
      Moves moves) {
    if (n == 0) {
      return;
    }
    float[] delta = new float[n * l];
    int[] back = new int[n * l];
    for (int y = 0; y < l; y++) {
      delta[y] = start[y] + emit[y];
    }
    int[] prevStart = moves.prevStart();
    int[] prevs = moves.prev();
    float[] into = moves.into();
    for (int t = 1; t < n; t++) {
      int cur = t * l;
      int prev = cur - l;
      for (int y = 0; y < l; y++) {
        float bestScore = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int j = prevStart[y], e = prevStart[y + 1]; j < e; j++) {
          int p = prevs[j];
          float s = delta[prev + p] + into[j];
          if (s > bestScore) {
            bestScore = s;
            arg = p;
          }
        }
        delta[cur + y] = bestScore + emit[cur + y];
        back[cur + y] = arg;
      }
    }
    int last = (n - 1) * l;
    float bestScore = Float.NEGATIVE_INFINITY;
    int arg = 0;
    for (int y = 0; y < l; y++) {
      float s = delta[last + y] + end[y];
      if (s > bestScore) {
        bestScore = s;
        arg = y;
      }
    }
    best[n - 1] = arg;
    for (int t = n - 1; t > 0; t--) {
      best[t - 1] = back[t * l + best[t]];
    }
    if (margin != null) {
      // backward pass for max-marginals: beta[t][y] = best score of the suffix after t given y at t
      float[] beta = new float[n * l];
      for (int y = 0; y < l; y++) {
        beta[last + y] = end[y];
      }
      int[] nextStart = moves.nextStart();
      int[] nexts = moves.next();
      float[] out = moves.out();
      for (int t = n - 2; t >= 0; t--) {
        int after = (t + 1) * l;
        for (int y = 0; y < l; y++) {
          float m = Float.NEGATIVE_INFINITY;
          for (int j = nextStart[y], e = nextStart[y + 1]; j < e; j++) {
            int q = nexts[j];
            float s = out[j] + emit[after + q] + beta[after + q];
            if (s > m) {
              m = s;
            }
          }
          beta[t * l + y] = m;
        }
      }
      for (int t = 0; t < n; t++) {
        float top = delta[t * l + best[t]] + beta[t * l + best[t]];
        float second = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < l; y++) {
          if (y != best[t]) {
            second = Math.max(second, delta[t * l + y] + beta[t * l + y]);
          }
        }
        margin[t] = top - second;
      }
    }
  }

  /** Writes the model; weights are quantised to 16 bits and all-zero rows dropped. */
  public void write(DataOutputStream out) throws IOException {
    int l = labels.length;
    out.writeInt(l);
    for (String s : labels) {
      out.writeUTF(s);
    }
    for (float f : transitions) {
      out.writeFloat(f);
    }
    for (float f : start) {
      out.writeFloat(f);
    }
    for (float f : end) {
      out.writeFloat(f);
    }
    out.writeFloat(scale);
    WeightTable weights = weights();
    short[] q = new short[l];
    int kept = 0;
    for (long key : keys) {
      kept += weights.row(key, q) > 0 ? 1 : 0;
    }
    out.writeInt(kept);
    for (long key : keys) {
      if (weights.row(key, q) == 0) {
        continue;
      }
      out.writeLong(key);
      long mask = 0;
      for (int y = 0; y < l; y++) {
        mask |= q[y] != 0 ? 1L << y : 0;
      }
      out.writeLong(mask);
      for (int y = 0; y < l; y++) {
        if (q[y] != 0) {
          out.writeShort(q[y]);
        }
      }
    }
  }

  /** Reads a model written by {@link #write}. */
  public static LinearChain read(DataInputStream in) throws IOException {
    int l = in.readInt();
    if (l <= 0 || l > 63) {
      throw new IOException("corrupt model: " + l + " labels");
    }
    String[] labels = new String[l];
    for (int i = 0; i < l; i++) {
      labels[i] = in.readUTF();
    }
    float[] trans = new float[l * l];
    for (int i = 0; i < trans.length; i++) {
      trans[i] = in.readFloat();
    }
    float[] start = new float[l];
    for (int i = 0; i < l; i++) {
      start[i] = in.readFloat();
    }
    float[] end = new float[l];
    for (int i = 0; i < l; i++) {
      end[i] = in.readFloat();
    }
    float scale = in.readFloat();
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("corrupt model: " + n + " features");
    }
    long[] keys = new long[n];
    short[] q = new short[n * l];
    long labelBits = (1L << l) - 1;
    byte[] buf = new byte[16 + 2 * l];
    float max = 1e-9f; // the largest |weight|, as new LinearChain(weights) finds it
    for (int r = 0; r < n; r++) {
      in.readFully(buf, 0, 16); // bulk reads: the stream is often an unbuffered GZIPInputStream
      keys[r] = bigEndianLong(buf, 0);
      long mask = bigEndianLong(buf, 8) & labelBits;
      in.readFully(buf, 16, 2 * Long.bitCount(mask));
      int j = 16;
      for (int y = 0; y < l; y++) {
        if ((mask & (1L << y)) != 0) {
          short v = (short) ((buf[j] << 8) | (buf[j + 1] & 0xFF));
          j += 2;
          q[r * l + y] = v;
          max = Math.max(max, Math.abs(v * scale));
        }
      }
    }
    // The weights are requantised exactly as the float constructor does it (weight v * scale,
    // rounded to the new scale), through a table over the 65,536 possible values.
    float rescale = max / 32767f;
    short[] map = new short[1 << 16];
    for (int v = Short.MIN_VALUE; v <= Short.MAX_VALUE; v++) {
      map[v - Short.MIN_VALUE] = (short) Math.round((v * scale) / rescale);
    }
    for (int i = 0; i < q.length; i++) {
      q[i] = map[q[i] - Short.MIN_VALUE];
    }
    return new LinearChain(labels, null, keys, new Quantised(q, rescale), trans, start, end);
  }

  private static long bigEndianLong(byte[] b, int at) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (b[at + i] & 0xFF);
    }
    return v;
  }
}
