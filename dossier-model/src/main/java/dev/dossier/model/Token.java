package dev.dossier.model;

import java.util.Objects;

/**
 * A token.
 *
 * @param start first code unit
 * @param end one past the last code unit
 * @param text the covered text
 * @param pos Penn Treebank part-of-speech tag, or null before tagging
 * @param lemma lower-case lemma, or null before lemmatisation
 * @param sentence index of its sentence in the sentences layer
 */
public record Token(int start, int end, String text, String pos, String lemma, int sentence)
    implements Span {
  public Token {
    Span.check(start, end);
    Objects.requireNonNull(text, "text");
  }

  public Token withPos(String newPos, String newLemma) {
    return new Token(start, end, text, newPos, newLemma, sentence);
  }
}
