package dev.dossier.nlp.figure;

import dev.dossier.model.Token;
import java.util.List;

/**
 * Finds simple noun phrases next to a position from part-of-speech tags alone: determiners,
 * possessives, adjectives, numbers and nouns, with a possessive 's kept inside ("Israel's own
 * government"). Enough for the "of what" and "among whom" of a figure. Stateless.
 */
final class NounPhrase {

  private NounPhrase() {}

  /** The phrase starting at token {@code from}, as {@code [from, to)}, or null. */
  static int[] after(List<Token> t, int from, int limit) {
    int i = from;
    int lastNoun = -1;
    while (i < t.size() && i < from + limit && inPhrase(t.get(i))) {
      if (isNoun(t.get(i))) {
        lastNoun = i;
      } else if (lastNoun >= 0 && !isPossessive(t.get(i)) && !isPossessive(t.get(i - 1))) {
        break;
      }
      i++;
    }
    return lastNoun < 0 ? null : new int[] {from, lastNoun + 1};
  }

  /** The phrase ending just before token {@code end}, as {@code [from, end)}, or null. */
  static int[] before(List<Token> t, int end, int limit) {
    if (end == 0 || !isNoun(t.get(end - 1))) {
      return null;
    }
    int i = end - 1;
    while (i > 0 && i > end - limit && inPhrase(t.get(i - 1)) && t.get(i - 1).sentence() == t.get(end - 1).sentence()) {
      i--;
    }
    return new int[] {i, end};
  }

  private static boolean inPhrase(Token x) {
    String p = x.pos() == null ? "" : x.pos();
    return isNoun(x) || p.equals("DT") || p.startsWith("JJ") || p.equals("PRP$") || p.equals("POS") || p.equals("CD");
  }

  static boolean isNoun(Token x) {
    String p = x.pos() == null ? "" : x.pos();
    return p.startsWith("NN");
  }

  private static boolean isPossessive(Token x) {
    return "POS".equals(x.pos()) || x.text().equals("'s") || x.text().equals("\u2019s");
  }
}
