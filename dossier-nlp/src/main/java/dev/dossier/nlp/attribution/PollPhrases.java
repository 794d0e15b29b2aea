package dev.dossier.nlp.attribution;

import dev.dossier.nlp.attribution.AttributionAssembler.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "In" before a poll or survey attributes a finding to it: "In a Washington Post-ABC News poll
 * released Sunday, the governor took 6 percent", "the governor took 6 percent in the latest Marist
 * poll". The preposition is the cue, the noun phrase of the poll the source, and the clause after
 * its comma (when "In" opens the sentence) or the clause before "in" the content. Within a sentence
 * the poll is one poll: "leads in the polls", "rose in state and national polls" tell a standing, not
 * what a poll found (PolNeAR train: 15 of 58 such plurals are gold cues). Only where the tagger left all of it
 * outside every span, or, for an opening "In", where it read the poll phrase as a source of the
 * clause after the comma (which then has no attribution of its own). Stateless; thread-safe.
 */
final class PollPhrases {

  private static final Set<String> POLLS = Set.of("poll", "polls", "survey", "surveys");
  private static final Set<String> PLURALS = Set.of("polls", "surveys");
  private static final int MAX_SOURCE = 12;
  private static final int MIN_CONTENT = 3;

  private PollPhrases() {}

  /**
   * Finds such phrases in {@code in} and labels them in {@code labels}.
   *
   * @return one {@code {cue, source, content}} triple per phrase
   */
  static List<Run[]> apply(AttributionInput in, int[] labels) {
    List<Run[]> out = new ArrayList<>();
    for (int p = 0; p + 1 < in.size(); p++) {
      if (!"in".equals(in.lower[p]) || labels[p] != AttributionLabels.O) {
        continue;
      }
      int s = in.sentence[p];
      int head = -1;
      int i = p + 1;
      while (i < in.size() && in.sentence[i] == s && i - p <= MAX_SOURCE && (nominal(in.pos[i])
          || i > p + 1 && (in.lower[i].equals("and") || in.lower[i].equals("of") || in.word[i].equals("/")))) {
        if (POLLS.contains(in.lower[i])) {
          head = i;
        }
        i++;
      }
      if (head < 0) {
        continue;
      }
      int[] bounds = ClauseContents.sentence(in, p);
      int lo = bounds[0];
      int hi = bounds[1];
      Run source;
      Run content;
      if (p == lo) {
        int comma = head + 1;
        while (comma < hi && !",".equals(in.word[comma]) && comma - p <= MAX_SOURCE) {
          comma++;
        }
        int end = hi;
        while (end > comma + 1 && AttributionAssembler.isPunct(in.word[end - 1])) {
          end--;
        }
        if (comma >= hi || !",".equals(in.word[comma]) || end - comma - 1 < MIN_CONTENT) {
          continue;
        }
        source = new Run(AttributionLabels.SOURCE, p + 1, comma);
        content = new Run(AttributionLabels.CONTENT, comma + 1, end);
      } else {
        if (p - lo < MIN_CONTENT || PLURALS.contains(in.lower[head])) {
          continue; // "leads in the polls", "rose in state and national polls": a standing, no finding
        }
        source = new Run(AttributionLabels.SOURCE, p + 1, head + 1);
        content = new Run(AttributionLabels.CONTENT, lo, p);
      }
      boolean free = free(labels, p, source.to(), -1)
          && free(labels, content.from(), content.to(), AttributionLabels.CONTENT);
      if (!free && !(p == lo && pollReadAsSource(labels, head, p, source.to()))) {
        continue;
      }
      Run cue = new Run(AttributionLabels.CUE, p, p + 1);
      for (Run r : new Run[] {source, cue, content}) {
        AttributionAssembler.label(labels, r);
      }
      out.add(new Run[] {cue, source, content});
      p = hi - 1;
    }
    return out;
  }

  /**
   * Whether the tagger read the opening poll phrase as a source of the clause after its comma ("In a
   * Harbor Gazette poll released Monday, 48 percent of residents said …" with "a Harbor Gazette poll
   * released Monday" a source of "said"): the poll's head is in a source and nothing from the
   * phrase to {@code comma} is a cue or content. PolNeAR gives such a sentence to the poll, the
   * clause its content.
   */
  private static boolean pollReadAsSource(int[] labels, int head, int from, int comma) {
    if (AttributionLabels.kind(labels[head]) != AttributionLabels.SOURCE) {
      return false;
    }
    for (int i = from; i < comma; i++) {
      if (labels[i] != AttributionLabels.O && AttributionLabels.kind(labels[i]) != AttributionLabels.SOURCE) {
        return false;
      }
    }
    return true;
  }

  private static boolean nominal(String pos) {
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD") || pos.equals("POS")
        || pos.equals("HYPH") || pos.equals("PRP$");
  }

  /** Whether the tokens {@code [from, to)} are outside every span, or in one of kind {@code kind}. */
  private static boolean free(int[] labels, int from, int to, int kind) {
    for (int i = from; i < to; i++) {
      if (labels[i] != AttributionLabels.O && AttributionLabels.kind(labels[i]) != kind) {
        return false;
      }
    }
    return true;
  }
}
