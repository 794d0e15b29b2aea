package dev.dossier.nlp.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How names are compared: case, diacritics, apostrophes, periods, hyphens and a final possessive
 * do not matter ({@code "Netanyahu's"}, {@code "NETANYAHU"} and {@code "Nětanyahu"} are the same
 * key; {@code "U.S."} and {@code "US"} too; {@code "Mar-a-Lago"} and {@code "Mar a Lago"} too).
 * Stateless and thread-safe.
 */
public final class Names {

  private Names() {}

  /**
   * The comparison key of a whole name: lower case, without diacritics, periods or apostrophes,
   * without a final possessive, every other run of non-alphanumeric characters (except {@code &})
   * turned into one space, trimmed. Never null; empty when the name has no letters or digits.
   */
  public static String key(String name) {
    String s = stripPossessive(name.strip());
    return normalise(s);
  }

  /**
   * The name as it is shown: every run of white space (a line break inside a wrapped name, a tab,
   * two spaces) one space, trimmed; {@code name} itself when it has none to change.
   */
  public static String display(String name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return name.contentEquals(b) ? name : b.toString();
  }

  /**
   * The words of {@link #key}, split on spaces. Used to index and match aliases token by token.
   */
  public static List<String> words(String name) {
    String k = key(name);
    List<String> out = new ArrayList<>();
    if (k.isEmpty()) {
      return out;
    }
    int i = 0;
    while (i < k.length()) {
      int sp = k.indexOf(' ', i);
      if (sp < 0) {
        sp = k.length();
      }
      out.add(k.substring(i, sp));
      i = sp + 1;
    }
    return out;
  }

  /** The text without a final {@code 's}, {@code ’s} or bare {@code '} after an s. */
  public static String stripPossessive(String s) {
    int n = s.length();
    if (n > 2 && (s.charAt(n - 1) == 's' || s.charAt(n - 1) == 'S') && isApostrophe(s.charAt(n - 2))) {
      return s.substring(0, n - 2);
    }
    if (n > 2 && isApostrophe(s.charAt(n - 1)) && (s.charAt(n - 2) == 's' || s.charAt(n - 2) == 'S')) {
      return s.substring(0, n - 1);
    }
    return s;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4' || c == '\u02bc';
  }

  private static String normalise(String s) {
    return normalise(s, null);
  }

  /**
   * The words of {@code s} as {@link #words} splits them, recording in {@code capitals} (bit i)
   * which words start with a capital letter or a digit in the original text.
   */
  static List<String> words(String s, java.util.BitSet capitals) {
    String k = normalise(s, capitals);
    List<String> out = new ArrayList<>();
    if (k.isEmpty()) {
      return out;
    }
    for (String w : k.split(" ")) {
      out.add(w);
    }
    return out;
  }

  private static String normalise(String s, java.util.BitSet capitals) {
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (!ascii) {
      s = Normalizer.normalize(s, Normalizer.Form.NFKD);
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    boolean wordStart = true;
    int word = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!ascii && Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == '.' || isApostrophe(c)) {
        continue;
      }
      if (Character.isLetterOrDigit(c) || c == '&') {
        if (space && sb.length() > 0) {
          sb.append(' ');
          word++;
          wordStart = true;
        }
        space = false;
        if (wordStart && capitals != null && (Character.isUpperCase(c) || Character.isTitleCase(c)
            || Character.isDigit(c))) {
          capitals.set(word);
        }
        wordStart = false;
        sb.append(Character.toLowerCase(c));
      } else {
        space = true;
      }
    }
    String out = sb.toString();
    return ascii ? out : out.toLowerCase(Locale.ROOT);
  }
}
