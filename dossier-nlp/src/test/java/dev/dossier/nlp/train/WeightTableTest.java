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

  @Test
  void presenceBitsLeaveTheIntegerSumsAsTheyAre() {
    Random rnd = new Random(23);
    LinearChain a = randomChain(rnd, 17, 0, 2000);
    LinearChain b = randomChain(rnd, 17, 1000, 3000);
    LinearChain[] plain = LinearChain.sharingWeights(a, b);
    LinearChain[] bits = LinearChain.sharingWeights(a, b, true);
    assertThat(bits[0].hasPresenceBits()).isTrue();
    assertThat(plain[0].hasPresenceBits()).isFalse();
    int nonZero = 0;
    for (int t = 0; t < 300; t++) {
      long[] features = new long[1 + rnd.nextInt(40)];
      for (int f = 0; f < features.length; f++) {
        // half of them keys of neither model
        features[f] = rnd.nextBoolean() ? Hashing.key(2, rnd.nextInt(100_000)) : Hashing.key(1, rnd.nextInt(3000));
      }
      int[] wantA = new int[17];
      int[] wantB = new int[19];
      LinearChain.sum(plain[0], plain[1], features, 0, wantA, 0, wantB, 2);
      int[] gotA = new int[17];
      int[] gotB = new int[19];
      LinearChain.sum(bits[0], bits[1], features, 0, gotA, 0, gotB, 2);
      assertThat(gotA).containsExactly(wantA);
      assertThat(gotB).containsExactly(wantB);
      nonZero += java.util.Arrays.stream(wantA).anyMatch(x -> x != 0) ? 1 : 0;
    }
    assertThat(nonZero).isGreaterThan(100); // the sums compared are not all zero
  }

  @Test
  void sharedTablesScoreExactlyAsTheTablesTheyReplace() {
    int[][] pairs = {{7, 7}, {17, 17}, {3, 9}, {45, 2}};
    for (int[] pair : pairs) {
      Random rnd = new Random(pair[0] * 100 + pair[1]);
      LinearChain a = randomChain(rnd, pair[0], 0, 2000);
      LinearChain b = randomChain(rnd, pair[1], 1000, 3000); // rows 1000-1999 in both
      if (pair[0] % 2 == 1) {
        a.score(new long[] {Hashing.key(1, 5)}, new float[pair[0]], 0); // a's own table laid out first
      }
      LinearChain[] shared = LinearChain.sharingWeights(a, b);
      for (int t = 0; t < 200; t++) {
        long[] features = new long[1 + rnd.nextInt(60)];
        for (int f = 0; f < features.length; f++) {
          features[f] = rnd.nextInt(8) == 0 ? Hashing.key(2, f) : Hashing.key(1, rnd.nextInt(3000));
        }
        float[] wantA = new float[pair[0]];
        float[] wantB = new float[pair[1] + 2];
        a.score(features, wantA, 0);
        b.score(features, wantB, 2);
        float[] gotA = new float[pair[0]];
        float[] gotB = new float[pair[1] + 2];
        LinearChain.scoreBoth(shared[0], shared[1], features, gotA, 0, gotB, 2);
        float[] aloneB = new float[pair[1] + 2];
        int split = features.length / 2;
        shared[1].score(features, aloneB, 2);
        float[] splitB = new float[pair[1] + 2];
        LinearChain.scoreBoth(shared[0], shared[1], java.util.Arrays.copyOf(features, split), new float[pair[0]], 0,
            splitB, 2);
        shared[1].score(features, split, splitB, 2);
        for (int y = 0; y < pair[0]; y++) {
          assertThat(Float.floatToRawIntBits(gotA[y])).isEqualTo(Float.floatToRawIntBits(wantA[y]));
        }
        for (int y = 0; y < pair[1] + 2; y++) {
          assertThat(Float.floatToRawIntBits(gotB[y])).isEqualTo(Float.floatToRawIntBits(wantB[y]));
          assertThat(Float.floatToRawIntBits(aloneB[y])).isEqualTo(Float.floatToRawIntBits(wantB[y]));
          assertThat(Float.floatToRawIntBits(splitB[y])).isEqualTo(Float.floatToRawIntBits(wantB[y]));
        }
      }
      assertThat(shared[0].nonZeroWeights()).isEqualTo(a.nonZeroWeights());
      assertThat(shared[1].nonZeroWeights()).isEqualTo(b.nonZeroWeights());
    }
  }

  /** A chain over the features {@code key(1, r)} for {@code r} in {@code [from, to)}. */
  private static LinearChain randomChain(Random rnd, int labels, int from, int to) {
    long[] keys = new long[to - from];
    for (int r = 0; r < keys.length; r++) {
      keys[r] = Hashing.key(1, from + r);
    }
    float[] w = new float[keys.length * labels];
    for (int i = 0; i < w.length; i++) {
      w[i] = rnd.nextInt(10) < 6 ? 0f : (float) rnd.nextGaussian();
    }
    return new LinearChain(labels(labels), new FeatureIndex(keys), w, new float[labels * labels], new float[labels],
        new float[labels]);
  }

  private static String[] labels(int n) {
    String[] s = new String[n];
    for (int i = 0; i < n; i++) {
      s[i] = "L" + i;
    }
    return s;
  }
}
