package dev.dossier.nlp.expectation;

import dev.dossier.model.Modality;
import dev.dossier.nlp.expectation.Found.Shape;

/**
 * Expected actions: "X is expected to VERB", "X plans to VERB", "X will VERB" with a time to come,
 * "X fears / expects NP". Stateless.
 */
final class ActionPatterns {
  private ActionPatterns() {}

  /** "X is expected to press Y on ...", "X is set to visit ...", "X plans to ...". */
  static Found expectedTo(Words w, int i) {
    int hedgeStart;
    String kind;
    boolean pastBe = false;
    if (Lexicon.EXPECTED_TO.contains(w.lower(i))) {
      int k = i - 1;
      while (w.pos(k).startsWith("RB") && !Lexicon.NEGATION.contains(w.lower(k))) {
        k--;
      }
      if (!Lexicon.BE.contains(w.lower(k))) {
        return null;
      }
      pastBe = w.lower(k).equals("was") || w.lower(k).equals("were");
      hedgeStart = k;
      kind = Lexicon.SCHEDULED_TO.contains(w.lower(i)) ? "scheduled" : "expected action";
    } else if (Lexicon.INTEND_TO.contains(w.lower(i)) && (w.isVerb(i) || w.pos(i - 1).startsWith("NN")
        || w.pos(i - 1).equals("PRP")) && !Lexicon.BE.contains(w.lower(i - 1))) { // not "were intended to"
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
    f.subject = w.phraseBefore(hedgeStart, Lexicon.SUBJECT);
    return f.cover(f.subject);
  }

  private static boolean futureTimeIn(Words w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (w.futureTime(i)) {
        return true;
      }
    }
    return false;
  }

  /** "Netanyahu will fly to Florida next week": "will" with a time that is not past in its clause. */
  static Found willWithTime(Words w, int i) {
    if (!(w.lower(i).equals("will") || w.lower(i).equals("'ll")) || !w.pos(i).equals("MD")) {
      return null;
    }
    int v = i + 1;
    while (w.pos(v).startsWith("RB") && !Lexicon.NEGATION.contains(w.lower(v))) {
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
    f.subject = w.phraseBefore(i, Lexicon.SUBJECT);
    return f.cover(f.subject);
  }

  /** "Trump's team fears a renewed escalation", "analysts expect a rate cut". */
  static Found foreseen(Words w, int i) {
    String lemma = w.lemma(i);
    boolean fear = Lexicon.FEAR.contains(lemma);
    boolean verb = w.isVerb(i) || w.pos(i).startsWith("NN") && (w.pos(i - 1).startsWith("NNS")
        || w.pos(i - 1).startsWith("NNP") || w.pos(i - 1).equals("PRP")); // "Economists warn/NN of ..."
    if (!(fear || Lexicon.FORESEE.contains(lemma)) || !verb) {
      return null;
    }
    if ((lemma.equals("expect") || lemma.equals("anticipate")) && (w.pos(i).equals("VBD") || w.pos(i).equals("VBN"))) {
      return null; // "we expected a bit more": what was expected then
    }
    int o = i + 1;
    if (lemma.equals("warn")) {
      if (!Lexicon.WARN_OF.contains(w.lower(o))) {
        return null;
      }
      o++;
    }
    if (!(w.isDeterminer(o) || w.pos(o).startsWith("JJ") || w.pos(o).startsWith("NN")) || w.pos(o).equals("WDT")) {
      return null;
    }
    int[] np = w.phraseAfter(o, 6);
    if (np == null || Lexicon.QUANTITY.contains(w.lemma(np[1] - 1)) || w.pos(np[1] - 1).startsWith("NNP")) {
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
    f.expecter = w.phraseBefore(i, Lexicon.SUBJECT);
    f.cover(f.hedge);
    return f.cover(f.expecter);
  }
}
