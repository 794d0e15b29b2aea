package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecodedTest {

  @Test
  void locatesAndCountsMalformedSequencesLikeTheJdk() {
    Random random = new Random(42);
    byte[][] fixed = {
      {'a', (byte) 0xC0, (byte) 0xAF, 'b'},              // overlong
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},           // surrogate
      {'x', (byte) 0xE2, (byte) 0x82},                   // truncated at the end
      {(byte) 0x80, 'y'},                                // lone continuation
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
      {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, // valid emoji
    };
    for (byte[] b : fixed) {
      check(b);
    }
    for (int n = 0; n < 2000; n++) {
      byte[] b = new byte[1 + random.nextInt(12)];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(256));
      }
      check(b);
    }
  }

  private static void check(byte[] b) {
    Decoded d = Decoded.utf8(b);
    String jdk = new String(b, StandardCharsets.UTF_8);
    assertThat(d.text()).isEqualTo(jdk.startsWith("\ufeff") ? jdk.substring(1) : jdk);
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return; // BOM-prefixed inputs are checked through the text only
    }
    if (b.length >= 2 && ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff || (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe)) {
      return; // read as UTF-16
    }
    assertThat(d.firstMalformedByte()).as(hex(b)).isEqualTo(strictFirstError(b));
    assertThat(d.malformedCount()).as(hex(b)).isEqualTo((int) jdk.chars().filter(c -> c == 0xfffd).count());
  }

  private static long strictFirstError(byte[] b) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b);
    CoderResult r = dec.decode(in, CharBuffer.allocate(b.length * 2 + 2), true);
    return r.isError() ? in.position() : -1;
  }

  private static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(String.format("%02x ", x & 0xff));
    }
    return sb.toString();
  }
}
