package dev.dossier.nlp.attribution;

import java.util.Set;

/**
 * A claim reported inside another's indirect content: "Axios reported that <u>U.S. officials are
 * concerned</u> Netanyahu may be …". PolNeAR, which the tagger learns from, never nests one
 * attribution's spans inside another's, so the tagger labels only the outer one; this rule reads
 * the start of an indirect content for a source (an unnamed-source head such as "officials", or a
 * named mention) followed by a verb of saying or believing, or a form of "be" with an adjective of
 * belief or worry, and returns the inner attribution. Stateless; thread-safe.
 */
final class NestedClaims {

  private static final Set<String> BE = Set.of("is", "are", "was", "were", "remain", "remains", "appear", "appears");
  private static final Set<String> BELIEF_ADJECTIVES = Set.of("concerned", "worried", "confident", "convinced",
      "sure", "certain", "aware", "afraid", "optimistic", "pessimistic", "skeptical", "sceptical", "hopeful",
      "alarmed", "fearful", "wary", "doubtful", "adamant", "unconvinced", "persuaded");
  private static final int MAX_SOURCE = 8;

  private NestedClaims() {}

  /**
   * The inner attribution at the start of {@code content}, as {@code {cue, source, content}}, or
   * null when there is none.
   */
  static AttributionAssembler.Run[] find(AttributionInput in, AttributionAssembler.Run content) {
    int i = content.from();
    if (i < content.to() && "that".equals(in.lower[i])) {
      i++;
    }
    int sourceFrom = i;
    int head = -1;
    while (i < content.to() && i - sourceFrom < MAX_SOURCE && nominal(in.pos[i])) {
      if (in.pos[i].startsWith("NN") || in.pos[i].equals("PRP")) {
        head = i;
      }
      i++;
    }
    if (head < 0 || head != i - 1 || !(CueLexicon.isAnonymousHead(in.lower[head]) || in.mention[head] >= 0)) {
      return null;
    }
    int cueFrom = i;
    int cueTo;
    if (i + 1 < content.to() && "by".equals(in.lower[i + 1])) {
      return null; // "sources cited by U.S. media": a relay, not a claim
    }
    if (i < content.to() && in.pos[i].startsWith("VB") && CueLexicon.isVerb(in.lemma[i])) {
      cueTo = i + 1;
    } else if (i + 1 < content.to() && BE.contains(in.lower[i]) && BELIEF_ADJECTIVES.contains(in.lower[i + 1])) {
      cueTo = i + 2;
    } else {
      return null;
    }
    int from = cueTo;
    while (from < content.to() && ("that".equals(in.lower[from]) || "about".equals(in.lower[from]))) {
      from++;
    }
    int to = content.to();
    for (int j = from; j < content.to(); j++) {
      if (",".equals(in.word[j]) || ";".equals(in.word[j])) {
        to = j;
        break;
      }
    }
    while (to > from && in.word[to - 1].length() == 1 && !Character.isLetterOrDigit(in.word[to - 1].charAt(0))) {
      to--;
    }
    if (to - from < 3) {
      return null;
    }
    return new AttributionAssembler.Run[] {
        new AttributionAssembler.Run(AttributionLabels.CUE, cueFrom, cueTo),
        new AttributionAssembler.Run(AttributionLabels.SOURCE, sourceFrom, cueFrom),
        new AttributionAssembler.Run(AttributionLabels.CONTENT, from, to)};
  }

  private static boolean nominal(String pos) {
    return pos.startsWith("NN") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("POS")
        || pos.equals("PRP$") || pos.equals("PRP") || pos.equals("CD");
  }
}
