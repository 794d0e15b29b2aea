package dev.dossier.nlp.attribution;

import dev.dossier.model.Analysis;
import dev.dossier.model.Layers;
import dev.dossier.model.Mention;
import dev.dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the attribution tagger reads of an analysis, as parallel arrays over its tokens: words,
 * lower-case forms, lemmas, part-of-speech tags, the type of the mention covering each token, the
 * quotation state, and the paragraphs (runs of tokens with no line break between them) that are
 * tagged as one sequence each, so a quotation may run over several sentences. Immutable once built.
 */
public final class AttributionInput {

  final String text;
  final List<Token> tokens;
  final String[] word;
  final String[] lower;
  final String[] lemma;
  final String[] pos;
  final String[] ner;
  final int[] mention;
  final boolean[] inQuote;
  final int[] sentence;
  /** Paragraph boundaries: paragraph p is tokens [paragraphs[p], paragraphs[p + 1]). */
  final int[] paragraphs;

  private AttributionInput(Analysis a) {
    text = a.text();
    tokens = a.layer(Layers.TOKENS);
    int n = tokens.size();
    word = new String[n];
    lower = new String[n];
    lemma = new String[n];
    pos = new String[n];
    ner = new String[n];
    mention = new int[n];
    inQuote = new boolean[n];
    sentence = new int[n];
    List<Integer> para = new ArrayList<>();
    para.add(0);
    boolean quote = false;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      String w = normalise(t.text());
      word[i] = w;
      lower[i] = digitsAsZero(w.toLowerCase(Locale.ROOT));
      lemma[i] = t.lemma() == null || hasDigit(w) ? lower[i] : t.lemma();
      pos[i] = t.pos() == null ? "?" : t.pos();
      sentence[i] = t.sentence();
      ner[i] = "O";
      mention[i] = -1;
      if (i > 0 && breaksParagraph(text, tokens.get(i - 1).end(), t.start())) {
        para.add(i);
        quote = false;
      }
      if (isQuote(t.text())) {
        char c = t.text().charAt(0);
        quote = c == '\u201c' ? true : c == '\u201d' ? false : !quote;
        inQuote[i] = true;
      } else {
        inQuote[i] = quote;
      }
    }
    para.add(n);
    paragraphs = para.stream().mapToInt(Integer::intValue).toArray();
    List<Mention> mentions = a.layer(Layers.MENTIONS);
    int ti = 0;
    for (int m = 0; m < mentions.size(); m++) {
      Mention x = mentions.get(m);
      while (ti > 0 && tokens.get(ti - 1).end() > x.start()) {
        ti--;
      }
      while (ti < n && tokens.get(ti).end() <= x.start()) {
        ti++;
      }
      for (int i = ti; i < n && tokens.get(i).start() < x.end(); i++) {
        if (mention[i] < 0) {
          mention[i] = m;
          ner[i] = x.kind() == dev.dossier.model.MentionKind.NAME ? x.type().name() : x.kind().name();
        }
      }
    }
  }

  /** The tagger's view of {@code a}, which needs tokens (tagged, for best results) and mentions. */
  public static AttributionInput of(Analysis a) {
    return new AttributionInput(a);
  }

  public int size() {
    return word.length;
  }

  public int paragraphCount() {
    return paragraphs.length - 1;
  }

  static boolean isQuote(String s) {
    return s.length() == 1 && (s.charAt(0) == '"' || s.charAt(0) == '\u201c' || s.charAt(0) == '\u201d');
  }

  private static boolean breaksParagraph(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  static String normalise(String w) {
    switch (w) {
      case "``", "''", "\u201e", "\u00ab", "\u00bb":
        return "\"";
      case "\u2018", "\u2019", "`":
        return "'";
      case "\u2014", "\u2013", "\u2015":
        return "--";
      default:
        return w.indexOf('\u2019') >= 0 ? w.replace('\u2019', '\'') : w;
    }
  }

  /** Whether {@code w} holds a digit. */
  static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) >= '0' && w.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code w} with every digit written 0 ("41" and "42" as "00"), the form of {@link #lower} and
   * of a number's {@link #lemma}, so that no word feature keys on which digits a number has: the
   * model had weights for the numbers PolNeAR happens to hold, and one changed digit in a poll's
   * figure ("41% approve" to "42% approve") changed where the tagger put a source and a cue.
   * {@link #word} keeps the digits for the word clusters, which put numbers in classes.
   */
  static String digitsAsZero(String w) {
    if (!hasDigit(w)) {
      return w;
    }
    char[] c = w.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= '0' && c[i] <= '9') {
        c[i] = '0';
      }
    }
    return new String(c);
  }
}
