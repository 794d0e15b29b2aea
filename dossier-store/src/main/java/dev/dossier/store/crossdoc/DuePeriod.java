package dev.dossier.store.crossdoc;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a TIMEX3 value covers, for due dates: {@code 2026-03-15} is one day, {@code 2026-03} a
 * month, {@code 2026-W01} an ISO week, {@code 2026-Q1} a quarter, {@code 2026-H2} a half, {@code
 * 2026-SU} a season, {@code 2026} a year, {@code 202X} a decade, {@code XXXX-10} the next October
 * on or after the anchor, {@code P2Y} the period starting at the anchor, {@code A..B} from the
 * start of A to the end of B, {@code PRESENT_REF} the anchor day.
 *
 * @param from first day covered
 * @param to last day covered
 */
public record DuePeriod(LocalDate from, LocalDate to) {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern PART = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|AU|WI)");
  private static final Pattern NOYEAR = Pattern.compile("XXXX-(\\d{2})(?:-(\\d{2}))?");
  private static final Pattern DURATION = Pattern.compile("P(\\d+)([DWMY])");

  /**
   * The period a value covers, or null when it is not a calendar period Dossier can place
   * ({@code FUTURE_REF}, a set, garbage).
   *
   * @param anchor the day relative values are placed from (the article's publication day), or null
   */
  public static DuePeriod parse(String value, LocalDate anchor) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      int dots = v.indexOf("..");
      if (dots > 0) {
        DuePeriod a = parse(v.substring(0, dots), anchor);
        DuePeriod b = parse(v.substring(dots + 2), anchor);
        if (a == null || b == null || b.to.isBefore(a.from)) {
          return a != null ? a : b;
        }
        return new DuePeriod(a.from, b.to);
      }
      Matcher m;
      if ((m = DAY.matcher(v)).matches()) {
        LocalDate d = LocalDate.of(i(m, 1), i(m, 2), i(m, 3));
        return new DuePeriod(d, d);
      }
      if ((m = MONTH.matcher(v)).matches()) {
        YearMonth ym = YearMonth.of(i(m, 1), i(m, 2));
        return new DuePeriod(ym.atDay(1), ym.atEndOfMonth());
      }
      if ((m = YEAR.matcher(v)).matches()) {
        int y = i(m, 1);
        return new DuePeriod(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
      }
      if ((m = DECADE.matcher(v)).matches()) {
        int y = i(m, 1) * 10;
        return new DuePeriod(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31));
      }
      if ((m = WEEK.matcher(v)).matches()) {
        LocalDate monday = LocalDate.of(i(m, 1), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return m.group(3) != null ? new DuePeriod(monday.plusDays(5), monday.plusDays(6))
            : new DuePeriod(monday, monday.plusDays(6));
      }
      if ((m = PART.matcher(v)).matches()) {
        return part(i(m, 1), m.group(2));
      }
      if ((m = NOYEAR.matcher(v)).matches() && anchor != null) {
        int month = i(m, 1);
        YearMonth ym = YearMonth.of(anchor.getYear(), month);
        if (ym.atEndOfMonth().isBefore(anchor)) {
          ym = ym.plusYears(1);
        }
        if (m.group(2) != null) {
          LocalDate d = ym.atDay(Integer.parseInt(m.group(2)));
          return new DuePeriod(d, d);
        }
        return new DuePeriod(ym.atDay(1), ym.atEndOfMonth());
      }
      if ((m = DURATION.matcher(v)).matches() && anchor != null) {
        int n = i(m, 1);
        LocalDate end = switch (m.group(2)) {
          case "D" -> anchor.plusDays(n);
          case "W" -> anchor.plusWeeks(n);
          case "M" -> anchor.plusMonths(n);
          default -> anchor.plusYears(n);
        };
        return new DuePeriod(anchor, end);
      }
      if (v.equals("PRESENT_REF") && anchor != null) {
        return new DuePeriod(anchor, anchor);
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static DuePeriod part(int y, String p) {
    return switch (p) {
      case "Q1" -> months(y, 1, 3);
      case "Q2" -> months(y, 4, 6);
      case "Q3" -> months(y, 7, 9);
      case "Q4" -> months(y, 10, 12);
      case "H1" -> months(y, 1, 6);
      case "H2" -> months(y, 7, 12);
      case "SP" -> new DuePeriod(LocalDate.of(y, 3, 20), LocalDate.of(y, 6, 20));
      case "SU" -> new DuePeriod(LocalDate.of(y, 6, 21), LocalDate.of(y, 9, 22));
      case "FA", "AU" -> new DuePeriod(LocalDate.of(y, 9, 23), LocalDate.of(y, 12, 20));
      default -> new DuePeriod(LocalDate.of(y, 12, 21), LocalDate.of(y + 1, 3, 19));
    };
  }

  private static DuePeriod months(int y, int a, int b) {
    return new DuePeriod(YearMonth.of(y, a).atDay(1), YearMonth.of(y, b).atEndOfMonth());
  }

  private static int i(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }
}
