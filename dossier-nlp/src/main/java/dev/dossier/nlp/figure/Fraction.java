package dev.dossier.nlp.figure;

import dev.dossier.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A share written as a fraction of something: "a third of", "half of", "two-thirds of", "two
 * thirds of", "a quarter of", and "one in five". Read as a percentage. A fraction of a period or a
 * position ("the first half of the year", "the bottom half of the table", "a quarter of an hour")
 * is none.
 *
 * @param to the token after the fraction ("of" in "a third of voters")
 * @param percent its value as a percentage (33.33 for "a third")
 */
record Fraction(int to, double percent) {

  private static final Map<String, Integer> SINGULAR = Map.of("half", 2, "third", 3, "quarter", 4, "fifth", 5,
      "tenth", 10);
  private static final Map<String, Integer> PLURAL = Map.of("halves", 2, "thirds", 3, "quarters", 4, "fifths", 5,
      "tenths", 10);
  private static final Map<String, Integer> NUMERATORS = Map.of("one", 1, "two", 2, "three", 3, "four", 4,
      "nine", 9, "seven", 7);
  /** The first letters of every fraction read here, either case: most tokens start otherwise. */
  private static final String FIRST_LETTERS = "aohtfnsAOHTFNS";
  /** Nouns after "of" that make the fraction a stretch of time. */
  private static final Set<String> PERIODS = Set.of("year", "years", "month", "months", "week", "day", "hour",
      "century", "decade", "season", "term", "game", "match");

  /** The fraction starting at token {@code i}, or null. */
  static Fraction at(List<Token> t, int i) {
    String s = t.get(i).text();
    if (s.isEmpty() || FIRST_LETTERS.indexOf(s.charAt(0)) < 0) {
      return null;
    }
    String w = s.toLowerCase(Locale.ROOT);
    Fraction f = null;
    if ((w.equals("a") || w.equals("one")) && SINGULAR.containsKey(lower(t, i + 1))) {
      f = new Fraction(i + 2, 100.0 / SINGULAR.get(lower(t, i + 1)));
    } else if (w.equals("half") && !positioned(t, i)) {
      f = new Fraction(i + 1, 50.0);
    } else if (NUMERATORS.containsKey(w) && PLURAL.containsKey(lower(t, i + 1))) {
      f = new Fraction(i + 2, 100.0 * NUMERATORS.get(w) / PLURAL.get(lower(t, i + 1)));
    } else if (w.indexOf('-') > 0) {
      String[] parts = w.split("-", 2);
      Integer num = NUMERATORS.get(parts[0]);
      Integer den = num == null ? null : num == 1 ? SINGULAR.get(parts[1]) : PLURAL.get(parts[1]);
      f = den == null ? null : new Fraction(i + 1, 100.0 * num / den);
    } else if (w.equals("one") && lower(t, i + 1).equals("in")) {
      Double n = i + 2 < t.size() ? FigureStage.number(t.get(i + 2).text()) : null;
      return n == null || n < 2 || n > 1000 || n != Math.rint(n) ? null : new Fraction(i + 3, 100.0 / n);
    }
    if (f == null || !lower(t, f.to()).equals("of") || !ofSomething(t, f.to() + 1)) {
      return null;
    }
    if (t.get(f.to()).sentence() != t.get(i).sentence()) {
      return null;
    }
    return f;
  }

  /** Whether "half" is preceded by a determiner, an adjective or a noun ("the second half", "top half"). */
  private static boolean positioned(List<Token> t, int i) {
    if (i == 0) {
      return false;
    }
    String p = t.get(i - 1).pos() == null ? "" : t.get(i - 1).pos();
    return p.equals("DT") || p.startsWith("JJ") || p.startsWith("NN") || p.equals("PRP$") || p.equals("POS")
        || p.equals("CD");
  }

  /** Whether the words after "of" are a share's whole: not "a"/"an" ("of an hour"), a year or a period. */
  private static boolean ofSomething(List<Token> t, int k) {
    String w = lower(t, k);
    if (w.isEmpty() || w.equals("a") || w.equals("an") || w.matches("\\d{4}")) {
      return false;
    }
    int[] np = NounPhrase.after(t, k, 4);
    return np == null || !PERIODS.contains(lower(t, np[1] - 1));
  }

  private static String lower(List<Token> t, int i) {
    return i < t.size() ? t.get(i).text().toLowerCase(Locale.ROOT) : "";
  }
}
