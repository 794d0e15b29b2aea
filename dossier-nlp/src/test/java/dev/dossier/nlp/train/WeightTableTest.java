package dev.dossier.nlp.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Scores from each of {@link WeightTable}'s layouts are bit for bit the floats of adding every
 * feature's quantised weights one by one, in feature order (what {@link LinearChain} did before).
 */
class WeightTableTest {

  @Test
  void everyLayoutScoresLikeAddingTheWeightsOneByOne() throws Exception {
    for (int labels : new int[] {2, 7, 8, 9, 17, 32, 33, 45, 63}) {
      Random rnd = new Random(labels);
      int rows = 3000;
      long[] keys = new long[rows];
      for (int r = 0; r < rows; r++) {
        keys[r] = Hashing.key(1, r);
      }
      float[] w = new float[rows * labels];
      for (int i = 0; i < w.length; i++) {
        int kind = rnd.nextInt(10);
        w[i] = kind < 6 ? 0f : kind < 9 ? (float) rnd.nextGaussian() : rnd.nextInt(5) - 2;
      }
      float[] trans = new float[labels * labels];
      LinearChain chain = new LinearChain(labels(labels), new FeatureIndex(keys), w, trans,
          new float[labels], new float[labels]);
      float max = 1e-9f;
      for (float x : w) {
        max = Math.max(max, Math.abs(x));
      }
      float scale = max / 32767f;
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      chain.write(new DataOutputStream(bytes));
      LinearChain back = LinearChain.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
      for (int t = 0; t < 200; t++) {
        long[] features = new long[1 + rnd.nextInt(60)];
        for (int f = 0; f < features.length; f++) {
          features[f] = rnd.nextInt(8) == 0 ? Hashing.key(2, f) : keys[rnd.nextInt(rows)]; // some unknown
        }
        float[] expected = new float[labels];
        for (long k : features) {
          for (int r = 0; r < rows; r++) {
            if (keys[r] == k) {
              for (int y = 0; y < labels; y++) {
                int q = Math.round(w[r * labels + y] / scale);
                if (q != 0) {
                  expected[y] += (short) q * scale;
                }
              }
            }
          }
        }
        float[] got = new float[labels + 3];
        chain.score(features, got, 3);
        float[] read = new float[labels];
        back.score(features, read, 0);
        for (int y = 0; y < labels; y++) {
          assertThat(Float.floatToRawIntBits(got[3 + y])).as("%d labels, label %d", labels, y)
              .isEqualTo(Float.floatToRawIntBits(expected[y]));
          assertThat(read[y]).isEqualTo(got[3 + y]);
        }
      }
    }
  }

  private static String[] labels(int n) {
    String[] s = new String[n];
    for (int i = 0; i < n; i++) {
      s[i] = "L" + i;
    }
    return s;
  }
}
