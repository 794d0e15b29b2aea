package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {

  @Test
  void wellFormedExactlyWhenDecodingAndEncodingGivesTheBytesBack() {
    Random r = new Random(11);
    byte[] pieces = {0x41, 0x20, (byte) 0xc3, (byte) 0xa9, (byte) 0xe2, (byte) 0x80, (byte) 0x94, (byte) 0xf0,
        (byte) 0x9f, (byte) 0x98, (byte) 0x80, (byte) 0xed, (byte) 0xa0, (byte) 0xbf, (byte) 0xc0, (byte) 0xf4,
        (byte) 0x90, (byte) 0xff, (byte) 0xe0};
    int wellFormed = 0;
    for (int t = 0; t < 200_000; t++) {
      byte[] b = new byte[r.nextInt(7)];
      for (int i = 0; i < b.length; i++) {
        b[i] = pieces[r.nextInt(pieces.length)];
      }
      boolean roundTrip = Arrays.equals(new String(b, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8), b);
      assertThat(Utf8.firstMalformed(b) < 0).as(Arrays.toString(b)).isEqualTo(roundTrip);
      wellFormed += roundTrip ? 1 : 0;
    }
    assertThat(wellFormed).isBetween(10_000, 190_000); // both kinds were tried
  }

  @Test
  void textInSeveralScripts() {
    assertThat(Utf8.firstMalformed("Cairo talks — São Paulo, Zürich, 東京, 😀".getBytes(StandardCharsets.UTF_8)) < 0).isTrue();
    assertThat(Utf8.firstMalformed(new byte[] {(byte) 0xc3}) < 0).isFalse(); // cut
    assertThat(Utf8.firstMalformed(new byte[] {(byte) 0xc0, (byte) 0x80}) < 0).isFalse(); // overlong NUL
    assertThat(Utf8.firstMalformed(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}) < 0).isFalse(); // a surrogate
  }

  @Test
  void firstMalformedNamesWhereTheFirstBadSequenceStarts() {
    assertThat(Utf8.firstMalformed("plain ascii".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    byte[] b = "ab\u00e9cd".getBytes(StandardCharsets.UTF_8); // a, b, 0xc3 0xa9, c, d
    assertThat(Utf8.firstMalformed(b)).isEqualTo(-1);
    b[3] = 'x'; // 0xc3 now starts a cut sequence
    assertThat(Utf8.firstMalformed(b)).isEqualTo(2);
    assertThat(Utf8.firstMalformed(new byte[] {'a', (byte) 0xff, (byte) 0xc3})).isEqualTo(1);
  }
}
