package dev.dossier.store;

/** Checks bytes against the UTF-8 encoding form. Stateless. */
final class Utf8 {
  private Utf8() {}

  /**
   * The index of the first byte of the first ill-formed sequence in {@code b}, or -1 if the bytes
   * are well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no surrogates, nothing above
   * U+10FFFF, no cut sequence): exactly the bytes that decode without a replacement character and
   * encode back to themselves.
   */
  static int firstMalformed(byte[] b) {
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      // the sequence's length, and the range of its second byte (narrower after E0, ED, F0, F4)
      int len;
      int lo = 0x80;
      int hi = 0xbf;
      if (c >= 0xc2 && c <= 0xdf) {
        len = 2;
      } else if (c >= 0xe0 && c <= 0xef) {
        len = 3;
        lo = c == 0xe0 ? 0xa0 : lo;
        hi = c == 0xed ? 0x9f : hi;
      } else if (c >= 0xf0 && c <= 0xf4) {
        len = 4;
        lo = c == 0xf0 ? 0x90 : lo;
        hi = c == 0xf4 ? 0x8f : hi;
      } else {
        return i;
      }
      if (i + len > n) {
        return i;
      }
      int c1 = b[i + 1] & 0xff;
      if (c1 < lo || c1 > hi) {
        return i;
      }
      for (int k = 2; k < len; k++) {
        if (!cont(b[i + k])) {
          return i;
        }
      }
      i += len;
    }
    return -1;
  }

  private static boolean cont(byte x) {
    return (x & 0xc0) == 0x80;
  }
}
