package dev.dossier.model;

/** Whether an event happened, is expected, possible, or denied. */
public enum Modality {
  HAPPENED,
  ONGOING,
  EXPECTED,
  POSSIBLE,
  CONDITIONAL,
  DENIED
}
