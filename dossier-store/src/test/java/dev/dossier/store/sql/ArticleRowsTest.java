package dev.dossier.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class ArticleRowsTest {

  /** What a fresh deflater gives, in 16 kB steps: the stored form of every earlier build. */
  private static byte[] freshDeflate(byte[] in) {
    Deflater d = new Deflater(Deflater.BEST_SPEED);
    try {
      d.setInput(in);
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16384];
      while (!d.finished()) {
        out.write(buf, 0, d.deflate(buf));
      }
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  @Test
  void aReusedDeflaterGivesWhatAFreshOneGives() {
    Random r = new Random(7);
    String[] words = {"the", "harbour", "board", "said", "on", "Tuesday", "that", "tariffs", "would", "rise", "12.5%"};
    for (int size : new int[] {0, 1, 100, 20_000, 70_000, 300_000}) {
      StringBuilder sb = new StringBuilder();
      while (sb.length() < size) {
        sb.append(words[r.nextInt(words.length)]).append(r.nextInt(10) == 0 ? ".\n" : " ");
      }
      byte[] in = sb.substring(0, size).getBytes(StandardCharsets.UTF_8);
      byte[] noise = new byte[size / 3];
      r.nextBytes(noise); // incompressible: the output outgrows its buffer
      for (byte[] x : new byte[][] {in, noise}) {
        byte[] once = ArticleRows.deflate(x);
        assertThat(once).isEqualTo(freshDeflate(x));
        assertThat(ArticleRows.deflate(x)).isEqualTo(once);
        if (x.length > 0) {
          assertThat(ArticleRows.inflate(once)).isEqualTo(x);
        }
      }
    }
  }
}
