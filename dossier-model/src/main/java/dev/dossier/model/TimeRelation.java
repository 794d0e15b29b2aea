package dev.dossier.model;

/** Where a time lies relative to the article's publication date. */
public enum TimeRelation {
  PAST,
  PRESENT,
  FUTURE,
  /** No anchor, or the expression is not located in time (a duration, a set). */
  UNKNOWN
}
