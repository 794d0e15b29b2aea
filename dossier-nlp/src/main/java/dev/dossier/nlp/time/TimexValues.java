package dev.dossier.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Writes and reads TIMEX3 values: dates at any granularity ({@code 2026}, {@code 2026-03},
 * {@code 2026-W01}, {@code 2025-Q3}, {@code 2025-H2}, {@code 2025-SU}, {@code 199} for a decade,
 * {@code 19} for a century), times ({@code 2025-12-29T14:00}, {@code 2025-12-29TMO}) and durations
 * ({@code P2Y}, {@code PT1H30M}, {@code PXY}). Stateless.
 */
final class TimexValues {

  private TimexValues() {}

  static String year(int y) {
    return padded(y, 4);
  }

  static String month(int y, int m) {
    return padded(y, 4) + "-" + padded(m, 2);
  }

  static String day(LocalDate d) {
    return padded(d.getYear(), 4) + "-" + padded(d.getMonthValue(), 2) + "-"
        + padded(d.getDayOfMonth(), 2);
  }

  /** The ISO week of {@code d}: 2025-12-29 is in {@code 2026-W01}. */
  static String week(LocalDate d) {
    return padded(d.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W"
        + padded(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
  }

  /**
   * {@code n} in ASCII digits, zero-padded to {@code width} characters with the sign counted, as
   * {@code String.format("%0" + width + "d", n)} writes it ({@code -5} at width 4 is {@code -005})
   * without parsing a format string per value.
   */
  static String padded(int n, int width) {
    String digits = Integer.toString(n);
    if (digits.length() >= width) {
      return digits;
    }
    StringBuilder sb = new StringBuilder(width);
    int from = 0;
    if (n < 0) {
      sb.append('-');
      from = 1;
    }
    for (int k = digits.length(); k < width; k++) {
      sb.append('0');
    }
    return sb.append(digits, from, digits.length()).toString();
  }

  static String quarter(int y, int q) {
    return year(y) + "-Q" + q;
  }

  /**
   * A duration of {@code amount} units (NaN for an unknown number, written X) plus optionally
   * {@code amount2} of {@code unit2}; fractions go to the next smaller unit (2.5 years is P2Y6M).
   */
  static String duration(double amount, Unit unit, double amount2, Unit unit2) {
    StringBuilder date = new StringBuilder();
    StringBuilder time = new StringBuilder();
    if (Double.isNaN(amount)) {
      // vague decades are counted in years, as the decades of a number are ("decades" is PXY,
      // "two decades" P20Y): TimeML has no decade designator
      (unit.clock ? time : date).append('X').append(unit == Unit.DECADE ? "Y"
          : unit == Unit.CENTURY ? "C" : unit == Unit.MILLENNIUM ? "L" : unit.designator);
    } else {
      add(date, time, amount, unit);
    }
    if (unit2 != null && !Double.isNaN(amount2)) {
      add(date, time, amount2, unit2);
    }
    return "P" + date + (time.length() > 0 ? "T" + time : "");
  }

  private static void add(StringBuilder date, StringBuilder time, double amount, Unit unit) {
    double whole = Math.floor(amount);
    double frac = amount - whole;
    Unit u = unit;
    Unit s = u.smaller();
    double sub = s == null ? Double.NaN : frac * u.inSmaller();
    if (frac > 1e-9 && !(Math.abs(sub - Math.rint(sub)) < 1e-6)) {
      // no whole number of the smaller unit ("5.8 seconds", "1.3 years"): ISO 8601's decimal
      // fraction on the component itself, PT5.8S, P1.3Y
      (u.clock ? time : date).append(decimal(amount * u.factor)).append(u.designator);
      return;
    }
    if (whole > 0 || frac == 0) {
      append(u.clock ? time : date, (long) whole * u.factor, u.designator);
    }
    if (frac > 1e-9) {
      append(s.clock ? time : date, Math.round(sub) * s.factor, s.designator);
    }
  }

  /** {@code x} with at most three decimals and no trailing zeros: 5.8, 1.25. */
  private static String decimal(double x) {
    return java.math.BigDecimal.valueOf(Math.round(x * 1000) / 1000.0).stripTrailingZeros().toPlainString();
  }

  private static void append(StringBuilder sb, long n, String designator) {
    // merge with an existing component of the same designator (P1Y + 6M stays P1Y6M)
    sb.append(n).append(designator);
  }

  /**
   * The first and last calendar day a date value covers, or null when it is not a calendar date
   * (a duration, a reference, an unanchored XXXX value).
   */
  static LocalDate[] interval(String value) {
    String v = value;
    int t = v.indexOf('T');
    if (t >= 0) {
      v = v.substring(0, t);
    }
    try {
      if (v.length() == 2 && isDigits(v)) {
        int c = Integer.parseInt(v);
        return new LocalDate[] {LocalDate.of(c * 100, 1, 1), LocalDate.of(c * 100 + 99, 12, 31)};
      }
      if (v.length() == 3 && isDigits(v)) {
        int d = Integer.parseInt(v);
        return new LocalDate[] {LocalDate.of(d * 10, 1, 1), LocalDate.of(d * 10 + 9, 12, 31)};
      }
      if (v.length() < 4 || !isDigits(v.substring(0, 4))) {
        return null;
      }
      int y = Integer.parseInt(v.substring(0, 4));
      if (v.length() == 4) {
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
      }
      String rest = v.substring(5);
      if (rest.startsWith("W") && rest.length() >= 3 && isDigits(rest.substring(1, 3))) {
        int wk = Integer.parseInt(rest.substring(1, 3));
        LocalDate monday = LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, wk)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (rest.endsWith("-WE")) {
          return new LocalDate[] {monday.plusDays(5), monday.plusDays(6)};
        }
        return new LocalDate[] {monday, monday.plusDays(6)};
      }
      if (rest.startsWith("Q") && rest.length() == 2 && Words.isDigit(rest.charAt(1))) {
        int q = rest.charAt(1) - '0';
        YearMonth first = YearMonth.of(y, (q - 1) * 3 + 1);
        return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
      }
      if (rest.startsWith("H") && rest.length() == 2 && Words.isDigit(rest.charAt(1))) {
        int h = rest.charAt(1) - '0';
        YearMonth first = YearMonth.of(y, (h - 1) * 6 + 1);
        return new LocalDate[] {first.atDay(1), first.plusMonths(5).atEndOfMonth()};
      }
      int season = switch (rest) {
        case "SP" -> 3;
        case "SU" -> 6;
        case "FA" -> 9;
        case "WI" -> 12;
        default -> 0;
      };
      if (season > 0) {
        YearMonth first = YearMonth.of(y, season);
        return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
      }
      if (rest.length() == 2 && isDigits(rest)) {
        YearMonth ym = YearMonth.of(y, Integer.parseInt(rest));
        return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
      }
      if (rest.length() == 5 && isDigits(rest.substring(0, 2)) && isDigits(rest.substring(3))) {
        // what LocalDate.parse reads of "YYYY-MM-DD", without a formatter: a bad separator, month
        // or day of that month is no date
        if (v.charAt(4) != '-' || rest.charAt(2) != '-') {
          return null;
        }
        LocalDate d = LocalDate.of(y, Integer.parseInt(rest.substring(0, 2)), Integer.parseInt(rest.substring(3)));
        return new LocalDate[] {d, d};
      }
    } catch (RuntimeException e) {
      return null;
    }
    return null;
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Words.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
