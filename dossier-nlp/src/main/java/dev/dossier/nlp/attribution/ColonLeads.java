package dev.dossier.nlp.attribution;

import dev.dossier.nlp.attribution.AttributionAssembler.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * A short paragraph that ends with a speaker, a verb of saying and a colon ("The governor added:",
 * "Limbaugh continued:", "Clinton wrote on Twitter:") and leads into the quotation that is the next
 * paragraph. The tagger labels one paragraph at a time, so it cannot join the cue to a content in
 * the next one; this rule makes the verb and the colon the cue, the subject before it the source
 * and the next paragraph the content. Stateless; thread-safe.
 */
final class ColonLeads {

  private static final int MAX_LEAD = 15;
  private static final int MIN_CONTENT = 3;

  private ColonLeads() {}

  /**
   * Finds the colon leads of {@code in} and relabels their tokens and the next paragraph's in
   * {@code labels} (source, cue, content).
   *
   * @return one {@code {cue, source, content}} triple per lead
   */
  static List<Run[]> apply(AttributionInput in, int[] labels) {
    List<Run[]> out = new ArrayList<>();
    for (int p = 0; p + 1 < in.paragraphCount(); p++) {
      int from = in.paragraphs[p];
      int colon = in.paragraphs[p + 1] - 1;
      if (colon - from < 2 || colon - from > MAX_LEAD || !":".equals(in.word[colon])
          || in.sentence[from] != in.sentence[colon]) {
        continue;
      }
      int next = in.paragraphs[p + 1];
      int end = in.paragraphs[p + 2];
      if (end - next < MIN_CONTENT) {
        continue;
      }
      Run[] lead = lead(in, from, colon);
      if (lead == null) {
        continue;
      }
      Run content = new Run(AttributionLabels.CONTENT, next, end);
      for (int i = from; i < end; i++) {
        labels[i] = AttributionLabels.O;
      }
      for (Run r : new Run[] {lead[1], lead[0], content}) {
        AttributionAssembler.label(labels, r);
      }
      out.add(new Run[] {lead[0], lead[1], content});
    }
    return out;
  }

  /**
   * In the paragraph {@code [from, colon)}: the cue (from its first verb, one of saying, to the
   * colon) and the source (the name, pronoun or noun phrase right before the verb), or null.
   */
  private static Run[] lead(AttributionInput in, int from, int colon) {
    int verb = from;
    while (verb < colon && !(in.pos[verb].startsWith("VB") || in.pos[verb].equals("MD")
        || MissedCues.verbReadAsNoun(in, verb))) {
      if (",".equals(in.word[verb]) || AttributionInput.isQuote(in.word[verb])) {
        return null;
      }
      verb++;
    }
    if (verb == from || verb == colon) {
      return null;
    }
    boolean saying = false;
    for (int i = verb; i < colon; i++) {
      saying |= StanceLexicon.isSayingOrStanceVerb(in.lemma[i], in.pos[i]) || MissedCues.verbReadAsNoun(in, i);
    }
    String last = in.pos[verb - 1];
    if (!saying || !(last.startsWith("NN") || last.equals("PRP"))) {
      return null;
    }
    int source = verb - 1;
    while (source > from && (in.pos[source - 1].startsWith("NN") || in.pos[source - 1].startsWith("JJ")
        || in.pos[source - 1].equals("DT") || in.pos[source - 1].equals("POS")
        || in.pos[source - 1].equals("PRP$"))) {
      source--;
    }
    return new Run[] {new Run(AttributionLabels.CUE, verb, colon + 1), new Run(AttributionLabels.SOURCE, source, verb)};
  }
}
