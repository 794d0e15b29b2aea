package dev.dossier.nlp.expectation;

import dev.dossier.model.Modality;
import dev.dossier.nlp.expectation.Found.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The patterns of forward-looking statements, over the tagged tokens of one sentence:
 *
 * <ul>
 *   <li>deadlines: "a March 2026 budget deadline", "the deadline for the budget";
 *   <li>scheduled items: "the scheduled October 2026 vote", "a vote due next month", "the election
 *       scheduled for October 2026";
 *   <li>expected actions: "X is expected to press Y", "X plans to", "analysts expect a deal";
 *   <li>possible outcomes: "X may seek approval for ...", "a possible military operation", "early
 *       elections increasingly possible", "the team fears a renewed escalation".
 * </ul>
 *
 * <p>After a noun phrase, a relative clause with a modal gives the consequence ("that could
 * collapse the government"); "if" or "unless" gives the condition; "which would include" or
 * "including" gives the content. A possibility stated next to a scheduled item in the same
 * sentence ("early elections increasingly possible well ahead of the scheduled vote") is that
 * item's hedge rather than an item of its own. Stateless.
 */
final class ExpectationPatterns {

  static final Set<String> SCHEDULED_BEFORE = Set.of("scheduled", "planned", "upcoming", "slated", "forthcoming");
  private static final Set<String> SCHEDULED_AFTER = Set.of("scheduled", "slated", "set", "due", "planned");
  private static final Set<String> EXPECTED_TO = Set.of("expected", "likely", "set", "poised", "slated", "scheduled",
      "due", "widely");
  private static final Set<String> SCHEDULED_TO = Set.of("scheduled", "slated", "due", "set");
  private static final Set<String> INTEND_TO = Set.of("plans", "plan", "planned", "planning", "intends", "intend",
      "intended", "aims", "aim", "vowed", "vows", "pledged", "pledges", "promised", "promises", "threatened",
      "threatens");
  private static final Set<String> FEAR = Set.of("fear", "warn", "worry");
  /** What must follow "warn" for the warning to name an outcome ("warn of a crisis"); "warn the BBC" does not. */
  private static final Set<String> WARN_OF = Set.of("of", "about", "against");
  /** Quantities that are not outcomes ("expected a bit more"). */
  private static final Set<String> QUANTITY = Set.of("bit", "lot", "little", "deal", "number", "amount", "few");
  /** People, not outcomes: "a prospective Labour MP", "potential buyers". */
  private static final Set<String> PEOPLE = Set.of("mp", "candidate", "buyer", "bidder", "successor", "partner",
      "investor", "customer", "member", "leader", "rival", "challenger", "recruit", "voter", "client", "employer",
      "nominee", "suitor", "ally", "donor", "student", "parent", "tenant", "user");
  /** Possible things that are not events to come: "possible options", "a possible explanation". */
  private static final Set<String> NOT_OUTCOMES = Set.of("option", "suggestion", "explanation", "reason", "way",
      "answer", "solution", "alternative", "cause", "link", "meaning", "interpretation", "source", "error", "use");
  /** Verbs of seeming or perceiving: "may seem", "could see he was moved" are not about what comes. */
  private static final Set<String> NOT_AHEAD = Set.of("seem", "appear", "sound", "look", "feel", "hear", "know",
      "tell");
  private static final Set<String> FORESEE = Set.of("expect", "predict", "anticipate", "forecast");
  private static final Set<String> POSSIBLE_BEFORE = Set.of("possible", "potential", "prospective", "imminent");
  private static final Set<String> POSSIBLE_AFTER = Set.of("possible", "likely", "probable", "imminent");
  private static final Set<String> POSSIBLE_MODAL = Set.of("could", "may", "might");
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "\u2019s", "'re",
      "remains", "remain", "seems", "seem", "appears", "appear", "looks", "look");
  private static final Set<String> INCLUDE = Set.of("include", "includes", "involve", "involves", "cover", "covers",
      "entail", "entails");
  private static final Set<String> NEGATION = Set.of("not", "n't", "never");
  /** Longest subject kept in a statement, in tokens ("Israeli Prime Minister Benjamin Netanyahu"). */
  private static final int SUBJECT = 8;
  private static final Set<String> OBLIGED = Set.of("has", "have", "had", "needs", "need");
  /** Heads too general to be expected ("its scheduled date"). */
  private static final Set<String> GENERIC = Set.of("date", "time", "day", "timetable", "timeline", "moment",
      "basis", "hour", "period");
  private static final Set<String> PREPOSITION_BEFORE_TIME = Set.of("for", "on", "in", "by", "at");

  /** The expectations of one sentence, in text order. */
  List<Found> find(Words w) {
    List<Found> out = new ArrayList<>();
    List<Found> predicates = new ArrayList<>();
    for (int i = w.from; i < w.to; i++) {
      if (covered(out, i) || covered(predicates, i)) {
        continue;
      }
      Found f = deadline(w, i);
      if (f == null) {
        f = scheduledBefore(w, i);
      }
      if (f == null) {
        f = scheduledAfter(w, i);
      }
      if (f == null) {
        f = obligedBy(w, i);
      }
      if (f == null) {
        f = expectedTo(w, i);
      }
      if (f == null) {
        f = willWithTime(w, i);
      }
      if (f == null) {
        f = foreseen(w, i);
      }
      if (f == null) {
        f = modal(w, i);
        if (f != null && hedgesEarlier(w, f, out)) {
          continue;
        }
      }
      if (f == null) {
        f = possibleBefore(w, i);
      }
      if (f == null) {
        Found p = possibleAfter(w, i);
        if (p != null) {
          predicates.add(tail(w, p));
        }
        continue;
      }
      tail(w, f);
      if (f.kind.equals("deadline") && f.consequence == null && !hasTime(w, f.statement)
          && "deadline".equals(Heads.nounHead(w, f.what))) {
        continue; // "the deadline", "every deadline": a deadline mentioned again, not a new one
      }
      if (f.kind.equals(DISCARD)) {
        if (f.modality != Modality.CONDITIONAL) {
          continue;
        }
        f.kind = "possible outcome";
      }
      out.add(f);
    }
    for (Found p : predicates) {
      Found scheduled = null;
      for (Found f : out) {
        if (f.hedge == null && (f.kind.equals("scheduled") || f.kind.equals("deadline"))) {
          scheduled = f;
          break;
        }
      }
      if (scheduled != null) {
        scheduled.hedge = p.statement;
        scheduled.cover(p.statement);
      } else {
        out.add(p);
      }
    }
    out.sort((a, b) -> Integer.compare(a.statement[0], b.statement[0]));
    return out;
  }

  /** The kind of a modal "would" statement without a condition, which is not kept. */
  private static final String DISCARD = "discard";

  /**
   * Whether a modal statement is about an item found just before ("the referendum scheduled for
   * June 2027 could be brought forward"): it becomes that item's hedge.
   */
  private static boolean hedgesEarlier(Words w, Found modal, List<Found> out) {
    if (out.isEmpty()) {
      return false;
    }
    Found last = out.get(out.size() - 1);
    int m = modal.hedge[0];
    if (last.statement[1] != m || last.hedge != null || last.shape != Shape.NOUN) {
      return false;
    }
    last.hedge = new int[] {m, modal.what[1]};
    last.cover(last.hedge);
    return true;
  }

  private static boolean futureTimeIn(Words w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (w.futureTime(i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasTime(Words w, int[] r) {
    for (int i = r[0]; i < r[1]; i++) {
      if (w.inTime(i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(List<Found> fs, int i) {
    for (Found f : fs) {
      if (f.covers(i)) {
        return true;
      }
    }
    return false;
  }

  /** "a March 2026 budget deadline", "the deadline for the budget". */
  private Found deadline(Words w, int i) {
    if (!(w.lower(i).equals("deadline") || w.lower(i).equals("deadlines")) || !w.isNoun(i)) {
      return null;
    }
    int[] np = w.phraseBefore(i + 1, 8);
    int[] what = w.withoutDeterminer(np);
    int[] dueAt = what;
    if (Set.of("for", "on", "of", "by").contains(w.lower(i + 1))) {
      int j = w.isDeterminer(i + 2) && w.inTime(i + 3) ? i + 3 : i + 2;
      if (w.inTime(j)) {
        int k = j;
        while (w.inTime(k)) {
          k++;
        }
        dueAt = new int[] {j, k};
      } else {
        int[] pp = w.phraseAfter(i + 2, 6);
        if (pp != null) {
          what = new int[] {what[0], pp[1]};
        }
      }
    }
    Found f = new Found("deadline", Shape.NOUN, Modality.EXPECTED, what).cover(np).cover(dueAt);
    f.dueAt = dueAt;
    return f;
  }

  /** "the scheduled October 2026 vote", "an upcoming summit". */
  private Found scheduledBefore(Words w, int i) {
    if (!SCHEDULED_BEFORE.contains(w.lower(i)) || !(w.pos(i).startsWith("JJ") || w.pos(i).equals("VBN"))) {
      return null;
    }
    if (!(w.isDeterminer(i - 1) || w.isPossessive(i - 1) || w.pos(i - 1).startsWith("JJ"))) {
      return null;
    }
    int[] np = w.phraseAfter(i + 1, 6);
    if (np == null || w.inTime(np[1] - 1) || GENERIC.contains(w.lemma(np[1] - 1))) {
      return null;
    }
    int[] what = {i, np[1]};
    Found f = new Found(kindOf(w, np[1] - 1), Shape.NOUN, Modality.EXPECTED, what);
    f.dueAt = what;
    return f.cover(new int[] {w.isDeterminer(i - 1) ? i - 1 : i, np[1]});
  }

  /** "a vote due next month", "the election scheduled for October 2026", "the vote is set for May 3". */
  private Found scheduledAfter(Words w, int i) {
    if (!SCHEDULED_AFTER.contains(w.lower(i))) {
      return null;
    }
    int end = i;
    if (BE.contains(w.lower(i - 1))) {
      end = i - 1;
    }
    int[] np = w.phraseBefore(end, 6);
    if (np == null || w.inTime(np[1] - 1)) {
      return null;
    }
    int j = i + 1;
    if (PREPOSITION_BEFORE_TIME.contains(w.lower(j))) {
      j++;
    }
    if (w.isDeterminer(j) && w.inTime(j + 1)) {
      j++;
    }
    if (!w.inTime(j)) {
      return null;
    }
    int k = j;
    while (w.inTime(k)) {
      k++;
    }
    Found f = new Found(kindOf(w, np[1] - 1), Shape.NOUN, Modality.EXPECTED, w.withoutDeterminer(np));
    f.dueAt = new int[] {j, k};
    return f.cover(new int[] {np[0], k});
  }

  private static String kindOf(Words w, int head) {
    return w.lemma(head).startsWith("deadline") ? "deadline" : "scheduled";
  }

  /** "the government must pass its 2026 budget by March 31", "X has to decide before June". */
  private Found obligedBy(Words w, int i) {
    int v;
    if (w.lower(i).equals("must")) {
      v = i + 1;
    } else if (OBLIGED.contains(w.lower(i)) && w.lower(i + 1).equals("to")) {
      v = i + 2;
    } else if (BE.contains(w.lower(i)) && Set.of("required", "obliged", "obligated").contains(w.lower(i + 1))
        && w.lower(i + 2).equals("to")) {
      v = i + 3;
    } else {
      return null;
    }
    if (!w.pos(v).startsWith("VB") || w.lower(v).equals("have") || w.lower(v).equals("be")) {
      return null;
    }
    int end = w.clauseEnd(v);
    for (int k = v + 1; k < end; k++) {
      if (Set.of("by", "before").contains(w.lower(k))) {
        int j = w.isDeterminer(k + 1) && w.inTime(k + 2) ? k + 2 : k + 1;
        if (w.inTime(j)) {
          int t = j;
          while (w.inTime(t)) {
            t++;
          }
          Found f = new Found("deadline", Shape.VERB, Modality.EXPECTED, new int[] {v, k});
          f.hedge = new int[] {i, v};
          f.dueAt = new int[] {j, t};
          f.cover(f.dueAt);
          f.subject = w.phraseBefore(i, SUBJECT);
          return f.cover(f.subject);
        }
      }
    }
    return null;
  }

  /** "Netanyahu will fly to Florida next week": "will" with a time that is not past in its clause. */
  private Found willWithTime(Words w, int i) {
    if (!(w.lower(i).equals("will") || w.lower(i).equals("'ll")) || !w.pos(i).equals("MD")) {
      return null;
    }
    int v = i + 1;
    while (w.pos(v).startsWith("RB") && !NEGATION.contains(w.lower(v))) {
      v++;
    }
    if (!w.pos(v).startsWith("VB") || w.lower(v).equals("be") || w.lower(v).equals("have")) {
      return null;
    }
    int end = w.clauseEnd(v);
    int[] time = null;
    for (int k = v + 1; k < end && time == null; k++) {
      if (w.inTime(k) && w.futureTime(k)) {
        int t = k;
        while (w.inTime(t)) {
          t++;
        }
        time = new int[] {k, t};
      }
    }
    if (time == null) {
      return null;
    }
    Found f = new Found("expected action", Shape.VERB, Modality.EXPECTED, new int[] {v, end});
    f.hedge = new int[] {i, i + 1};
    f.dueAt = time;
    f.cover(f.hedge);
    f.subject = w.phraseBefore(i, SUBJECT);
    return f.cover(f.subject);
  }

  /** "X is expected to press Y on ...", "X is set to visit ...", "X plans to ...". */
  private Found expectedTo(Words w, int i) {
    int hedgeStart;
    String kind;
    boolean pastBe = false;
    if (EXPECTED_TO.contains(w.lower(i))) {
      int k = i - 1;
      while (w.pos(k).startsWith("RB") && !NEGATION.contains(w.lower(k))) {
        k--;
      }
      if (!BE.contains(w.lower(k))) {
        return null;
      }
      pastBe = w.lower(k).equals("was") || w.lower(k).equals("were");
      int next = w.lower(i).equals("widely") ? i + 1 : i;
      if (next != i && !w.lower(next).equals("expected")) {
        return null;
      }
      i = next;
      hedgeStart = k;
      kind = SCHEDULED_TO.contains(w.lower(i)) ? "scheduled" : "expected action";
    } else if (INTEND_TO.contains(w.lower(i)) && (w.isVerb(i) || w.pos(i - 1).startsWith("NN")
        || w.pos(i - 1).equals("PRP")) && !BE.contains(w.lower(i - 1))) { // not "were intended to"
      hedgeStart = i;
      kind = "expected action";
    } else {
      return null;
    }
    if (!w.lower(i + 1).equals("to") || !(w.pos(i + 2).startsWith("VB") || w.pos(i + 2).equals("NN"))) {
      return null;
    }
    int v = i + 2;
    if (pastBe && !futureTimeIn(w, v, w.clauseEnd(v))) {
      return null; // "was expected to deliver": what was expected then, unless a time still to come says otherwise
    }
    Found f = new Found(kind, Shape.VERB, Modality.EXPECTED, new int[] {v, w.clauseEnd(v)});
    f.hedge = new int[] {hedgeStart, i + 2};
    f.cover(f.hedge);
    f.subject = w.phraseBefore(hedgeStart, SUBJECT);
    return f.cover(f.subject);
  }

  /** "Trump's team fears a renewed escalation", "analysts expect a rate cut". */
  private Found foreseen(Words w, int i) {
    String lemma = w.lemma(i);
    boolean fear = FEAR.contains(lemma);
    boolean verb = w.isVerb(i) || w.pos(i).startsWith("NN") && (w.pos(i - 1).startsWith("NNS")
        || w.pos(i - 1).startsWith("NNP") || w.pos(i - 1).equals("PRP")); // "Economists warn/NN of ..."
    if (!(fear || FORESEE.contains(lemma)) || !verb) {
      return null;
    }
    if ((lemma.equals("expect") || lemma.equals("anticipate")) && (w.pos(i).equals("VBD") || w.pos(i).equals("VBN"))) {
      return null; // "we expected a bit more": what was expected then
    }
    int o = i + 1;
    if (lemma.equals("warn")) {
      if (!WARN_OF.contains(w.lower(o))) {
        return null;
      }
      o++;
    }
    if (!(w.isDeterminer(o) || w.pos(o).startsWith("JJ") || w.pos(o).startsWith("NN")) || w.pos(o).equals("WDT")) {
      return null;
    }
    int[] np = w.phraseAfter(o, 6);
    if (np == null || QUANTITY.contains(w.lemma(np[1] - 1)) || w.pos(np[1] - 1).startsWith("NNP")) {
      return null;
    }
    int[] what = w.withoutDeterminer(np);
    int[] head = what;
    if (w.lower(np[1]).equals("to") && w.pos(np[1] + 1).startsWith("VB")) {
      what = new int[] {what[0], w.clauseEnd(np[1] + 1)};
    }
    Found f = fear ? new Found("possible outcome", Shape.NOUN, Modality.POSSIBLE, what)
        : new Found("expected action", Shape.NOUN, Modality.EXPECTED, what);
    f.headAt = head;
    f.hedge = new int[] {i, i + 1};
    f.expecter = w.phraseBefore(i, SUBJECT);
    f.cover(f.hedge);
    return f.cover(f.expecter);
  }

  /** "Netanyahu may seek approval for one additional military operation", "it would fall if ...". */
  private Found modal(Words w, int i) {
    boolean possible = POSSIBLE_MODAL.contains(w.lower(i));
    if (!(possible || w.lower(i).equals("would")) || !w.pos(i).equals("MD")) {
      return null;
    }
    int v = i + 1;
    while (w.pos(v).startsWith("RB") && !NEGATION.contains(w.lower(v))) {
      v++;
    }
    if (NEGATION.contains(w.lower(v)) || w.lower(v).equals("have") || !w.pos(v).startsWith("VB")
        || NOT_AHEAD.contains(w.lemma(v))) {
      return null;
    }
    if (w.lemma(v).equals("see") && (w.pos(v + 1).equals("PRP") || w.lower(v + 1).equals("that"))) {
      return null; // "he could see he was moved"
    }
    if (w.lower(v).equals("be")) {
      int k = v + 1;
      while (w.pos(k).startsWith("RB")) {
        k++;
      }
      if (!w.pos(k).equals("VBN")) {
        return null; // "may be deliberately slowing", "may well be in breach": a guess about now
      }
    }
    int end = w.clauseEnd(v);
    if (w.lower(end - 1).equals("that")) {
      return null; // "would emphasise that ...": reported speech
    }
    Found f = new Found(possible ? "possible outcome" : DISCARD, Shape.VERB,
        possible ? Modality.POSSIBLE : Modality.EXPECTED, new int[] {v, end});
    f.hedge = new int[] {i, i + 1};
    f.cover(f.hedge);
    int s = i;
    while (w.pos(s - 1).startsWith("RB")) {
      s--;
    }
    f.subject = w.phraseBefore(s, SUBJECT);
    return f.cover(f.subject);
  }

  /** "a possible military operation". */
  private Found possibleBefore(Words w, int i) {
    if (!POSSIBLE_BEFORE.contains(w.lower(i)) || !w.pos(i).startsWith("JJ") || w.isDeterminer(i + 1)) {
      return null; // "it is possible the posters ...": a clause, not a possible thing
    }
    int[] np = w.phraseAfter(i + 1, 5);
    if (np == null || w.inTime(np[1] - 1) || PEOPLE.contains(w.lemma(np[1] - 1))
        || NOT_OUTCOMES.contains(w.lemma(np[1] - 1)) || w.pos(np[1] - 1).startsWith("NNP")) {
      return null;
    }
    Found f = new Found("possible outcome", Shape.NOUN, Modality.POSSIBLE, np);
    f.hedge = new int[] {i, i + 1};
    return f.cover(new int[] {w.isDeterminer(i - 1) ? i - 1 : i, np[1]});
  }

  /** "early elections increasingly possible", "a deal is likely". */
  private Found possibleAfter(Words w, int i) {
    if (!POSSIBLE_AFTER.contains(w.lower(i)) || !w.pos(i).startsWith("JJ") || w.lower(i + 1).equals("to")
        || w.lower(i + 1).equals("that") || w.phraseAfter(i + 1, 5) != null) {
      return null;
    }
    int k = i - 1;
    while (w.pos(k).startsWith("RB") && !NEGATION.contains(w.lower(k))) {
      k--;
    }
    int hedgeStart = k + 1;
    if (BE.contains(w.lower(k))) {
      k--;
    }
    int[] np = w.phraseBefore(k + 1, 5);
    if (np == null || w.inTime(np[1] - 1)) {
      return null;
    }
    Found f = new Found("possible outcome", Shape.NOUN, Modality.POSSIBLE, w.withoutDeterminer(np));
    f.hedge = new int[] {hedgeStart, i + 1};
    return f.cover(new int[] {np[0], i + 1});
  }

  /** Adds the consequence, condition and content that follow the item. */
  private Found tail(Words w, Found f) {
    int p = f.statement[1];
    boolean modalSaysPossible = f.modality == Modality.POSSIBLE && f.hedge != null
        && POSSIBLE_MODAL.contains(w.lower(f.hedge[0]));
    if (f.shape == Shape.NOUN) {
      int q = w.lower(p).equals(",") ? p + 1 : p;
      if ((w.lower(q).equals("that") || w.lower(q).equals("which")) && w.isModal(q + 1)) {
        int m = q + 1;
        int v = m + 1;
        while (w.pos(v).startsWith("RB") && !NEGATION.contains(w.lower(v))) {
          v++;
        }
        if (w.pos(v).startsWith("VB") && !INCLUDE.contains(w.lower(v)) && !NEGATION.contains(w.lower(v))) {
          f.consequence = new int[] {v, w.clauseEnd(v)};
          if (f.hedge == null) {
            f.hedge = new int[] {m, m + 1};
          }
          if (POSSIBLE_MODAL.contains(w.lower(m))) {
            f.modality = Modality.POSSIBLE;
            modalSaysPossible = true;
          }
          f.cover(f.consequence);
          p = f.consequence[1];
        }
      }
    }
    if (w.lower(p).equals("if") || w.lower(p).equals("unless")) {
      f.condition = new int[] {p, w.conditionEnd(p)};
      f.cover(f.condition);
      p = f.condition[1];
      if (!modalSaysPossible) {
        f.modality = Modality.CONDITIONAL;
      }
    }
    int q = w.lower(p).equals(",") ? p + 1 : p;
    int c = -1;
    if (w.lower(q).equals("including")) {
      c = q + 1;
    } else if (w.lower(q).equals("which") || w.lower(q).equals("that")) {
      int k = q + 1;
      if (w.isModal(k)) {
        k++;
      }
      if (INCLUDE.contains(w.lower(k))) {
        c = k + 1;
      }
    }
    if (c > 0 && w.in(c)) {
      int end = w.contentEnd(c);
      if (end > c) {
        f.content = new int[] {c, end};
        f.cover(f.content);
      }
    }
    return f;
  }
}
