package dev.dossier.nlp.time;

import java.util.Set;

/**
 * The tense of the verb that governs a time expression, guessed from the nearest verb evidence in
 * its sentence: part-of-speech tags when the tokens have them ({@code VBD}, {@code MD} will...),
 * otherwise the words themselves (auxiliaries, "said", "-ed" forms, irregular past forms). Used to
 * choose which Friday "Friday" is. Stateless.
 */
enum Tense {
  PAST,
  PRESENT,
  FUTURE,
  UNKNOWN;

  private static final int REACH = 10;
  private static final Set<String> FUTURE_WORDS = words("will", "'ll", "shall", "gonna", "would",
      "tomorrow");
  private static final Set<String> FUTURE_BEFORE_TO = words("going", "scheduled", "expected", "set",
      "due", "slated", "planned", "plans", "plan", "planning", "intends", "intend", "aims", "hopes",
      "poised", "prepared", "likely", "expects", "expect", "seeks", "wants", "ready", "agreed");
  private static final Set<String> PAST_WORDS = words("said", "was", "were", "had", "did", "told",
      "met", "went", "came", "took", "gave", "made", "held", "left", "won", "lost", "saw", "got",
      "began", "rose", "fell", "sold", "bought", "paid", "sent", "spent", "began", "brought",
      "thought", "found", "became", "knew", "ran", "wrote", "spoke", "chose", "drove", "flew",
      "broke", "struck", "shot", "hit", "led", "fled", "fought", "caught", "taught", "sought",
      "stood", "sat", "threw", "grew", "drew", "heard", "felt", "kept", "meant", "ago", "yesterday",
      "earlier", "dropped", "slid", "surged", "closed", "opened", "ended", "added");
  private static final Set<String> PRESENT_WORDS = words("is", "are", "am", "says", "say", "does",
      "do");
  /** Verbs of planning: whatever their tense, the time they govern is ahead ("planned ... Saturday"). */
  private static final Set<String> PLANNING = words("planned", "plans", "plan", "planning",
      "scheduled", "schedules", "slated", "expected", "expects", "due", "intends", "intended");
  /** Verbs that move or grant a deadline: the time after their "until" lies ahead. */
  private static final Set<String> DEADLINE_MOVES = words("postponed", "postpones", "postpone",
      "extended", "extends", "extend", "delayed", "delays", "deferred", "adjourned", "recessed",
      "given", "gave", "granted", "gives");
  /** Reporting verbs: after a comma they frame the clause ("..., officials said") and do not govern it. */
  private static final Set<String> REPORTING = words("said", "says", "say", "told", "added",
      "reported", "announced", "stated", "noted", "according", "quoted", "declared");
  /** Words before a noun: "the plan", "its schedule" name no plan being made. */
  private static final Set<String> DETERMINERS = words("the", "a", "an", "its", "his", "her",
      "their", "our", "my", "this", "that", "these", "those", "whose");
  private static final Set<String> RELATIVES = words("that", "which", "who");
  private static final Set<String> BE_TO = words("is", "are", "was", "were");
  private static final Set<String> PERFECT = words("has", "have", "'ve");
  private static final Set<String> BE = words("be", "been", "being", "is", "are", "was", "were", "am");
  private static final Set<String> NOT_PAST_ED = words("need", "red", "bed", "seed", "feed", "speed",
      "united", "limited", "based", "proceed", "exceed", "succeed", "indeed", "hundred", "shed",
      "breed", "greed", "weed", "freed", "led", "wed", "fed", "med", "ted", "ned", "ed", "abed",
      "related", "concerned", "expected", "scheduled", "alleged", "reported", "detailed", "advanced",
      "armed", "interested", "supposed", "used", "proposed", "planned", "continued", "increased");

