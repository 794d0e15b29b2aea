package dev.dossier.nlp.time;

import dev.dossier.model.Token;
import java.util.ArrayList;
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
  private final int size;

  private Words(List<Object[]> rows) {
    size = rows.size();
    text = new String[size];
    lower = new String[size];
    start = new int[size];
    end = new int[size];
    pos = new String[size];
    lemma = new String[size];
    sentence = new int[size];
    joined = new boolean[size];
    for (int i = 0; i < size; i++) {
      Object[] r = rows.get(i);
      text[i] = (String) r[0];
      lower[i] = ((String) r[0]).toLowerCase(Locale.ROOT);
      start[i] = (Integer) r[1];
      end[i] = (Integer) r[2];
      pos[i] = (String) r[3];
      lemma[i] = (String) r[4];
      sentence[i] = (Integer) r[5];
      joined[i] = (Boolean) r[6];
    }
  }

  /** The words of {@code tokens}, splitting hyphenated tokens except ISO-like numeric dates. */
  static Words of(List<Token> tokens) {
    List<Object[]> rows = new ArrayList<>(tokens.size() + 8);
    for (Token t : tokens) {
      String s = t.text();
      if (!splittable(s)) {
        rows.add(new Object[] {s, t.start(), t.end(), t.pos(), t.lemma(), t.sentence(), false});
        continue;
      }
      int from = 0;
      boolean first = true;
      for (int k = 0; k <= s.length(); k++) {
        if (k == s.length() || s.charAt(k) == '-' || s.charAt(k) == '\u2011') {
          if (k > from) {
            rows.add(new Object[] {s.substring(from, k), t.start() + from, t.start() + k, null, null,
                t.sentence(), !first});
            first = false;
          }
          from = k + 1;
        }
      }
    }
    return new Words(rows);
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
}
