package dev.dossier.model;

/** How a mention refers to its entity. */
public enum MentionKind {
  /** A proper name: "Benjamin Netanyahu", "CNN". */
  NAME,
  /** A description: "the prime minister", "the network". */
  NOMINAL,
  /** A pronoun: "he", "its". */
  PRONOUN
}
