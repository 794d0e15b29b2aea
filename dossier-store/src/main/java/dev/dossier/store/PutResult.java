package dev.dossier.store;

/** What {@link Store#put} did with one analysis. */
public enum PutResult {
  /** Stored as a new article. */
  INSERTED,
  /** An article with this id was stored already and replaced. */
  REPLACED,
  /** An article with this id was stored already; nothing changed. */
  SKIPPED
}
