package dev.dossier.nlp.attribution;

import java.util.Set;

/**
 * Contents fixed by the shape of the sentence rather than by the tagger's content labels, which
 * stop at a nested source or cue: "According to CNN, <u>the meeting is being viewed by aides as
 * …</u>." takes the whole clause after the comma ("…, according to CNN." the clause before it),
 * and a parenthetical "<u>That dynamic</u>, aides say, <u>is now resurfacing</u>." the whole
 * sentence. Stateless; thread-safe.
 */
final class ClauseContents {

  private ClauseContents() {}

  /**
   * Relabels each "according to X," (or ", according to X.") as cue and source: the source runs from
   * after "to" to the comma or the end of the sentence, whatever the tagger made of it; a source of
   * more than 12 words ends before its relative clause ("who", "which", "that"), or is left to the
   * tagger when it has none.
   */
  static void accordingToSources(AttributionInput in, int[] labels) {
    for (int i = 0; i + 2 < in.size(); i++) {
      if (!"according".equals(in.lower[i]) || !"to".equals(in.lower[i + 1]) || in.sentence[i + 2] != in.sentence[i]) {
        continue;
      }
      int[] s = sentence(in, i);
      int end = i + 2;
      while (end < s[1] && !",".equals(in.word[end]) && !AttributionAssembler.isPunct(in.word[end])) {
        end++;
      }
      boolean opens = end < s[1] && ",".equals(in.word[end]) && (i == s[0] || ",".equals(in.word[i - 1]));
      boolean closes = i > s[0] && ",".equals(in.word[i - 1]) && endsSentence(in, end, s[1]);
      if (end - i > 14) {
        // a long source ends before its relative clause: "two people familiar with his thinking
        // who were not authorized to speak publicly"; without one, the phrase is no source
        int rel = i + 3;
        while (rel <= i + 14 && !RELATIVE.contains(in.lower[rel])) {
          rel++;
        }
        end = rel <= i + 14 ? rel : i + 2;
      }
      if (end == i + 2 || !opens && !closes) {
        continue;
      }
      labels[i] = AttributionLabels.begin(AttributionLabels.CUE);
      labels[i + 1] = AttributionLabels.inside(AttributionLabels.CUE);
      labels[i + 2] = AttributionLabels.begin(AttributionLabels.SOURCE);
      for (int j = i + 3; j < end; j++) {
        labels[j] = AttributionLabels.inside(AttributionLabels.SOURCE);
      }
      i = end - 1;
    }
  }

  /** The clause that "according to" + source introduces or closes, or null. */
  static AttributionAssembler.Run accordingTo(AttributionInput in, AttributionAssembler.Run cue,
      AttributionAssembler.Run source) {
    if (cue.to() - cue.from() != 2 || !"according".equals(in.lower[cue.from()]) || source == null
        || source.from() != cue.to()) {
      return null;
    }
    int[] s = sentence(in, cue.from());
    if (source.to() < s[1] && ",".equals(in.word[source.to()])) {
      int from = source.to() + 1;
      if (cue.from() == s[0] || cue.from() > s[0] && ",".equals(in.word[cue.from() - 1])) {
        return clause(in, from, s[1]);
      }
    }
    if (cue.from() > s[0] && ",".equals(in.word[cue.from() - 1]) && endsSentence(in, source.to(), s[1])) {
      return clause(in, s[0], cue.from() - 1);
    }
    return null;
  }

  /** The whole sentence around ", source cue," (or ", cue source,"), or null. */
  static AttributionAssembler.Run parenthetical(AttributionInput in, AttributionAssembler.Run cue,
      AttributionAssembler.Run source) {
    if (source == null) {
      return null;
    }
    int from = Math.min(cue.from(), source.from());
    int to = Math.max(cue.to(), source.to());
    if (to - from != cue.to() - cue.from() + source.to() - source.from()) {
      return null;
    }
    int[] s = sentence(in, cue.from());
    if (from - s[0] < 2 || s[1] - to < 3 || !",".equals(in.word[from - 1]) || !",".equals(in.word[to])) {
      return null;
    }
    return clause(in, s[0], s[1]);
  }

