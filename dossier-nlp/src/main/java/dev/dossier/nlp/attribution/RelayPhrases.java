package dev.dossier.nlp.attribution;

import java.util.Set;

/**
 * "X cited by Y" right after a source: the tagger often takes "cited" for a cue of its own and Y
 * for a second source, splitting "a Gallup poll cited by the network showed …" into two
 * attributions. This rule folds "cited by Y" into the source X, where the assembler reads Y as the
 * relay. Stateless; thread-safe.
 */
final class RelayPhrases {

  static final Set<String> VERBS = Set.of("cited", "quoted", "relayed", "reported", "carried");
  private static final int MAX_RELAY = 6;

  private RelayPhrases() {}

  /** Relabels each "cited by Y" that follows a source run as the inside of that source. */
  static void apply(AttributionInput in, int[] labels) {
    int src = AttributionLabels.SOURCE;
    for (int i = 1; i + 2 < in.size(); i++) {
      if (!VERBS.contains(in.lower[i]) || !"by".equals(in.lower[i + 1])
          || AttributionLabels.kind(labels[i - 1]) != src || in.sentence[i + 2] != in.sentence[i]) {
        continue;
      }
      int end = relayEnd(in, i + 2);
      if (end == i + 2) {
        continue;
      }
      for (int j = i; j < end; j++) {
        labels[j] = AttributionLabels.inside(src);
      }
      i = end - 1;
    }
  }

  /** One past the noun phrase that starts at {@code from} ("the network", "U.S. media"). */
  static int relayEnd(AttributionInput in, int from) {
    int to = from;
    while (to < in.size() && to < from + MAX_RELAY && in.sentence[to] == in.sentence[from]
        && (in.pos[to].startsWith("NN") || in.pos[to].equals("DT") || in.pos[to].startsWith("JJ")
            || in.pos[to].equals("POS") || in.pos[to].equals("PRP$"))) {
      to++;
    }
    return to;
  }
}
