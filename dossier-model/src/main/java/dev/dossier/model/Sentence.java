package dev.dossier.model;

/**
 * A sentence.
 *
 * @param start first code unit of the sentence
 * @param end one past its last code unit
 * @param tokenStart index in the tokens layer of its first token
 * @param tokenEnd index one past its last token
 */
public record Sentence(int start, int end, int tokenStart, int tokenEnd) implements Span {
  public Sentence {
    Span.check(start, end);
    if (tokenStart < 0 || tokenEnd < tokenStart) {
      throw new IllegalArgumentException(
          "invalid token range [" + tokenStart + ", " + tokenEnd + ") for sentence [" + start + ", " + end + ")");
    }
  }
}
