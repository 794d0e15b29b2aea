package dev.dossier.ingest;

import dev.dossier.model.Published;

/**
 * How to read sources.
 *
 * @param format force this format instead of detecting it, or null to detect
 * @param published publication date to use when the source gives none (and to override a plain
 *     text file's sidecar), or null
 * @param outlet outlet to use when the source gives none, or null
 * @param title title to use when the source gives none, or null
 * @param maxBytes largest input accepted, in bytes; larger inputs are refused with a problem
 * @param fetch whether feed items may be fetched over the network when the feed holds no content
 */
public record ReadOptions(Format format, Published published, String outlet, String title, long maxBytes, boolean fetch) {

  /** Default limit on one input: 64 MiB. */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;

  public ReadOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
  }

  public static ReadOptions defaults() {
    return new ReadOptions(null, null, null, null, DEFAULT_MAX_BYTES, false);
  }

  public ReadOptions withFormat(Format f) {
    return new ReadOptions(f, published, outlet, title, maxBytes, fetch);
  }

  public ReadOptions withPublished(Published p) {
    return new ReadOptions(format, p, outlet, title, maxBytes, fetch);
  }
}
