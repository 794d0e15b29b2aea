package dev.dossier.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Guesses an input's format from its first bytes, falling back on its name. Thread-safe. */
public final class FormatDetector {

  /** How many leading bytes {@link #detect} looks at. */
  public static final int HEAD = 8192;

  /** A page fragment: text that opens with a common HTML element. */
  private static final java.util.regex.Pattern HTML_FRAGMENT = java.util.regex.Pattern.compile(
      "<(?:!--|meta|title|link|p|div|article|section|main|h[1-6]|span|table|ul|ol|br|a|b|i|em|strong)[\\s>/]");

  /**
   * @param head the first bytes of the input (up to {@link #HEAD})
   * @param name the file name or path, or null
   */
  public Format detect(byte[] head, int length, String name) {
    String lowerName = name == null ? "" : name.toLowerCase(Locale.ROOT);
    if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      // gzip: WARC.gz is the only gzip format we read
      return Format.WARC;
    }
    String s = new String(head, 0, length, StandardCharsets.UTF_8);
    String t = s.stripLeading();
    if (!t.isEmpty() && t.charAt(0) == '\ufeff') {
      t = t.substring(1).stripLeading();
    }
    if (t.startsWith("WARC/")) {
      return Format.WARC;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<?xml") || lower.startsWith("<rss") || lower.startsWith("<feed")
        || lower.startsWith("<rdf:rdf")) {
      if (lower.contains("<rss") || lower.contains("<rdf:rdf")) {
        return Format.RSS;
      }
      if (lower.contains("<feed")) {
        return Format.ATOM;
      }
    }
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<head")
        || lower.startsWith("<body") || (lower.startsWith("<") && lower.contains("<html"))
        || HTML_FRAGMENT.matcher(lower).lookingAt()) {
      return Format.HTML;
    }
    if (t.startsWith("{")) {
      return Format.JSONL;
    }
    if (lowerName.endsWith(".html") || lowerName.endsWith(".htm")) {
      return Format.HTML;
    }
    if (lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson")) {
      return Format.JSONL;
    }
    if (lowerName.endsWith(".rss") || lowerName.endsWith(".rdf")) {
      return Format.RSS;
    }
    if (lowerName.endsWith(".atom")) {
      return Format.ATOM;
    }
    if (lowerName.endsWith(".warc") || lowerName.endsWith(".warc.gz")) {
      return Format.WARC;
    }
    return Format.TEXT;
  }
}
