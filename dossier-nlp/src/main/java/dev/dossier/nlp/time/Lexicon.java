package dev.dossier.nlp.time;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The words of English time expressions. Immutable tables, built once per class load. */
final class Lexicon {

  private Lexicon() {}

  /** Month names and their news abbreviations (with or without the period) to 1..12. */
  static final Map<String, Integer> MONTHS = new HashMap<>();
  /** Weekday names and abbreviations to ISO day numbers 1 (Monday) .. 7. */
  static final Map<String, Integer> WEEKDAYS = new HashMap<>();
  /** Plural weekdays ("Mondays") to ISO day numbers, for recurring days. */
  static final Map<String, Integer> WEEKDAYS_PLURAL = new HashMap<>();
  /** Cardinal number words below a hundred. */
  static final Map<String, Integer> CARDINALS = new HashMap<>();
  /** Ordinal words to numbers ("third" → 3). */
  static final Map<String, Integer> ORDINALS = new HashMap<>();
  /** Unit nouns, singular and plural. */
  static final Map<String, Unit> UNITS = new HashMap<>();
  /** Season names to TIMEX3 season codes. */
  static final Map<String, String> SEASONS = Map.of(
      "spring", "SP", "summer", "SU", "fall", "FA", "autumn", "FA", "winter", "WI",
      "springtime", "SP", "summertime", "SU", "wintertime", "WI");
  /** Parts of the day to TIMEX3 codes. */
  static final Map<String, String> PARTS_OF_DAY = Map.of(
      "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "nights", "NI",
      "mornings", "MO", "evenings", "EV", "afternoons", "AF");
  /** Time zone abbreviations that may follow a clock time (dropped from the value). */
  static final Set<String> ZONES = Set.of("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
      "gmt", "utc", "et", "bst", "cet", "cest", "jst", "ist", "eet", "msk", "pt", "ct", "mt", "z");
  /** Words that say a number is approximate or bounded, with the TIMEX3 mod. */
  static final Map<String, String> APPROX = new HashMap<>();
  /** Holidays with fixed dates, as MM-DD. */
  static final Map<String, String> FIXED_HOLIDAYS = Map.of(
      "christmas", "12-25", "halloween", "10-31", "valentine", "02-14");

  private static final String[] MONTH_NAMES = {"january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december"};
  private static final String[] DAY_NAMES = {"monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday"};
  private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
      "sixteen", "seventeen", "eighteen", "nineteen"};
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty",
      "seventy", "eighty", "ninety"};
  private static final String[] SMALL_ORDINALS = {"", "first", "second", "third", "fourth",
      "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
      "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
  private static final String[] TEN_ORDINALS = {"", "", "twentieth", "thirtieth", "fortieth",
      "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"};

  static {
    for (int m = 0; m < 12; m++) {
      MONTHS.put(MONTH_NAMES[m], m + 1);
      String abbr = MONTH_NAMES[m].substring(0, 3);
      if (!abbr.equals("may") && !abbr.equals("mar") && !abbr.equals("jun") && !abbr.equals("jul")) {
        MONTHS.put(abbr, m + 1);
      }
      MONTHS.put(abbr + ".", m + 1);
    }
    MONTHS.put("sept", 9);
    MONTHS.put("sept.", 9);
    for (int d = 0; d < 7; d++) {
      WEEKDAYS.put(DAY_NAMES[d], d + 1);
      WEEKDAYS.put(DAY_NAMES[d].substring(0, 3) + ".", d + 1);
      WEEKDAYS_PLURAL.put(DAY_NAMES[d] + "s", d + 1);
    }
    WEEKDAYS.put("tues.", 2);
    WEEKDAYS.put("thur.", 4);
    WEEKDAYS.put("thurs.", 4);
    for (int n = 0; n < SMALL.length; n++) {
      CARDINALS.put(SMALL[n], n);
    }
    for (int t = 2; t < 10; t++) {
      CARDINALS.put(TENS[t], t * 10);
    }
    for (int n = 1; n < SMALL_ORDINALS.length; n++) {
      ORDINALS.put(SMALL_ORDINALS[n], n);
    }
    for (int t = 2; t < 10; t++) {
      ORDINALS.put(TEN_ORDINALS[t], t * 10);
    }
    ORDINALS.put("hundredth", 100);
    unit(Unit.SECOND, "second", "seconds", "sec", "secs");
    unit(Unit.MINUTE, "minute", "minutes", "min", "mins");
    unit(Unit.HOUR, "hour", "hours", "hr", "hrs");
    unit(Unit.DAY, "day", "days");
    unit(Unit.WEEK, "week", "weeks");
    unit(Unit.MONTH, "month", "months");
    unit(Unit.QUARTER, "quarter", "quarters");
    unit(Unit.YEAR, "year", "years", "yr", "yrs");
    unit(Unit.DECADE, "decade", "decades");
    unit(Unit.CENTURY, "century", "centuries");
    unit(Unit.MILLENNIUM, "millennium", "millennia", "millenniums");
    APPROX.put("about", "APPROX");
    APPROX.put("around", "APPROX");
    APPROX.put("approximately", "APPROX");
    APPROX.put("roughly", "APPROX");
    APPROX.put("some", "APPROX");
    APPROX.put("nearly", "LESS_THAN");
    APPROX.put("almost", "LESS_THAN");
    APPROX.put("over", "MORE_THAN");
    APPROX.put("under", "LESS_THAN");
  }

  private static void unit(Unit u, String... words) {
    for (String w : words) {
      UNITS.put(w, u);
    }
  }

  /** The unit a plural noun names ("years"), or null for a singular or unknown word. */
  static boolean plural(String word) {
    return word.endsWith("s") && UNITS.containsKey(word) || word.equals("centuries")
        || word.equals("millennia");
  }
}
