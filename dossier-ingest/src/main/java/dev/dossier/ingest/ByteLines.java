package dev.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of bytes without decoding it, so that a bad byte is located exactly
 * and memory stays bounded by the longest line kept. A line ends at {@code \n}; a trailing {@code
 * \r} is dropped. Lines longer than the limit are skipped to their end and reported as such. Not
 * thread-safe.
 */
public final class ByteLines {
  private final InputStream in;
  private final int maxLine;
  private final byte[] chunk = new byte[1 << 16];
  private int pos;
  private int len;
  private boolean eof;

  private byte[] line = new byte[1024];
  private int lineLength;
  private boolean tooLong;
  private long lineStart;
  private long offset;
  private int number;

  /** Lines of {@code in}, each of at most {@code maxLine} bytes (longer ones are skipped). */
  public ByteLines(InputStream in, long maxLine) {
    this.in = in;
    this.maxLine = (int) Math.min(maxLine, Integer.MAX_VALUE - 16);
  }

  /** Advances to the next line; false at the end of the stream. */
  public boolean next() throws IOException {
    lineLength = 0;
    tooLong = false;
    lineStart = offset;
    boolean any = false;
    while (true) {
      if (pos == len) {
        if (eof || !fill()) {
          if (any) {
            number++;
            trimCr();
            return true;
          }
          return false;
        }
      }
      any = true;
      int nl = -1;
      for (int i = pos; i < len; i++) {
        if (chunk[i] == '\n') {
          nl = i;
          break;
        }
      }
      int end = nl < 0 ? len : nl;
      append(pos, end - pos);
      offset += (nl < 0 ? len : nl + 1) - pos;
      pos = nl < 0 ? len : nl + 1;
      if (nl >= 0) {
        number++;
        trimCr();
        return true;
      }
    }
  }

  private boolean fill() throws IOException {
    int r = in.read(chunk, 0, chunk.length);
    if (r < 0) {
      eof = true;
      return false;
    }
    pos = 0;
    len = r;
    return true;
  }

  private void append(int from, int n) {
    if (tooLong || n == 0) {
      return;
    }
    if ((long) lineLength + n > maxLine) {
      tooLong = true;
      lineLength = 0;
      return;
    }
    if (lineLength + n > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(maxLine, Math.max(lineLength + n, 2L * line.length)));
    }
    System.arraycopy(chunk, from, line, lineLength, n);
    lineLength += n;
  }

  private void trimCr() {
    if (!tooLong && lineLength > 0 && line[lineLength - 1] == '\r') {
      lineLength--;
    }
  }

  /** The current line's bytes, valid until the next call to {@link #next()}. */
  public byte[] bytes() {
    return line;
  }

  /** The current line's length in bytes. */
  public int length() {
    return lineLength;
  }

  /** Whether the current line was longer than the limit (its bytes are then empty). */
  public boolean tooLong() {
    return tooLong;
  }

  /** 1-based number of the current line. */
  public int number() {
    return number;
  }

  /** Byte offset of the current line's first byte. */
  public long start() {
    return lineStart;
  }
}
