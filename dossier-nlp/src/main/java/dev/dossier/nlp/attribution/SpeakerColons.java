package dev.dossier.nlp.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A paragraph that opens with a speaker and a colon, as in transcripts ({@code "PENCE: Well,
 * look, …}) and headlines ({@code Pat Caddell: Democrat Voters Worried …}, {@code Poll: Wealthy
 * Voters Abandon …}). The tagger rarely labels the colon; this rule makes it the cue, the name
 * before it the source and the rest of the paragraph the content. The name is one to five
 * capitalised words that hold a person or organisation mention, or a single upper-case word of
 * three letters or more (a transcript's speaker), or a word for a poll or report; labels such as
 * "UPDATE" or "The Latest" are not speakers. Stateless; thread-safe.
 */
final class SpeakerColons {

  private static final int MAX_NAME = 5;
  private static final int MIN_CONTENT = 3;
  private static final Set<String> NOT_SPEAKERS = Set.of("update", "updated", "correction", "clarification",
      "note", "editor", "editor's", "latest", "watch", "read", "related", "photo", "photos", "video", "source",
      "sources", "email", "byline", "breaking", "contributing", "twitter", "text", "full", "transcript", "q", "a",
      "notice", "paid", "advertisement", "name", "live", "more", "see", "also", "here", "credit");

  private SpeakerColons() {}

  /**
   * Finds the speaker-colon paragraphs of {@code in} and relabels their tokens in {@code labels}
   * (source, cue, content), so that nothing the tagger found inside them survives.
   *
   * @return one {@code {cue, source, content}} triple per paragraph
   */
  static List<AttributionAssembler.Run[]> apply(AttributionInput in, int[] labels) {
    List<AttributionAssembler.Run[]> out = new ArrayList<>();
    for (int p = 0; p < in.paragraphCount(); p++) {
      int from = in.paragraphs[p];
      int to = in.paragraphs[p + 1];
      int start = from < to && (AttributionInput.isQuote(in.word[from]) || "(".equals(in.word[from])) ? from + 1 : from;
      int colon = start;
      while (colon < to && colon - start < MAX_NAME && capitalised(in.word[colon])) {
        colon++;
      }
      if (colon == start || colon >= to || !":".equals(in.word[colon]) || to - colon - 1 < MIN_CONTENT
          || !speaker(in, start, colon)) {
        continue;
      }
      int end = to;
      while (end > colon + 1 && AttributionInput.isQuote(in.word[end - 1])) {
        end--;
      }
      AttributionAssembler.Run source = new AttributionAssembler.Run(AttributionLabels.SOURCE, start, colon);
      AttributionAssembler.Run cue = new AttributionAssembler.Run(AttributionLabels.CUE, colon, colon + 1);
      AttributionAssembler.Run content = new AttributionAssembler.Run(AttributionLabels.CONTENT, colon + 1, end);
      for (AttributionAssembler.Run r : new AttributionAssembler.Run[] {source, cue, content}) {
        AttributionAssembler.label(labels, r);
      }
      out.add(new AttributionAssembler.Run[] {cue, source, content});
    }
    return out;
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static boolean speaker(AttributionInput in, int from, int to) {
    boolean mention = false;
    for (int i = from; i < to; i++) {
      if (NOT_SPEAKERS.contains(in.lower[i])) {
        return false;
      }
      mention |= in.mention[i] >= 0 && ("PERSON".equals(in.ner[i]) || "ORG".equals(in.ner[i]));
    }
    if (mention || to - from == 1 && CueLexicon.isDocumentHead(in.lower[from])) {
      return true;
    }
    String w = in.word[from];
    return to - from == 1 && w.length() >= 3 && dev.dossier.nlp.text.Chars.allUpperCase(w);
  }
}
