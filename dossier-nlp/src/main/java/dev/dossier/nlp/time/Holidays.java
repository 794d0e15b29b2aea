package dev.dossier.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;

/**
 * Holidays and festivals: the names news text uses for them, and the dates of those it names
 * without a date (United States conventions). Stateless.
 */
public final class Holidays {

  /**
   * The names of holidays and festivals, lower case, words separated by one space ("new year 's
   * day" as the tokeniser splits it): the NER tagger, never having seen one in training, reads
   * them as places or organisations, and they are times, not entities.
   */
  private static final Set<String> NAMES = Set.of("christmas", "christmas day", "christmas eve", "xmas",
      "easter", "easter sunday", "easter monday", "good friday", "lent", "advent", "whitsun", "pentecost",
      "ramadan", "eid", "eid al-fitr", "eid al-adha", "diwali", "hanukkah", "chanukah", "passover",
      "yom kippur", "rosh hashanah", "thanksgiving", "thanksgiving day", "halloween", "hogmanay",
      "new year", "new year 's day", "new year 's eve", "boxing day", "valentine 's day", "mardi gras",
      "bonfire night", "guy fawkes night", "lunar new year", "chinese new year", "nowruz", "holi",
      "kwanzaa", "midsummer", "michaelmas", "epiphany");

  private Holidays() {}

  /** Whether the words of a mention are, together, a holiday's name ("Christmas", "New Year 's Day"). */
  public static boolean named(String[] words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.replace('\u2019', '\'').toLowerCase(Locale.ROOT));
    }
    return NAMES.contains(b.toString());
  }

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
