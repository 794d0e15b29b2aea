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
    if (cs != StandardCharsets.UTF_8) {
      return decode(bytes, offset + skip, length - skip, cs, skip);
    }
    // fast path: the JDK's decoder replaces malformed input itself; locate it only when present
    String text = new String(bytes, offset + skip, length - skip, StandardCharsets.UTF_8);
    if (text.indexOf('\ufffd') < 0) {
      return new Decoded(text, -1, 0, cs);
    }
    long first = firstMalformed(bytes, offset + skip, length - skip);
    if (first < 0) {
      return new Decoded(text, -1, 0, cs); // every U+FFFD was in the input
    }
    // the JDK's replacements: U+FFFD in the text less those encoded in the input (EF BF BD)
    int replaced = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\ufffd') {
        replaced++;
      }
    }
    for (int i = offset + skip; i + 2 < offset + length; i++) {
      if ((bytes[i] & 0xff) == 0xef && (bytes[i + 1] & 0xff) == 0xbf && (bytes[i + 2] & 0xff) == 0xbd) {
        replaced--;
      }
    }
    return new Decoded(text, first + skip, Math.max(1, replaced), cs);
  }

  /**
   * Validates UTF-8 (RFC 3629: no overlongs, surrogates or code points above U+10FFFF) without
   * allocating.
   *
   * @return the offset of the first malformed byte relative to {@code offset}, or -1
   */
  static long firstMalformed(byte[] b, int offset, int length) {
    int i = offset;
    int end = offset + length;
    while (i < end) {
      int c = b[i] & 0xff;
      int need;
      int min2 = 0x80;
      int max2 = 0xbf;
      if (c < 0x80) {
        i++;
        continue;
      } else if (c >= 0xc2 && c <= 0xdf) {
        need = 1;
      } else if (c >= 0xe0 && c <= 0xef) {
        need = 2;
        if (c == 0xe0) {
          min2 = 0xa0;
        } else if (c == 0xed) {
          max2 = 0x9f;
        }
      } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3;
        if (c == 0xf0) {
          min2 = 0x90;
        } else if (c == 0xf4) {
          max2 = 0x8f;
        }
      } else {
        need = -1;
      }
      int j = i + 1;
      boolean ok = need > 0;
      for (int k = 0; ok && k < need; k++, j++) {
        int d = j < end ? b[j] & 0xff : -1;
        int lo = k == 0 ? min2 : 0x80;
        int hi = k == 0 ? max2 : 0xbf;
        if (d < lo || d > hi) {
          ok = false;
        }
      }
      if (!ok) {
        return i - offset;
      }
      i = j;
    }
    return -1;
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
