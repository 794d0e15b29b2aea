package dev.dossier.nlp.attribution;

import dev.dossier.nlp.attribution.AttributionAssembler.Run;

/**
 * A second verb of saying or stance coordinated with the cue, which the tagger read as part of the
 * first one's content: "The mayor said the budget was late and urged the council to act". The
 * second verb has the cue's own form (past with past, "to" infinitive with infinitive) and follows
 * "and" outside any quotation, and the content before it holds no other verb of that form (which
 * the second verb could be coordinated with instead: "said the group met and discussed the plan").
 * The content is cut before "and"; the second verb and its particle are a cue with the same source
 * and the rest of the content as its content. Stateless; thread-safe.
 */
final class CoordinatedCues {

  private static final int MIN_CONTENT = 2;

  private CoordinatedCues() {}

  /**
   * The split of {@code content}, the indirect content after {@code cue}, as {@code {first
   * content, second cue, second content}}, or null when it holds no coordinated verb of saying.
   */
  static Run[] split(AttributionInput in, Run cue, Run content) {
    if (content.from() < cue.to()) {
      return null;
    }
    String form = null;
    for (int i = cue.from(); i < cue.to(); i++) {
      if (in.pos[i].startsWith("VB")) {
        form = in.pos[i];
      }
    }
    if (form == null) {
      return null;
    }
    for (int j = content.from() + MIN_CONTENT + 1; j + MIN_CONTENT < content.to(); j++) {
      if (form.equals(in.pos[j]) && !"and".equals(in.lower[j - 1])) {
        return null; // a verb of the cue's form inside the content: "and" may join the second to it
      }
      if (!"and".equals(in.lower[j - 1]) || !form.equals(in.pos[j]) || in.inQuote[j]
          || !StanceLexicon.isSayingOrStanceVerb(in.lemma[j], in.pos[j])) {
        continue;
      }
      for (int k = content.from(); k < j - 1; k++) {
        if (form.equals(in.pos[k]) || AttributionInput.isQuote(in.word[k])) {
          return null;
        }
      }
      int end = j - 1;
      while (end > content.from() && AttributionAssembler.isPunct(in.word[end - 1])) {
        end--;
      }
      int cueTo = j + 1 < content.to() && in.pos[j + 1].equals("RP") ? j + 2 : j + 1;
      if (end - content.from() < MIN_CONTENT || content.to() - cueTo < MIN_CONTENT) {
        return null;
      }
      return new Run[] {new Run(AttributionLabels.CONTENT, content.from(), end),
          new Run(AttributionLabels.CUE, j, cueTo), new Run(AttributionLabels.CONTENT, cueTo, content.to())};
    }
    return null;
  }
}
