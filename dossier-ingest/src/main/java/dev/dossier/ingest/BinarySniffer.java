package dev.dossier.ingest;

/** Tells binary files from text by their first bytes. Stateless. */
final class BinarySniffer {
  private BinarySniffer() {}

  private static final Object[][] MAGIC = {
    {"%PDF-", "a PDF document"},
    {"PK\u0003\u0004", "a ZIP archive (or DOCX, EPUB, JAR)"},
    {"\u0089PNG", "a PNG image"},
    {"GIF8", "a GIF image"},
    {"\u00ff\u00d8\u00ff", "a JPEG image"},
    {"RIFF", "a RIFF file (WebP, WAV, AVI)"},
    {"\u007fELF", "an executable"},
    {"BZh", "a bzip2 archive"},
    {"\u00fd7zXZ", "an xz archive"},
    {"7z\u00bc\u00af", "a 7-Zip archive"},
    {"\u0028\u00b5\u002f\u00fd", "a zstd archive"},
    {"\u00d0\u00cf\u0011\u00e0", "an old Microsoft Office document"},
  };

  /**
   * @return what the bytes look like ("a PDF document", "binary data") when they are not text, or
   *     null when they may be text
   */
  static String describe(byte[] head, int n) {
    for (Object[] m : MAGIC) {
      String sig = (String) m[0];
      if (n >= sig.length() && startsWith(head, sig)) {
        return (String) m[1];
      }
    }
    if (n >= 2 && ((head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff
        || (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe)) {
      return null; // UTF-16 with a byte-order mark: NULs are expected
    }
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = head[i] & 0xff;
      if (b == 0) {
        return "binary data (NUL bytes)";
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
        controls++;
      }
    }
    return n > 0 && controls * 10 > n ? "binary data (control bytes)" : null;
  }

  private static boolean startsWith(byte[] head, String sig) {
    for (int i = 0; i < sig.length(); i++) {
      if ((head[i] & 0xff) != sig.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
