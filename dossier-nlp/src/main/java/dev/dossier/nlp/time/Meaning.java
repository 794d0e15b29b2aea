package dev.dossier.nlp.time;

/**
 * What a recognised time expression means before it is anchored on a date: a calendar point
 * (possibly partial, possibly shifted from an anchor), a duration, a recurrence, a vague past /
 * present / future reference, or a range of two points. Built by {@link TimeGrammar} and read by
 * {@link TimeResolver}; confined to one article's analysis, never shared between threads.
 */
final class Meaning {

  enum Kind { POINT, DURATION, SET, REF, RANGE }

  /** What a relative point is counted from. */
  enum Anchor {
    /** Not relative: the fields say it all (or the year is chosen by tense). */
    NONE,
    /** The publication date ("yesterday", "last week"). */
    DOCUMENT,
    /** The time the text last mentioned ("a year earlier", "the following month"). */
    REFERENCE,
    /** The reporting period under discussion ("the quarter", "the year-ago quarter"). */
    PERIOD
  }

  Kind kind = Kind.POINT;

  // calendar fields of a point; null when not given
  Integer year;
  Integer month;
  Integer day;
  /** ISO day of week 1..7. */
  Integer weekday;
  Integer quarter;
  Integer half;
  /** SP, SU, FA, WI. */
  String season;
  /** Year digits of a decade (199 for the 1990s). */
  Integer decade;
  /** Year digits of a century (19 for the 20th century). */
  Integer century;
  /** A named holiday ("christmas", "thanksgiving"...). */
  String holiday;
  /** The week that holds the day, not the day ("Easter week", "the week of March 6"). */
  boolean weekOf;
  /** A weekday in the possessive ("Wednesday's ruling"): news names an event already held. */
  boolean reported;
  /** The weekend of the week. */
  boolean weekend;
  /** Days from the day the fields name ("the day before last Tuesday": -1). */
  int dayOffset;
  /** With {@link #weekOf} and a month: its first (1) or last (-1) week ("the last week of March"). */
  int weekInMonth;
  Integer hour;
  Integer minute;
  /** MO, AF, EV, NI. */
  String partOfDay;

  // relative points
  Anchor anchor = Anchor.NONE;
  /** Unit of the shift from the anchor; null when there is no shift. */
  Unit shiftUnit;
  /** Signed number of shift units ("two years ago": -2). */
  int shift;
  /** Granularity of a shifted point; null means that of {@link #shiftUnit}. */
  Unit granularity;
  /**
   * For a weekday, month, season or holiday without a year: -1 for the last one before the
   * anchor, +1 for the next one after it, 0 for the one in the current unit, null to decide by
   * the tense of the verb that governs the expression.
   */
  Integer direction;
  /** The point's granularity depends on the discourse ("a year ago" in an earnings report). */
  boolean contextual;
  /** Month (and year, or null) of the day a reporting period ended ("the quarter ended Sept. 30"). */
  Integer endedMonth;
  Integer endedYear;
  /** The clock time is given in UTC ("16:15 UTC", "9 p.m. GMT"): the value ends in Z. */
  boolean utc;
  /**
   * Counted from the day last mentioned when the text named one in this sentence or the one
   * before ("closed lower Friday ... overnight losses in New York"), else from publication.
   */
  boolean nearDay;
  /** "the latest quarter": the last one completed before publication, whatever was said before. */
  boolean latest;
  /**
   * "the week" with no "this", "last" or "next": a week of the story, which the publication date
   * alone does not fix ("for the week, the index fell"; "the week following the crash").
   */
  boolean weekUnknown;
  /** A quarter named by its place in the company's fiscal year ("the fiscal first quarter"). */
  boolean fiscal;
  /**
   * Named "period", a word with no unit of its own ("the same period last year"): outside an
   * earnings report's quarter it is the month just named, a year off.
   */
  boolean periodWord;

  // durations
  Unit unit;
  /** Number of units; NaN when vague ("several years", "weeks"). */
  double amount;
  /** A second component ("a minute and a half" is 1 minute and 30 seconds), or null. */
  Unit unit2;
  double amount2;
  /** -1 for a duration reaching back from the publication date ("the past two years"), +1 forward. */
  int reach;

  /** Precomputed TIMEX3 value of a recurrence, a vague reference or a duration of no unit ("PXX"). */
  String literal;

  // ranges
  Meaning begin;
  Meaning end;
  int beginFrom;
  int beginTo;
  int endFrom;
  int endTo;

  /** TIMEX3 mod, or null. */
  String mod;

  static Meaning point() {
    return new Meaning();
  }

  static Meaning duration(double amount, Unit unit) {
    Meaning m = new Meaning();
    m.kind = Kind.DURATION;
    m.amount = amount;
    m.unit = unit;
    return m;
  }

  static Meaning set(String value) {
    Meaning m = new Meaning();
    m.kind = Kind.SET;
    m.literal = value;
    return m;
  }

  static Meaning ref(String value) {
    Meaning m = new Meaning();
    m.kind = Kind.REF;
    m.literal = value;
    return m;
  }

  /** A point shifted from {@code anchor} by {@code n} units. */
  static Meaning shifted(Anchor anchor, Unit unit, int n) {
    Meaning m = new Meaning();
    m.anchor = anchor;
    m.shiftUnit = unit;
    m.shift = n;
    return m;
  }

  Meaning mod(String newMod) {
    if (newMod != null) {
      mod = newMod;
    }
    return this;
  }

  boolean hasTime() {
    return hour != null || partOfDay != null;
  }

  /** Whether the point names a calendar field (month, weekday...) rather than only a shift. */
  boolean hasCalendarField() {
    return year != null || month != null || day != null || weekday != null || quarter != null
        || half != null || season != null || decade != null || century != null || holiday != null;
  }
}
