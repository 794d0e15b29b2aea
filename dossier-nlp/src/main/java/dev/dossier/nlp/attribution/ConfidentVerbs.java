package dev.dossier.nlp.attribution;

/**
 * Verbs that both passes left outside every span although the first pass scored them well as cues:
 * a cue margin of at least the article's mean absolute margin (the top confidence bucket) that its
 * decoded path did not take. Such a verb outside quotations, between two tokens outside every span,
 * is labelled a cue, and the assembler finds its source and content as for any other; the cue
 * filter, which reads the same confidence, then decides. (PolNeAR train, each text read by a tagger
 * trained without it, no filter: 257 new cues, 106 true.) Stateless; thread-safe.
 */
final class ConfidentVerbs {

  /** The top bucket of {@link AttributionTagger#confidenceBuckets}: a margin of the article's mean or more. */
  private static final int MIN_BUCKET = 7;

  private ConfidentVerbs() {}

  /** Labels in {@code labels} the confident verbs of {@code first} outside every span. */
  static void apply(AttributionInput in, int[] labels, AttributionTagger.FirstPass first) {
    if (first == null) {
      return;
    }
    int bc = AttributionLabels.begin(AttributionLabels.CUE);
    int ic = AttributionLabels.inside(AttributionLabels.CUE);
    for (int i = 0; i < labels.length; i++) {
      if (first.cue()[i] < MIN_BUCKET || labels[i] != AttributionLabels.O || in.inQuote[i]
          || !in.pos[i].startsWith("VB") || first.labels()[i] == bc || first.labels()[i] == ic
          || i > 0 && labels[i - 1] != AttributionLabels.O || i + 1 < labels.length && labels[i + 1] != AttributionLabels.O) {
        continue;
      }
      labels[i] = bc;
    }
  }
}
