package dev.dossier.nlp.kb;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The dates of role intervals: ISO 8601 at day, month or year precision ({@code 2025-01-20},
 * {@code 1996-06}, {@code 1996}). A partial start date means the first day of its period, a
 * partial end date the last day. Stateless.
 */
public final class KbDates {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private KbDates() {}

  /**
   * The first day {@code value} may denote, or null for null.
   *
   * @throws IllegalArgumentException naming the value when it is not a date of the accepted forms
   */
  public static LocalDate first(String value) {
    return parse(value, true);
  }

  /**
   * The last day {@code value} may denote, or null for null.
   *
   * @throws IllegalArgumentException naming the value when it is not a date of the accepted forms
   */
  public static LocalDate last(String value) {
    return parse(value, false);
  }

  /** Whether {@code value} is a date of an accepted form. */
  public static boolean valid(String value) {
    try {
      parse(value, true);
      return value != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The first and last day of each value parsed so far: a role's dates are asked for at every
   * {@link KbRole#heldOn} (entity linking asks for every role of every actor an article names), and
   * a knowledge base has few distinct dates. Bounded, for callers that parse many other values.
   */
  private static final Map<String, LocalDate[]> PARSED = new ConcurrentHashMap<>();
  private static final int MAX_PARSED = 1 << 16;

  private static LocalDate parse(String value, boolean first) {
    if (value == null) {
      return null;
    }
    LocalDate[] days = PARSED.get(value);
    if (days == null) {
      days = new LocalDate[] {parseNew(value, true), parseNew(value, false)};
      if (PARSED.size() < MAX_PARSED) {
        PARSED.put(value, days);
      }
    }
    return first ? days[0] : days[1];
  }

  private static LocalDate parseNew(String value, boolean first) {
    try {
      if (DAY.matcher(value).matches()) {
        return LocalDate.parse(value);
      }
      if (MONTH.matcher(value).matches()) {
        YearMonth ym = YearMonth.parse(value);
        return first ? ym.atDay(1) : ym.atEndOfMonth();
      }
      if (YEAR.matcher(value).matches()) {
        int y = Integer.parseInt(value);
        return first ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a valid date: '" + value + "'", e);
    }
    throw new IllegalArgumentException("not a date: '" + value + "' (expected YYYY-MM-DD, YYYY-MM or YYYY)");
  }
}
