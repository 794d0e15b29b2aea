package dev.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Bounded reading of whole inputs. Stateless. */
final class Inputs {
  private Inputs() {}

  /**
   * Reads {@code in} to its end, refusing more than {@code maxBytes}.
   *
   * @throws IngestException when the input is longer than {@code maxBytes}
   * @throws IOException when reading fails
   */
  static byte[] readAll(InputStream in, long maxBytes) throws IOException {
    int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
    byte[] buf = new byte[(int) Math.min(cap + 1L, 1 << 16)];
    int n = 0;
    while (true) {
      if (n == buf.length) {
        if (n > cap) {
          break;
        }
        buf = Arrays.copyOf(buf, (int) Math.min((long) cap + 1, Math.max(1L << 16, 2L * n)));
      }
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) {
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
      }
      n += r;
    }
    throw tooLarge(maxBytes);
  }

  static IngestException tooLarge(long maxBytes) {
    return new IngestException("input is over the limit of " + maxBytes
        + " bytes (raise it with --max-bytes)");
  }
}
