package dev.dossier.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Layers;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.TimeRelation;
import dev.dossier.model.TimeType;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.nlp.testing.StageAssertions;
import dev.dossier.nlp.text.TokenizeStage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimesStageTest {

  private final Pipeline pipeline = Pipeline.builder().add(new TokenizeStage()).add(new TimesStage()).build();

  private List<TimeExpression> times(String text, String date) {
    Analysis a = StageAssertions.run(text, date, new TimesStage(), new TokenizeStage());
    return a.layer(Layers.TIMES);
  }

  private TimeExpression only(String text, String date) {
    List<TimeExpression> t = times(text, date);
    assertThat(t).as("times in '%s'", text).hasSize(1);
    return t.get(0);
  }

  private Optional<TimeExpression> find(List<TimeExpression> ts, String text) {
    return ts.stream().filter(t -> t.text().equals(text)).findFirst();
  }

  private void value(String sentence, String date, String expression, String value) {
    List<TimeExpression> ts = times(sentence, date);
    assertThat(find(ts, expression)).as("'%s' in '%s' (found %s)", expression, sentence,
        ts.stream().map(TimeExpression::text).toList()).isPresent();
    assertThat(find(ts, expression).get().value()).as("value of '%s'", expression).isEqualTo(value);
  }

  @Test
  void isoWeeksAcrossTheYearBoundary() {
    TimeExpression t = only("The two leaders meet this week in Florida.", "2025-12-29");
    assertThat(t.text()).isEqualTo("this week");
    assertThat(t.value()).isEqualTo("2026-W01");
    assertThat(t.type()).isEqualTo(TimeType.DATE);
    assertThat(t.relation()).isEqualTo(TimeRelation.PRESENT);
    assertThat(t.anchor()).isEqualTo("2025-12-29");
    value("Prices fell last week.", "2021-01-04", "last week", "2020-W53");
    value("Prices fell last week.", "2021-01-11", "last week", "2021-W01");
  }

  @Test
  void newsStyleDates() {
    value("The strike began on Oct. 7, 2023 at dawn.", "2025-12-29", "Oct. 7, 2023", "2023-10-07");
    value("The council votes on Sept. 5 after a long delay.", "2025-08-20", "Sept. 5", "2025-09-05");
    value("The council voted on 5 September after a long delay.", "2025-10-20", "5 September", "2025-09-05");
    value("An election is scheduled for October 2026 in the country.", "2025-12-29", "October 2026", "2026-10");
    value("A poll taken in September 2025 showed support.", "2025-12-29", "September 2025", "2025-09");
    value("The budget is due in March 2026, officials say.", "2025-12-29", "March 2026", "2026-03");
    value("Figures for 12/29/2025 were released.", "2025-12-30", "12/29/2025", "2025-12-29");
    value("The filing is dated 2024-06-30.", "2025-12-30", "2024-06-30", "2024-06-30");
  }

  @Test
  void reportingPeriodsOfEarningsReports() {
    // the quarter a period ended in, whatever quarter was under discussion before
    value("Fourth-quarter sales rose. Net fell 5% in the quarter ended Sept. 30, the company said.",
        "1989-11-02", "the quarter", "1989-Q3");
    value("Sales rose in the third quarter. The latest quarter also had a charge.", "1989-11-02",
        "The latest quarter", "1989-Q3");
    // published in late October, a report is about the third quarter, just closed
    value("Results were restated for the 1988 quarter because of the accounting change.",
        "1989-10-30", "the 1988 quarter", "1988-Q3");
    value("Profit rose in the third quarter. In the year-earlier third quarter, it lost money.",
        "1989-10-27", "the year-earlier third quarter", "1988-Q3");
  }

  @Test
  void yearsBeforeToAndAfterAnArticle() {
    value("Visitors rose from fewer than 100,000 in 1980 to more than 300,000.", "2000-02-10",
        "1980", "1980");
    value("The ruling overruled a 1971 convention on extradition.", "2000-02-10", "1971", "1971");
    assertThat(times("Output climbed from 1200 to 1500 barrels.", "2000-02-10")).isEmpty();
  }

  @Test
  void theWeekendFollowsTheTense() {
    // 1989-10-30 is a Monday: the weekend told in the past is the one just gone (ISO week 43)
    value("Over the weekend, the bidder continued to call for an auction.", "1989-10-30",
        "the weekend", "1989-W43-WE");
    value("The talks will resume over the weekend.", "1989-10-30", "the weekend", "1989-W44-WE");
  }

  @Test
  void aPlanInThePastPerfectIsOver() {
    // 1989-10-30 is a Monday; the offer had been due to expire on the Friday before
    value("The offer had been scheduled to expire at midnight Friday.", "1989-10-30",
        "midnight Friday", "1989-10-27T24:00");
  }

  @Test
  void quartersOfAWholeAreShares() {
    assertThat(times("About three-quarters of the troops left.", "1990-08-15")).isEmpty();
    value("Growth slowed over the last two quarters of the year.", "1990-08-15",
        "the last two quarters", "P2Q");
  }

  @Test
  void clockTimesInUtcEndInZ() {
    value("The vote closed at 16:15 UTC Monday.", "2009-06-03", "16:15 UTC Monday",
        "2009-06-01T16:15Z");
  }

  @Test
  void aClauseThePartOfSpeechTaggerMisreadsStillTellsThePast() {
    value("He is a suspect in shootings that injured doctors in November in Canada.", "1999-05-06",
        "November", "1998-11");
  }

  @Test
  void rangesKeepTheirEnds() {
    TimeExpression t = only("Turnout fell between 2019 and 2021, the report says.", "2025-12-29");
    assertThat(t.text()).isEqualTo("between 2019 and 2021");
    assertThat(t.value()).isEqualTo("2019..2021");
    assertThat(t.rangeBegin()).isEqualTo("2019");
    assertThat(t.rangeEnd()).isEqualTo("2021");
    assertThat(t.rangeBeginSpan().text()).isEqualTo("2019");
    assertThat(t.rangeEndSpan().text()).isEqualTo("2021");
    assertThat(t.relation()).isEqualTo(TimeRelation.PAST);
    TimeExpression m = only("The works run from March to May 2026.", "2025-12-29");
    assertThat(m.value()).isEqualTo("2026-03..2026-05");
    assertThat(m.relation()).isEqualTo(TimeRelation.FUTURE);
  }

  @Test
  void relativeExpressions() {
    value("She left two years ago.", "2025-12-29", "two years ago", "2023");
    value("Sales rose earlier this year.", "2025-12-29", "earlier this year", "2025");
    value("The plan was drafted late last year.", "2025-06-10", "late last year", "2024");
    value("He arrived yesterday.", "2026-01-01", "yesterday", "2025-12-31");
    value("They return next month.", "2025-12-29", "next month", "2026-01");
    value("They met last Tuesday.", "2025-12-29", "last Tuesday", "2025-12-23");
    value("They will meet next Tuesday.", "2025-12-29", "next Tuesday", "2025-12-30");
    TimeExpression weeks = only("Talks are expected in the coming weeks.", "2025-12-29");
    assertThat(weeks.text()).isEqualTo("the coming weeks");
    assertThat(weeks.type()).isEqualTo(TimeType.DURATION);
    assertThat(weeks.value()).isEqualTo("PXW");
    assertThat(weeks.relation()).isEqualTo(TimeRelation.FUTURE);
  }

  @Test
  void fuzzyExpressionsCarryAMod() {
    TimeExpression t = only("The vote could come in early 2026.", "2025-12-29");
    assertThat(t.text()).isEqualTo("early 2026");
    assertThat(t.value()).isEqualTo("2026");
    assertThat(t.mod()).isEqualTo("START");
    TimeExpression mid = only("Work stopped in mid-1996.", "1998-02-19");
    assertThat(mid.value()).isEqualTo("1996");
    assertThat(mid.mod()).isEqualTo("MID");
    TimeExpression late = only("The group held power in the late 1970s.", "1998-02-19");
    assertThat(late.text()).isEqualTo("the late 1970s");
    assertThat(late.value()).isEqualTo("197");
    assertThat(late.mod()).isEqualTo("END");
  }

  @Test
  void quartersFiscalYearsAndPeriods() {
    value("Profit rose in the third quarter.", "2025-10-28", "the third quarter", "2025-Q3");
    value("Revenue for Q3 2025 beat forecasts.", "2025-12-29", "Q3 2025", "2025-Q3");
    value("The company expects growth in fiscal 2026.", "2025-12-29", "fiscal 2026", "2026");
    List<TimeExpression> ts = times("Profit rose 5% in the third quarter. A year ago, it fell. "
        + "Sales in the year-ago quarter were flat.", "2025-10-28");
    assertThat(find(ts, "A year ago").get().value()).isEqualTo("2024-Q3");
    assertThat(find(ts, "the year-ago quarter").get().value()).isEqualTo("2024-Q3");
  }

  @Test
  void weekdaysFollowTheTenseOfTheirVerb() {
    // 2025-12-29 is a Monday
    value("The ministers met on Friday in Geneva.", "2025-12-29", "Friday", "2025-12-26");
    value("The ministers will meet on Friday in Geneva.", "2025-12-29", "Friday", "2026-01-02");
    value("Officials said Friday that the talks had failed.", "2025-12-29", "Friday", "2025-12-26");
    // a possessive names an event already held, whatever the tense around it
    value("Exiles will look for ways to fight Wednesday's ruling.", "2000-01-07", "Wednesday", "2000-01-05");
    // a clock time takes the day named after the other zone's time
    value("The blast occurred at 10:35 a.m. (0735 GMT) Friday in Nairobi.", "1998-08-08", "10:35 a.m.",
        "1998-08-07T10:35");
  }

  @Test
  void durationsSetsAndVagueReferences() {
    TimeExpression d = only("The flight took three hours.", "2025-12-29");
    assertThat(d.value()).isEqualTo("PT3H");
    assertThat(d.type()).isEqualTo(TimeType.DURATION);
    value("The talks lasted 2 1/2 years.", "2025-12-29", "2 1/2 years", "P2Y6M");
    value("It has been a decade since.", "2025-12-29", "a decade", "P10Y");
    TimeExpression s = only("The paper is printed daily.", "2025-12-29");
    assertThat(s.type()).isEqualTo(TimeType.SET);
    assertThat(s.value()).isEqualTo("P1D");
    TimeExpression now = only("The party is now divided.", "2025-12-29");
    assertThat(now.value()).isEqualTo("PRESENT_REF");
    assertThat(now.relation()).isEqualTo(TimeRelation.PRESENT);
    value("Each Thursday the market opens.", "2025-12-29", "Each Thursday", "XXXX-WXX-4");
    value("Flights leave on Monday and Tuesday nights.", "1998-02-13", "Monday", "XXXX-WXX-1TNI");
    value("Flights leave on Monday and Tuesday nights.", "1998-02-13", "Tuesday nights", "XXXX-WXX-2TNI");
  }

  @Test
  void decadesSeasonsAndTimesOfDay() {
    value("Inflation was high in the 1990s.", "2025-12-29", "the 1990s", "199");
    value("The fighting stopped last summer.", "2025-12-29", "last summer", "2025-SU");
    value("The polls close at 10 p.m. Wednesday.", "2025-12-29", "10 p.m. Wednesday", "2025-12-31T22:00");
    value("He spoke this morning.", "2025-12-29", "this morning", "2025-12-29TMO");
    value("By mid afternoon, the operation was over.", "1998-03-06", "mid afternoon", "1998-03-06TAF");
    value("In London at mid-afternoon yesterday, shares were up.", "1989-11-02", "mid-afternoon yesterday",
        "1989-11-01TAF");
    value("The ruling came in the 20th century.", "2025-12-29", "the 20th century", "19");
    value("It recalls the boxy cars of the 70s and 80s.", "2006-01-10", "the 70s", "197");
    value("It recalls the boxy cars of the 70s and 80s.", "2006-01-10", "80s", "198");
    assertThat(times("Temperatures were in the 70s.", "2006-01-10")).isEmpty();
    value("Sales fell in January. Sales had risen in the same month a year ago.", "2009-02-03",
        "the same month a year ago", "2008-01");
  }

  @Test
  void durationsBeforeASignalAndSpelledYears() {
    // TimeML tags the duration of "three days later"; "later" relates two events
    TimeExpression later = only("Three days later, the talks resumed.", "1989-10-30");
    assertThat(later.text()).isEqualTo("Three days");
    assertThat(later.type()).isEqualTo(TimeType.DURATION);
    assertThat(later.value()).isEqualTo("P3D");
    value("A day earlier, troops had crossed the border.", "1990-08-16", "A day", "P1D");
    // a year earlier in an earnings report stays a point
    value("Net rose to $5 million from $4 million a year earlier.", "1989-11-02", "a year earlier", "1988");
    value("Islam will one day be the second religion.", "1998-03-03", "one day", "FUTURE_REF");
    value("The action followed by one day an announcement.", "1989-10-26", "one day", "P1D");
    value("Troops will be there for a while.", "1998-01-11", "a while", "PXX");
    value("Buyers may sell some of their junk in the weeks ahead.", "1989-10-27", "the weeks ahead", "PXW");
    value("It will seek financing at a later date.", "1989-10-26", "a later date", "FUTURE_REF");
    value("Profit doubled over the past decade.", "1998-10-25", "the past decade", "P10Y");
    value("The process would take between 60 and 90 days.", "2009-06-01", "60", "P60D");
    value("The process would take between 60 and 90 days.", "2009-06-01", "90 days", "P90D");
    value("The summit will be held on April 24 and 25.", "1999-02-10", "25", "1999-04-25");
    assertThat(times("Output rose on April 24 and 25 percent on April 26.", "1999-02-10"))
        .extracting(TimeExpression::text).containsExactly("April 24", "April 26");
    value("A hearing is set for the week of March 6.", "2000-02-24", "the week of March 6", "2000-W10");
    value("Over the next couple of years sales will grow.", "1989-10-26", "the next couple of years", "P2Y");
    assertThat(times("Castro said it is a matter of days before the boy returns.", "2000-04-05")).isEmpty();
    value("Prices were lower in the winter of nineteen ninety-four.", "1998-02-23",
        "the winter of nineteen ninety-four", "1994-WI");
    value("A bomb went off in January nineteen ninety-seven.", "1998-02-27",
        "January nineteen ninety-seven", "1997-01");
  }

  @Test
  void genericTodayAndTitlesAreNotTimes() {
    assertThat(times("The case is for today's youth what the blockade was for their parents.",
        "2000-01-07")).isEmpty();
    assertThat(times("If I were choosing the people of tomorrow, I would pick them.", "1989-11-02"))
        .isEmpty();
    assertThat(times("Baker said on ABC News' \"This Week\" that the deal stands.", "1990-08-13"))
        .isEmpty();
    assertThat(times("The poster showed Gary Cooper from the film High Noon at the rally.", "1999-03-12"))
        .isEmpty();
    value("Women's Day is this coming Sunday, March eighth, in many countries.", "1998-03-05",
        "this coming Sunday, March eighth", "1998-03-08");
    value("The offer, advertised in today's editions, expires soon.", "1989-11-02", "today", "1989-11-02");
    value("The market is open as of today.", "1989-11-02", "today", "1989-11-02");
    value("Sales for the full year were $6.6 billion.", "1989-11-02", "the full year", "1989");
  }

  @Test
  void aDeadlineMovedUntilAWeekdayLiesAhead() {
    // 2000-03-30 is a Thursday
    value("Officials postponed until Tuesday morning any action on the case.", "2000-03-30",
        "Tuesday morning", "2000-04-04TMO");
    value("The relatives stayed at home until Tuesday.", "2000-03-30", "Tuesday", "2000-03-28");
  }

  @Test
  void holidaysJustAheadOfAPastTenseStayThisYears() {
    // 2000-04-17: Easter fell on April 23
    value("Protesters prayed as Easter week began.", "2000-04-17", "Easter week", "2000-W16");
    value("Protesters prayed as Easter began.", "2000-04-17", "Easter", "2000-04-23");
    value("The family met at Christmas.", "2000-04-17", "Christmas", "1999-12-25");
  }

  @Test
  void forecastsAndComparisonsLeaveTheReportingPeriod() {
    // a quarter named before the report's own one is a comparison
    value("Net rose in the third quarter. After a flat second quarter, sales rose. Charges were "
        + "taken in the year-earlier period.", "1989-11-01", "the year-earlier period", "1988-Q3");
    // one still ahead is a forecast
    value("Net fell in the third quarter. Losses will go on through the third quarter of 1990. "
        + "In the year-ago period, it earned $1 a share.", "1989-10-26", "the year-ago period",
        "1988-Q3");
    value("Net rose in the third quarter. Sales in Britain were below last year's quarter.",
        "1989-10-27", "last year's quarter", "1988-Q3");
    // a year ago counts from the report's quarter, not from a comparison named in between
    value("Net rose in the third quarter. In the 1988 period, it lost money. The year-ago "
        + "results included a charge.", "1989-11-02", "year-ago", "1988-Q3");
    // "quarter-to-quarter" names a kind of comparison, no time
    assertThat(find(times("The quarter-to-quarter comparison was also enhanced.", "1989-11-01"),
        "The quarter")).isEmpty();
  }

  @Test
  void afterTheMonthsOfTheYearSoFarAComparisonIsAYears() {
    value("Net rose in the third quarter. In the first nine months, net was $306 million, "
        + "compared with a loss in the 1988 period.", "1989-11-02", "the 1988 period", "1988");
    value("Net rose in the third quarter. For the nine months, the company lost money, compared "
        + "with year-earlier net income of $1 million.", "1989-11-02", "year-earlier", "1988");
    value("Net rose in the third quarter. Net for the year-earlier nine months included a gain.",
        "1989-11-02", "the year-earlier nine months", "P9M");
    // back on a quarter, the comparison is the quarter's again
    value("Net rose in the third quarter. For the nine months, net fell. Third-quarter sales "
        + "rose from a year earlier.", "1989-11-02", "a year earlier", "1988-Q3");
  }

  @Test
  void overnightAndClockTimesAreOfTheDayJustMentioned() {
    // 1989-10-30 is a Monday
    value("London shares closed lower Friday. They were depressed by overnight losses in New York.",
        "1989-10-30", "overnight", "1989-10-26TNI");
    value("Stocks fell overnight in Tokyo.", "1989-10-30", "overnight", "1989-10-29TNI");
    // a clock time without a day is of the day just mentioned
    value("A woman was killed Thursday evening. The men came in at around 7:15 p.m., police said.",
        "1998-02-14", "around 7:15 p.m.", "1998-02-12T19:15");
    value("The men came in at 7:15 p.m., police said.", "1998-02-14", "7:15 p.m.",
        "1998-02-14T19:15");
  }

  @Test
  void theSameDayOfAMonthIsAnUnknownDayOfIt() {
    value("He was killed last October. His name was crossed out that same day.", "1999-02-06",
        "that same day", "1998-10-XX");
  }

  @Test
  void thenCurrentIsPastAndHighNoonNoClock() {
    value("Holders may buy shares at 50% of the then current market price.", "1989-11-01",
        "then current", "PAST_REF");
    assertThat(times("For the people of Poland, high noon has come.", "1999-03-12")).isEmpty();
  }

  @Test
  void ratesAreMeasuresAndSoonLiesAhead() {
    assertThat(times("The plan should help it save $500 million a year.", "1989-10-27")).isEmpty();
    value("The committee meets twice a week.", "1989-10-27", "a week", "P1W");
    value("The company will soon move its headquarters.", "1989-10-27", "soon", "FUTURE_REF");
    assertThat(times("He was soon released, and left as soon as he could.", "1989-10-27"))
        .isEmpty();
  }

  @Test
  void withoutAPublicationDateValuesStayUnanchored() {
    value("The vote is in October.", null, "October", "XXXX-10");
    TimeExpression t = only("Prices fell last week.", null);
    assertThat(t.value()).isEqualTo("XXXX-WXX");
    assertThat(t.relation()).isEqualTo(TimeRelation.PAST);
    value("The deal closed on Oct. 7, 2023.", null, "Oct. 7, 2023", "2023-10-07");
  }

  @Test
  void notTimes() {
    assertThat(times("The 52-year-old senator, 52 years old, may march on.", "2025-12-29")).isEmpty();
    assertThat(times("The company sold 2000 shares and hired 1999 workers.", "2025-12-29")).isEmpty();
    assertThat(times("He may win a second term.", "2025-12-29")).isEmpty();
  }

  @Test
  void deterministicAndThreadSafe() throws Exception {
    StageAssertions.assertDeterministicAndThreadSafe(pipeline,
        List.of("The talks resume next Tuesday, officials said on Friday.",
            "Between 2019 and 2021 sales doubled; in the third quarter they fell.",
            "A year ago it was 5%. Now it is 7%."),
        "2025-12-29");
  }

  @Test
  void survivesHostileInput() {
    StageAssertions.assertSurvivesHostileInput(pipeline, 42L, 300);
  }
}