  /** Tags of the words a noun phrase or a prepositional phrase is made of. */
  private static final Set<String> PHRASE_TAGS = words("DT", "PDT", "NN", "NNS", "NNP", "NNPS",
      "JJ", "JJR", "JJS", "CD", "IN", "POS", "PRP$", "$", "CC", "HYPH");
  /** Words before a fronted time: "In January, ...", "On Friday, ...". */
  private static final Set<String> FRONTING = words("in", "on", "at", "by", "since", "during",
      "last", "early", "late", "earlier", "later", "then", "and", "but", "``", "\"");

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** The tense governing words {@code [from, to)} of {@code w}, within words {@code [lo, hi)}. */
  static Tense of(Words w, int from, int to, int lo, int hi) {
    // "as soon as Tuesday", "by as early as Friday"
    if (from - 3 >= lo && w.lower(from - 1).equals("as") && w.lower(from - 3).equals("as")) {
      return FUTURE;
    }
    // "since March": the start of something still going on lies behind
    if (from - 1 >= lo && w.lower(from - 1).equals("since")) {
      return PAST;
    }
    // "effective Feb. 1": a change announced takes effect ahead
    if (from - 1 >= lo && w.lower(from - 1).equals("effective")) {
      return FUTURE;
    }
    // "postponed until Tuesday", "has given them until 9 a.m. Tuesday": a deadline moved ahead
    if (from - 1 >= lo && (w.lower(from - 1).equals("until") || w.lower(from - 1).equals("till"))) {
      for (int l = from - 2; l >= Math.max(lo, from - REACH); l--) {
        if (DEADLINE_MOVES.contains(w.lower(l))) {
          return FUTURE;
        }
      }
    }
    boolean crossedComma = false;
    // a verb past a comma after the expression is another clause's ("on Jan. 12, officials briefed
    // on the talks said"): it decides only when no verb before the expression does
    Tense pastComma = null;
    for (int d = 1; d <= REACH; d++) {
      int l = from - d;
      if (l >= lo) {
        Tense t = evidence(w, l, hi, false);
        if (t != null) {
          return t;
        }
      }
      int r = to - 1 + d;
      if (r < hi && pastComma == null) {
        String s = w.lower(r);
        crossedComma |= s.equals(",") || s.equals("''") || s.equals("\u201d") || s.equals("\"");
        Tense t = crossedComma && REPORTING.contains(s) ? null : evidence(w, r, hi, true);
        if (t != null && !crossedComma) {
          return t;
        }
        pastComma = t;
      }
      if (l < lo && (r >= hi || pastComma != null)) {
        break;
      }
    }
    if (pastComma == null) {
      return beyondReach(w, from, to, lo, hi);
    }
    // a future verb whose phrases the expression ends, farther back, wins over a verb past a comma:
    // "will open talks on the second round of the truce in Kestrel on Jan. 12, two aides briefed on it said"
    return governingVerb(w, from, lo, hi) == FUTURE ? FUTURE : pastComma;
  }

