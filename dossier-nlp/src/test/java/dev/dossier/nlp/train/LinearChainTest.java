package dev.dossier.nlp.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearChainTest {

  /** A toy task: label a token 1 when its word is "x" and the previous word was "y". */
  private static List<StructuredPerceptron.Sequence> data() {
    List<StructuredPerceptron.Sequence> out = new ArrayList<>();
    java.util.Random r = new java.util.Random(3);
    for (int s = 0; s < 200; s++) {
      int n = 2 + r.nextInt(6);
      long[][] f = new long[n][];
      int[] gold = new int[n];
      String prev = "<s>";
      for (int t = 0; t < n; t++) {
        String w = r.nextBoolean() ? "x" : r.nextBoolean() ? "y" : "z";
        f[t] = new long[] {Hashing.key(1, Hashing.hash(w)), Hashing.key(2, Hashing.hash(prev))};
        gold[t] = w.equals("x") && prev.equals("y") ? 1 : 0;
        prev = w;
      }
      out.add(new StructuredPerceptron.Sequence(f, gold));
    }
    return out;
  }

  @Test
  void learnsAndRoundTripsThroughItsFileFormat() throws Exception {
    List<StructuredPerceptron.Sequence> d = data();
    LinearChain m = new StructuredPerceptron(new String[] {"A", "B"}, null, null, null).train(d, 5, 1, 1L, null, null);
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    m.write(new DataOutputStream(bos));
    LinearChain back = LinearChain.read(new DataInputStream(new ByteArrayInputStream(bos.toByteArray())));
    int wrong = 0;
    for (StructuredPerceptron.Sequence s : d) {
      int n = s.gold().length;
      float[] emit = new float[n * 2];
      float[] emit2 = new float[n * 2];
      for (int t = 0; t < n; t++) {
        m.score(m.rows(s.features()[t]), emit, t * 2);
        back.score(back.rows(s.features()[t]), emit2, t * 2);
      }
      int[] y = new int[n];
      int[] y2 = new int[n];
      m.viterbi(emit, n, y, null);
      back.viterbi(emit2, n, y2, null);
      assertThat(y2).containsExactly(y);
      for (int t = 0; t < n; t++) {
        wrong += y[t] != s.gold()[t] ? 1 : 0;
      }
    }
    assertThat(wrong).isZero();
  }

  @Test
  void trainingIsDeterministic() throws Exception {
    StructuredPerceptron p = new StructuredPerceptron(new String[] {"A", "B"}, null, null, null);
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    p.train(data(), 3, 1, 9L, null, null).write(new DataOutputStream(a));
    p.train(data(), 3, 1, 9L, null, null).write(new DataOutputStream(b));
    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
  }
}
