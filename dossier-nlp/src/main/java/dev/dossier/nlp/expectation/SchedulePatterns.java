package dev.dossier.nlp.expectation;

import dev.dossier.model.Modality;
import dev.dossier.nlp.expectation.Found.Shape;
import java.util.Set;

/**
 * Deadlines and scheduled items: "a March 2026 budget deadline", "the deadline of 31 March", "the
 * scheduled October 2026 vote", "a vote due next month", "X must VERB ... by TIME". Stateless.
 */
final class SchedulePatterns {
  /** What may follow "deadline" before its date or topic ("the deadline for the budget"). */
  private static final Set<String> DEADLINE_PREPOSITIONS = Set.of("for", "on", "of", "by");
  private static final Set<String> REQUIRED = Set.of("required", "obliged", "obligated");
  private static final Set<String> BY_BEFORE = Set.of("by", "before");

  private SchedulePatterns() {}

  /** "a March 2026 budget deadline", "the deadline for the budget". */
  static Found deadline(Words w, int i) {
    if (!(w.lower(i).equals("deadline") || w.lower(i).equals("deadlines")) || !w.isNoun(i)) {
      return null;
    }
    int[] np = w.phraseBefore(i + 1, 8);
    int[] what = w.withoutDeterminer(np);
    int[] dueAt = what;
    if (DEADLINE_PREPOSITIONS.contains(w.lower(i + 1))) {
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
  static Found scheduledBefore(Words w, int i) {
    if (!Lexicon.SCHEDULED_BEFORE.contains(w.lower(i)) || !(w.pos(i).startsWith("JJ") || w.pos(i).equals("VBN"))) {
      return null;
    }
    if (!(w.isDeterminer(i - 1) || w.isPossessive(i - 1) || w.pos(i - 1).startsWith("JJ"))) {
      return null;
    }
    int[] np = w.phraseAfter(i + 1, 6);
    if (np == null || w.inTime(np[1] - 1) || Lexicon.GENERIC.contains(w.lemma(np[1] - 1))) {
      return null;
    }
    int[] what = {i, np[1]};
    Found f = new Found(kindOf(w, np[1] - 1), Shape.NOUN, Modality.EXPECTED, what);
    f.dueAt = what;
    return f.cover(new int[] {w.isDeterminer(i - 1) ? i - 1 : i, np[1]});
  }

  /** "a vote due next month", "the election scheduled for October 2026", "the vote is set for May 3". */
  static Found scheduledAfter(Words w, int i) {
    if (!Lexicon.SCHEDULED_AFTER.contains(w.lower(i))) {
      return null;
    }
    int end = i;
    if (Lexicon.BE.contains(w.lower(i - 1))) {
      end = i - 1;
    }
    int[] np = w.phraseBefore(end, 6);
    if (np == null || w.inTime(np[1] - 1)) {
      return null;
    }
    int j = i + 1;
    if (Lexicon.PREPOSITION_BEFORE_TIME.contains(w.lower(j))) {
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
  static Found obligedBy(Words w, int i) {
    int v;
    if (w.lower(i).equals("must")) {
      v = i + 1;
    } else if (Lexicon.OBLIGED.contains(w.lower(i)) && w.lower(i + 1).equals("to")) {
      v = i + 2;
    } else if (Lexicon.BE.contains(w.lower(i)) && REQUIRED.contains(w.lower(i + 1))
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
      if (BY_BEFORE.contains(w.lower(k))) {
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
          f.subject = w.phraseBefore(i, Lexicon.SUBJECT);
          return f.cover(f.subject);
        }
      }
    }
    return null;
  }
}
