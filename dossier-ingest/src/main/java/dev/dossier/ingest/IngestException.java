package dev.dossier.ingest;

import java.io.IOException;

/**
 * An input (or one record of it) that cannot be turned into an article. The message says what was
 * wrong, for a person to read; {@link Sources} prefixes it with the file (and line or record).
 */
public final class IngestException extends IOException {
  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
