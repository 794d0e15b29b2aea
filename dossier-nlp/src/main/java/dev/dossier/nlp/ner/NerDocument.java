package dev.dossier.nlp.ner;

import java.util.Arrays;
import java.util.Objects;

/**
 * The input of the tagger: a document's tokens, their part-of-speech tags (or null), and where its
 * sentences start. Document-level features look across all of it, so give the tagger whole
 * documents, not single sentences.
 *
 * @param words the tokens' texts; never null
 * @param pos Penn Treebank tags per token, or null when untagged
 * @param sentences token index where each sentence starts, ascending, the first 0
 */
public record NerDocument(String[] words, String[] pos, int[] sentences) {
  public NerDocument {
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(sentences, "sentences");
    if (pos != null && pos.length != words.length) {
      throw new IllegalArgumentException(words.length + " words but " + pos.length + " POS tags");
    }
    if (words.length > 0 && (sentences.length == 0 || sentences[0] != 0)) {
      throw new IllegalArgumentException("the first sentence must start at token 0: " + Arrays.toString(sentences));
    }
  }

  public int size() {
    return words.length;
  }

  /** Token index one past the end of sentence {@code s}. */
  public int sentenceEnd(int s) {
    return s + 1 < sentences.length ? sentences[s + 1] : words.length;
  }
}
