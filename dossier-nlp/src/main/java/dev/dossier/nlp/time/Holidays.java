package dev.dossier.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Dates of the holidays news text names without a date (United States conventions). Stateless. */
final class Holidays {

  private Holidays() {}

  /** The date of {@code name} in {@code year}, or null for an unknown name. */
  static LocalDate date(String name, int year) {
    return switch (name) {
      case "christmas" -> LocalDate.of(year, 12, 25);
      case "christmas eve" -> LocalDate.of(year, 12, 24);
      case "new year" -> LocalDate.of(year, 1, 1);
      case "new year's eve" -> LocalDate.of(year, 12, 31);
      case "halloween" -> LocalDate.of(year, 10, 31);
      case "valentine" -> LocalDate.of(year, 2, 14);
      case "independence" -> LocalDate.of(year, 7, 4);
      case "veterans" -> LocalDate.of(year, 11, 11);
      case "thanksgiving" -> LocalDate.of(year, 11, 1)
          .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
      case "labor" -> LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
      case "memorial" -> LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
      case "election" -> LocalDate.of(year, 11, 2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
      case "easter" -> easter(year);
      default -> null;
    };
  }

  /** Western Easter Sunday (anonymous Gregorian algorithm). */
  static LocalDate easter(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(y, month, day);
  }
}
