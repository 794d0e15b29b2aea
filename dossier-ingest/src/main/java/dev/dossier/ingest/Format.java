package dev.dossier.ingest;

import java.util.Locale;

/** Input formats Dossier reads. */
public enum Format {
  TEXT,
  HTML,
  JSONL,
  RSS,
  ATOM,
  WARC;

  /** Parses a {@code --format} value, case-insensitively. */
  public static Format parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown format '" + s + "' (expected one of text, html, jsonl, rss, atom, warc)");
    }
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
