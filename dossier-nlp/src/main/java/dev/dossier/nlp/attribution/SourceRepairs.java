package dev.dossier.nlp.attribution;

import dev.dossier.nlp.attribution.AttributionAssembler.Run;
import java.util.Set;

/**
 * Repairs of a cue's source where the tagger's nearest source is wrong by construction:
 *
 * <ul>
 *   <li>a passive cue of the kind "is expected", "was accused of", "has been criticized" has no
 *       source before it: its subject is what is expected or accused, not who says so
 *       ({@link #passiveSubject});
 *   <li>a subject separated from its cue by a parenthetical phrase ("Trump, speaking to a veterans
 *       group in Virginia, said", "Donald Trump, in particular, has criticized") is the source, not
 *       a name inside the phrase ({@link #beforeParenthetical});
 *   <li>a source that describes someone and then names them ("The party leader, Maria Lopez,",
 *       "research group Acme Institute") is that name, not an unnamed source
 *       ({@link #appositiveName}).
 * </ul>
 *
 * Stateless; thread-safe.
 */
final class SourceRepairs {

  /**
   * Participles whose passive subject is the thing said or judged, not the one who says it (word
   * forms, not lemmas: the lemmatiser's "accus" for "accused" would miss).
   */
  private static final Set<String> PASSIVE_NO_SOURCE = Set.of("expected", "considered", "accused",
      "criticized", "criticised", "blamed", "thought", "believed", "said", "known", "seen", "reported", "called",
      "named", "listed", "described", "deemed", "attributed", "regarded", "viewed", "rumored", "rumoured",
      "alleged", "suspected", "charged", "nicknamed", "dubbed", "labeled", "labelled", "branded", "condemned",
      "praised", "hailed", "cited", "estimated", "projected", "predicted", "slated", "scheduled", "intended",
      "designed", "supposed", "announced", "confirmed", "disclosed", "revealed", "denied", "claimed", "stated");

