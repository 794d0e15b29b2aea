package dev.dossier.nlp.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "what negotiators describe as Phase 2 of the agreement": a naming attributed inside a noun
 * phrase, which the tagger misses (the part-of-speech tagger often takes the verb for a noun). The
 * source is the noun phrase after "what", the cue the verb of naming, the content what follows
 * "as" up to the end of the phrase. Stateless; thread-safe.
 */
final class WhatTheyCall {

  private static final Set<String> NAMING = Set.of("call", "calls", "called", "describe", "describes", "described",
      "term", "terms", "termed", "dub", "dubs", "dubbed", "label", "labels", "labeled", "labelled",
      "characterize", "characterizes", "characterized", "see", "sees", "saw", "consider", "considers",
      "considered", "view", "views", "viewed", "regard", "regards", "regarded");
  private static final int MAX_SOURCE = 5;
  private static final int MAX_CONTENT = 12;

  private WhatTheyCall() {}

  /** Each {@code {cue, source, content}} found in {@code in}. */
  static List<AttributionAssembler.Run[]> find(AttributionInput in) {
    List<AttributionAssembler.Run[]> out = new ArrayList<>();
    for (int w = 0; w + 3 < in.size(); w++) {
      if (!"what".equals(in.lower[w])) {
        continue;
      }
      int i = w + 1;
      while (i < in.size() && i - w - 1 < MAX_SOURCE && !NAMING.contains(in.lower[i])
          && (in.pos[i].startsWith("NN") || in.pos[i].startsWith("JJ") || in.pos[i].equals("DT")
              || in.pos[i].equals("POS") || in.pos[i].equals("PRP") || in.pos[i].equals("PRP$"))) {
        i++;
      }
      if (i == w + 1 || i + 2 >= in.size() || !NAMING.contains(in.lower[i]) || in.sentence[i] != in.sentence[w]) {
        continue;
      }
      int from = "as".equals(in.lower[i + 1]) ? i + 2 : i + 1;
      int to = from;
      while (to < in.size() && to - from < MAX_CONTENT && in.sentence[to] == in.sentence[w]
          && Character.isLetterOrDigit(in.word[to].charAt(0)) && !in.pos[to].startsWith("W")) {
        to++;
      }
      if (to - from < 1) {
        continue;
      }
      out.add(new AttributionAssembler.Run[] {
          new AttributionAssembler.Run(AttributionLabels.CUE, i, i + 1),
          new AttributionAssembler.Run(AttributionLabels.SOURCE, w + 1, i),
          new AttributionAssembler.Run(AttributionLabels.CONTENT, from, to)});
    }
    return out;
  }
}
