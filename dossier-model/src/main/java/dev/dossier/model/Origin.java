package dev.dossier.model;

/**
 * Where an article came from, precise enough to find it again.
 *
 * @param source file path, URL, or {@code "-"} for standard input; never null
 * @param format the reader that produced it ({@code text}, {@code html}, {@code jsonl}, {@code rss},
 *     {@code atom}, {@code warc}...); never null
 * @param line 1-based line of a line-oriented source (JSONL), or null
 * @param record 1-based record number inside a multi-record source (feed item, WARC record), or null
 * @param warcRecordId the {@code WARC-Record-ID} when read from WARC, or null
 * @param sourceId the identifier the source itself gives the record (a JSONL {@code id}, an RSS
 *     {@code guid}, an Atom {@code id}), or null
 */
public record Origin(String source, String format, Integer line, Integer record, String warcRecordId,
    String sourceId) {
  public Origin {
    if (source == null || source.isEmpty()) {
      throw new IllegalArgumentException("origin source must be non-empty");
    }
    if (format == null || format.isEmpty()) {
      throw new IllegalArgumentException("origin format must be non-empty");
    }
  }

  /** An origin without a source identifier. */
  public Origin(String source, String format, Integer line, Integer record, String warcRecordId) {
    this(source, format, line, record, warcRecordId, null);
  }

  public static Origin file(String source, String format) {
    return new Origin(source, format, null, null, null, null);
  }

  /** {@code FILE[:LINE|#RECORD]}, the prefix used in error messages. */
  public String locator() {
    if (line != null) {
      return source + ":" + line;
    }
    if (record != null) {
      return source + "#" + record;
    }
    return source;
  }
}
