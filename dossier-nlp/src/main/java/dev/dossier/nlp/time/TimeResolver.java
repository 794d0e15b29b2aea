package dev.dossier.nlp.time;

import dev.dossier.model.TimeRelation;
import dev.dossier.model.TimeType;
import dev.dossier.nlp.time.Meaning.Anchor;
import dev.dossier.nlp.time.Meaning.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Supplier;

/**
 * Turns a {@link Meaning} into a TIMEX3 type and value, anchored on the publication date and on
 * the discourse (the time last mentioned, the reporting period under discussion), and says whether
 * it lies in the past, present or future of the publication date. Stateless; the discourse state
 * lives in a {@link Discourse} owned by one article's analysis.
 */
final class TimeResolver {

  /** How many sentences a reporting period ("the third quarter") stays under discussion. */
  private static final int PERIOD_SCOPE = 10;

  /** What the text has said so far: the last time mentioned and the period under discussion. */
  static final class Discourse {
    final LocalDate dct;
    LocalDate refDate;
    Unit refUnit;
    String refValue;
    int periodYear;
    int periodQuarter;
    int periodSentence = -1_000_000;
    /**
     * The period under discussion was named by its place in a fiscal year ("the fiscal first
     * quarter"): "the quarter ended Sept. 30" and "the latest period" are that quarter.
     */
    boolean periodFiscal;
    /**
     * The report has moved on from its quarter to the months of the year so far ("in the first
     * nine months"): "a year earlier" and "the 1988 period" now compare those, a year's figures.
     */
    boolean yearToDate;
    int sentence;
    int refSentence;

    /** @param dct the publication date, or null when unknown */
    Discourse(LocalDate dct) {
      this.dct = dct;
    }

    boolean inPeriod() {
      return sentence - periodSentence <= PERIOD_SCOPE;
    }
  }

  /** A resolved time. */
  record Result(TimeType type, String value, String mod, TimeRelation relation, String rangeBegin,
      String rangeEnd, String anchor) {}

  /** A resolved point: its value, first day, granularity and what it was anchored on. */
  private record Pt(String value, LocalDate date, Unit unit, String anchor) {}

  /**
   * How far (in months) a date without a year may lie on the "wrong" side of the publication
   * date before the tense moves it to the year before or after.
   */
  private static final double SLACK_MONTHS = 2;
  /** How many days after the publication date a holiday told in the past may lie and be this year's. */
  private static final int HOLIDAY_SLACK_DAYS = 14;
  /** Without a past or future tense, how far ahead (or back) a month may lie and be this year's. */
  private static final double NO_TENSE_AHEAD = 6;
  /** With no verb to tell the tense, how far back a month may lie and still be this year's. */
  private static final double NO_TENSE_BEHIND = 8;

  /**
   * Resolves {@code m}, updating {@code d}; {@code tense} is asked only when it matters. Null when
   * the discourse shows the words name no time (a generic "that day").
   */
  Result resolve(Meaning m, Discourse d, Supplier<Tense> tense) {
    switch (m.kind) {
      case DURATION -> {
        // "the first nine months" in a report that named its quarter, however long ago: the
        // comparisons that follow ("a year earlier") are of the year's months
        if (m.unit == Unit.MONTH && (m.amount == 6 || m.amount == 9) && d.periodYear != 0) {
          d.yearToDate = true;
          d.periodSentence = d.sentence;
        }
        String v = m.literal != null ? m.literal : TimexValues.duration(m.amount, m.unit, m.amount2, m.unit2);
        TimeRelation r = m.reach < 0 ? TimeRelation.PAST : m.reach > 0 ? TimeRelation.FUTURE
            : TimeRelation.UNKNOWN;
        return new Result(TimeType.DURATION, v, m.mod, r, null, null, null);
      }
      case SET -> {
        return new Result(TimeType.SET, m.literal, m.mod, TimeRelation.UNKNOWN, null, null, null);
      }
      case REF -> {
        TimeRelation r = switch (m.literal) {
          case "PAST_REF" -> TimeRelation.PAST;
          case "FUTURE_REF" -> TimeRelation.FUTURE;
          default -> TimeRelation.PRESENT;
        };
        return new Result(TimeType.DATE, m.literal, m.mod, r, null, null,
            d.dct == null ? null : TimexValues.day(d.dct));
      }
      case RANGE -> {
        return range(m, d, tense);
      }
      default -> {
        Pt p = point(m, d, tense);
        if (p == null) {
          return null;
        }
        if (!m.contextual && !(m.anchor == Anchor.PERIOD && m.shift != 0)) {
          remember(p, d, m.fiscal);
        }
        TimeType type = p.value.indexOf('T') > 0 ? TimeType.TIME : TimeType.DATE;
        return new Result(type, p.value, m.mod, relation(p.value, p.value, d.dct, m), null, null,
            p.anchor);
      }
    }
  }

