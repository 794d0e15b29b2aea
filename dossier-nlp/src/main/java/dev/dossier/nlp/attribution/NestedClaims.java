package dev.dossier.nlp.attribution;

import java.util.Set;

/**
 * A claim reported inside another's indirect content: "Axios reported that <u>U.S. officials are
 * concerned</u> Netanyahu may be …". PolNeAR, which the tagger learns from, never nests one
 * attribution's spans inside another's, so the tagger labels only the outer one; this rule reads
 * the start of an indirect content for a source (an unnamed-source head such as "officials", or a
 * named mention) followed by a verb of saying or believing, or a form of "be" with an adjective of
 * belief or worry, and returns the inner attribution; {@link #inside} finds a claim reported by a
 * verb of saying further on in a content, whose source then ends the outer content. Stateless;
 * thread-safe.
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
    int to = clauseEnd(in, from, content.to());
    if (to - from < 3) {
      return null;
    }
    return new AttributionAssembler.Run[] {
        new AttributionAssembler.Run(AttributionLabels.CUE, cueFrom, cueTo),
        new AttributionAssembler.Run(AttributionLabels.SOURCE, sourceFrom, cueFrom),
        new AttributionAssembler.Run(AttributionLabels.CONTENT, from, to)};
  }

  /**
   * Verbs of saying whose finite forms inside a content report a claim of their own; verbs of belief
   * there ("think", "expect") are mostly the outer source's own reasoning, and measured worse.
   */
  private static final Set<String> SAYING = Set.of("say", "tell", "add", "claim", "argue", "warn", "note",
      "insist", "report", "deny", "admit", "acknowledge", "explain", "contend", "allege", "assert", "testify",
      "complain");

  /**
   * A claim reported in the middle of another's content, outside its quotations, by a finite verb of
   * saying ({@link #SAYING}) whose subject is a pronoun, a relative "who" or a noun phrase naming a
   * source ("…an architect who said he was never paid", "…the rule, which he said was unfair"), as
   * {@code {cue, source, content}}: the content runs from after the verb (past "that") to the next
   * comma, semicolon or the end of the outer content. Null when there is none.
   */
  static AttributionAssembler.Run[] inside(AttributionInput in, AttributionAssembler.Run content) {
    for (int v = content.from() + 1; v < content.to() - MIN_INNER; v++) {
      String p = in.pos[v];
      if (!(p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) || !SAYING.contains(in.lemma[v])
          || in.inQuote[v]) {
        continue;
      }
      int subjectEnd = v;
      while (subjectEnd > content.from() && (in.pos[subjectEnd - 1].startsWith("RB")
          || in.pos[subjectEnd - 1].equals("MD"))) {
        subjectEnd--;
      }
      int subject = subjectEnd;
      while (subject > content.from() && subjectEnd - subject < MAX_SOURCE && nominal(in.pos[subject - 1])) {
        subject--;
      }
      int head = subjectEnd - 1;
      boolean named = subject < subjectEnd && (in.pos[head].equals("PRP") || in.pos[head].startsWith("NN")
          && (in.mention[head] >= 0 || CueLexicon.isAnonymousHead(in.lower[head])));
      boolean relative = subject == subjectEnd && subjectEnd > content.from()
          && "who".equals(in.lower[subjectEnd - 1]);
      if (!named && !relative) {
        continue;
      }
      if (relative) {
        subject = subjectEnd - 1;
      }
      int from = v + 1;
      if (from < content.to() && "that".equals(in.lower[from])) {
        from++;
      }
      int to = clauseEnd(in, from, content.to());
      if (to - from < MIN_INNER) {
        continue;
      }
      return new AttributionAssembler.Run[] {
          new AttributionAssembler.Run(AttributionLabels.CUE, v, v + 1),
          new AttributionAssembler.Run(AttributionLabels.SOURCE, subject, subjectEnd),
          new AttributionAssembler.Run(AttributionLabels.CONTENT, from, to)};
    }
    return null;
  }

  private static final int MIN_INNER = 3;

  /**
   * The part of {@code content} before {@code innerSource} (without a final comma, conjunction or
   * relative "which"), or null when fewer than {@link #MIN_INNER} tokens are left.
   */
  static AttributionAssembler.Run before(AttributionInput in, AttributionAssembler.Run content,
      AttributionAssembler.Run innerSource) {
    int to = innerSource.from();
    while (to > content.from() && (AttributionAssembler.isPunct(in.word[to - 1]) || "CC".equals(in.pos[to - 1])
        || "which".equals(in.lower[to - 1]) && !AttributionInput.isQuote(in.word[to - 1]))) {
      to--;
    }
    if (to - content.from() < MIN_INNER) {
      return null;
    }
    return new AttributionAssembler.Run(AttributionLabels.CONTENT, content.from(), to);
  }

  private static boolean nominal(String pos) {
    return pos.startsWith("NN") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("POS")
        || pos.equals("PRP$") || pos.equals("PRP") || pos.equals("CD");
  }

  /**
   * Where an inner claim starting at {@code from} ends: at the first comma or semicolon before
   * {@code limit} (else at {@code limit}), without the punctuation before it.
   */
  private static int clauseEnd(AttributionInput in, int from, int limit) {
    int to = limit;
    for (int j = from; j < limit; j++) {
      if (",".equals(in.word[j]) || ";".equals(in.word[j])) {
        to = j;
        break;
      }
    }
    while (to > from && AttributionAssembler.isPunct(in.word[to - 1])) {
      to--;
    }
    return to;
  }
}
