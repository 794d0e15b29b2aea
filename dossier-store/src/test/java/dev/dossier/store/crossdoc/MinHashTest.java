package dev.dossier.store.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashTest {

  private static List<String> words(int n, long seed) {
    Random r = new Random(seed);
    List<String> w = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      w.add("w" + r.nextInt(5000));
    }
    return w;
  }

  @Test
  void estimatesJaccardSimilarity() {
    MinHash mh = new MinHash(256, 32, 7);
    List<String> a = words(400, 1);
    List<String> b = new ArrayList<>(a);
    for (int i = 0; i < 40; i++) {
      b.set(i * 10, "changed" + i);
    }
    Set<Long> sa = MinHash.shingles(a, 5);
    Set<Long> sb = MinHash.shingles(b, 5);
    Set<Long> inter = new java.util.HashSet<>(sa);
    inter.retainAll(sb);
    Set<Long> union = new java.util.HashSet<>(sa);
    union.addAll(sb);
    double exact = (double) inter.size() / union.size();
    double est = MinHash.similarity(mh.signature(sa), mh.signature(sb));
    assertThat(est).isBetween(exact - 0.1, exact + 0.1);
    assertThat(MinHash.similarity(mh.signature(sa), mh.signature(MinHash.shingles(words(400, 2), 5)))).isLessThan(0.05);
  }

  @Test
  void nearDuplicatesShareABandAndUnrelatedTextsDoNot() {
    String text = String.join(" ", words(120, 3));
    String copy = text.replaceFirst("w", "edited w");
    int[] s1 = DuplicateDetector.signature(text);
    int[] s2 = DuplicateDetector.signature(copy);
    int[] s3 = DuplicateDetector.signature(String.join(" ", words(120, 4)));
    assertThat(MinHash.similarity(s1, s2)).isGreaterThanOrEqualTo(DuplicateDetector.NEAR);
    long[] b1 = DuplicateDetector.MINHASH.bandKeys(s1);
    long[] b2 = DuplicateDetector.MINHASH.bandKeys(s2);
    long[] b3 = DuplicateDetector.MINHASH.bandKeys(s3);
    assertThat(shared(b1, b2)).isPositive();
    assertThat(shared(b1, b3)).isZero();
  }

  private static int shared(long[] a, long[] b) {
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        n++;
      }
    }
    return n;
  }

  @Test
  void signaturesRoundTripAndAreStable() {
    MinHash mh = new MinHash(64, 16, 99);
    int[] sig = mh.signatureOf(List.of("a", "b", "c"));
    assertThat(MinHash.fromBytes(MinHash.toBytes(sig))).containsExactly(sig);
    assertThat(new MinHash(64, 16, 99).signatureOf(List.of("c", "b", "a"))).containsExactly(sig);
    assertThatThrownBy(() -> new MinHash(10, 3, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