  private Result range(Meaning m, Discourse d, Supplier<Tense> tense) {
    Meaning a = m.begin;
    Meaning b = m.end;
    if (a.year == null && b.year != null && a.anchor == Anchor.NONE && a.decade == null) {
      a.year = b.year;
      if (a.month != null && b.month != null && a.month > b.month) {
        a.year = b.year - 1;
      }
    }
    Pt pa = point(a, d, tense);
    if (pa == null) {
      return null;
    }
    if (b.year == null && b.anchor == Anchor.NONE && pa.date != null && b.decade == null
        && b.century == null) {
      b.year = pa.date.getYear();
      if (a.month != null && b.month != null && b.month < a.month) {
        b.year++;
      }
    }
    Pt pb = point(b, d, tense);
    if (pb == null) {
      return null;
    }
    remember(pb, d, false);
    String value = pa.value + ".." + pb.value;
    TimeType type = pa.value.indexOf('T') > 0 ? TimeType.TIME : TimeType.DATE;
    String anchor = pa.anchor != null ? pa.anchor : pb.anchor;
    return new Result(type, value, m.mod, relation(pa.value, pb.value, d.dct, m), pa.value, pb.value,
        anchor);
  }

  private static void remember(Pt p, Discourse d, boolean fiscal) {
    if (p.date == null) {
      return;
    }
    if (p.unit == Unit.QUARTER) {
      boolean same = d.inPeriod() && p.date.getYear() == d.periodYear
          && p.date.get(IsoFields.QUARTER_OF_YEAR) == d.periodQuarter;
      if (fiscal || !d.inPeriod() || reportable(p.date, d)) {
        d.periodYear = p.date.getYear();
        d.periodQuarter = p.date.get(IsoFields.QUARTER_OF_YEAR);
        d.periodFiscal = fiscal || same && d.periodFiscal;
      }
      d.yearToDate = false;
      d.periodSentence = d.sentence;
    }
    if (p.unit.ordinal() <= Unit.DAY.ordinal() || p.unit == Unit.MONTH || p.unit == Unit.YEAR
        || p.unit == Unit.QUARTER || p.unit == Unit.WEEK) {
      d.refDate = p.date;
      d.refUnit = p.unit;
      d.refValue = p.value;
      d.refSentence = d.sentence;
    }
  }

  /**
   * Whether a quarter named while a reporting period is under discussion becomes the new one:
   * not a quarter still running or ahead ("a charge in the fourth quarter", "losses through the
   * third quarter of 1990": forecasts) nor one before it ("after a flat second quarter", "the 1988
   * period": comparisons), which leave the report's own quarter the one "a year ago" counts from.
   */
  /** The quarter under discussion has not ended by the publication date. */
  private static boolean periodRunning(Discourse d) {
    return d.dct != null && LocalDate.of(d.periodYear, (d.periodQuarter - 1) * 3 + 1, 1)
        .plusMonths(3).isAfter(d.dct);
  }

  private static boolean reportable(LocalDate first, Discourse d) {
    if (d.dct != null && first.plusMonths(3).isAfter(d.dct)) {
      return false;
    }
    if (d.dct != null && LocalDate.of(d.periodYear, (d.periodQuarter - 1) * 3 + 1, 1).plusMonths(3)
        .isAfter(d.dct)) {
      // the period under discussion is itself a forecast: a quarter already reported replaces it
      return true;
    }
    return first.getYear() * 4 + first.get(IsoFields.QUARTER_OF_YEAR) - 1
        > d.periodYear * 4 + d.periodQuarter - 1;
  }

  // ------------------------------------------------------------------ points

