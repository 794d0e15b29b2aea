package dev.dossier.nlp.event;

import dev.dossier.model.Modality;
import dev.dossier.model.TimeRelation;
import dev.dossier.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a clause's event happened, is ongoing, expected, possible, conditional or denied,
 * from the words of its verb group ("is expected to press", "may seek", "will not", "have been
 * reluctant to"), the clause's "if" or "unless", and the tense of the time it is linked to. Also
 * finds the verb group itself: auxiliaries, modals, adverbs and catenative verbs before the
 * trigger. Stateless.
 */
final class ModalityFinder {

  /**
   * The modality and the hedge words.
   *
   * @param modality the modality
   * @param hedgeFrom index of the first hedge token, or -1
   * @param hedgeTo index of the last hedge token, or -1
   */
  record Result(Modality modality, int hedgeFrom, int hedgeTo) {}

  static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re",
      "get", "got", "gets", "getting", "gotten");
  private static final Set<String> AUX = Set.of("have", "has", "had", "having", "do", "does", "did", "will", "would",
      "shall", "should", "may", "might", "can", "could", "must", "'ll", "'d", "wo", "ca", "not", "n't", "never", "to",
      "going", "ought", "also", "still", "once", "again");
  private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "neither", "nor");
  private static final Set<String> POSSIBLE = Set.of("may", "might", "could", "can", "ca", "possibly", "perhaps",
      "maybe", "possible", "potentially", "consider", "considering", "considered", "mull", "mulling", "weigh",
      "weighing", "threaten", "threatened", "threatens", "threatening", "risk", "risks", "risked");
  private static final Set<String> EXPECTED = Set.of("will", "shall", "'ll", "wo", "would", "should", "going",
      "expected", "expect", "expects", "set", "due", "about", "plan", "plans", "planned", "planning", "intend",
      "intends", "intended", "likely", "poised", "scheduled", "aim", "aims", "seek", "seeks", "sought", "want",
      "wants", "hope", "hopes", "prepare", "prepares", "preparing", "ready", "slated", "vow", "vowed", "vows",
      "pledge", "pledged", "promise", "promised", "promises", "try", "tries", "trying", "attempt", "ought", "must",
      "agree", "agrees", "agreed", "agreeing", "decide", "decides", "decided", "offer", "offers", "offered",
      "undertake", "undertook", "undertaken");
  /** Verbs that oblige their object to act ("ordered the police to arrest"): the act is expected. */
  private static final Set<String> DIRECTIVE = Set.of("order", "orders", "ordered", "require", "requires",
      "required", "oblige", "obliges", "obliged", "instruct", "instructs", "instructed", "tell", "tells", "told",
      "wanted"); // "expected", "planned" are in EXPECTED already
  /**
   * Verbs whose object's infinitive happened when they did ("forced Gondor to withdraw"): implicative
   * verbs. After any other verb ("asked Gondor to withdraw", "would allow Gondor to visit") the
   * infinitive is not said to have happened.
   */
  private static final Set<String> IMPLICATIVE = Set.of("force", "forces", "forced", "forcing", "compel",
      "compels", "compelled", "persuade", "persuades", "persuaded", "convince", "convinces", "convinced", "help",
      "helps", "helped", "helping", "make", "makes", "made", "get", "gets", "got", "cause", "causes", "caused",
      "lead", "leads", "led", "see", "saw", "seen", "watch", "watched", "let", "lets");
  private static final Set<String> REFUSAL = Set.of("refuse", "refuses", "refused", "refusing", "reluctant",
      "unwilling", "fail", "fails", "failed", "decline", "declined", "declines");
  private static final Set<String> ONGOING = Set.of("continue", "continues", "continued", "continuing", "keep",
      "keeps", "kept", "remain", "remains", "still");
  static final Set<String> CONDITION = Set.of("if", "unless", "provided", "providing", "whether");

  private ModalityFinder() {}

  /**
   * The first token of the verb group ending at the trigger {@code at}: auxiliaries, modals,
   * negation, adverbs and catenative verbs ("expected to", "about to", "reluctant to").
   */
  static int verbGroupStart(List<Token> t, int at, int sentenceStart) {
    int i = at;
    while (i - 1 >= sentenceStart) {
      Token p = t.get(i - 1);
      String w = lower(p);
      String pos = p.pos() == null ? "" : p.pos();
      boolean beforeTo = i < t.size() && lower(t.get(i)).equals("to");
      if (i - 1 == sentenceStart && NounPhrases.nameAtStart(t, sentenceStart, t.size())) {
        break;
      }
      if (BE.contains(w) || AUX.contains(w) || pos.equals("MD") || pos.startsWith("RB") && !w.equals("when")
          || beforeTo && (pos.startsWith("VB") || pos.startsWith("JJ") || w.equals("about") || w.equals("set")
          || EXPECTED.contains(w) || REFUSAL.contains(w))) {
        i--;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * Decides the modality of the event whose verb group is {@code [from, at]}.
   *
   * @param conditional whether the clause is introduced by "if", "unless"...
   * @param time the tense of the time linked to the event, or null
   */
  static Result decide(List<Token> t, int from, int at, boolean conditional, TimeRelation time) {
    int hf = -1;
    int ht = -1;
    Modality m = null;
    boolean negated = false;
    for (int i = from; i < at; i++) {
      String w = lower(t.get(i));
      Modality here = null;
      if (NEGATION.contains(w) || REFUSAL.contains(w)) {
        negated = true;
        here = Modality.DENIED;
      } else if (POSSIBLE.contains(w)) {
        here = Modality.POSSIBLE;
      } else if (EXPECTED.contains(w) && !(w.equals("about") && !next(t, i, "to"))) {
        here = Modality.EXPECTED;
      } else if (ONGOING.contains(w)) {
        here = Modality.ONGOING;
      }
      if (here != null) {
        hf = hf < 0 ? i : hf;
        ht = i;
        if (m == null || rank(here) > rank(m)) {
          m = here;
        }
      }
    }
    if (ht >= 0 && ht + 1 < at && lower(t.get(ht + 1)).equals("to")) {
      ht++;
    }
    if (negated) {
      m = Modality.DENIED;
    } else if (conditional) {
      m = Modality.CONDITIONAL;
    } else if (m == null) {
      String pos = t.get(at).pos() == null ? "" : t.get(at).pos();
      boolean progressive = pos.equals("VBG") && at > from && BE.contains(lower(t.get(at - 1)));
      if (progressive) {
        m = Modality.ONGOING;
      } else if (time == TimeRelation.FUTURE) {
        m = Modality.EXPECTED;
      } else {
        m = Modality.HAPPENED;
      }
    }
    return new Result(m, hf, ht);
  }

  /**
   * For an event whose verb group is a bare "to" infinitive after an object ("asked the envoy to
   * visit", "wants Gondor to withdraw"), the modality the governing verb {@code governor} gives it
   * when its own group gave none: the governing verb's own if expected or possible ("will meet the
   * minister to discuss"), else expected after a verb of intending, committing or ordering, happened
   * (unchanged) after an implicative verb ("forced Gondor to withdraw"), else possible (a request
   * or a purpose: "asked the envoy to visit", "held talks to discuss"). The hedge is the governing
   * verb, with its own hedge words.
   */
  static Result ofObjectInfinitive(List<Token> t, int governor, int governorGroup, Result own) {
    if (own.modality() != Modality.HAPPENED || own.hedgeFrom() >= 0) {
      return own;
    }
    String w = lower(t.get(governor));
    Result g = decide(t, governorGroup, governor, false, null);
    if (g.modality() == Modality.EXPECTED || g.modality() == Modality.POSSIBLE) {
      // "will meet the minister to discuss", "could force Gondor to withdraw"
      return new Result(g.modality(), g.hedgeFrom(), governor);
    }
    if (IMPLICATIVE.contains(w)) {
      return own;
    }
    return new Result(EXPECTED.contains(w) || DIRECTIVE.contains(w) ? Modality.EXPECTED : Modality.POSSIBLE,
        governor, governor);
  }

  /** The modality a noun's modifiers give it ("possible", "planned", "upcoming"), or null. */
  static Modality ofModifier(String word) {
    return switch (word) {
      case "possible", "potential", "likely", "feared", "threatened" -> Modality.POSSIBLE;
      case "planned", "upcoming", "expected", "scheduled", "proposed", "forthcoming", "next", "future",
          "further", "additional" -> Modality.EXPECTED;
      case "ongoing", "continuing" -> Modality.ONGOING;
      case "failed", "cancelled", "canceled", "aborted" -> Modality.DENIED;
      default -> null;
    };
  }

  private static int rank(Modality m) {
    return switch (m) {
      case DENIED -> 5;
      case POSSIBLE -> 4;
      case EXPECTED -> 3;
      case CONDITIONAL -> 2;
      case ONGOING -> 1;
      case HAPPENED -> 0;
    };
  }

  private static boolean next(List<Token> t, int i, String w) {
    return i + 1 < t.size() && lower(t.get(i + 1)).equals(w);
  }

  static String lower(Token x) {
    return x.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }
}
