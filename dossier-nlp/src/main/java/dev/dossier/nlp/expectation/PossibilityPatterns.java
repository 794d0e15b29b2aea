package dev.dossier.nlp.expectation;

import dev.dossier.model.Modality;
import dev.dossier.nlp.expectation.Found.Shape;

/**
 * Possible outcomes: "X may / might / could VERB", "would VERB" with a condition, "a possible NP",
 * "NP increasingly likely". Stateless.
 */
final class PossibilityPatterns {
  private PossibilityPatterns() {}

  /** "Netanyahu may seek approval for one additional military operation", "it would fall if ...". */
  static Found modal(Words w, int i) {
    boolean possible = Lexicon.POSSIBLE_MODAL.contains(w.lower(i));
    if (!(possible || w.lower(i).equals("would")) || !w.pos(i).equals("MD")) {
      return null;
    }
    int v = i + 1;
    while (w.pos(v).startsWith("RB") && !Lexicon.NEGATION.contains(w.lower(v))) {
      v++;
    }
    if (Lexicon.NEGATION.contains(w.lower(v)) || w.lower(v).equals("have") || !w.pos(v).startsWith("VB")
        || Lexicon.NOT_AHEAD.contains(w.lemma(v))) {
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
    Found f = new Found(possible ? "possible outcome" : Found.DISCARD, Shape.VERB,
        possible ? Modality.POSSIBLE : Modality.EXPECTED, new int[] {v, end});
    f.hedge = new int[] {i, i + 1};
    f.cover(f.hedge);
    int s = i;
    while (w.pos(s - 1).startsWith("RB")) {
      s--;
    }
    f.subject = w.phraseBefore(s, Lexicon.SUBJECT);
    return f.cover(f.subject);
  }

  /** "a possible military operation". */
  static Found possibleBefore(Words w, int i) {
    if (!Lexicon.POSSIBLE_BEFORE.contains(w.lower(i)) || !w.pos(i).startsWith("JJ") || w.isDeterminer(i + 1)) {
      return null; // "it is possible the posters ...": a clause, not a possible thing
    }
    int[] np = w.phraseAfter(i + 1, 5);
    if (np == null || w.inTime(np[1] - 1) || Lexicon.PEOPLE.contains(w.lemma(np[1] - 1))
        || Lexicon.NOT_OUTCOMES.contains(w.lemma(np[1] - 1)) || w.pos(np[1] - 1).startsWith("NNP")) {
      return null;
    }
    Found f = new Found("possible outcome", Shape.NOUN, Modality.POSSIBLE, np);
    f.hedge = new int[] {i, i + 1};
    return f.cover(new int[] {w.isDeterminer(i - 1) ? i - 1 : i, np[1]});
  }

  /** "early elections increasingly possible", "a deal is likely". */
  static Found possibleAfter(Words w, int i) {
    if (!Lexicon.POSSIBLE_AFTER.contains(w.lower(i)) || !w.pos(i).startsWith("JJ") || w.lower(i + 1).equals("to")
        || w.lower(i + 1).equals("that") || w.phraseAfter(i + 1, 5) != null) {
      return null;
    }
    int k = i - 1;
    while (w.pos(k).startsWith("RB") && !Lexicon.NEGATION.contains(w.lower(k))) {
      k--;
    }
    int hedgeStart = k + 1;
    if (Lexicon.BE.contains(w.lower(k))) {
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
}