  /** The tense of the verb group before the noun and prepositional phrases that end at {@code from}, or null. */
  private static Tense governingVerb(Words w, int from, int lo, int hi) {
    int k = from - 1;
    while (k >= lo && phraseWord(w, k)) {
      k--;
    }
    if (k < lo || w.lower(k).equals(",")) {
      return null;
    }
    for (int v = k; v >= lo && from - v <= REACH + 6 && verbGroupWord(w, v); v--) {
      Tense t = evidence(w, v, hi, false);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /**
   * The tense of a verb farther than {@link #REACH} words away that still governs the expression:
   * the verb before the noun and prepositional phrases the expression ends ("will be named head of
   * the team for a tour in December": "will"), or for an expression fronted before a comma ("In
   * January, a week after the vote, the clinic was bombed") the main clause's verb after it.
   */
  private static Tense beyondReach(Words w, int from, int to, int lo, int hi) {
    // left: through the phrases the expression closes, up to the first word of another kind
    int k = from - 1;
    while (k >= lo && phraseWord(w, k)) {
      k--;
    }
    if (k >= lo && !w.lower(k).equals(",")) {
      // the verb group that word ends: "will be named", "has been"
      for (int v = k; v >= lo && from - v <= REACH + 6 && verbGroupWord(w, v); v--) {
        Tense t = evidence(w, v, hi, false);
        if (t != null) {
          return t;
        }
      }
      return UNKNOWN;
    }
    boolean fronted = true;
    for (int j = lo; j < from; j++) {
      fronted &= FRONTING.contains(w.lower(j));
    }
    if (fronted && to < hi && w.lower(to).equals(",")) {
      for (int r = to + 1 + REACH; r < hi; r++) {
        Tense t = evidence(w, r, hi, true);
        if (t != null) {
          return t;
        }
      }
    }
    return UNKNOWN;
  }

  private static boolean phraseWord(Words w, int k) {
    String pos = w.pos(k);
    String s = w.lower(k);
    if (pos != null) {
      return PHRASE_TAGS.contains(pos) && !s.equals("that");
    }
    // without tags: anything that is neither verb evidence, a clause boundary nor an infinitive
    return !s.equals(",") && !s.equals(";") && !s.equals("to") && !RELATIVES.contains(s)
        && !(s.endsWith("ing") && s.length() > 5) && evidence(w, k, k + 1, false) == null
        && !BE.contains(s) && !s.equals("be");
  }

  private static boolean verbGroupWord(Words w, int k) {
    String pos = w.pos(k);
    if (pos != null) {
      return pos.startsWith("VB") || pos.equals("MD") || pos.equals("RB") || pos.equals("TO");
    }
    // without tags: auxiliaries, "not" and the verb forms the word cues know
    String s = w.lower(k);
    return BE.contains(s) || PERFECT.contains(s) || s.equals("had") || s.equals("not")
        || s.equals("n't") || s.endsWith("ed") || evidence(w, k, k + 1, false) != null;
  }

  /** @param after whether {@code k} follows the expression (a participle there modifies a later noun) */
  private static Tense evidence(Words w, int k, int hi, boolean after) {
    String s = w.lower(k);
    String next = k + 1 < hi ? w.lower(k + 1) : "";
    if (FUTURE_WORDS.contains(s) || s.equals("wo") && next.equals("n't")) {
      return s.equals("tomorrow") ? null : FUTURE;
    }
    String pos = w.pos(k);
    if (FUTURE_BEFORE_TO.contains(s) && next.equals("to")
        || PLANNING.contains(s) && (pos == null ? !DETERMINERS.contains(w.lower(k - 1))
            : pos.startsWith("VB"))) {
      // a planning verb, not the noun: "plans to", "planned ... Saturday" but not "the plan Aug. 21";
      // in the past perfect the plan is over: "had been scheduled to expire Friday"
      boolean pastPerfect = w.lower(k - 1).equals("had")
          || w.lower(k - 1).equals("been") && w.lower(k - 2).equals("had");
      // "On Friday, the government planned to pay": the time fronted before a plan made in the
      // past is when it was made
      boolean frontedPast = after && s.endsWith("ed") && !BE.contains(w.lower(k - 1));
      return pastPerfect || frontedPast ? PAST : FUTURE;
    }
    if (BE_TO.contains(s) && next.equals("to")) {
      // "is to resume trading Tuesday"
      return FUTURE;
    }
    if (BE_TO.contains(s) && k + 2 < hi && w.lower(k + 2).equals("to")
        && (FUTURE_BEFORE_TO.contains(next) || PLANNING.contains(next))) {
      // "were planning to", "was scheduled to": the future of the past
      return FUTURE;
    }
    if (PERFECT.contains(s) && k + 1 < hi && participle(w, k + 1)) {
      return PAST;
    }
    if (pos != null && s.endsWith("ed") && RELATIVES.contains(w.lower(k - 1))
        && (pos.equals("JJ") || pos.equals("VBN"))) {
      // "shootings that injured ...": the tagger reads an adjective, the clause is past
      return PAST;
    }
    if (pos != null) {
      switch (pos) {
        case "VBD" -> {
          return PAST;
        }
        case "VBN" -> {
          // a reduced relative or a mis-tagged past: "shares issued July 1", "that injured ..."
          String before = k - 1 >= 0 ? w.lower(k - 1) : "";
          String beforePos = k - 1 >= 0 ? w.pos(k - 1) : null;
          boolean afterNoun = beforePos != null && beforePos.startsWith("NN")
              || RELATIVES.contains(before);
          // after the expression, "markets untouched by the crisis" describes a later noun
          return afterNoun && !(after && !RELATIVES.contains(before)) ? PAST : null;
        }
        case "MD" -> {
          return s.equals("will") || s.equals("'ll") || s.equals("shall") || s.equals("wo")
              || s.equals("would") ? FUTURE : null;
        }
        case "VBZ", "VBP" -> {
          if (BE.contains(s) && k + 1 < hi && "VBG".equals(w.pos(k + 1))) {
            // "is meeting Tuesday" is planned; "is continuing to try" is going on now
            return k + 2 < hi && w.lower(k + 2).equals("to") ? PRESENT : FUTURE;
          }
          return PRESENT;
        }
        default -> {
          return null;
        }
      }
    }
    if (PAST_WORDS.contains(s)) {
      // "will be held": a participle after "be" takes its tense from the auxiliary
      boolean passive = BE.contains(w.lower(k - 1)) && !s.equals("was") && !s.equals("were");
      return s.equals("yesterday") || s.equals("earlier") || passive ? null : PAST;
    }
    if (PRESENT_WORDS.contains(s)) {
      if ((s.equals("is") || s.equals("are")) && next.endsWith("ing") && next.length() > 5) {
        return FUTURE;
      }
      return PRESENT;
    }
    if (s.length() > 4 && s.endsWith("ed") && !NOT_PAST_ED.contains(s)
        && Character.isLowerCase(w.text(k).charAt(0)) && !BE.contains(w.lower(k - 1))
        && !w.lower(k - 1).equals("the") && !w.lower(k - 1).equals("a")
        && !PERFECT.contains(w.lower(k - 1)) && !w.lower(k - 1).equals("had")) {
      return PAST;
    }
    return null;
  }

  private static boolean participle(Words w, int k) {
    String pos = w.pos(k);
    if (pos != null) {
      return pos.equals("VBN");
    }
    String s = w.lower(k);
    return s.endsWith("ed") || s.equals("been") || s.endsWith("en") && s.length() > 4
        || PAST_WORDS.contains(s) && !s.equals("was") && !s.equals("were");
  }
}
