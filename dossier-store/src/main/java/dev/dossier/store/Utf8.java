package dev.dossier.store;

/** Checks bytes against the UTF-8 encoding form. Stateless. */
final class Utf8 {
  private Utf8() {}

  /**
   * Whether the bytes are well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no
   * surrogates, nothing above U+10FFFF, no cut sequence): exactly the bytes that decode without
   * a replacement character and encode back to themselves.
   */
  static boolean isWellFormed(byte[] b) {
    return firstMalformed(b) < 0;
  }

  /** The index of the first byte of the first ill-formed sequence in {@code b}, or -1 if none. */
  static int firstMalformed(byte[] b) {
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xff;
      if (c >= 0xc2 && c <= 0xdf) {
        if (i + 1 >= n || !cont(b[i + 1])) {
          return i;
        }
        i += 2;
      } else if (c >= 0xe0 && c <= 0xef) {
        if (i + 2 >= n) {
          return i;
        }
        int c1 = b[i + 1] & 0xff;
        int lo = c == 0xe0 ? 0xa0 : 0x80;
        int hi = c == 0xed ? 0x9f : 0xbf;
        if (c1 < lo || c1 > hi || !cont(b[i + 2])) {
          return i;
        }
        i += 3;
      } else if (c >= 0xf0 && c <= 0xf4) {
        if (i + 3 >= n) {
          return i;
        }
        int c1 = b[i + 1] & 0xff;
        int lo = c == 0xf0 ? 0x90 : 0x80;
        int hi = c == 0xf4 ? 0x8f : 0xbf;
        if (c1 < lo || c1 > hi || !cont(b[i + 2]) || !cont(b[i + 3])) {
          return i;
        }
        i += 4;
      } else {
        return i;
      }
    }
    return -1;
  }

  private static boolean cont(byte x) {
    return (x & 0xc0) == 0x80;
  }
}
