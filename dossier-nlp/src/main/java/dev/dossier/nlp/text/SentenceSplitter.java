package dev.dossier.nlp.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * Groups tokens into sentences. A sentence ends at {@code . ! ?} or an ellipsis (with any closing
 * quotes or brackets after it) when the next token opens a sentence, and always at a paragraph
 * break. Abbreviations do not end sentences inside a name ("U.S. President Donald Trump", "Gov.
 * Smith", "Oct. 7") but do at a real sentence end ("... in the U.S. The ...").
 *
 * <p>Paragraph breaks are blank lines and indented lines; in text whose lines are long (not hard
 * wrapped) every line break is a paragraph break. Stateless and thread-safe.
 */
public final class SentenceSplitter {

  /** Lines longer than this mean the text is not hard-wrapped. */
  private static final int WRAP_WIDTH = 120;

  /**
   * Sentence boundaries as token indices {@code [firstToken0, endToken0, firstToken1, ...]}, each
   * range end exclusive, covering every token in order.
   *
   * @param text the text
   * @param tokens token spans from {@link NewsTokenizer#tokenize}
   */
  public int[] split(String text, int[] tokens) {
    int count = tokens.length / 2;
    if (count == 0) {
      return new int[0];
    }
    boolean unwrapped = hasLongLine(text);
    int[] out = new int[16];
    int size = 0;
    int first = 0;
    for (int k = 0; k < count; k++) {
      boolean last = k == count - 1;
      boolean boundary = last;
      if (!last) {
        int gapStart = tokens[2 * k + 1];
        int gapEnd = tokens[2 * (k + 1)];
        if (paragraphBreak(text, gapStart, gapEnd, unwrapped)) {
          boundary = true;
        } else if (endsSentence(text, tokens, k, count)) {
          // absorb closing quotes and brackets that follow the terminator
          while (k + 1 < count && closer(text, tokens, k + 1)
              && !paragraphBreak(text, tokens[2 * k + 1], tokens[2 * k + 2], unwrapped)) {
            k++;
          }
          boundary = k == count - 1 || opensSentence(text, tokens, k + 1);
          if (!boundary && k + 1 < count
              && paragraphBreak(text, tokens[2 * k + 1], tokens[2 * k + 2], unwrapped)) {
            boundary = true;
          }
        }
      }
      if (boundary) {
        if (size + 2 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[size++] = first;
        out[size++] = k + 1;
        first = k + 1;
      }
    }
    return Arrays.copyOf(out, size);
  }

  private static boolean hasLongLine(String text) {
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - lineStart > WRAP_WIDTH) {
          return true;
        }
        lineStart = i + 1;
      }
    }
    return false;
  }

  /** Whether the whitespace {@code [s, e)} between two tokens is a paragraph break. */
  private static boolean paragraphBreak(String text, int s, int e, boolean unwrapped) {
    int newlines = 0;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\u2029') {
        newlines++;
        if (newlines >= 2 || unwrapped || c == '\u2029') {
          return true;
        }
        // an indented next line starts a paragraph
        if (i + 1 < e && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
          return true;
        }
      }
    }
    return false;
  }

  private static String tok(String text, int[] tokens, int k) {
    return text.substring(tokens[2 * k], tokens[2 * k + 1]);
  }

  private static boolean endsSentence(String text, int[] tokens, int k, int count) {
    String t = tok(text, tokens, k);
    if (t.equals(".") || t.startsWith("!") || t.startsWith("?") || t.startsWith("...") || t.equals("\u2026")) {
      return true;
    }
    if (t.length() > 1 && t.endsWith(".")) {
      String w = t.substring(0, t.length() - 1);
      String lower = w.toLowerCase(Locale.ROOT);
      if (Abbreviations.TITLES.contains(lower) || Abbreviations.NUMBERED.contains(lower)) {
        return false;
      }
      if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
        return false; // an initial
      }
      String next = k + 1 < count ? tok(text, tokens, k + 1) : "";
      if (Abbreviations.MONTHS.contains(lower)) {
        return !next.isEmpty() && !Character.isDigit(next.charAt(0)) && isOpenerWord(next);
      }
      // U.S., Inc., Jr., a.m.: sentence-final only before a typical opener
      return next.isEmpty() || isOpenerWord(next);
    }
    return false;
  }

  private static boolean isOpenerWord(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0))
        && Abbreviations.OPENERS.contains(w.toLowerCase(Locale.ROOT));
  }

  private static boolean closer(String text, int[] tokens, int k) {
    String t = tok(text, tokens, k);
    if (t.equals("\"") || t.equals("'")) {
      // a straight quote closes only when attached to what precedes it
      return tokens[2 * k] == tokens[2 * k - 1];
    }
    return t.equals("''") || t.equals("\u201d") || t.equals("\u2019")
        || t.equals(")") || t.equals("]") || t.equals("}") || t.equals("\u00bb");
  }

  /** Whether token {@code k} can start a sentence. */
  private static boolean opensSentence(String text, int[] tokens, int k) {
    String t = tok(text, tokens, k);
    char c = t.charAt(0);
    if (Character.isLowerCase(c) || ",;:)]}%\u201d\u2019".indexOf(c) >= 0) {
      return false;
    }
    return Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c)
        || "\"'\u201c\u2018(`[\u00ab-\u2014$\u00a3\u20ac#@".indexOf(c) >= 0 || !Character.isLetter(c);
  }
}
