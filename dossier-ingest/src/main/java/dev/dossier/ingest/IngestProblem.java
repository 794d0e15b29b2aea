package dev.dossier.ingest;

import java.util.Objects;

/**
 * A problem with one input: an unreadable file, a bad record, a lossy decoding. Reported as
 * {@code FILE[:LINE|#RECORD]: message}.
 *
 * @param locator the file, with {@code :LINE} or {@code #RECORD} when the problem is inside it
 * @param message what was wrong, for a person to read
 * @param fatal whether the input (or record) was skipped; false for a warning such as invalid
 *     UTF-8 that was decoded with replacement characters
 * @param cause the underlying exception, or null
 */
public record IngestProblem(String locator, String message, boolean fatal, Throwable cause) {
  public IngestProblem {
    Objects.requireNonNull(locator, "locator");
    Objects.requireNonNull(message, "message");
  }

  public static IngestProblem error(String locator, String message) {
    return new IngestProblem(locator, message, true, null);
  }

  public static IngestProblem warning(String locator, String message) {
    return new IngestProblem(locator, message, false, null);
  }

  @Override
  public String toString() {
    return locator + ": " + (fatal ? "" : "warning: ") + message;
  }
}
