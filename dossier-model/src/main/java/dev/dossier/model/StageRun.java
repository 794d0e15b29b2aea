package dev.dossier.model;

import java.util.Objects;

/**
 * Provenance of one stage's work on one article.
 *
 * @param stage the stage name ("tokenize", "ner")
 * @param version the stage's code version
 * @param model the model it used (name and checksum prefix), or null
 * @param nanos wall time it took on this article
 */
public record StageRun(String stage, String version, String model, long nanos) {
  public StageRun {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(version, "version");
  }
}
