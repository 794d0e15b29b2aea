package dev.dossier.nlp.expectation;

import dev.dossier.model.Modality;
import dev.dossier.nlp.expectation.Found.Shape;
import java.util.ArrayList;
import java.util.HashSet;
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

  /**
   * The words a pattern can start at, each pattern's first test on token {@code i}: "deadline",
   * the scheduled and obliged words, the expected and intended words, "will", the modals and the
   * possible words; a token that is none of them (nor has a lemma of fearing or foreseeing) starts
   * no expectation. A new pattern adds its entry words here.
   */
  private static final Set<String> ENTRY_WORDS = entryWords();
  private static final Set<String> ENTRY_LEMMAS = union(Lexicon.FEAR, Lexicon.FORESEE);

  private static Set<String> entryWords() {
    return union(Set.of("deadline", "deadlines", "must", "will", "'ll", "would"), Lexicon.SCHEDULED_BEFORE,
        Lexicon.SCHEDULED_AFTER, Lexicon.OBLIGED, Lexicon.BE, Lexicon.EXPECTED_TO, Lexicon.INTEND_TO,
        Lexicon.POSSIBLE_MODAL, Lexicon.POSSIBLE_BEFORE, Lexicon.POSSIBLE_AFTER);
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> s = new HashSet<>();
    for (Set<String> x : sets) {
      s.addAll(x);
    }
    return Set.copyOf(s);
  }

  /** Whether a pattern can start at token {@code i}. */
  private static boolean mayStart(Words w, int i) {
    return ENTRY_WORDS.contains(w.lower(i)) || ENTRY_LEMMAS.contains(w.lemma(i));
  }

  /** The expectations of one sentence, in text order. */
  List<Found> find(Words w) {
    List<Found> out = new ArrayList<>();
    List<Found> predicates = new ArrayList<>();
    for (int i = w.from; i < w.to; i++) {
      if (!mayStart(w, i) || covered(out, i) || covered(predicates, i)) {
        continue;
      }
      Found f = SchedulePatterns.deadline(w, i);
      if (f == null) {
        f = SchedulePatterns.scheduledBefore(w, i);
      }
      if (f == null) {
        f = SchedulePatterns.scheduledAfter(w, i);
      }
      if (f == null) {
        f = SchedulePatterns.obligedBy(w, i);
      }
      if (f == null) {
        f = ActionPatterns.expectedTo(w, i);
      }
      if (f == null) {
        f = ActionPatterns.willWithTime(w, i);
      }
      if (f == null) {
        f = ActionPatterns.foreseen(w, i);
      }
      if (f == null) {
        f = PossibilityPatterns.modal(w, i);
        if (f != null && hedgesEarlier(w, f, out)) {
          continue;
        }
      }
      if (f == null) {
        f = PossibilityPatterns.possibleBefore(w, i);
      }
      if (f == null) {
        Found p = PossibilityPatterns.possibleAfter(w, i);
        if (p != null) {
          predicates.add(Tail.tail(w, p));
        }
        continue;
      }
      Tail.tail(w, f);
      if (f.kind.equals("deadline") && f.consequence == null && !hasTime(w, f.statement)
          && "deadline".equals(Heads.nounHead(w, f.what))) {
        continue; // "the deadline", "every deadline": a deadline mentioned again, not a new one
      }
      if (f.kind.equals("deadline") && metBefore(w, f.what[0])) {
        continue; // "the vote came five days before the legal deadline": met, not open
      }
      if (f.kind.equals(Found.DISCARD)) {
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

  /**
   * Whether the deadline whose phrase starts at {@code i} is one the sentence reports met: the
   * phrase follows "before" or "ahead of" (with a span of time: "five days before"), and the
   * clause's verb before it is in the past tense and not negated ("the vote came ... before the
   * deadline", "lawmakers passed the bill ahead of the deadline").
   */
  static boolean metBefore(Words w, int i) {
    int k = i - 1;
    while (k >= w.from && w.isDeterminer(k)) {
      k--;
    }
    while (k >= w.from && (w.pos(k) != null && w.pos(k).startsWith("JJ"))) {
      k--; // "the legal deadline"
    }
    int prep;
    if (k >= w.from && w.lower(k).equals("before")) {
      prep = k;
    } else if (k - 1 >= w.from && w.lower(k).equals("of") && w.lower(k - 1).equals("ahead")) {
      prep = k - 1;
    } else {
      return false;
    }
    for (int v = prep - 1; v >= w.from && prep - v <= 12; v--) {
      String s = w.lower(v);
      if (s.equals(",") || s.equals(";") || s.equals("that") || s.equals("if") || s.equals("unless")) {
        return false;
      }
      if (s.equals("not") || s.equals("n't") || s.equals("never") || w.isModal(v)) {
        return false;
      }
      if ("VBD".equals(w.pos(v))) {
        return true; // "came", "passed", and "had passed" too
      }
    }
    return false;
  }

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
}
