package dev.dossier.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * When an article was published, with how precisely that is known.
 *
 * <p>{@code value} is ISO 8601 at the given precision: {@code 2025-12-29T14:05:00Z} (instant,
 * with the offset the source gave), {@code 2025-12-29} (day), {@code 2025-12} (month) or {@code
 * 2025} (year).
 */
public record Published(String value, Precision precision) {

  /** How much of the publication time is known. */
  public enum Precision {
    INSTANT,
    DAY,
    MONTH,
    YEAR
  }

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  public Published {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
  }

  public static Published day(LocalDate date) {
    return new Published(date.toString(), Precision.DAY);
  }

  public static Published instant(OffsetDateTime time) {
    return new Published(time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), Precision.INSTANT);
  }

  /**
   * Parses the date forms news sources use: ISO dates at any precision, ISO date-times with or
   * without an offset (no offset is read as UTC), and RFC 1123 ({@code Mon, 29 Dec 2025 10:00:00
   * GMT}) as in RSS.
   *
   * @throws IllegalArgumentException naming the value when it is none of these
   */
  public static Published parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    try {
      if (YEAR.matcher(s).matches()) {
        return new Published(s, Precision.YEAR);
      }
      if (MONTH.matcher(s).matches()) {
        return new Published(YearMonth.parse(s).toString(), Precision.MONTH);
      }
      if (DAY.matcher(s).matches()) {
        return day(LocalDate.parse(s));
      }
      if (s.length() > 10 && DAY.matcher(s.substring(0, 10)).matches()) {
        String t = s.replace(' ', 'T');
        try {
          return instant(OffsetDateTime.parse(t));
        } catch (DateTimeParseException e) {
          return instant(LocalDateTime.parse(t).atOffset(ZoneOffset.UTC));
        }
      }
      return instant(OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date: '" + text + "' (expected YYYY-MM-DD, an ISO "
          + "date-time or an RFC 1123 date)", e);
    }
  }

  /**
   * The calendar day relative expressions are anchored on: the day itself, the local date of an
   * instant, or the first day of a month or year.
   */
  public LocalDate anchorDate() {
    return switch (precision) {
      case INSTANT -> OffsetDateTime.parse(value).toLocalDate();
      case DAY -> LocalDate.parse(value);
      case MONTH -> YearMonth.parse(value).atDay(1);
      case YEAR -> LocalDate.of(Integer.parseInt(value), 1, 1);
    };
  }

  @Override
  public String toString() {
    return value;
  }
}
