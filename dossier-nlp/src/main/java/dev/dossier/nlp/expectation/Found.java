package dev.dossier.nlp.expectation;

import dev.dossier.model.Modality;

/**
 * An expectation a pattern found, in token indices (every range {@code [from, to)}, null when
 * absent). The stage turns it into an {@link dev.dossier.model.Expectation} with character offsets.
 */
final class Found {

  /** Whether {@link #what} is a noun phrase ("budget deadline") or a verb phrase ("seek approval ..."). */
  enum Shape {
    NOUN,
    VERB
  }

  /** The kind of a "would" statement, kept only when a condition makes it conditional. */
  static final String DISCARD = "discard";

  String kind;
  final Shape shape;
  Modality modality;
  int[] what;
  int[] statement;
  int[] hedge;
  int[] condition;
  int[] consequence;
  int[] content;
  /** The subject of a verb of expecting or fearing ("Trump's team" fears ...), a fallback for expected-by. */
  int[] expecter;
  /** Where the head is, when not the whole of {@link #what} ("the election" in "the election to be held ..."). */
  int[] headAt;
  /** The subject of a verb pattern ("the vote" in "the vote is due to be taken"), or null. */
  int[] subject;
  /** Where the due time is written ("October 2026" in the phrase, "next month" after "due"). */
  int[] dueAt;

  Found(String kind, Shape shape, Modality modality, int[] what) {
    this.kind = kind;
    this.shape = shape;
    this.modality = modality;
    this.what = what;
    this.statement = what.clone();
  }

  /** Widens the statement to cover {@code r}. */
  Found cover(int[] r) {
    if (r != null) {
      statement = new int[] {Math.min(statement[0], r[0]), Math.max(statement[1], r[1])};
    }
    return this;
  }

  boolean covers(int token) {
    return statement[0] <= token && token < statement[1];
  }
}
