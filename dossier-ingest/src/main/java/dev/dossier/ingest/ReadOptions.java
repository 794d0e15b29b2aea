package dev.dossier.ingest;

import dev.dossier.model.Published;
import java.time.Duration;
import java.util.Objects;

/**
 * How to read sources. Immutable.
 *
 * @param format force this format instead of detecting it, or null to detect
 * @param metadata metadata the user gave (command-line flags): for plain text it wins over a
 *     {@code .json} sidecar; for every other format it fills only what the source does not give;
 *     never null ({@link Metadata#NONE})
 * @param maxBytes largest input read into memory, in bytes: whole files for text, HTML and feeds,
 *     one line for JSONL, one record's payload for WARC; larger ones are refused with a problem
 * @param fetch whether feed items may be fetched over the network (their {@code link})
 * @param fetchTimeout how long one fetch may take, connection included
 */
public record ReadOptions(Format format, Metadata metadata, long maxBytes, boolean fetch, Duration fetchTimeout) {

  /** Default limit on one input: 64 MiB. */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;

  /** Default time limit on one {@code --fetch} request: 20 seconds. */
  public static final Duration DEFAULT_FETCH_TIMEOUT = Duration.ofSeconds(20);

  public ReadOptions {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(fetchTimeout, "fetchTimeout");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    if (fetchTimeout.isNegative() || fetchTimeout.isZero()) {
      throw new IllegalArgumentException("fetchTimeout must be positive, got " + fetchTimeout);
    }
  }

  /** Options with only publication date, outlet and title from the user. */
  public ReadOptions(Format format, Published published, String outlet, String title, long maxBytes, boolean fetch) {
    this(format, new Metadata(title, outlet, published, null, null, null), maxBytes, fetch, DEFAULT_FETCH_TIMEOUT);
  }

  /** Detect formats, no user metadata, the default limits, no network. */
  public static ReadOptions defaults() {
    return new ReadOptions(null, Metadata.NONE, DEFAULT_MAX_BYTES, false, DEFAULT_FETCH_TIMEOUT);
  }

  /** The user's publication date, or null. */
  public Published published() {
    return metadata.published();
  }

  /** The user's outlet, or null. */
  public String outlet() {
    return metadata.outlet();
  }

  /** The user's title, or null. */
  public String title() {
    return metadata.title();
  }

  public ReadOptions withFormat(Format f) {
    return new ReadOptions(f, metadata, maxBytes, fetch, fetchTimeout);
  }

  public ReadOptions withPublished(Published p) {
    return withMetadata(metadata.withPublished(p));
  }

  public ReadOptions withMetadata(Metadata m) {
    return new ReadOptions(format, m, maxBytes, fetch, fetchTimeout);
  }

  public ReadOptions withMaxBytes(long n) {
    return new ReadOptions(format, metadata, n, fetch, fetchTimeout);
  }

  public ReadOptions withFetch(boolean f, Duration timeout) {
    return new ReadOptions(format, metadata, maxBytes, f, timeout);
  }
}
