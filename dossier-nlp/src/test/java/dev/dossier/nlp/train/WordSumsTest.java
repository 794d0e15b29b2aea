package dev.dossier.nlp.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link LinearChain#sum} gives each label the exact integer sum of its features' 16-bit weights,
 * in any order and in parts, and {@link WordSums} returns the same sums from its cache.
 */
class WordSumsTest {

  private static LinearChain chain(long[] keys, int labels, Random rnd, float[] w) {
    for (int i = 0; i < w.length; i++) {
      w[i] = rnd.nextInt(3) == 0 ? 0f : (float) rnd.nextGaussian();
    }
    String[] names = new String[labels];
    for (int y = 0; y < labels; y++) {
      names[y] = "L" + y;
    }
    return new LinearChain(names, new FeatureIndex(keys), w, new float[labels * labels], new float[labels],
        new float[labels]);
  }

  @Test
  void integerSumsAreTheWeightsAddedInAnyOrderAndInParts() {
    Random rnd = new Random(7);
    int rows = 500;
    long[] keys = new long[rows];
    for (int r = 0; r < rows; r++) {
      keys[r] = Hashing.key(3, r);
    }
    int la = 7;
    int lb = 17;
    float[] wa = new float[rows * la];
    float[] wb = new float[rows * lb];
    LinearChain[] shared = LinearChain.sharingWeights(chain(keys, la, rnd, wa), chain(keys, lb, rnd, wb));
    LinearChain a = shared[0];
    LinearChain b = shared[1];
    assertThat(a.sumsIntegers()).isTrue();
    for (int t = 0; t < 100; t++) {
      long[] features = new long[1 + rnd.nextInt(40)];
      for (int f = 0; f < features.length; f++) {
        features[f] = rnd.nextInt(6) == 0 ? Hashing.key(4, f) : keys[rnd.nextInt(rows)]; // some unknown
      }
      int[] sa = new int[la];
      int[] sb = new int[lb];
      LinearChain.sum(a, b, features, 0, sa, 0, sb, 0);
      // the same sums, key by key in reverse order
      int[] ra = new int[la];
      int[] rb = new int[lb];
      for (int f = features.length - 1; f >= 0; f--) {
        LinearChain.sum(a, b, new long[] {features[f]}, 0, ra, 0, rb, 0);
      }
      assertThat(ra).containsExactly(sa);
      assertThat(rb).containsExactly(sb);
      // in two parts, the second from an offset
      int cut = rnd.nextInt(features.length + 1);
      int[] pa = new int[la + 2];
      LinearChain.sum(a, null, Arrays.copyOf(features, cut), 0, pa, 2, null, 0);
      LinearChain.sum(a, null, features, cut, pa, 2, null, 0);
      assertThat(Arrays.copyOfRange(pa, 2, la + 2)).containsExactly(sa);
      // the scores are the sums times the scale, within a float's rounding of the one-by-one sums
      float[] scores = new float[la];
      a.scores(sa, 0, scores, 0, la);
      float[] floats = new float[la];
      a.score(features, floats, 0);
      for (int y = 0; y < la; y++) {
        assertThat(scores[y]).isCloseTo(floats[y], org.assertj.core.data.Offset.offset(1e-4f));
      }
      assertThat(Arrays.stream(sa).anyMatch(x -> x != 0)).isTrue();
    }
  }

  @Test
  void cachedSumsAreTheSumsOfTheWordsKeys() {
    Random rnd = new Random(11);
    int rows = 200;
    long[] keys = new long[rows];
    for (int r = 0; r < rows; r++) {
      keys[r] = Hashing.key(5, r);
    }
    LinearChain[] shared = LinearChain.sharingWeights(chain(keys, 5, rnd, new float[rows * 5]),
        chain(keys, 9, rnd, new float[rows * 9]));
    java.util.function.Function<String, long[]> own = w -> new long[] {keys[w.length() % rows],
        keys[(w.charAt(0) * 7) % rows], Hashing.key(6, w.length())};
    WordSums<String> sums = new WordSums<>(shared[0], shared[1], own, 2);
    for (String w : new String[] {"harbour", "mill", "harbour", "kettle", "lantern", "mill", "kettle"}) {
      int[] expected = new int[5 + 9];
      LinearChain.sum(shared[0], shared[1], own.apply(w), 0, expected, 0, expected, 5);
      assertThat(sums.of(w)).as(w).containsExactly(expected);
    }
    assertThat(sums.size()).isEqualTo(2); // bounded: "kettle" and "lantern" are summed, not kept
  }

  @Test
  void windowAddsEachNeighboursPartOrTheEdgesToWhatIsThere() {
    Random rnd = new Random(13);
    int rows = 300;
    long[] keys = new long[rows];
    for (int r = 0; r < rows; r++) {
      keys[r] = Hashing.key(7, r);
    }
    int la = 7;
    int lb = 11;
    LinearChain[] shared = LinearChain.sharingWeights(chain(keys, la, rnd, new float[rows * la]),
        chain(keys, lb, rnd, new float[rows * lb]));
    // part p of a word: keys read from its letters, a different number per part
    java.util.function.Function<String, long[][]> parts = w -> {
      long[][] out = new long[5][];
      for (int p = 0; p < 5; p++) {
        out[p] = new long[1 + (w.length() + p) % 3];
        for (int k = 0; k < out[p].length; k++) {
          out[p][k] = keys[(w.charAt(k % w.length()) * 31 + p * 7 + k) % rows];
        }
      }
      return out;
    };
    long[][] edgeParts = {{}, {keys[1], keys[2]}, {keys[3]}, {keys[4], keys[5], keys[6]}, {keys[7]}};
    WordSums<String> sums = new WordSums<>(shared[0], shared[1], 5, parts, 100);
    int[] edges = sums.sum(edgeParts);
    String[] words = {"quay", "barrow", "oak", "fennel", "ox", "tinder", "rook"};
    int[][] row = new int[words.length][];
    for (int t = 0; t < words.length; t++) {
      row[t] = sums.of(words[t]);
    }
    int lo = 1;
    int hi = 6; // a window over words[1, 6): words 0 and 6 are outside it
    int[] from = {0, -1, 1, -2, 2}; // the token part p is read from, relative to t
    for (int t = lo; t < hi; t++) {
      int[] sa = new int[la + 3];
      int[] sb = new int[lb];
      sa[3] = 5; // what is there already stays and is added to
      sums.addWindow(row, t, lo, hi, edges, sa, 3, sb, 0);
      int[] ea = new int[la + 3];
      int[] eb = new int[lb];
      ea[3] = 5;
      for (int p = 0; p < 5; p++) {
        int u = t + from[p];
        long[] k = u >= lo && u < hi ? parts.apply(words[u])[p] : edgeParts[p];
        LinearChain.sum(shared[0], shared[1], k, 0, ea, 3, eb, 0);
      }
      assertThat(sa).as("token %d", t).containsExactly(ea);
      assertThat(sb).as("token %d", t).containsExactly(eb);
    }
  }
}