  private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "'s", "'re",
      "am");

  private static final Set<String> NAMED = Set.of("PERSON", "ORG", "GPE", "NORP");

  private static final int PARENTHETICAL = 20;

  /** Tags inside a plain noun phrase: determiners, adjectives, nouns, numbers, possessives. */
  private static final Set<String> NOUN_PHRASE = Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
      "NNPS", "CD", "POS");

  private SourceRepairs() {}

  /**
   * Whether {@code cue} is a passive of {@link #PASSIVE_NO_SOURCE} ("is widely expected", "have
   * been blamed for"): a form of "be" in the cue or right before it, the participle its last verb,
   * at most a preposition after it, and no "by" agent after it.
   */
  static boolean passiveWithoutAgent(AttributionInput in, Run cue) {
    int last = cue.to() - 1;
    if (last > cue.from() && (in.pos[last].equals("IN") || in.pos[last].equals("TO"))) {
      last--;
    }
    if (!in.pos[last].equals("VBN") || !PASSIVE_NO_SOURCE.contains(in.lower[last])) {
      return false;
    }
    if (cue.to() < in.size() && "by".equals(in.lower[cue.to()])) {
      return false;
    }
    int s = in.sentence[last];
    for (int i = last - 1; i >= Math.max(0, cue.from() - 3) && in.sentence[i] == s; i--) {
      if (BE.contains(in.lower[i])) {
        return true;
      }
      String p = in.pos[i];
      if (i < cue.from() && !(p.startsWith("RB") || p.equals("MD") || BE.contains(in.lower[i]))) {
        return false;
      }
    }
    return false;
  }

  /** {@code source}, unless it stands before a passive cue without an agent; then null. */
  static Run passiveSubject(AttributionInput in, Run cue, Run source) {
    return source != null && source.to() <= cue.from() && passiveWithoutAgent(in, cue) ? null : source;
  }

  /**
   * For a cue right after a comma that closes a parenthetical phrase opened by a comma after a
   * subject ("Trump, speaking to a veterans group in Virginia, said"; the phrase begins with a
   * participle, a preposition, an adverb or "who"), the subject: a name or pronoun ending right
   * before the opening comma. Returned when {@code source} is null or lies inside the phrase;
   * otherwise {@code source}.
   */
  static Run beforeParenthetical(AttributionInput in, Run cue, Run source) {
    int close = cue.from() - 1;
    while (close > 0 && (in.pos[close].startsWith("RB") || in.pos[close].equals("MD"))) {
      close--;
    }
    if (close <= 0 || !",".equals(in.word[close])) {
      return source;
    }
    int s = in.sentence[cue.from()];
    int open = -1;
    for (int i = close - 1; i >= 0 && in.sentence[i] == s && close - i <= PARENTHETICAL; i--) {
      String w = in.word[i];
      if (AttributionInput.isQuote(w) || w.equals(":") || w.equals(";")) {
        return source;
      }
      if (w.equals(",")) {
        open = i;
        break;
      }
    }
    if (open <= 0 || open + 1 >= close || in.sentence[open - 1] != s) {
      return source;
    }
    String first = in.pos[open + 1];
    if (!(first.equals("VBG") || first.equals("VBN") || first.equals("IN") || first.startsWith("RB")
        || first.equals("WP"))) {
      return source;
    }
    if (source != null && !(source.from() > open && source.to() <= close + 1)) {
      return source;
    }
    int end = open - 1;
    if (in.pos[end].equals("PRP")) {
      return new Run(AttributionLabels.SOURCE, end, end + 1);
    }
    int m = in.mention[end];
    if (m < 0 || !NAMED.contains(in.ner[end])) {
      return openingNounPhrase(in, end, s, source);
    }
    int from = end;
    while (from > 0 && in.mention[from - 1] == m && in.sentence[from - 1] == s) {
      from--;
    }
    return new Run(AttributionLabels.SOURCE, from, end + 1);
  }

  /**
   * The noun phrase ending at {@code end} when it opens sentence {@code s} ("The union, in a
   * statement released in London, said"), else {@code fallback}.
   */
  private static Run openingNounPhrase(AttributionInput in, int end, int s, Run fallback) {
    if (!in.pos[end].startsWith("NN")) {
      return fallback;
    }
    int from = end;
    while (from > 0 && in.sentence[from - 1] == s && NOUN_PHRASE.contains(in.pos[from - 1])) {
      from--;
    }
    return from == 0 || in.sentence[from - 1] != s ? new Run(AttributionLabels.SOURCE, from, end + 1) : fallback;
  }

  /**
   * For a cue with no source that is the second of two coordinated verbs ("X has criticized … and
   * called for …", "X said …, warning that …"), the source of the first, {@code previous}, when it
   * stands before that cue in the same sentence and the cue is not inside its content; else null.
   */
  static Run sharedSubject(AttributionInput in, Run cue, Run previous, Run source, Run content) {
    if (source == null || previous.to() > cue.from() || source.to() > previous.from()
        || in.sentence[source.from()] != in.sentence[cue.from()]
        || content != null && content.from() <= cue.from() && cue.from() < content.to()) {
      return null;
    }
    int v = cue.from();
    while (v < cue.to() && in.pos[v].startsWith("RB")) {
      v++;
    }
    if (v == cue.to() || !in.pos[v].startsWith("VB")) {
      return null;
    }
    int before = cue.from() - 1;
    while (before > previous.to() && in.pos[before].startsWith("RB")) {
      before--;
    }
    String w = in.lower[before];
    boolean joined = w.equals("and") || w.equals("but") || w.equals(",") && in.pos[v].equals("VBG");
    return joined && before >= previous.to() ? source : null;
  }

  /** Named-entity types of a name in apposition that decides a source. */
  private static final Set<String> APPOSITIVE = Set.of("PERSON", "ORG");

  /**
   * The last token of the name a source gives in apposition to its description, or -1: "The party
   * leader, Maria Lopez," and "The Acme Corporation chief executive, John Smith," (a description
   * ending in a common noun, a comma, then a person's or organisation's name that ends the
   * source), or "research think-tank Acme Institute" (the head {@code head} a common noun outside
   * any name, followed by nouns and adjectives and the name that ends the source). A source whose
   * head is already a person's name ("Maria Lopez, the party leader,") has no appositive name.
   */
  static int appositiveName(AttributionInput in, Run source, int head) {
    int end = source.to();
    while (end > source.from() && AttributionAssembler.isPunct(in.word[end - 1])) {
      end--;
    }
    if (end <= source.from() || head >= end - 1 || !APPOSITIVE.contains(in.ner[end - 1])) {
      return -1;
    }
    int m = in.mention[end - 1];
    if (m < 0 || in.mention[head] >= 0 && "PERSON".equals(in.ner[head])) {
      return -1;
    }
    int from = end - 1;
    while (from > source.from() && in.mention[from - 1] == m) {
      from--;
    }
    if (from <= head) {
      return -1;
    }
    int before = from - 1;
    if (",".equals(in.word[before])) {
      int d = before - 1;
      if (d < source.from() || in.mention[d] >= 0 || !(in.pos[d].equals("NN") || in.pos[d].equals("NNS"))) {
        return -1;
      }
      for (int i = source.from(); i < before; i++) {
        if (in.pos[i].startsWith("VB") || in.pos[i].equals("MD") || in.pos[i].equals("WP")
            || in.pos[i].equals("CC") || ",".equals(in.word[i])) {
          return -1; // a clause or a list before the name, not a description
        }
      }
      return end - 1;
    }
    if (in.mention[head] >= 0 || !(in.pos[head].equals("NN") || in.pos[head].equals("NNS"))) {
      return -1;
    }
    for (int i = head + 1; i < from; i++) {
      String p = in.pos[i];
      if (in.mention[i] >= 0 || !(p.equals("NN") || p.equals("NNS") || p.startsWith("JJ"))) {
        return -1;
      }
    }
    return end - 1;
  }
}
