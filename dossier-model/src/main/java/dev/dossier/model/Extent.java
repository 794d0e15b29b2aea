package dev.dossier.model;

import java.util.Objects;

/**
 * A piece of a fact (a source, a cue, a content, a place...) with its text and offsets.
 *
 * @param start first code unit, inclusive
 * @param end one past the last code unit
 * @param text the covered text, equal to {@code article.text().substring(start, end)}
 */
public record Extent(int start, int end, String text) implements Span {
  public Extent {
    Span.check(start, end);
    Objects.requireNonNull(text, "text");
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "extent text has length " + text.length() + " but span [" + start + ", " + end + ") has "
              + (end - start));
    }
  }

  /** The extent of {@code [start, end)} in {@code documentText}. */
  public static Extent of(String documentText, int start, int end) {
    Span.check(start, end);
    if (end > documentText.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") is past the end of a text of length "
              + documentText.length());
    }
    return new Extent(start, end, documentText.substring(start, end));
  }
}
