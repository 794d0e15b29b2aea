package dev.dossier.nlp.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Sha256} gives the JDK's SHA-256 digest, at every length around the padding's edges. */
class Sha256Test {

  @Test
  void digestsTheStandardsShortMessage() {
    assertThat(HexFormat.of().formatHex(Sha256.digest("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(HexFormat.of().formatHex(Sha256.digest(new byte[0])))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void equalsTheJdksDigestAtEveryLengthUpTo300AndOnAFewMegabytes() throws Exception {
    Random random = new Random(9);
    for (int n = 0; n <= 300; n++) {
      byte[] data = new byte[n];
      random.nextBytes(data);
      assertThat(Sha256.digest(data)).as("%d bytes", n)
          .containsExactly(MessageDigest.getInstance("SHA-256").digest(data));
    }
    byte[] big = new byte[3_000_037];
    random.nextBytes(big);
    assertThat(Sha256.digest(big)).containsExactly(MessageDigest.getInstance("SHA-256").digest(big));
  }
}
