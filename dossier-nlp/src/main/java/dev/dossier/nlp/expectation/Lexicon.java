package dev.dossier.nlp.expectation;

import java.util.Set;

/** The words the expectation patterns look for. */
final class Lexicon {
  private Lexicon() {}

  static final Set<String> SCHEDULED_BEFORE = Set.of("scheduled", "planned", "upcoming", "slated", "forthcoming");
  static final Set<String> SCHEDULED_AFTER = Set.of("scheduled", "slated", "set", "due", "planned");
  static final Set<String> EXPECTED_TO = Set.of("expected", "likely", "set", "poised", "slated", "scheduled", "due");
  static final Set<String> SCHEDULED_TO = Set.of("scheduled", "slated", "due", "set");
  static final Set<String> INTEND_TO = Set.of("plans", "plan", "planned", "planning", "intends", "intend",
      "intended", "aims", "aim", "vowed", "vows", "pledged", "pledges", "promised", "promises", "threatened",
      "threatens");
  static final Set<String> FEAR = Set.of("fear", "warn", "worry");
  /** What must follow "warn" for the warning to name an outcome ("warn of a crisis"); "warn the BBC" does not. */
  static final Set<String> WARN_OF = Set.of("of", "about", "against");
  /** Quantities that are not outcomes ("expected a bit more"). */
  static final Set<String> QUANTITY = Set.of("bit", "lot", "little", "deal", "number", "amount", "few");
  /** People, not outcomes: "a prospective Labour MP", "potential buyers". */
  static final Set<String> PEOPLE = Set.of("mp", "candidate", "buyer", "bidder", "successor", "partner",
      "investor", "customer", "member", "leader", "rival", "challenger", "recruit", "voter", "client", "employer",
      "nominee", "suitor", "ally", "donor", "student", "parent", "tenant", "user");
  /** Possible things that are not events to come: "possible options", "a possible explanation". */
  static final Set<String> NOT_OUTCOMES = Set.of("option", "suggestion", "explanation", "reason", "way",
      "answer", "solution", "alternative", "cause", "link", "meaning", "interpretation", "source", "error", "use");
  /** Verbs of seeming or perceiving: "may seem", "could see he was moved" are not about what comes. */
  static final Set<String> NOT_AHEAD = Set.of("seem", "appear", "sound", "look", "feel", "hear", "know",
      "tell");
  static final Set<String> FORESEE = Set.of("expect", "predict", "anticipate", "forecast");
  static final Set<String> POSSIBLE_BEFORE = Set.of("possible", "potential", "prospective", "imminent");
  static final Set<String> POSSIBLE_AFTER = Set.of("possible", "likely", "probable", "imminent");
  static final Set<String> POSSIBLE_MODAL = Set.of("could", "may", "might");
  static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "\u2019s", "'re",
      "remains", "remain", "seems", "seem", "appears", "appear", "looks", "look");
  static final Set<String> INCLUDE = Set.of("include", "includes", "involve", "involves", "cover", "covers",
      "entail", "entails");
  static final Set<String> NEGATION = Set.of("not", "n't", "never");
  /** Longest subject kept in a statement, in tokens ("Israeli Prime Minister Benjamin Netanyahu"). */
  static final int SUBJECT = 8;
  static final Set<String> OBLIGED = Set.of("has", "have", "had", "needs", "need");
  /** Heads too general to be expected ("its scheduled date"). */
  static final Set<String> GENERIC = Set.of("date", "time", "day", "timetable", "timeline", "moment",
      "basis", "hour", "period");
  static final Set<String> PREPOSITION_BEFORE_TIME = Set.of("for", "on", "in", "by", "at");
}
