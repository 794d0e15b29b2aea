package dev.dossier.nlp.attribution;

import dev.dossier.nlp.attribution.AttributionAssembler.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Attributions the tagger leaves out because the part-of-speech tagger misreads their verb: a verb
 * of saying in the third person read as a plural noun ("The Ledger reports:", "…, the Ledger
 * reports."), and the verb of a title-case headline ("Senator Vows To Cut Taxes", "Mayor Speaks
 * About The Vote"), both only where the tagger left the whole sentence outside every span; and a
 * finite verb of saying or stance with a subject and a clause that the tagger left outside every
 * span. Stateless; thread-safe.
 */
final class MissedCues {

  private static final int MAX_SOURCE = 8;
  private static final int MIN_CONTENT = 3;
  private static final int MAX_HEADLINE_SUBJECT = 5;

  private MissedCues() {}

  /**
   * Whether token {@code i} is a verb of saying in the third person that the part-of-speech tagger
   * read as a plural noun: "reports" after a name or noun ("The Ledger reports", not "the reports"),
   * before a colon, a comma or the end of the sentence.
   */
  static boolean verbReadAsNoun(AttributionInput in, int i) {
    if (i == 0 || i + 1 >= in.size() || !in.pos[i].startsWith("NNS") && !in.pos[i].equals("NNPS")
        || !in.lower[i].endsWith("s") || !CueLexicon.isVerb(in.lemma[i])) {
      return false;
    }
    String before = in.pos[i - 1];
    String next = in.word[i + 1];
    boolean subject = before.startsWith("NNP") || before.equals("NN") || before.equals("PRP");
    return subject && (":".equals(next) || ",".equals(next) || ".".equals(next));
  }

  /**
   * Finds the attributions of {@code in} the tagger missed and labels them in {@code labels}.
   *
   * @return one {@code {cue, source, content}} triple per attribution
   */
  static List<Run[]> apply(AttributionInput in, int[] labels) {
    List<Run[]> out = new ArrayList<>();
    Run[] headline = headline(in, labels);
    if (headline != null) {
      out.add(headline);
    }
    for (int v = 2; v + 1 < in.size(); v++) {
      Run[] t = trailing(in, labels, v);
      if (t != null) {
        out.add(t);
      }
    }
    for (int v = 1; v + 1 < in.size(); v++) {
      Run[] t = lexiconVerb(in, labels, v);
      if (t != null) {
        out.add(t);
        for (Run r : t) {
          AttributionAssembler.label(labels, r);
        }
      }
    }
    for (Run[] t : out) {
      for (Run r : t) {
        AttributionAssembler.label(labels, r);
      }
    }
    for (int v = 0; v + 2 < in.size(); v++) {
      addCueInsideContent(out, labels, reportedly(in, labels, v));
    }
    for (int v = 1; v + 2 < in.size(); v++) {
      addCueInsideContent(out, labels, seeming(in, labels, v));
    }
    for (int v = 0; v + 2 < in.size(); v++) {
      Run[] t = askedQuestion(in, labels, v);
      if (t != null) {
        out.add(t);
        for (Run r : t) {
          if (r != null) {
            AttributionAssembler.label(labels, r);
          }
        }
      }
    }
    return out;
  }

  /**
   * "The ferry company has reportedly ordered two new boats": "reportedly" outside every span
   * attributes its clause to unnamed reports. It is a cue with no source; the content is the clause
   * around it (the tokens outside every span on both sides within its sentence, up to a semicolon),
   * which holds the cue, as a parenthetical source's sentence does (PolNeAR writes the clause
   * without the adverb, in two fragments).
   */
  private static Run[] reportedly(AttributionInput in, int[] labels, int v) {
    if (!"reportedly".equals(in.lower[v]) || labels[v] != AttributionLabels.O || in.inQuote[v]) {
      return null;
    }
    int[] s = ClauseContents.sentence(in, v);
    int from = v;
    while (from > s[0] && labels[from - 1] == AttributionLabels.O && !";".equals(in.word[from - 1])) {
      from--;
    }
    int to = v + 1;
    while (to < s[1] && labels[to] == AttributionLabels.O && !";".equals(in.word[to])) {
      to++;
    }
    while (from < v && (AttributionAssembler.isPunct(in.word[from]) || "CC".equals(in.pos[from]))) {
      from++;
    }
    while (to > v + 1 && AttributionAssembler.isPunct(in.word[to - 1])) {
      to--;
    }
    if (to - (v + 1) < MIN_CONTENT - 1 || to - from < MIN_CONTENT + 1) {
      return null;
    }
    return new Run[] {new Run(AttributionLabels.CUE, v, v + 1), null, new Run(AttributionLabels.CONTENT, from, to)};
  }

  /**
   * "The new ferry seems to run late most mornings": a verb of seeming ("seem", "appear") before "to"
   * and a verb, outside every span, with a noun phrase before it, attributes the clause to the writer's
   * judgement. It is a cue with no source; the content is the subject and the infinitive clause, one
   * span from the subject to the end of the clause (PolNeAR writes the subject and "to …" as two
   * fragments of one content and gives no source; PolNeAR train, each text read by a tagger trained
   * without it: 16 of the 23 cues the rule adds are gold cues, counted per annotator file).
   */
  private static Run[] seeming(AttributionInput in, int[] labels, int v) {
    if (!("seem".equals(in.lemma[v]) || "appear".equals(in.lemma[v])) || !in.pos[v].startsWith("VB")
        || labels[v] != AttributionLabels.O || in.inQuote[v] || !"to".equals(in.lower[v + 1])
        || !in.pos[v + 2].startsWith("VB") || labels[v + 1] != AttributionLabels.O) {
      return null;
    }
    int[] s = ClauseContents.sentence(in, v);
    int end = v + 2;
    while (end < s[1] && labels[end] == AttributionLabels.O && !";".equals(in.word[end])) {
      end++;
    }
    end = withoutTrailingPunctuation(in, v + 2, end);
    if (end - (v + 2) < MIN_CONTENT - 1) {
      return null;
    }
    int subjectEnd = adverbsBefore(in, v, s[0]);
    int subject = subjectBefore(in, labels, subjectEnd, s[0]);
    if (subject < 0) {
      return null;
    }
    return new Run[] {new Run(AttributionLabels.CUE, v, v + 1), null, new Run(AttributionLabels.CONTENT, subject, end)};
  }

  /** Words that open the question after a sentence-initial "Asked". */
  private static final Set<String> QUESTION_OPENERS = Set.of("if", "whether", "about", "by", "to", "what", "why",
      "how", "who", "whom", "which", "when", "where");

  /**
   * "Asked whether the plan would pass, the mayor said …": a sentence opening with "Asked" or "When
   * asked" and a question ("if", "whether", "about", "by", a wh-word, "to") up to a comma is an
   * attribution of its own, the question its content; the asker after "by" is its source (else it has
   * none), "about" belongs to the cue. Not when the tagger already made "asked" a cue.
   */
  private static Run[] askedQuestion(AttributionInput in, int[] labels, int v) {
    if (!"asked".equals(in.lower[v]) || labels[v] != AttributionLabels.O
        && AttributionLabels.kind(labels[v]) == AttributionLabels.CUE) {
      return null;
    }
    int[] s = ClauseContents.sentence(in, v);
    int start = s[0];
    while (start < v && AttributionAssembler.isPunct(in.word[start])) {
      start++;
    }
    if (!(start == v || start == v - 1 && "when".equals(in.lower[v - 1]))
        || !QUESTION_OPENERS.contains(in.lower[v + 1])) {
      return null;
    }
    int comma = v + 1;
    while (comma < s[1] && !",".equals(in.word[comma])) {
      comma++;
    }
    if (comma >= s[1] || comma - v > 30) {
      return null;
    }
    int cueTo = "about".equals(in.lower[v + 1]) ? v + 2 : v + 1;
    Run source = null;
    int from = cueTo;
    if ("by".equals(in.lower[v + 1])) {
      int end = v + 2;
      while (end < comma && !QUESTION_OPENERS.contains(in.lower[end])) {
        end++;
      }
      if (end == v + 2 || end == comma) {
        return null;
      }
      source = new Run(AttributionLabels.SOURCE, v + 2, end);
      from = end;
    }
    if (comma - from < 2) {
      return null;
    }
    return new Run[] {new Run(AttributionLabels.CUE, v, cueTo), source,
        new Run(AttributionLabels.CONTENT, from, comma)};
  }

  /**
   * "Bonuses were $500 a month, the Ledger reports.": a verb of saying read as a noun, ending the
   * sentence after a comma and the noun phrase of its source; the clause before the comma is the
   * content.
   */
  private static Run[] trailing(AttributionInput in, int[] labels, int v) {
    if (!verbReadAsNoun(in, v) || !".".equals(in.word[v + 1])) {
      return null;
    }
    int[] s = ClauseContents.sentence(in, v);
    if (!allOutside(labels, s[0], s[1])) {
      return null;
    }
    int comma = v - 1;
    while (comma > s[0] && v - comma <= MAX_SOURCE && nominal(in.pos[comma])) {
      comma--;
    }
    if (comma == v - 1 || !",".equals(in.word[comma])) {
      return null;
    }
    int from = s[0];
    while (from < comma && AttributionAssembler.isPunct(in.word[from]) && !AttributionInput.isQuote(in.word[from])) {
      from++;
    }
    if (comma - from < MIN_CONTENT) {
      return null;
    }
    return new Run[] {new Run(AttributionLabels.CUE, v, v + 1), new Run(AttributionLabels.SOURCE, comma + 1, v),
        new Run(AttributionLabels.CONTENT, from, comma)};
  }

  /**
   * The first paragraph, when it is one title-case sentence with no span: its first capitalised
   * word after a capitalised subject that, lower-cased and without a final "s" or "es", is a verb
   * of saying or stance ("Speaks", "Vows", "Reveals") is the cue, the words before it the source
   * and the rest the content.
   */
  private static Run[] headline(AttributionInput in, int[] labels) {
    if (in.paragraphCount() < 2) {
      return null;
    }
    int from = in.paragraphs[0];
    int to = in.paragraphs[1];
    while (to > from && AttributionAssembler.isPunct(in.word[to - 1])) {
      to--;
    }
    if (to - from < 4 || in.sentence[from] != in.sentence[to - 1] || !allOutside(labels, from, to)
        || !titleCase(in, from, to)) {
      return null;
    }
    int subject = from;
    for (int i = from; i < to && i - subject <= MAX_HEADLINE_SUBJECT; i++) {
      String w = in.word[i];
      if (",".equals(w)) {
        subject = i + 1;
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
        return null;
      }
      if (i > subject && to - i > MIN_CONTENT - 1 && verbOfHeadline(in.lower[i])
          && in.mention[i] < 0 && !in.pos[i - 1].equals("IN")) {
        return new Run[] {new Run(AttributionLabels.CUE, i, i + 1), new Run(AttributionLabels.SOURCE, subject, i),
            new Run(AttributionLabels.CONTENT, i + 1, to)};
      }
    }
    return null;
  }

  /** Whether {@code w}, a lower-cased headline word ending in "s", is a verb of saying or stance. */
  static boolean verbOfHeadline(String w) {
    if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss")) {
      return false;
    }
    String stem = w.substring(0, w.length() - 1);
    String shorter = w.endsWith("es") ? w.substring(0, w.length() - 2) : stem;
    return CueLexicon.isListedVerb(stem) || StanceLexicon.contains(stem, "VB")
        || CueLexicon.isListedVerb(shorter) || StanceLexicon.contains(shorter, "VB");
  }

  /** Verbs of the lexicons whose common other senses attribute nothing: "continued to", "requires". */
  private static final Set<String> OTHER_SENSES = Set.of("continue", "mean", "require",
      "allow", "direct", "establish", "prove", "demonstrate", "issue", "resolve", "watch", "campaign", "push",
      "sign", "speak", "interview", "appeal", "debate", "decline", "press", "order", "post", "air", "figure",
      "project", "count", "measure", "rule", "charge", "sentence", "back", "target", "brush", "shrug", "feature",
      "address", "document", "record", "list", "name", "call", "relate", "express", "fight", "lash", "hammer",
      "answer", "respond", "react", "find", "see", "show");

  /**
   * A finite verb of saying or stance the tagger left outside every span, with its subject right
   * before it and at least a short clause after it: "The mayor insisted the budget was balanced",
   * "Voters fear that prices will rise". The subject is the noun phrase before the verb (past
   * adverbs and modals), the content the words after it (past "that") up to the next span or the
   * end of the sentence. Verbs whose common other sense attributes nothing ({@link #OTHER_SENSES})
   * are left alone.
   */
  private static Run[] lexiconVerb(AttributionInput in, int[] labels, int v) {
    String p = in.pos[v];
    if (!(p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) || in.inQuote[v]
        || labels[v] != AttributionLabels.O || OTHER_SENSES.contains(in.lemma[v])
        || !StanceLexicon.isSayingOrStanceVerb(in.lemma[v], p)) {
      return null;
    }
    int[] s = ClauseContents.sentence(in, v);
    int end = v + 1;
    while (end < s[1] && labels[end] == AttributionLabels.O) {
      end++;
    }
    // "oppose deeper concessions, and military leaders remain wary": not ", and"
    end = withoutTrailingPunctuation(in, v + 1, end);
    int cueTo = v + 1 < end && in.pos[v + 1].equals("RP") ? v + 2 : v + 1;
    int from = cueTo < end && "that".equals(in.lower[cueTo]) ? cueTo + 1 : cueTo;
    if (end - from < MIN_CONTENT) {
      return null;
    }
    int subjectEnd = adverbsBefore(in, v, s[0]);
    int subject = subjectBefore(in, labels, subjectEnd, s[0]);
    if (subject < 0) {
      return null;
    }
    return new Run[] {new Run(AttributionLabels.CUE, v, cueTo), new Run(AttributionLabels.SOURCE, subject, subjectEnd),
        new Run(AttributionLabels.CONTENT, from, end)};
  }

  /** Adds a sourceless attribution whose content holds its cue, labelling the cue last. */
  private static void addCueInsideContent(List<Run[]> out, int[] labels, Run[] t) {
    if (t != null) {
      out.add(t);
      AttributionAssembler.label(labels, t[2]);
      AttributionAssembler.label(labels, t[0]);
    }
  }

  /** {@code end} moved back over punctuation and conjunctions, no further than {@code from}. */
  private static int withoutTrailingPunctuation(AttributionInput in, int from, int end) {
    while (end > from && (AttributionAssembler.isPunct(in.word[end - 1]) || "CC".equals(in.pos[end - 1]))) {
      end--;
    }
    return end;
  }

  /** The start of the adverbs and modals just before {@code v} ("officials also may"), within the sentence. */
  private static int adverbsBefore(AttributionInput in, int v, int sentenceStart) {
    int k = v;
    while (k > sentenceStart && (in.pos[k - 1].startsWith("RB") || in.pos[k - 1].equals("MD"))) {
      k--;
    }
    return k;
  }

  /**
   * The start of the noun phrase outside every span that ends at {@code subjectEnd}, of at most
   * {@code MAX_SOURCE} words, or -1 when it has no noun or pronoun.
   */
  private static int subjectBefore(AttributionInput in, int[] labels, int subjectEnd, int sentenceStart) {
    int subject = subjectEnd;
    boolean head = false;
    while (subject > sentenceStart && subjectEnd - subject < MAX_SOURCE && nominal(in.pos[subject - 1])
        && labels[subject - 1] == AttributionLabels.O) {
      subject--;
      head |= in.pos[subject].startsWith("NN") || in.pos[subject].equals("PRP");
    }
    return head ? subject : -1;
  }

  private static boolean titleCase(AttributionInput in, int from, int to) {
    int words = 0;
    int upper = 0;
    for (int i = from; i < to; i++) {
      String w = in.word[i];
      if (Character.isLetter(w.charAt(0)) && w.length() > 3) {
        words++;
        upper += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return words >= 2 && upper == words;
  }

  private static boolean allOutside(int[] labels, int from, int to) {
    for (int i = from; i < to; i++) {
      if (labels[i] != AttributionLabels.O) {
        return false;
      }
    }
    return true;
  }

  private static boolean nominal(String pos) {
    return pos.startsWith("NN") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("POS")
        || pos.equals("PRP$") || pos.equals("PRP");
  }
}
