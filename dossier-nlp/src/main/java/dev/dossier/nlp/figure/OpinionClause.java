package dev.dossier.nlp.figure;

import dev.dossier.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a poll's percentage measures when a verb of opinion follows it ("58% expect the vote to go
 * ahead", "30% oppose the plan", "47% said they would prefer an early election"): the verb and
 * its clause, up to the first clause boundary. Stateless.
 */
final class OpinionClause {
  private OpinionClause() {}

  /** The longest a measure clause runs, in tokens. */
  static final int LIMIT = 12;

  private static final Set<String> VERBS = Set.of("approve", "approved", "disapprove", "disapproved", "expect",
      "expected", "support", "supported", "oppose", "opposed", "favor", "favored", "favour", "favoured", "prefer",
      "preferred", "back", "backed", "want", "wanted", "believe", "believed", "think", "thought", "say", "said",
      "trust", "trusted", "fear", "feared", "agree", "agreed", "disagree", "disagreed", "plan", "planned",
      "intend", "intended", "reject", "rejected", "accept", "accepted", "like", "liked", "dislike", "disliked",
      "worry", "worried", "feel", "felt", "view", "viewed", "rate", "rated", "consider", "considered", "blame",
      "blamed");
  /** Verbs the tagger may take for nouns after a percentage ("22% oppose"), never nouns there. */
  private static final Set<String> ONLY_VERBS = Set.of("approve", "disapprove", "oppose", "expect", "prefer",
      "favor", "favour", "want", "believe", "think", "say", "said", "trust", "agree", "disagree", "reject",
      "dislike");
  /** Words that end the clause: a conjunction before the next finding, or a comparison. */
  private static final Set<String> ENDS = Set.of("and", "but", "while", "whereas", "with", "compared", "versus",
      "vs", "vs.", "than");

  /**
   * The clause {@code [at, end)} measured by the percentage before token {@code at}, or null when
   * {@code at} is no verb of opinion in the same sentence. A verb with "of" after it ("41% approve
   * of the mayor") is left to the noun-phrase reading, which keeps "the mayor" as what it is a
   * figure of.
   */
  static int[] at(List<Token> t, int at) {
    if (!opinionVerb(t, at) || at + 1 < t.size() && t.get(at + 1).text().equalsIgnoreCase("of")) {
      return null;
    }
    Token v = t.get(at);
    int end = at + 1;
    while (end < t.size() && end < at + LIMIT && t.get(end).sentence() == v.sentence() && !ends(t.get(end))) {
      end++;
    }
    return new int[] {at, end};
  }

  /**
   * What a percentage of a group measures when the verb comes after the group ("44% of voters
   * approve of the mayor", "30% of members oppose the plan"): the verb alone when "of" follows
   * it (what the figure is of comes next), else its clause as {@link #at}; null when {@code at}
   * is no verb of opinion in the same sentence.
   */
  static int[] afterGroup(List<Token> t, int at) {
    if (!opinionVerb(t, at)) {
      return null;
    }
    int[] clause = at(t, at);
    return clause != null ? clause : new int[] {at, at + 1};
  }

  private static boolean opinionVerb(List<Token> t, int at) {
    if (at >= t.size() || at == 0 || t.get(at).sentence() != t.get(at - 1).sentence()) {
      return false;
    }
    Token v = t.get(at);
    String pos = v.pos() == null ? "" : v.pos();
    String w = v.text().toLowerCase(Locale.ROOT);
    return pos.startsWith("VB") && VERBS.contains(w) || pos.startsWith("NN") && ONLY_VERBS.contains(w);
  }

  private static boolean ends(Token x) {
    String s = x.text();
    return s.length() == 1 && !Character.isLetterOrDigit(s.charAt(0)) || ENDS.contains(s.toLowerCase(Locale.ROOT));
  }
}
