package dev.dossier.nlp.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates written in digits: {@code 2025-12-29}, {@code 2025-12}, {@code 12/29/2025}, {@code 12/29/25}. */
final class NumericDates {

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
  private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})");

  private NumericDates() {}

  /** {year, month, day (0 when absent)} of {@code s}, or null when it is no valid date. */
  static int[] parse(String s) {
    Matcher m = ISO.matcher(s);
    int y;
    int mo;
    int d;
    if (m.matches()) {
      y = Integer.parseInt(m.group(1));
      mo = Integer.parseInt(m.group(2));
      d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    } else {
      m = US.matcher(s);
      if (!m.matches()) {
        return null;
      }
      mo = Integer.parseInt(m.group(1));
      d = Integer.parseInt(m.group(2));
      y = Integer.parseInt(m.group(3));
      if (m.group(3).length() == 2) {
        y += y <= 40 ? 2000 : 1900;
      }
      if (d == 0) {
        return null;
      }
    }
    if (y < 1000 || mo < 1 || mo > 12 || d > 31) {
      return null;
    }
    return new int[] {y, mo, d};
  }
}