  private static final Set<String> RELATIVE = Set.of("who", "whom", "which", "that");
  private static final Set<String> RAISING = Set.of("expected", "believed", "thought", "said",
      "reported", "rumored", "rumoured", "alleged", "understood", "known", "considered", "presumed", "projected",
      "predicted", "forecast", "estimated");
  private static final Set<String> CLAUSE_BREAKS = Set.of("while", "but", "although", "though",
      "whereas", "as");

  /**
   * "Trump is expected to press Netanyahu on the deal": a passive cue of expecting or saying
   * followed by "to" and a verb takes the subject before it and the infinitive after it as one
   * content (PolNeAR's two fragments, "Trump" and "to press ..."), when the content found is the
   * subject alone, a noun phrase ending at the cue. Null otherwise. (Also taking the noun phrase
   * before the cue when only the infinitive was found lowered PolNeAR dev cue and content F1 by
   * 0.02 and 0.03.)
   */
  static AttributionAssembler.Run raisedSubject(AttributionInput in, AttributionAssembler.Run cue,
      AttributionAssembler.Run content) {
    int last = cue.to() - 1;
    if (content == null || !RAISING.contains(in.lower[last]) || !"VBN".equals(in.pos[last])
        || !"be".equals(in.lemma[cue.from()]) || cue.to() + 1 >= in.size() || !"to".equals(in.lower[cue.to()])
        || !in.pos[cue.to() + 1].startsWith("VB")) {
      return null;
    }
    int[] s = sentence(in, cue.from());
    if (content.to() != cue.from() || content.from() < s[0]) {
      return null;
    }
    for (int i = content.from(); i < content.to(); i++) {
      if (in.pos[i].startsWith("VB") || "MD".equals(in.pos[i])) {
        return null; // a clause before the cue is another claim's content, not the raised subject
      }
    }
    int end = cue.to() + 1;
    while (end < s[1] && !";".equals(in.word[end])
        && !(",".equals(in.word[end]) && end + 1 < s[1] && CLAUSE_BREAKS.contains(in.lower[end + 1]))) {
      end++;
    }
    return clause(in, content.from(), end);
  }

  /**
   * "X is expected later this month, and Y, a diplomat said.": a cue and its source closing the
   * sentence after a comma say the whole sentence before that comma, when the content found is
   * only its tail (another cue's content, starting mid-sentence). Null otherwise, and for quotes.
   */
  static AttributionAssembler.Run closingSource(AttributionInput in, AttributionAssembler.Run cue,
      AttributionAssembler.Run source, AttributionAssembler.Run content) {
    if (source == null || content == null || source.to() != cue.from() || source.from() < 1
        || !",".equals(in.word[source.from() - 1]) || content.to() != source.from() - 1) {
      return null;
    }
    int[] s = sentence(in, cue.from());
    if (!endsSentence(in, cue.to(), s[1]) || content.from() <= s[0] || in.inQuote[content.from()]
        || AttributionInput.isQuote(in.word[s[0]])) {
      return null;
    }
    return clause(in, s[0], content.to());
  }

  private static boolean endsSentence(AttributionInput in, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(in.word[i].charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static AttributionAssembler.Run clause(AttributionInput in, int from, int to) {
    while (to > from && AttributionAssembler.isPunct(in.word[to - 1]) && !AttributionInput.isQuote(in.word[to - 1])) {
      to--;
    }
    return to - from >= 2 ? new AttributionAssembler.Run(AttributionLabels.CONTENT, from, to) : null;
  }

  /** {@code [first, one past last]} token of the sentence of token {@code t}. */
  static int[] sentence(AttributionInput in, int t) {
    int lo = t;
    while (lo > 0 && in.sentence[lo - 1] == in.sentence[t]) {
      lo--;
    }
    int hi = t + 1;
    while (hi < in.size() && in.sentence[hi] == in.sentence[t]) {
      hi++;
    }
    return new int[] {lo, hi};
  }
}