  /** The week that holds {@code day} ("Easter week", "the week of March 6"). */
  private static Pt weekOf(LocalDate day, String anchorValue) {
    return new Pt(TimexValues.week(day), day.with(DayOfWeek.MONDAY), Unit.WEEK, anchorValue);
  }

  private Pt point(Meaning m, Discourse d, Supplier<Tense> tense) {
    if (m.decade != null) {
      int dec = m.decade;
      return new Pt(Integer.toString(dec), LocalDate.of(dec * 10, 1, 1), Unit.DECADE, null);
    }
    if (m.century != null) {
      int c = m.century;
      return new Pt(TimexValues.padded(c, 2), LocalDate.of(Math.max(c, 0) * 100, 1, 1), Unit.CENTURY, null);
    }
    LocalDate base;
    String anchorValue = null;
    switch (m.anchor) {
      case PERIOD -> {
        return period(m, d);
      }
      case REFERENCE -> {
        base = d.refDate != null ? d.refDate : d.dct;
        anchorValue = d.refDate != null ? d.refValue : d.dct == null ? null : TimexValues.day(d.dct);
      }
      default -> {
        base = d.dct;
        if (m.nearDay && d.refDate != null && d.refUnit == Unit.DAY
            && d.sentence - d.refSentence <= 1) {
          base = d.refDate;
          anchorValue = d.refValue;
          break;
        }
        if (m.anchor == Anchor.DOCUMENT || m.year == null) {
          anchorValue = d.dct == null ? null : TimexValues.day(d.dct);
        }
      }
    }
    if (m.year != null) {
      anchorValue = null;
    }
    if (base == null && m.year == null) {
      return unanchored(m);
    }
    if (m.weekend && m.shift == 0 && m.shiftUnit == Unit.WEEK && base != null) {
      return weekend(base, tense, anchorValue);
    }
    if (m.shiftUnit != null && !m.hasCalendarField()) {
      return shifted(m, d, base, anchorValue);
    }
    Integer year = m.year;
    if (year == null && m.shiftUnit == Unit.YEAR) {
      year = base.plusYears(m.shift).getYear();
    }
    if (m.weekday != null && m.day == null) {
      LocalDate day = m.reported && m.direction == null
          ? base.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(m.weekday)))
          : weekday(base, m.weekday, m.direction, m.anchor, tense);
      day = day.plusDays(m.dayOffset);
      return new Pt(withTime(TimexValues.day(day), m), day, Unit.DAY, anchorValue);
    }
    if (m.holiday != null) {
      int y = year != null ? year : pickYear(base, m, tense);
      LocalDate day = Holidays.date(m.holiday, y);
      if (day == null) {
        return new Pt(TimexValues.year(y), LocalDate.of(y, 1, 1), Unit.YEAR, anchorValue);
      }
      if (year == null && m.direction == null) {
        // choose the occurrence on the side of the publication date the tense says
        Tense t = tense.get();
        // (told in the past, a holiday only days ahead is still this year's: "as Easter week began")
        if (t == Tense.FUTURE && day.isBefore(base)) {
          day = Holidays.date(m.holiday, y + 1);
        } else if (t == Tense.PAST && day.isAfter(base.plusDays(HOLIDAY_SLACK_DAYS))) {
          day = Holidays.date(m.holiday, y - 1);
        }
      }
      if (m.weekOf) {
        return weekOf(day.plusDays(m.dayOffset), anchorValue);
      }
      return new Pt(withTime(TimexValues.day(day), m), day, Unit.DAY, anchorValue);
    }
    if (m.month != null) {
      int y = year != null ? year : pickYear(base, m, tense);
      if (m.day != null) {
        LocalDate day;
        try {
          day = LocalDate.of(y, m.month, m.day);
        } catch (java.time.DateTimeException e) {
          return new Pt(TimexValues.month(y, m.month), YearMonth.of(y, m.month).atDay(1), Unit.MONTH,
              anchorValue);
        }
        if (m.weekOf) {
          return weekOf(day.plusDays(m.dayOffset), anchorValue);
        }
        day = day.plusDays(m.dayOffset);
        return new Pt(withTime(TimexValues.day(day), m), day, Unit.DAY, anchorValue);
      }
      if (m.weekOf && m.weekInMonth != 0) {
        // the week holding most of the month's first or last seven days
        YearMonth ym = YearMonth.of(y, m.month);
        return weekOf(m.weekInMonth > 0 ? ym.atDay(4) : ym.atEndOfMonth().minusDays(3), anchorValue);
      }
      return new Pt(TimexValues.month(y, m.month), LocalDate.of(y, m.month, 1), Unit.MONTH, anchorValue);
    }
    if (m.quarter != null) {
      int y = year != null ? year : pickYear(base, m, tense);
      return new Pt(TimexValues.quarter(y, m.quarter), LocalDate.of(y, (m.quarter - 1) * 3 + 1, 1),
          Unit.QUARTER, anchorValue);
    }
    if (m.half != null) {
      int y = year != null ? year : pickYear(base, m, tense);
      return new Pt(TimexValues.year(y) + "-H" + m.half, LocalDate.of(y, m.half == 1 ? 1 : 7, 1),
          Unit.MONTH, anchorValue);
    }
    if (m.season != null) {
      int y = year != null ? year : pickYear(base, m, tense);
      return new Pt(TimexValues.year(y) + "-" + m.season, LocalDate.of(y, seasonMonth(m.season), 1),
          Unit.MONTH, anchorValue);
    }
    if (year != null) {
      return new Pt(TimexValues.year(year), LocalDate.of(year, 1, 1), Unit.YEAR, anchorValue);
    }
    return unanchored(m);
  }

  private Pt shifted(Meaning m, Discourse d, LocalDate base, String anchorValue) {
    Unit u = m.shiftUnit;
    Unit g = m.granularity != null ? m.granularity : u;
    if (m.contextual) {
      // "a year ago" in an earnings report is the same quarter a year before
      if (d.inPeriod() && d.yearToDate) {
        int y = d.periodYear + m.shift;
        return new Pt(TimexValues.year(y), LocalDate.of(y, 1, 1), Unit.YEAR, anchorValue);
      }
      if (d.inPeriod()) {
        int y = d.periodYear + m.shift;
        return new Pt(TimexValues.quarter(y, d.periodQuarter),
            LocalDate.of(y, (d.periodQuarter - 1) * 3 + 1, 1), Unit.QUARTER, anchorValue);
      }
      if (m.anchor == Anchor.REFERENCE && d.refUnit == Unit.DAY && d.sentence - d.refSentence <= 1) {
        g = Unit.DAY;
      }
    }
    if (m.anchor == Anchor.REFERENCE && u == Unit.DAY && m.shift == 0 && d.refDate != null
        && (d.refUnit == Unit.MONTH || d.refUnit == Unit.YEAR)
        && d.sentence - d.refSentence > 1) {
      // "On days when prices tumble, traders lose on trades made that day": no day has been
      // named, only a month or a year sentences before; the day is a generic one, no time
      return null;
    }
    if (m.anchor == Anchor.REFERENCE && u == Unit.DAY && m.shift == 0 && d.refDate != null
        && (d.refUnit == Unit.MONTH || d.refUnit == Unit.YEAR)) {
      // "last October ... that same day": a day of the month named, which the text does not say
      String v = d.refUnit == Unit.MONTH
          ? TimexValues.month(d.refDate.getYear(), d.refDate.getMonthValue()) + "-XX"
          : TimexValues.year(d.refDate.getYear()) + "-XX-XX";
      return new Pt(v, null, Unit.DAY, anchorValue);
    }
    LocalDate x = shift(base, u, m.shift);
    String v = m.weekUnknown ? TimexValues.year(x.getYear()) + "-WXX" : format(x, g, m.weekend);
    if (g == Unit.DAY) {
      v = withTime(v, m);
    }
    LocalDate first = g == Unit.WEEK ? x.with(DayOfWeek.MONDAY) : g == Unit.MONTH ? x.withDayOfMonth(1)
        : g == Unit.YEAR ? x.withDayOfYear(1) : x;
    return new Pt(v, first, g, anchorValue);
  }

  private static LocalDate shift(LocalDate base, Unit u, int n) {
    return switch (u) {
      case SECOND, MINUTE, HOUR, DAY -> u == Unit.DAY ? base.plusDays(n) : base;
      case WEEK -> base.plusWeeks(n);
      case MONTH -> base.plusMonths(n);
      case QUARTER -> base.plusMonths(3L * n);
      case YEAR -> base.plusYears(n);
      case DECADE -> base.plusYears(10L * n);
      case CENTURY -> base.plusYears(100L * n);
      case MILLENNIUM -> base.plusYears(1000L * n);
    };
  }

  private static String format(LocalDate x, Unit g, boolean weekend) {
    return switch (g) {
      case DAY, HOUR, MINUTE, SECOND -> TimexValues.day(x);
      case WEEK -> TimexValues.week(x) + (weekend ? "-WE" : "");
      case MONTH -> TimexValues.month(x.getYear(), x.getMonthValue());
      case QUARTER -> TimexValues.quarter(x.getYear(), x.get(IsoFields.QUARTER_OF_YEAR));
      case YEAR -> TimexValues.year(x.getYear());
      case DECADE -> Integer.toString(x.getYear() / 10);
      case CENTURY -> TimexValues.padded(x.getYear() / 100, 2);
      case MILLENNIUM -> Integer.toString(x.getYear() / 1000);
    };
  }

  private static String withTime(String day, Meaning m) {
    if (m.hour != null) {
      return day + "T" + TimexValues.padded(m.hour, 2) + ":"
          + TimexValues.padded(m.minute == null ? 0 : m.minute, 2)
          + (m.utc ? "Z" : "");
    }
    if (m.partOfDay != null) {
      return day + "T" + m.partOfDay;
    }
    return day;
  }

  /** The reporting period under discussion ("the quarter", "the year-ago quarter"). */
  private Pt period(Meaning m, Discourse d) {
    int y;
    int q;
    if ((m.endedMonth != null || m.latest) && d.inPeriod()
        && (d.periodFiscal || m.latest && periodRunning(d))) {
      // "the fiscal first quarter ... the quarter ended Sept. 30": the fiscal quarter, by its name;
      // "fourth-quarter earnings ... the latest period" published in October: a calendar quarter
      // still running has no results yet, so the report's quarter is a fiscal one
      y = d.periodYear;
      q = d.periodQuarter;
    } else if (m.endedMonth != null && (m.endedYear != null || d.dct != null)) {
      y = m.endedYear != null ? m.endedYear
          : m.endedMonth > d.dct.getMonthValue() + 1 ? d.dct.getYear() - 1 : d.dct.getYear();
      // the three months up to the end: the calendar quarter that holds most of them, that of the
      // month before the end ("the quarter ended July 31" is May to July, the second quarter)
      int middle = m.endedMonth - 1;
      if (middle == 0) {
        middle = 12;
        y--;
      }
      q = (middle - 1) / 3 + 1;
    } else if (m.latest && d.dct != null) {
      LocalDate last = d.dct.minusMonths(3);
      y = last.getYear();
      q = last.get(IsoFields.QUARTER_OF_YEAR);
    } else if (m.quarter != null && d.inPeriod()) {
      y = d.periodYear;
      q = m.quarter;
    } else if (m.quarter != null && d.dct != null) {
      q = m.quarter;
      y = q > d.dct.get(IsoFields.QUARTER_OF_YEAR) ? d.dct.getYear() - 1 : d.dct.getYear();
    } else if (d.inPeriod() && d.yearToDate) {
      // "in the first nine months ... compared with the 1988 period": that year's months
      int yy = (m.year != null ? m.year : d.periodYear) + (m.shiftUnit == Unit.YEAR ? m.shift : 0);
      return new Pt(TimexValues.year(yy), LocalDate.of(yy, 1, 1), Unit.YEAR,
          d.dct == null ? null : TimexValues.day(d.dct));
    } else if (d.inPeriod()) {
      y = d.periodYear;
      q = d.periodQuarter;
    } else if (m.periodWord && m.shiftUnit == Unit.YEAR && m.year == null && d.refUnit == Unit.MONTH
        && d.sentence - d.refSentence <= 1) {
      // "ticket sales rose in April compared with the same period last year": no quarter is under
      // discussion, so the period is the month just named, a year off
      LocalDate month = d.refDate.plusYears(m.shift);
      return new Pt(TimexValues.month(month.getYear(), month.getMonthValue()), month, Unit.MONTH,
          d.refValue);
    } else if (d.dct != null) {
      if (m.contextual) {
        // "year-earlier" outside any quarter: the year before
        int yy = d.dct.getYear() - 1;
        return new Pt(TimexValues.year(yy), LocalDate.of(yy, 1, 1), Unit.YEAR, TimexValues.day(d.dct));
      }
      LocalDate last = d.dct.minusMonths(3);
      y = last.getYear();
      q = last.get(IsoFields.QUARTER_OF_YEAR);
    } else {
      return new Pt("XXXX-QX", null, Unit.QUARTER, null);
    }
    if (m.year != null) {
      y = m.year;
    }
    if (m.shiftUnit == Unit.YEAR) {
      y += m.shift;
    } else if (m.shiftUnit == Unit.QUARTER && m.shift != 0) {
      int idx = y * 4 + (q - 1) + m.shift;
      y = Math.floorDiv(idx, 4);
      q = Math.floorMod(idx, 4) + 1;
    }
    String anchor = d.dct == null ? null : TimexValues.day(d.dct);
    return new Pt(TimexValues.quarter(y, q), LocalDate.of(y, (q - 1) * 3 + 1, 1), Unit.QUARTER, anchor);
  }

  /**
   * "The weekend", "this weekend": the one just past when told in the past, the coming one in the
   * future; without a tense, the past one early in the week and the coming one late in it.
   */
  private static Pt weekend(LocalDate base, Supplier<Tense> tense, String anchorValue) {
    DayOfWeek dow = base.getDayOfWeek();
    LocalDate saturday;
    if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
      saturday = base.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    } else {
      Tense t = tense.get();
      boolean past = t == Tense.PAST
          || t != Tense.FUTURE && dow.getValue() <= DayOfWeek.WEDNESDAY.getValue();
      saturday = past ? base.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY))
          : base.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    }
    return new Pt(TimexValues.week(saturday) + "-WE", saturday.with(DayOfWeek.MONDAY), Unit.WEEK,
        anchorValue);
  }

  /** The weekday {@code wd} nearest {@code base} in the direction the words or the tense say. */
  private static LocalDate weekday(LocalDate base, int wd, Integer direction, Anchor anchor,
      Supplier<Tense> tense) {
    DayOfWeek dow = DayOfWeek.of(wd);
    if (direction != null && direction < 0) {
      return base.with(TemporalAdjusters.previous(dow));
    }
    if (direction != null && direction > 0) {
      return base.with(TemporalAdjusters.next(dow));
    }
    if (direction != null && anchor == Anchor.DOCUMENT) {
      return base.with(DayOfWeek.MONDAY).plusDays(wd - 1L);
    }
    Tense t = tense.get();
    if (t == Tense.FUTURE) {
      return base.with(TemporalAdjusters.nextOrSame(dow));
    }
    if (t == Tense.PRESENT || t == Tense.UNKNOWN) {
      LocalDate back = base.with(TemporalAdjusters.previousOrSame(dow));
      LocalDate ahead = base.with(TemporalAdjusters.nextOrSame(dow));
      // news mostly reports what happened: the past day unless the coming one is clearly nearer
      return base.toEpochDay() - back.toEpochDay() <= ahead.toEpochDay() - base.toEpochDay() + 1
          ? back : ahead;
    }
    return base.with(TemporalAdjusters.previousOrSame(dow));
  }

  /** The year of a month, quarter, season or holiday that names none. */
  private static int pickYear(LocalDate base, Meaning m, Supplier<Tense> tense) {
    int y = base.getYear();
    // position within the year, in months (fractional for days)
    double pos;
    double now = base.getMonthValue() + (base.getDayOfMonth() - 1) / 31.0;
    if (m.month != null) {
      pos = m.month + (m.day == null ? 0 : (m.day - 1) / 31.0);
    } else if (m.quarter != null) {
      pos = (m.quarter - 1) * 3 + 1;
      now = (base.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1;
    } else if (m.half != null) {
      pos = m.half == 1 ? 1 : 7;
      now = base.getMonthValue() <= 6 ? 1 : 7;
    } else if (m.season != null) {
      pos = seasonMonth(m.season);
      now = seasonStart(base.getMonthValue());
    } else if (m.holiday != null) {
      LocalDate h = Holidays.date(m.holiday, y);
      pos = h == null ? 1 : h.getMonthValue() + (h.getDayOfMonth() - 1) / 31.0;
    } else {
      return y;
    }
    boolean sameUnit = m.month != null && m.day == null || m.quarter != null || m.half != null
        || m.season != null;
    Integer dir = m.direction;
    if (dir != null) {
      if (dir < 0) {
        // "last February" said in March: of the month just ended a speaker says "last month",
        // so the phrase names the February before it, a year back (across the year's boundary,
        // "last December" in January is last year's, the one just ended)
        boolean previousMonth = m.month != null && m.day == null && pos == (int) now - 1;
        return pos < now && !(sameUnit && pos == (int) now) && !previousMonth ? y : y - 1;
      }
      if (dir > 0) {
        return pos > now ? y : y + 1;
      }
      return y;
    }
    if (m.quarter != null || m.half != null) {
      // a report names the quarters of its own year; a later one, told in the past, is last year's
      return pos > now && tense.get() == Tense.PAST ? y - 1 : y;
    }
    // Told in the past, a date is last year's only when it would otherwise lie well after the
    // publication date: a report says "said the offer expires Dec. 15" of a date still to come.
    Tense t = tense.get();
    if (t == Tense.PAST) {
      return pos - now > SLACK_MONTHS ? y - 1 : y;
    }
    if (t == Tense.FUTURE) {
      return now - pos > SLACK_MONTHS ? y + 1 : y;
    }
    // present or no tense: the nearest occurrence; with no verb to tell, leaning to the past as
    // news does
    double diff = pos - now;
    double behind = t == Tense.UNKNOWN ? NO_TENSE_BEHIND : NO_TENSE_AHEAD;
    if (diff > NO_TENSE_AHEAD) {
      return y - 1;
    }
    if (diff < -behind) {
      return y + 1;
    }
    return y;
  }

  private static int seasonMonth(String season) {
    return switch (season) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
  }

  private static int seasonStart(int month) {
    if (month >= 3 && month <= 5) {
      return 3;
    }
    if (month >= 6 && month <= 8) {
      return 6;
    }
    if (month >= 9 && month <= 11) {
      return 9;
    }
    return month == 12 ? 12 : 0;
  }

  /** A value for a point when there is no date to anchor it on. */
  private static Pt unanchored(Meaning m) {
    String v;
    if (m.shiftUnit != null && !m.hasCalendarField()) {
      v = switch (m.granularity != null ? m.granularity : m.shiftUnit) {
        case WEEK -> "XXXX-WXX";
        case MONTH -> "XXXX-XX";
        case QUARTER -> "XXXX-QX";
        case YEAR, DECADE, CENTURY, MILLENNIUM -> "XXXX";
        default -> "XXXX-XX-XX";
      };
      if (m.shift == 0 && m.shiftUnit == Unit.DAY && m.hasTime()) {
        v = withTime("XXXX-XX-XX", m);
      }
    } else if (m.weekday != null) {
      v = "XXXX-WXX-" + m.weekday;
    } else if (m.month != null) {
      v = m.day != null ? "XXXX-" + TimexValues.padded(m.month, 2) + "-" + TimexValues.padded(m.day, 2)
          : "XXXX-" + TimexValues.padded(m.month, 2);
    } else if (m.quarter != null) {
      v = "XXXX-Q" + m.quarter;
    } else if (m.season != null) {
      v = "XXXX-" + m.season;
    } else if (m.half != null) {
      v = "XXXX-H" + m.half;
    } else {
      v = "XXXX";
    }
    return new Pt(v, null, Unit.DAY, null);
  }

  /** Past, present or future of {@code dct} for a point or range from {@code a} to {@code b}. */
  private static TimeRelation relation(String a, String b, LocalDate dct, Meaning m) {
    LocalDate[] ia = TimexValues.interval(a);
    LocalDate[] ib = TimexValues.interval(b);
    if (dct == null || ia == null || ib == null) {
      int sign = m.kind == Kind.POINT ? (m.direction != null ? m.direction : m.shift) : 0;
      if (m.kind == Kind.POINT && (m.shiftUnit != null || m.direction != null)) {
        return sign < 0 ? TimeRelation.PAST : sign > 0 ? TimeRelation.FUTURE : TimeRelation.PRESENT;
      }
      return TimeRelation.UNKNOWN;
    }
    if (ib[1].isBefore(dct)) {
      return TimeRelation.PAST;
    }
    if (ia[0].isAfter(dct)) {
      return TimeRelation.FUTURE;
    }
    return TimeRelation.PRESENT;
  }
}
