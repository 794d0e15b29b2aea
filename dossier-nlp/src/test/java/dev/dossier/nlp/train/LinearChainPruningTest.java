package dev.dossier.nlp.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class LinearChainPruningTest {

  private static final String[] LABELS = {"O", "B", "I"};
  private static final long BIG = 11;
  private static final long TINY = 12;
  private static final long SMALL_KEPT = 13;
  private static final long ZERO = 14;
  private static final long ONE_LARGE = 15;

  /**
   * Five features, the largest weight 10: at eps 0.001 a feature goes when every weight is below
   * 0.01 (TINY), or is zero (ZERO); SMALL_KEPT (0.02) and ONE_LARGE (one weight of 0.5 next to a
   * tiny one) stay.
   */
  private static LinearChain model() {
    long[] keys = {BIG, TINY, SMALL_KEPT, ZERO, ONE_LARGE};
    float[] w = {
        10f, 0f, -3f,
        0.004f, -0.005f, 0f,
        0.02f, 0f, 0f,
        0f, 0f, 0f,
        -0.009f, 0.5f, 0f};
    float[] trans = {0.1f, 0.2f, LinearChain.FORBIDDEN, 0.3f, -0.1f, 0.4f, 0.2f, 0f, 0.5f};
    return new LinearChain(LABELS, new FeatureIndex(keys), w, trans, new float[] {0.1f, 0.2f, -1f},
        new float[] {0f, 0.1f, 0.2f});
  }

  private static float[] scores(LinearChain m, long key) {
    float[] out = new float[LABELS.length];
    m.score(new long[] {key}, out, 0);
    return out;
  }

  private static byte[] bytes(LinearChain m) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    m.write(new DataOutputStream(bos));
    return bos.toByteArray();
  }

  private static LinearChain read(byte[] b) throws IOException {
    return LinearChain.read(new DataInputStream(new ByteArrayInputStream(b)));
  }

  @Test
  void dropsTheFeaturesWhoseWeightsAreAllBelowEpsAndKeepsTheOthersWeights() throws IOException {
    LinearChain m = model();
    LinearChain p = m.pruned(0.001);
    assertThat(m.featureCount()).isEqualTo(4); // the all-zero row is never written
    assertThat(p.featureCount()).isEqualTo(3);
    assertThat(scores(p, TINY)).containsExactly(0f, 0f, 0f);
    assertThat(scores(m, TINY)).isNotEqualTo(new float[3]);
    for (long k : new long[] {BIG, SMALL_KEPT, ONE_LARGE}) {
      assertThat(scores(p, k)).containsExactly(scores(m, k));
    }
    LinearChain back = read(bytes(p));
    assertThat(back.labels()).containsExactly(LABELS);
    assertThat(back.featureCount()).isEqualTo(3);
    for (long k : new long[] {BIG, TINY, SMALL_KEPT, ONE_LARGE}) {
      assertThat(scores(back, k)).containsExactly(scores(p, k));
    }
    float[] emit = {1f, 0f, 0f, 0f, 0.5f, 0.2f, 0f, 0f, 1f};
    int[] a = new int[3];
    int[] b = new int[3];
    m.viterbi(emit, 3, a, null);
    back.viterbi(emit, 3, b, null);
    assertThat(b).containsExactly(a);
  }

  @Test
  void largerEpsDropsMoreAndZeroDropsNothing() throws IOException {
    LinearChain m = model();
    assertThat(bytes(m.pruned(0))).isEqualTo(bytes(m));
    assertThat(m.pruned(0.003).featureCount()).isEqualTo(2); // SMALL_KEPT (0.002 of the largest) goes too
    assertThat(m.pruned(0.2).featureCount()).isEqualTo(1);
    assertThat(bytes(m.pruned(0.001).pruned(0.001))).isEqualTo(bytes(m.pruned(0.001)));
  }

  @Test
  void prunesAModelWhoseWeightsShareATableAsTheModelItself() throws IOException {
    LinearChain a = model();
    LinearChain b = model().pruned(0.001);
    LinearChain[] shared = LinearChain.sharingWeights(a, b);
    assertThat(bytes(shared[0].pruned(0.003))).isEqualTo(bytes(model().pruned(0.003)));
    assertThat(bytes(shared[1].pruned(0.001))).isEqualTo(bytes(b));
  }

  @Test
  void refusesEpsOutsideZeroToOne() {
    assertThatThrownBy(() -> model().pruned(-0.1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> model().pruned(1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> model().pruned(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
