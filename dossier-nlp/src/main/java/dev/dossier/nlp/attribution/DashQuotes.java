package dev.dossier.nlp.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotations signed with a dash after the closing mark, as in collections of readers' or voters'
 * comments: {@code “…” ― Sonya Herridge}. The tagger, which rarely sees this layout in training,
 * misses them; this rule finds them: the dash is the cue, the capitalised name after it the
 * source, and the quotation (marks included, back to the opening mark in the same paragraph) the
 * content. Stateless; thread-safe.
 */
final class DashQuotes {

  private static final int MAX_NAME = 6;

  private DashQuotes() {}

  /**
   * Finds the signed quotations of {@code in} and relabels their tokens in {@code labels}
   * (content, cue, source), so that nothing the tagger found inside them survives.
   *
   * @return one {@code {cue, source, content}} triple per quotation
   */
  static List<AttributionAssembler.Run[]> apply(AttributionInput in, int[] labels) {
    List<AttributionAssembler.Run[]> out = new ArrayList<>();
    for (int p = 0; p < in.paragraphCount(); p++) {
      int from = in.paragraphs[p];
      int to = in.paragraphs[p + 1];
      for (int d = from + 1; d + 1 < to; d++) {
        if (!"--".equals(in.word[d]) || !AttributionInput.isQuote(in.word[d - 1])) {
          continue;
        }
        int open = d - 2;
        while (open >= from && !AttributionInput.isQuote(in.word[open])) {
          open--;
        }
        int nameEnd = nameEnd(in, d + 1, to);
        if (open < from || d - 1 - open < 2 || nameEnd == d + 1) {
          continue;
        }
        AttributionAssembler.Run content = new AttributionAssembler.Run(AttributionLabels.CONTENT, open, d);
        AttributionAssembler.Run cue = new AttributionAssembler.Run(AttributionLabels.CUE, d, d + 1);
        AttributionAssembler.Run source = new AttributionAssembler.Run(AttributionLabels.SOURCE, d + 1, nameEnd);
        for (AttributionAssembler.Run r : new AttributionAssembler.Run[] {content, cue, source}) {
          AttributionAssembler.label(labels, r);
        }
        out.add(new AttributionAssembler.Run[] {cue, source, content});
      }
    }
    return out;
  }

  /** One past the last token of the capitalised name starting at {@code from}. */
  private static int nameEnd(AttributionInput in, int from, int to) {
    int i = from;
    while (i < to && i - from < MAX_NAME) {
      String w = in.word[i];
      boolean capital = Character.isUpperCase(w.charAt(0)) && dev.dossier.nlp.text.Chars.allLetters(w)
          || w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
      boolean initialDot = w.equals(".") && i > from && in.word[i - 1].length() == 1
          && Character.isUpperCase(in.word[i - 1].charAt(0));
      if (!capital && !initialDot) {
        break;
      }
      i++;
    }
    return i;
  }
}
