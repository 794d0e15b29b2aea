package dev.dossier.model;

/**
 * Something located in an article's text.
 *
 * <p>Offsets are UTF-16 code units into {@link Article#text()} (Java {@code String} indices);
 * {@code start} is inclusive and {@code end} is exclusive, so {@code text.substring(start, end)}
 * is the covered text. Every extracted fact implements this interface.
 */
public interface Span {

  /** First covered code unit, inclusive. */
  int start();

  /** One past the last covered code unit (exclusive). */
  int end();

  default int length() {
    return end() - start();
  }

  default boolean contains(Span other) {
    return start() <= other.start() && other.end() <= end();
  }

  default boolean overlaps(Span other) {
    return start() < other.end() && other.start() < end();
  }

  /**
   * Checks that {@code 0 <= start <= end}.
   *
   * @throws IllegalArgumentException naming the offending offsets
   */
  static void check(int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "invalid span [" + start + ", " + end + "): need 0 <= start <= end");
    }
  }
}
