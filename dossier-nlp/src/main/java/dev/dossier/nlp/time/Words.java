package dev.dossier.nlp.time;

import dev.dossier.model.Token;
import java.util.List;
import java.util.Locale;

/**
 * The words the time grammar reads: the tokens of an article with hyphenated tokens split into
 * their parts ("third-quarter" reads as "third" "quarter", the second marked {@link #joined}), each
 * with its offsets, lower-cased form, part-of-speech tag (when the token has one and is not split)
 * and sentence. Immutable once built; not shared between articles.
 */
final class Words {

  private final String[] text;
  private final String[] lower;
  private final int[] start;
  private final int[] end;
  private final String[] pos;
  private final String[] lemma;
  private final int[] sentence;
  private final boolean[] joined;
  private int size;

  private Words(int capacity) {
    text = new String[capacity];
    lower = new String[capacity];
    start = new int[capacity];
    end = new int[capacity];
    pos = new String[capacity];
    lemma = new String[capacity];
    sentence = new int[capacity];
    joined = new boolean[capacity];
  }

  /** The words of {@code tokens}, splitting hyphenated tokens except ISO-like numeric dates. */
  static Words of(List<Token> tokens) {
    int n = 0;
    int[][] parts = new int[tokens.size()][];
    for (int i = 0; i < parts.length; i++) {
      String s = tokens.get(i).text();
      parts[i] = splittable(s) ? parts(s) : null;
      n += parts[i] == null ? 1 : parts[i].length / 2;
    }
    Words w = new Words(n);
    for (int i = 0; i < parts.length; i++) {
      Token t = tokens.get(i);
      String s = t.text();
      int[] p = parts[i];
      if (p == null) {
        w.add(s, t.start(), t.end(), t.pos(), t.lemma(), t.sentence(), false);
        continue;
      }
      for (int k = 0; k < p.length; k += 2) {
        w.add(s.substring(p[k], p[k + 1]), t.start() + p[k], t.start() + p[k + 1], null, null,
            t.sentence(), k > 0);
      }
    }
    return w;
  }

  /** The non-empty runs of {@code s} between hyphens, as start and end offsets in turn. */
  private static int[] parts(String s) {
    int[] out = new int[2 * (s.length() / 2 + 1)];
    int n = 0;
    int from = 0;
    for (int k = 0; k <= s.length(); k++) {
      if (k == s.length() || s.charAt(k) == '-' || s.charAt(k) == '\u2011') {
        if (k > from) {
          out[n++] = from;
          out[n++] = k;
        }
        from = k + 1;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private void add(String t, int s, int e, String p, String l, int sent, boolean j) {
    text[size] = t;
    lower[size] = t.toLowerCase(Locale.ROOT);
    start[size] = s;
    end[size] = e;
    pos[size] = p;
    lemma[size] = l;
    sentence[size] = sent;
    joined[size] = j;
    size++;
  }

  private static boolean splittable(String s) {
    if (s.length() < 3 || (s.indexOf('-') < 0 && s.indexOf('\u2011') < 0)) {
      return false;
    }
    // 2025-03-07 and 2025-03 stay whole
    int digits = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Words.isDigit(c)) {
        digits++;
      } else if (c != '-') {
        return true;
      }
    }
    return !(digits >= 6 && s.length() >= 7 && s.charAt(4) == '-');
  }

  int size() {
    return size;
  }

  String text(int i) {
    return text[i];
  }

  /** Lower-cased text; "" past either end, so lookahead needs no bounds checks. */
  String lower(int i) {
    return i >= 0 && i < size ? lower[i] : "";
  }

  int start(int i) {
    return start[i];
  }

  int end(int i) {
    return end[i];
  }

  /** Penn Treebank tag, or null when untagged or split from a hyphenated token. */
  String pos(int i) {
    return i >= 0 && i < size ? pos[i] : null;
  }

  String lemma(int i) {
    return i >= 0 && i < size ? lemma[i] : null;
  }

  int sentence(int i) {
    return sentence[i];
  }

  /** Whether word {@code i} is attached to the previous one by a hyphen ("quarter" in "third-quarter"). */
  boolean joined(int i) {
    return i >= 0 && i < size && joined[i];
  }

  /** Whether word {@code i} starts with an upper-case letter. */
  boolean capitalised(int i) {
    return i >= 0 && i < size && !text[i].isEmpty() && Character.isUpperCase(text[i].charAt(0));
  }

  /** Whether {@code c} is an ASCII digit (other scripts' digits are not read as numbers). */
  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /** Whether word {@code i} is all digits. */
  boolean digits(int i) {
    if (i < 0 || i >= size) {
      return false;
    }
    String s = text[i];
    for (int k = 0; k < s.length(); k++) {
      if (!Words.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /**
   * Whether word {@code i} is an amount written in figures: digits with separators inside
   * ("12,500", "2.15"), as well as plain digits.
   */
  boolean figure(int i) {
    if (i < 0 || i >= size) {
      return false;
    }
    String s = text[i];
    if (s.isEmpty() || !Words.isDigit(s.charAt(0)) || !Words.isDigit(s.charAt(s.length() - 1))) {
      return false;
    }
    for (int k = 1; k < s.length() - 1; k++) {
      char c = s.charAt(k);
      if (!Words.isDigit(c) && c != ',' && c != '.') {
        return false;
      }
    }
    return true;
  }
}
