package dev.dossier.nlp.eval;

import java.util.List;

/**
 * A document of a CoNLL file: the sentences after one {@code -DOCSTART-} line (or, in a file
 * without such lines, the whole file).
 *
 * @param sentences its sentences, in order
 */
public record ConllDocument(List<ConllSentence> sentences) {
  public ConllDocument {
    sentences = List.copyOf(sentences);
  }

  /** Number of tokens. */
  public int tokens() {
    return sentences.stream().mapToInt(ConllSentence::size).sum();
  }
}
