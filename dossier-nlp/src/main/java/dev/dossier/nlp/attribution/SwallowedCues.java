package dev.dossier.nlp.attribution;

import dev.dossier.nlp.attribution.AttributionAssembler.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * Attributions the second pass swallowed into the content of another: "The mayor said the budget
 * was balanced, and the council warned that taxes would rise" labelled as one content after "said".
 * Where the first pass labelled a cue inside a second-pass content, outside its quotations, and the
 * cue holds a verb of saying or stance ({@link StanceLexicon}), that cue is an attribution of its
 * own: its source the noun phrase (or relative "who") right before it, if any, its content the rest
 * of the outer content after it (past "that"); the outer content ends before that source. Both
 * contents keep three tokens or more. Stateless; thread-safe.
 */
final class SwallowedCues {

  private static final int MIN_CONTENT = 3;
  private static final int MAX_SOURCE = 8;

  private SwallowedCues() {}

  /**
   * Finds the first-pass cues inside a content of {@code labels}, relabels them (cue, source, the two
   * contents) in {@code labels}, and returns one {@code {cue, source, content}} triple per new
   * attribution (source null when there is none).
   */
  static List<Run[]> apply(AttributionInput in, int[] labels, AttributionTagger.FirstPass first) {
    List<Run[]> out = new ArrayList<>();
    if (first == null) {
      return out;
    }
    int[] fl = first.labels();
    int bc = AttributionLabels.begin(AttributionLabels.CUE);
    int ic = AttributionLabels.inside(AttributionLabels.CUE);
    int i = 0;
    while (i < fl.length) {
      if (fl[i] != bc) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < fl.length && fl[j] == ic) {
        j++;
      }
      Run[] t = split(in, labels, i, j);
      if (t != null) {
        out.add(t);
      }
      i = j;
    }
    return out;
  }

  private static Run[] split(AttributionInput in, int[] labels, int i, int j) {
    boolean verb = false;
    for (int k = i; k < j; k++) {
      if (AttributionLabels.kind(labels[k]) != AttributionLabels.CONTENT || in.inQuote[k]) {
        return null;
      }
      verb |= StanceLexicon.isSayingOrStanceVerb(in.lemma[k], in.pos[k]);
    }
    if (!verb) {
      return null;
    }
    int[] c = contentAround(in, labels, i, j);
    int[] s = ClauseContents.sentence(in, i);
    int subjectEnd = i;
    while (subjectEnd > c[0] && (in.pos[subjectEnd - 1].startsWith("RB") || in.pos[subjectEnd - 1].equals("MD"))) {
      subjectEnd--;
    }
    int subject = subjectEnd;
    boolean head = false;
    while (subject > Math.max(c[0], s[0]) && subjectEnd - subject < MAX_SOURCE && nominal(in.pos[subject - 1])) {
      subject--;
      head |= in.pos[subject].startsWith("NN") || in.pos[subject].equals("PRP");
    }
    if (!head && subject > Math.max(c[0], s[0]) && "who".equals(in.lower[subject - 1])) {
      subject--;
      head = true;
    }
    if (!head) {
      subject = subjectEnd;
    }
    int from = j;
    if (from < c[1] && "that".equals(in.lower[from])) {
      from++;
    }
    int to = c[1];
    while (to > from && AttributionAssembler.isPunct(in.word[to - 1])) {
      to--;
    }
    if (to - from < MIN_CONTENT) {
      return null;
    }
    int before = head ? subject : i;
    while (before > c[0] && (AttributionAssembler.isPunct(in.word[before - 1]) || "CC".equals(in.pos[before - 1])
        || "which".equals(in.lower[before - 1]))) {
      before--;
    }
    if (before - c[0] < MIN_CONTENT) {
      return null;
    }
    for (int k = before; k < from; k++) {
      labels[k] = AttributionLabels.O;
    }
    Run cue = new Run(AttributionLabels.CUE, i, j);
    Run source = head ? new Run(AttributionLabels.SOURCE, subject, subjectEnd) : null;
    Run content = new Run(AttributionLabels.CONTENT, from, to);
    AttributionAssembler.label(labels, content);
    AttributionAssembler.label(labels, cue);
    if (source != null) {
      AttributionAssembler.label(labels, source);
    }
    return new Run[] {cue, source, content};
  }

  /** The content run of {@code labels} around {@code [i, j)}, within its paragraph, as {@code {from, to}}. */
  private static int[] contentAround(AttributionInput in, int[] labels, int i, int j) {
    int from = i;
    while (from > 0 && labels[from] != AttributionLabels.begin(AttributionLabels.CONTENT)
        && AttributionLabels.kind(labels[from - 1]) == AttributionLabels.CONTENT) {
      from--;
    }
    int to = j;
    while (to < labels.length && labels[to] == AttributionLabels.inside(AttributionLabels.CONTENT)) {
      to++;
    }
    return new int[] {from, to};
  }

  private static boolean nominal(String pos) {
    return pos.startsWith("NN") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("POS")
        || pos.equals("PRP$") || pos.equals("PRP") || pos.equals("CD");
  }
}
