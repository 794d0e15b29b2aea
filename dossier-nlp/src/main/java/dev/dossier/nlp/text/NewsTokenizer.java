package dev.dossier.nlp.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * Splits news text into tokens with exact offsets, following Penn Treebank conventions where they
 * help the taggers: punctuation, quotes, {@code %} and currency symbols are tokens of their own;
 * clitics are split ({@code Netanyahu 's}, {@code do n't}); abbreviations keep their period
 * ({@code U.S.}, {@code Oct.}, {@code Gov.}, initials); hyphenated words stay whole ({@code
 * Mar-a-Lago}) except after an abbreviation ({@code U.S. - brokered}); numbers keep their
 * separators ({@code 1,000}, {@code 3.5}, {@code 10:30}); URLs and e-mail addresses stay whole.
 *
 * <p>Stateless and thread-safe. Tokens are ordered, non-overlapping and never empty; each token
 * is {@code text.substring(start, end)} and never contains whitespace.
 */
public final class NewsTokenizer {

  /**
   * Token boundaries of {@code text} as {@code [start0, end0, start1, end1, ...]}.
   */
  public int[] tokenize(String text) {
    Spans out = new Spans(Math.max(16, text.length() / 3));
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int url = urlEnd(text, i);
      if (url > i) {
        out.add(i, url);
        i = url;
        continue;
      }
      if (isWordChar(c) || ((c == '#' || c == '@') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)))) {
        i = word(text, i, out);
        continue;
      }
      i = punct(text, i, out);
    }
    return out.toArray();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  /** End of a URL or domain-like token starting at {@code i}, or {@code i} if none. */
  private static int urlEnd(String t, int i) {
    if (!(t.startsWith("http://", i) || t.startsWith("https://", i) || t.startsWith("www.", i))) {
      return i;
    }
    int j = i;
    while (j < t.length() && !isSpace(t.charAt(j)) && t.charAt(j) != '"' && t.charAt(j) != '<'
        && t.charAt(j) != '\u201d') {
      j++;
    }
    while (j > i && ".,;:!?)]}'\u2019".indexOf(t.charAt(j - 1)) >= 0) {
      if (t.charAt(j - 1) == ')' && t.substring(i, j).contains("(")) {
        break;
      }
      j--;
    }
    return j;
  }

  /** Scans a word, number, abbreviation or e-mail address starting at {@code s}. */
  private static int word(String t, int s, Spans out) {
    int n = t.length();
    int j = s + 1;
    boolean hasLetter = Character.isLetter(t.charAt(s));
    boolean hasInnerPeriod = false;
    while (j < n) {
      char c = t.charAt(j);
      if (isWordChar(c)) {
        hasLetter |= Character.isLetter(c);
        j++;
        continue;
      }
      char next = j + 1 < n ? t.charAt(j + 1) : '\0';
      char prev = t.charAt(j - 1);
      boolean join = switch (c) {
        case '.' -> Character.isLetterOrDigit(next) && !(Character.isDigit(prev) && Character.isLetter(next)
            && Character.isUpperCase(next));
        case ',' -> Character.isDigit(prev) && digits(t, j + 1, 3) && !(j + 4 < n && Character.isDigit(t.charAt(j + 4)));
        case '-', '\u2011' -> Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
        case '\'', '\u2019' -> Character.isLetter(prev) && Character.isLetter(next) && !clitic(t, j);
        case '/', ':' -> Character.isDigit(prev) && Character.isDigit(next);
        case '&' -> Character.isUpperCase(prev) && Character.isUpperCase(next) && j - s <= 3;
        case '@' -> Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
        case '_' -> Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
        default -> false;
      };
      if (!join) {
        break;
      }
      if (c == '.') {
        hasInnerPeriod = true;
      }
      j++;
    }
    // a period that belongs to the word: U.S. / a.m. / Oct. / Gov. / J.
    if (j < n && t.charAt(j) == '.' && !(j + 2 < n && t.charAt(j + 1) == '.' && t.charAt(j + 2) == '.')) {
      String w = t.substring(s, j);
      String lower = w.toLowerCase(Locale.ROOT);
      boolean initial = w.length() == 1 && Character.isUpperCase(w.charAt(0));
      boolean dotted = hasInnerPeriod && hasLetter && w.length() <= 12 && letterSegments(w);
      if (initial || dotted || Abbreviations.known(lower) || hyphenatedAbbreviation(lower)
          || Abbreviations.numbered(lower, t, j)) {
        j++;
      }
    }
    // clitics: n't, 's, 're, 've, 'll, 'd, 'm
    int wordEnd = j;
    int split = cliticStart(t, s, wordEnd);
    if (split > s && split < wordEnd) {
      out.add(s, split);
      out.add(split, wordEnd);
    } else {
      out.add(s, wordEnd);
    }
    // a clitic that follows the scanned word (the scan stops at the apostrophe)
    if (wordEnd < n && isApostrophe(t.charAt(wordEnd))) {
      int e = cliticAfter(t, wordEnd);
      if (e > wordEnd) {
        out.add(wordEnd, e);
        return e;
      }
    }
    return wordEnd;
  }

  /** Whether every period-separated segment is 1-4 letters: U.S., a.m., J.R.R., Ph.D (not 12.5pc). */
  private static boolean letterSegments(String w) {
    int len = 0;
    for (int k = 0; k <= w.length(); k++) {
      char c = k < w.length() ? w.charAt(k) : '.';
      if (c == '.') {
        if (len == 0 || len > 4) {
          return false;
        }
        len = 0;
      } else if (Character.isLetter(c)) {
        len++;
      } else {
        return false;
      }
    }
    return true;
  }

  /** A party-state label whose last part is an abbreviation: D-Mass., R-Calif. */
  private static boolean hyphenatedAbbreviation(String lower) {
    int h = lower.lastIndexOf('-');
    return h > 0 && h <= 2 && Abbreviations.AMBIGUOUS.contains(lower.substring(h + 1));
  }

  private static boolean digits(String t, int from, int count) {
    if (from + count > t.length()) {
      return false;
    }
    for (int k = from; k < from + count; k++) {
      if (!Character.isDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the apostrophe at {@code j} starts a clitic that should be split off. */
  private static boolean clitic(String t, int j) {
    return cliticAfter(t, j) > j;
  }

  /** End of a clitic ('s 're 've 'll 'd 'm) starting at apostrophe {@code j}, or {@code j}. */
  private static int cliticAfter(String t, int j) {
    int n = t.length();
    for (String c : new String[] {"s", "re", "ve", "ll", "d", "m", "S", "RE", "VE", "LL", "D", "M"}) {
      int e = j + 1 + c.length();
      if (e <= n && t.startsWith(c, j + 1) && (e == n || !Character.isLetterOrDigit(t.charAt(e)))) {
        return e;
      }
    }
    return j;
  }

  /** Start of a trailing "n't" inside {@code [s, e)} (don't, can't, won't), or -1. */
  private static int cliticStart(String t, int s, int e) {
    if (e - s >= 4 && (t.charAt(e - 1) == 't' || t.charAt(e - 1) == 'T') && isApostrophe(t.charAt(e - 2))
        && (t.charAt(e - 3) == 'n' || t.charAt(e - 3) == 'N')) {
      return e - 3;
    }
    return -1;
  }

  /** Scans punctuation or a symbol starting at {@code i}. */
  private static int punct(String t, int i, Spans out) {
    int n = t.length();
    char c = t.charAt(i);
    int j = i + 1;
    if (c == '.' && i + 2 < n && t.charAt(i + 1) == '.' && t.charAt(i + 2) == '.') {
      j = i + 3;
      while (j < n && t.charAt(j) == '.') {
        j++;
      }
    } else if (c == '-' && i + 1 < n && t.charAt(i + 1) == '-') {
      while (j < n && t.charAt(j) == '-') {
        j++;
      }
    } else if ((c == '`' || c == '\'') && i + 1 < n && t.charAt(i + 1) == c) {
      j = i + 2;
    } else if (c == '!' || c == '?') {
      while (j < n && (t.charAt(j) == '!' || t.charAt(j) == '?')) {
        j++;
      }
    } else if (Character.isHighSurrogate(c) && j < n && Character.isLowSurrogate(t.charAt(j))) {
      j++;
    } else if (isApostrophe(c) && i + 2 < n && Character.isDigit(t.charAt(i + 1))
        && Character.isDigit(t.charAt(i + 2)) && (i + 3 >= n || t.charAt(i + 3) == 's' || !Character.isLetterOrDigit(t.charAt(i + 3)))) {
      // '90s, '08
      j = i + 3;
      if (j < n && t.charAt(j) == 's') {
        j++;
      }
    }
    out.add(i, j);
    return j;
  }

  /** A growable int array of span pairs. */
  private static final class Spans {
    private int[] a;
    private int size;

    Spans(int cap) {
      a = new int[cap * 2];
    }

    void add(int s, int e) {
      if (size + 2 > a.length) {
        a = Arrays.copyOf(a, a.length * 2 + 4);
      }
      a[size++] = s;
      a[size++] = e;
    }

    int[] toArray() {
      return Arrays.copyOf(a, size);
    }
  }
}
