package dev.dossier.nlp.figure;

import dev.dossier.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as the tokenizer leaves it: a numeral token ("76", "1,200", "45%", "five"), digits with
 * a multiplier written onto them ("1.2bn", "5m", "10k"), a range in one token ("10-15", "3-4bn"),
 * or a number spelled out with a decimal point over several tokens ("one point three", "two point
 * five"). Whether a suffix multiplies is for the caller to decide: "bn" always does, "m" only next
 * to a currency ("a 5m wall" is a length).
 *
 * @param next the token after the number
 * @param value its value, or the upper end of a range, without the suffix's multiplier
 * @param suffix the multiplier written onto the digits, lower case ("bn", "m"), or ""
 * @param low the lower end of a range in one token, or null
 * @param lowLength the code units of the lower end within the token ("10" in "10-15")
 * @param highOffset where the upper end starts within the token
 */
record Numeral(int next, double value, String suffix, Double low, int lowLength, int highOffset) {

  /** Multipliers written onto digits, with their values. */
  static final Map<String, Double> SUFFIXES = Map.of("bn", 1e9, "tn", 1e12, "mn", 1e6, "m", 1e6, "k", 1e3, "b", 1e9);

  private static final String DIGITS = "(\\d[\\d,]*(?:\\.\\d+)?)";
  private static final Pattern SUFFIXED = Pattern.compile(DIGITS + "(bn|tn|mn|m|k|b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern RANGE = Pattern.compile(DIGITS + "[-\u2013]" + DIGITS + "(bn|tn|mn|m|k|b)?",
      Pattern.CASE_INSENSITIVE);
  /** Whole numbers spelled before "point". */
  private static final Map<String, Integer> WHOLE = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90));
  /** Digits spelled after "point". */
  private static final Map<String, Integer> DIGIT_WORDS = Map.ofEntries(Map.entry("zero", 0), Map.entry("oh", 0),
      Map.entry("nought", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9));

  /** The number starting at token {@code i}, or null. */
  static Numeral at(List<Token> t, int i) {
    String s = t.get(i).text();
    Numeral spelled = spelledDecimal(t, i);
    if (spelled != null) {
      return spelled;
    }
    Double n = FigureStage.number(s);
    if (n != null) {
      return new Numeral(i + 1, n, "", null, 0, 0);
    }
    if (s.isEmpty() || !Character.isDigit(s.charAt(0))) {
      return null;
    }
    Matcher m = SUFFIXED.matcher(s);
    if (m.matches()) {
      Double v = parse(m.group(1));
      return v == null ? null : new Numeral(i + 1, v, m.group(2).toLowerCase(Locale.ROOT), null, 0, 0);
    }
    m = RANGE.matcher(s);
    if (m.matches()) {
      Double low = parse(m.group(1));
      Double high = parse(m.group(2));
      if (low == null || high == null || low >= high) {
        return null;
      }
      String suffix = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
      return new Numeral(i + 1, high, suffix, low, m.end(1), m.start(2));
    }
    return null;
  }

  /** "one point three", "twenty point five", "zero point seven five": a whole number, "point", digits. */
  private static Numeral spelledDecimal(List<Token> t, int i) {
    if (i + 2 >= t.size() || !t.get(i + 1).text().equalsIgnoreCase("point")) {
      return null;
    }
    Integer whole = WHOLE.get(t.get(i).text().toLowerCase(Locale.ROOT));
    if (whole == null || i > 0 && atOnePoint(t.get(i - 1))) {
      return null;
    }
    StringBuilder digits = new StringBuilder();
    int k = i + 2;
    while (k < t.size() && t.get(k).start() > t.get(k - 1).end()) {
      Integer d = DIGIT_WORDS.get(t.get(k).text().toLowerCase(Locale.ROOT));
      if (d == null) {
        break;
      }
      digits.append(d);
      k++;
    }
    if (digits.isEmpty()) {
      return null;
    }
    return new Numeral(k, Double.parseDouble(whole + "." + digits), "", null, 0, 0);
  }

  /** Whether the token before "one point" makes it a moment ("at one point two men left", "the one point"). */
  private static boolean atOnePoint(Token before) {
    return before.text().equalsIgnoreCase("at") || "DT".equals(before.pos());
  }

  private static Double parse(String digits) {
    try {
      return Double.parseDouble(digits.replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
