package dev.dossier.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text decoded from bytes, noting whether the bytes were valid.
 *
 * @param text the decoded text, with U+FFFD for each malformed sequence and no byte-order mark
 * @param firstMalformedByte offset of the first malformed byte, or -1 if the input was valid
 * @param malformedCount how many malformed sequences were replaced
 * @param charset the character set the bytes were decoded with
 */
record Decoded(String text, long firstMalformedByte, int malformedCount, Charset charset) {

  boolean malformed() {
    return firstMalformedByte >= 0;
  }

  /** The warning to report for a lossy decoding, offsets counted from {@code base}. */
  String warning(long base) {
    String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
    return "invalid " + name + " at byte " + (base + firstMalformedByte)
        + (malformedCount > 1 ? " (and " + (malformedCount - 1) + " more)" : "")
        + "; decoded with replacement characters";
  }

  /**
   * Decodes UTF-8 in one pass, replacing malformed input with U+FFFD and remembering where it
   * began. A UTF-8 byte-order mark is dropped; a UTF-16 one selects UTF-16.
   */
  static Decoded utf8(byte[] bytes) {
    return utf8(bytes, 0, bytes.length);
  }

  static Decoded utf8(byte[] bytes, int offset, int length) {
    Charset cs = StandardCharsets.UTF_8;
    int skip = 0;
    if (length >= 3 && (bytes[offset] & 0xff) == 0xef && (bytes[offset + 1] & 0xff) == 0xbb
        && (bytes[offset + 2] & 0xff) == 0xbf) {
      skip = 3;
    } else if (length >= 2 && (bytes[offset] & 0xff) == 0xfe && (bytes[offset + 1] & 0xff) == 0xff) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (length >= 2 && (bytes[offset] & 0xff) == 0xff && (bytes[offset + 1] & 0xff) == 0xfe) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    return decode(bytes, offset + skip, length - skip, cs, skip);
  }

  /** Decodes with a given charset, replacing and locating malformed input; no BOM handling. */
  static Decoded decode(byte[] bytes, int offset, int length, Charset cs, int base) {
    CharsetDecoder d = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
        (long) Math.ceil(length * (double) d.maxCharsPerByte()) + 1));
    long first = -1;
    int count = 0;
    while (true) {
      CoderResult r = d.decode(in, out, true);
      if (r.isError()) {
        if (first < 0) {
          first = in.position() - offset + base;
        }
        count++;
        out.put('\ufffd');
        in.position(in.position() + r.length());
        continue;
      }
      if (r.isOverflow()) {
        throw new IllegalStateException("decoder overflow on a buffer sized for the worst case");
      }
      break;
    }
    d.flush(out);
    out.flip();
    return new Decoded(out.toString(), first, count, cs);
  }
}
