package dev.dossier.nlp.expectation;

import dev.dossier.model.Modality;
import dev.dossier.nlp.expectation.Found.Shape;

/**
 * What follows an item: the consequence of a relative clause with a modal ("that could collapse the
 * government"), the condition ("if ..."), and the content ("which would include ..."). Stateless.
 */
final class Tail {
  private Tail() {}

  /** Adds the consequence, condition and content that follow the item. */
  static Found tail(Words w, Found f) {
    int p = f.statement[1];
    boolean modalSaysPossible = f.modality == Modality.POSSIBLE && f.hedge != null
        && Lexicon.POSSIBLE_MODAL.contains(w.lower(f.hedge[0]));
    if (f.shape == Shape.NOUN) {
      int q = w.lower(p).equals(",") ? p + 1 : p;
      if ((w.lower(q).equals("that") || w.lower(q).equals("which")) && w.isModal(q + 1)) {
        int m = q + 1;
        int v = m + 1;
        while (w.pos(v).startsWith("RB") && !Lexicon.NEGATION.contains(w.lower(v))) {
          v++;
        }
        if (w.pos(v).startsWith("VB") && !Lexicon.INCLUDE.contains(w.lower(v)) && !Lexicon.NEGATION.contains(w.lower(v))) {
          f.consequence = new int[] {v, w.clauseEnd(v)};
          if (f.hedge == null) {
            f.hedge = new int[] {m, m + 1};
          }
          if (Lexicon.POSSIBLE_MODAL.contains(w.lower(m))) {
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
      if (Lexicon.INCLUDE.contains(w.lower(k))) {
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
