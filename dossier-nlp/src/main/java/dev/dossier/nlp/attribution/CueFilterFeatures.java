package dev.dossier.nlp.attribution;

import dev.dossier.model.Attribution;
import dev.dossier.model.Extent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The binary features {@link CueFilter} reads of one assembled attribution: its cue lemma alone and
 * with whether it has a source and what kind of content it takes (quotation, "that" clause, colon,
 * infinitive, other), the source kind, the part-of-speech tags and words around the cue, its place
 * in the article (headline, first sentence), quotation marks, "called" before a name, the content's
 * length, whether the tagger labelled the cue itself or a rule after it made it, and the cue rate
 * of its words in the training gold ({@link #rateBucket}). Stateless; thread-safe.
 */
final class CueFilterFeatures {

  /** Version of the feature set; a model trained with another version is refused. */
  static final String VERSION = "cue-filter-features-1";

  private CueFilterFeatures() {}

  /**
   * The features of {@code a}.
   *
   * @param in the tagger's view of the article
   * @param labels the tagger's labels, before the assembler's rules
   * @param first the tagger's first pass (its cue labels and confidence), or null to leave those features out
   * @param rates for a lemma, its gold cue count and its count in the training texts
   */
  static List<String> of(AttributionInput in, int[] labels, AttributionTagger.FirstPass first, Attribution a,
      Map<String, int[]> rates) {
    return of(in, labels, first, a, rates, false);
  }

  /**
   * The features of {@code a}, with the {@linkplain #context context group} when {@code context}.
   *
   * @param context whether to add the context group (a filter trained with it records so)
   */
  static List<String> of(AttributionInput in, int[] labels, AttributionTagger.FirstPass first, Attribution a,
      Map<String, int[]> rates, boolean context) {
    List<String> f = new ArrayList<>(48);
    int[] cue = tokens(in, a.cue());
    int[] content = tokens(in, a.content());
    int[] source = a.source() == null ? null : tokens(in, a.source());
    String lemma = a.cueLemma() == null ? in.lemma[cue[0]] : a.cueLemma().toLowerCase(Locale.ROOT);
    String kind = contentKind(in, cue, content, a.direct());
    String src = source == null ? "none" : source[0] < cue[0] ? "before" : "after";
    String tagged = tagged(labels, cue, AttributionLabels.CUE);
    String rate = rateBucket(in, cue, rates);
    String clen = lengthBucket(content[1] - content[0]);
    f.add("bias");
    f.add("l=" + lemma);
    f.add("l|src=" + lemma + "|" + src);
    f.add("l|ck=" + lemma + "|" + kind);
    f.add("l|tag=" + lemma + "|" + tagged);
    f.add("ck=" + kind);
    f.add("src=" + src);
    f.add("ck|src=" + kind + "|" + src);
    f.add("sk=" + a.sourceKind());
    f.add("sk|ck=" + a.sourceKind() + "|" + kind);
    f.add("anon=" + a.anonymous());
    f.add("relay=" + (a.relay() != null));
    f.add("clen=" + clen);
    f.add("ck|clen=" + kind + "|" + clen);
    f.add("cside=" + (content[0] >= cue[1] ? "after" : content[1] <= cue[0] ? "before" : "around"));
    f.add("tag=" + tagged);
    f.add("tagc=" + tagged(labels, content, AttributionLabels.CONTENT));
    f.add("tags=" + (source == null ? "none" : tagged(labels, source, AttributionLabels.SOURCE)));
    f.add("tag|src=" + tagged + "|" + src);
    if (first != null) {
      int conf = 0;
      for (int i = cue[0]; i < cue[1]; i++) {
        conf = Math.max(conf, first.cue()[i]);
      }
      String fp = tagged(first.labels(), cue, AttributionLabels.CUE);
      f.add("conf=" + conf);
      f.add("fp=" + fp);
      f.add("conf|tag=" + conf + "|" + tagged);
      f.add("fp|tag=" + fp + "|" + tagged);
      f.add("conf|rate=" + conf + "|" + rate);
      f.add("conf|src=" + conf + "|" + src);
    }
    f.add("rate=" + rate);
    f.add("rate|tag=" + rate + "|" + tagged);
    f.add("rate|ck=" + rate + "|" + kind);
    f.add("rate|src=" + rate + "|" + src);
    StringBuilder pos = new StringBuilder();
    for (int i = cue[0]; i < cue[1] && i < cue[0] + 3; i++) {
      pos.append(i > cue[0] ? "_" : "").append(in.pos[i]);
    }
    f.add("cpos=" + pos);
    f.add("cpos|src=" + pos + "|" + src);
    f.add("ntok=" + Math.min(cue[1] - cue[0], 4));
    String prevPos = cue[0] > 0 ? in.pos[cue[0] - 1] : "^";
    String nextPos = cue[1] < in.size() ? in.pos[cue[1]] : "$";
    String prev = cue[0] > 0 ? in.lower[cue[0] - 1] : "^";
    String next = cue[1] < in.size() ? in.lower[cue[1]] : "$";
    f.add("p-1=" + prevPos);
    f.add("p+1=" + nextPos);
    f.add("p-1|p+1=" + prevPos + "|" + nextPos);
    f.add("w-1=" + prev);
    f.add("w+1=" + next);
    f.add("l|p+1=" + lemma + "|" + nextPos);
    f.add("l|p-1=" + lemma + "|" + prevPos);
    f.add("l|w+1=" + lemma + "|" + next);
    f.add("lex=" + lexicon(in, cue));
    int sentence = in.sentence[cue[0]];
    f.add("sent0=" + (sentence == 0));
    f.add("headline=" + headline(in, cue[0]));
    f.add("headline|src=" + headline(in, cue[0]) + "|" + src);
    f.add("inquote=" + in.inQuote[cue[0]]);
    f.add("quotes=" + Math.min(quotes(in, cue[0]), 3));
    f.add("called=" + called(in, lemma, cue));
    f.add("sentpos=" + Math.min(cue[0] - sentenceStart(in, cue[0]), 6));
    if (context) {
      context(in, a, cue, content, source, lemma, kind, src, f);
    }
    return f;
  }

  /**
   * The context group (off in models trained without it): the cue's words as written (a
   * multi-word cue's bigram), the second word on each side, the lemma with the word before, the
   * gap in tokens between cue and content, the source's length and first word when it is a
   * pronoun or determiner, the content's last token, the paragraph's place in the article, the
   * lexicon class crossed with the content kind and with the source side.
   */
  static void context(AttributionInput in, Attribution a, int[] cue, int[] content, int[] source, String lemma,
      String kind, String src, List<String> f) {
    StringBuilder words = new StringBuilder();
    for (int i = cue[0]; i < cue[1] && i < cue[0] + 3; i++) {
      words.append(i > cue[0] ? "_" : "").append(in.lower[i]);
    }
    f.add("cw=" + words);
    String prev = cue[0] > 0 ? in.lower[cue[0] - 1] : "^";
    f.add("w-2=" + (cue[0] > 1 ? in.lower[cue[0] - 2] : "^"));
    f.add("w+2=" + (cue[1] + 1 < in.size() ? in.lower[cue[1] + 1] : "$"));
    f.add("l|w-1=" + lemma + "|" + prev);
    int gap = content[0] >= cue[1] ? content[0] - cue[1] : content[1] <= cue[0] ? cue[0] - content[1] : -1;
    String g = gap < 0 ? "in" : gap <= 2 ? Integer.toString(gap) : gap <= 5 ? "3-5" : "6+";
    f.add("gap=" + g);
    f.add("ck|gap=" + kind + "|" + g);
    if (source != null) {
      f.add("slen=" + lengthBucket(source[1] - source[0]));
      String pos = in.pos[source[0]];
      f.add("sw=" + (pos.startsWith("PRP") || pos.startsWith("DT") ? in.lower[source[0]] : pos));
      f.add("shead=" + in.pos[source[1] - 1]);
    }
    f.add("cend=" + (AttributionInput.isQuote(in.word[content[1] - 1]) ? "quote" : in.pos[content[1] - 1]));
    int p = 0;
    while (p + 1 < in.paragraphs.length - 1 && in.paragraphs[p + 1] <= cue[0]) {
      p++;
    }
    f.add("para=" + Math.min(p, 4));
    String lex = lexicon(in, cue);
    f.add("lex|ck=" + lex + "|" + kind);
    f.add("lex|src=" + lex + "|" + src);
    f.add("direct|src=" + a.direct() + "|" + src);
  }

  /** Token indices {@code [from, to)} covering a span. */
  static int[] tokens(AttributionInput in, Extent x) {
    int from = 0;
    int lo = 0;
    int hi = in.size() - 1;
    while (lo <= hi) { // first token ending after x.start
      int mid = (lo + hi) >>> 1;
      if (in.tokens.get(mid).end() <= x.start()) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    from = Math.min(lo, in.size() - 1);
    int to = from;
    while (to < in.size() && in.tokens.get(to).start() < x.end()) {
      to++;
    }
    return new int[] {from, Math.max(to, from + 1)};
  }

  private static String contentKind(AttributionInput in, int[] cue, int[] content, boolean direct) {
    if (direct) {
      return "quote";
    }
    int at = content[0] >= cue[1] ? content[0] : -1;
    if (at < 0) {
      return content[1] <= cue[0] ? "before" : "around";
    }
    String first = in.lower[at];
    String before = at > 0 ? in.lower[at - 1] : "";
    if (first.equals("that") || before.equals("that")) {
      return "that";
    }
    if (first.equals(":") || before.equals(":")) {
      return "colon";
    }
    if (first.equals("to") || before.equals("to")) {
      return "to";
    }
    if (first.equals("whether") || first.equals("if") || first.startsWith("wh") || first.equals("how")) {
      return "wh";
    }
    return in.pos[at].startsWith("NN") || in.pos[at].startsWith("DT") ? "np" : "other";
  }

  /** How many of the span's tokens the tagger labelled with {@code kind}: all, part or none. */
  private static String tagged(int[] labels, int[] span, int kind) {
    int n = 0;
    for (int i = span[0]; i < span[1]; i++) {
      n += AttributionLabels.kind(labels[i]) == kind ? 1 : 0;
    }
    return n == 0 ? "none" : n == span[1] - span[0] ? "all" : "part";
  }

  /**
   * The highest training cue rate among the cue's words, in tenths ("r0".."r9", "r10"), or "unseen"
   * when none of them occurs three times in the training texts.
   */
  static String rateBucket(AttributionInput in, int[] cue, Map<String, int[]> rates) {
    double best = -1;
    for (int i = cue[0]; i < cue[1]; i++) {
      int[] r = rates.get(in.lemma[i]);
      if (r != null && r[1] >= 3) {
        best = Math.max(best, r[0] / (double) r[1]);
      }
    }
    return best < 0 ? "unseen" : "r" + (int) Math.floor(best * 10);
  }

  private static String lengthBucket(int n) {
    return n <= 1 ? "1" : n <= 2 ? "2" : n <= 5 ? "3-5" : n <= 10 ? "6-10" : n <= 20 ? "11-20" : "21+";
  }

  private static String lexicon(AttributionInput in, int[] cue) {
    boolean verb = false;
    boolean noun = false;
    boolean stance = false;
    for (int i = cue[0]; i < cue[1]; i++) {
      verb |= CueLexicon.isVerb(in.lemma[i]);
      noun |= CueLexicon.isNoun(in.lower[i]);
      stance |= StanceLexicon.contains(in.lemma[i], in.pos[i]);
    }
    return verb ? "verb" : noun ? "noun" : stance ? "stance" : "none";
  }

  /** A paragraph of one sentence with no closing full stop, or the article's first paragraph. */
  private static String headline(AttributionInput in, int token) {
    int p = 0;
    while (p + 1 < in.paragraphs.length - 1 && in.paragraphs[p + 1] <= token) {
      p++;
    }
    int from = in.paragraphs[p];
    int to = in.paragraphs[p + 1];
    boolean oneSentence = in.sentence[from] == in.sentence[to - 1];
    String last = in.word[to - 1];
    boolean closed = last.equals(".") || last.equals("?") || last.equals("!") || last.equals("\"");
    if (oneSentence && !closed) {
      return p == 0 ? "title" : "heading";
    }
    return p == 0 ? "first" : "body";
  }

  private static int quotes(AttributionInput in, int token) {
    int s = in.sentence[token];
    int n = 0;
    for (int i = sentenceStart(in, token); i < in.size() && in.sentence[i] == s; i++) {
      n += AttributionInput.isQuote(in.word[i]) ? 1 : 0;
    }
    return n;
  }

  private static int sentenceStart(AttributionInput in, int token) {
    int i = token;
    while (i > 0 && in.sentence[i - 1] == in.sentence[token]) {
      i--;
    }
    return i;
  }

  /** "called" or "dubbed" right before a name or a quotation mark: naming a thing, not saying. */
  private static String called(AttributionInput in, String lemma, int[] cue) {
    if (!(lemma.endsWith("call") || lemma.endsWith("dub") || lemma.endsWith("name") || lemma.endsWith("label"))) {
      return "no";
    }
    if (cue[1] >= in.size()) {
      return "end";
    }
    String next = in.pos[cue[1]];
    if (AttributionInput.isQuote(in.word[cue[1]])) {
      return "quote";
    }
    if (next.startsWith("NNP")) {
      return "name";
    }
    return next.startsWith("DT") || next.startsWith("PRP") ? "object" : "other";
  }
}
