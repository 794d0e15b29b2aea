package dev.dossier.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Layers;
import dev.dossier.model.TimeExpression;
import dev.dossier.nlp.pos.PosStage;
import dev.dossier.nlp.testing.StageAssertions;
import dev.dossier.nlp.text.TokenizeStage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One test per class of normalisation rule, each on a fixed publication date, with and without
 * part-of-speech tags (the stage reads tags when the tokens carry them, word cues otherwise).
 */
class NormalisationRulesTest {

  private static final PosStage POS = new PosStage();

  private static List<TimeExpression> times(String text, String date, boolean tagged) {
    Analysis a = tagged
        ? StageAssertions.run(text, date, new TimesStage(), new TokenizeStage(), POS)
        : StageAssertions.run(text, date, new TimesStage(), new TokenizeStage());
    return a.layer(Layers.TIMES);
  }

  private static Optional<TimeExpression> find(List<TimeExpression> ts, String text) {
    return ts.stream().filter(t -> t.text().equals(text)).findFirst();
  }

  /** Asserts the value of {@code expression} in {@code sentence}, tagged and untagged. */
  private static void value(String sentence, String date, String expression, String value) {
    for (boolean tagged : new boolean[] {false, true}) {
      List<TimeExpression> ts = times(sentence, date, tagged);
      assertThat(find(ts, expression)).as("'%s' in '%s' (tagged %s, found %s)", expression,
          sentence, tagged, ts.stream().map(TimeExpression::text).toList()).isPresent();
      assertThat(find(ts, expression).get().value())
          .as("value of '%s' in '%s' (tagged %s)", expression, sentence, tagged)
          .isEqualTo(value);
    }
  }

  /** Asserts that no time expression reads {@code expression} in {@code sentence}, tagged or not. */
  private static void absent(String sentence, String date, String expression) {
    for (boolean tagged : new boolean[] {false, true}) {
      List<TimeExpression> ts = times(sentence, date, tagged);
      assertThat(find(ts, expression)).as("'%s' in '%s' (tagged %s: %s)", expression, sentence,
          tagged, ts).isEmpty();
    }
  }

  @Test
  void aNameThatBeginsWithAHolidayIsNoTime() {
    absent("The ship reached Christmas Island on Monday.", "2025-12-29", "Christmas");
    absent("Fans filled Easter Road for the derby against the league leaders.", "2025-12-29", "Easter");
    absent("Relief flights to the remote atoll of Christmas Atoll resumed after the storm.", "2025-12-29", "Christmas");
    value("Shops will stay open late at Christmas.", "2025-06-12", "Christmas", "2025-12-25");
    value("The ferry will stop running on Christmas Day.", "2025-06-12", "Christmas Day", "2025-12-25");
  }

  @Test
  void aFractionWithNoWholeNumberOfTheSmallerUnitIsWrittenAsADecimal() {
    value("A new account opens every 5.8 seconds.", "2025-12-29", "every 5.8 seconds", "PT5.8S");
    value("Prices rose for 1.3 years.", "2025-12-29", "1.3 years", "P1.3Y");
    // whole numbers of the smaller unit stay as they were
    value("The hearing lasted 2.5 hours.", "2025-12-29", "2.5 hours", "PT2H30M");
    value("The strike lasted 1.5 years.", "2025-12-29", "1.5 years", "P1Y6M");
  }

  @Test
  void aVerbPastACommaAfterTheTimeYieldsToTheClauseBeforeIt() {
    // "briefed" belongs to the reporting frame after the comma; "will open" governs Jan. 12
    value("Mediators will open talks in Ruritania on Jan. 12, officials briefed on the plan said.", "2025-12-29",
        "Jan. 12", "2026-01-12");
    value("The envoys met in Ruritania on Dec. 20, officials briefed on the talks confirmed.", "2025-12-29",
        "Dec. 20", "2025-12-20");
    // with no verb before the time, the clause after the comma still decides
    value("On Jan. 12, the envoys will meet again.", "2025-12-29", "Jan. 12", "2026-01-12");
    value("On Dec. 20, the envoys met again.", "2025-12-29", "Dec. 20", "2025-12-20");
    // a future verb more than ten words back still governs, through the phrases the time ends
    value("Gondor and Rohan agreed on Monday that envoys will open talks on the second stage of the truce in "
        + "Edoras on Jan. 12, two aides briefed on the plan told the Courier.", "2025-12-29", "Jan. 12", "2026-01-12");
  }

  @Test
  void aPlanNamedByANounIsNoFutureTense() {
    // 1989-10-27: the plan was announced in August of the same year, not next August
    value("The thrift announced the plan Aug. 21.", "1989-10-27", "Aug. 21", "1989-08-21");
    value("The board planned the sale for Aug. 21.", "1989-06-01", "Aug. 21", "1989-08-21");
  }

  @Test
  void theFutureOfThePast() {
    // 2000-01-07 is a Friday: "were planning to ... on Saturday" is the coming Saturday
    value("Protesters said they were planning to march on Saturday.", "2000-01-07", "Saturday",
        "2000-01-08");
    value("The ship was scheduled to sail on Monday.", "2000-01-07", "Monday", "2000-01-10");
  }

  @Test
  void aTimeFrontedBeforeAPastPlanIsWhenItWasMade() {
    // 1998-09-30 is a Wednesday
    value("On Friday, the government planned to pay the first claims.", "1998-09-30", "Friday",
        "1998-09-25");
    value("The government planned to pay the first claims on Friday.", "1998-09-30", "Friday",
        "1998-10-02");
  }

  @Test
  void sinceLooksBackAndEffectiveLooksAhead() {
    value("The carrier, which was scheduled to return, has been on patrol since March.",
        "1990-08-13", "March", "1990-03");
    value("The office of the chairman was created, effective Feb. 1.", "1989-10-26", "Feb. 1",
        "1990-02-01");
    value("The new rules took effect, effective Oct. 1.", "1989-10-26", "Oct. 1", "1989-10-01");
  }

  @Test
  void aParticipleAfterTheExpressionDescribesALaterNoun() {
    // "untouched" modifies "markets"; "will" gives the tense: next August
    List<TimeExpression> ts = times("Qantas will almost double its flights between Australia and "
        + "India by August in the search for new markets untouched by the crisis.", "1998-02-13",
        true);
    assertThat(find(ts, "August").map(TimeExpression::value)).contains("1998-08");
  }

  @Test
  void currentlyBeforeANounQualifiesIt() {
    List<TimeExpression> ts = times("Stephen Akerfeldt, currently vice president finance, will "
        + "succeed him.", "1989-11-01", true);
    assertThat(find(ts, "currently")).isEmpty();
    ts = times("The group currently holds 45% of the shares.", "1989-11-01", true);
    assertThat(find(ts, "currently").map(TimeExpression::value)).contains("PRESENT_REF");
  }

  @Test
  void aFiscalQuarterNamedStaysTheReportsQuarter() {
    // a company whose fiscal year starts in July: its first quarter ended Sept. 30
    value("The retailer lost money in the fiscal first quarter. Revenue in the quarter ended "
        + "Sept. 30 rose 4%.", "1989-10-20", "the quarter", "1989-Q1");
    value("The retailer lost money in the fiscal first quarter. Its margin narrowed in the latest "
        + "period.", "1989-10-20", "the latest period", "1989-Q1");
  }

  @Test
  void aQuarterEndedIsTheCalendarQuarterHoldingMostOfItsMonths() {
    // May, June and July: the second calendar quarter
    value("The chain earned $2 million in the quarter ended July 31.", "1989-09-12", "the quarter",
        "1989-Q2");
  }

  @Test
  void theFirstTwoQuartersOfAYearAreItsFirstHalf() {
    value("The plant should reopen in the first two quarters of 1991, the maker said.",
        "1990-05-02", "the first two quarters of 1991", "1991-H1");
  }

  @Test
  void theWeekAloneIsAWeekOfTheStory() {
    // no "this", "last" or "next": the publication date does not say which week
    value("For the week, the index slipped 2%.", "1990-03-09", "the week", "1990-WXX");
  }

  @Test
  void aReportingPeriodStaysUnderDiscussionForSeveralSentences() {
    value("The bank earned $4 million in the third quarter. Loans grew 3%. Deposits were flat. "
        + "Fees rose. Costs fell. The bank cut 40 jobs. Its profit was $3 million a year earlier.",
        "1989-10-25", "a year earlier", "1988-Q3");
  }

  @Test
  void nowOpeningASentenceBeforeACommaIsADiscourseMarker() {
    assertThat(find(times("Now, the mayor says, the project will cost more.", "1999-05-04", true),
        "Now")).isEmpty();
    assertThat(find(times("\"Now, we wait,\" she said.", "1999-05-04", false), "Now")).isEmpty();
    value("Now the project will cost more.", "1999-05-04", "Now", "PRESENT_REF");
    value("The project now costs more.", "1999-05-04", "now", "PRESENT_REF");
  }

  @Test
  void lastOrNextBeforeAMonthAndDayIsTheNearestOneThatWay() {
    value("The clinic closed last Nov. 14 after a fire.", "2001-03-02", "last Nov. 14",
        "2000-11-14");
    value("The trial opens next Feb. 9 in the capital.", "2001-03-02", "next Feb. 9", "2002-02-09");
  }

  @Test
  void theLatestFiscalYearIsTheLastOneCompleted() {
    value("The miner had revenue of $2 billion in the latest fiscal year.", "1995-08-14",
        "the latest fiscal year", "1994");
  }

  @Test
  void theYearBeforeIsTheYearBeforeTheOneJustMentioned() {
    value("The airline carried 8 million people last year, up from 7 million the year before.",
        "2004-03-15", "the year before", "2002");
    value("The mine opened in June 1996 and closed the month after.", "2004-03-15",
        "the month after", "1996-07");
  }

  @Test
  void mostRecentlyBeforeATimeQualifiesIt() {
    List<TimeExpression> ts = times("Three banks failed, most recently last June in Ohio.",
        "2003-01-20", true);
    assertThat(find(ts, "recently")).isEmpty();
    value("Three banks failed, most recently last June in Ohio.", "2003-01-20", "last June",
        "2002-06");
    value("Three banks have recently failed.", "2003-01-20", "recently", "PAST_REF");
  }

  @Test
  void theFutureOfSomeoneIsNoTime() {
    assertThat(find(times("The vote decides the future of the island.", "2003-01-20", true),
        "the future")).isEmpty();
    value("The island may vote again in the future.", "2003-01-20", "the future", "FUTURE_REF");
  }

  @Test
  void earlierOrLaterBeforeYesterdayThatDayOrThisYearIsPartOfTheExpression() {
    // 1998-10-24 is a Saturday
    value("The bank said later yesterday that it would sell the unit.", "1998-10-24",
        "later yesterday", "1998-10-23");
    value("The rebels took the port in 1996 and lost it later that year.", "1998-10-24",
        "later that year", "1996");
    value("The minister will speak to reporters later this afternoon.", "1998-10-24",
        "later this afternoon", "1998-10-24TAF");
    value("The plant is to reopen later this year.", "1998-10-24", "later this year", "1998");
    // a weekday or "today" stays alone
    List<TimeExpression> ts = times("Earlier Thursday, the police came. A briefing is set for later "
        + "today.", "1998-10-24", true);
    assertThat(find(ts, "Thursday")).isPresent();
    assertThat(find(ts, "Earlier Thursday")).isEmpty();
    assertThat(find(ts, "today")).isPresent();
  }

  @Test
  void overTheYearsIsAStretchOfYears() {
    value("Over the years the village has doubled in size.", "2003-01-20", "the years", "PXY");
    value("The rebels were beaten in 1956. In the years that followed, they regrouped.",
        "2003-01-20", "the years", "PXY");
    assertThat(find(times("The years of war left the valley poor.", "2003-01-20", true),
        "The years")).isEmpty();
  }

  @Test
  void theLatestPeriodOfAQuarterStillRunningIsTheFiscalQuarter() {
    // published in November: a calendar fourth quarter has no results yet, the report's is fiscal
    value("The baker reported a 20% drop in fourth-quarter profit. Sales in the latest period "
        + "rose 5%.", "1989-11-02", "the latest period", "1989-Q4");
    value("The baker reported a 20% drop in third-quarter profit. Sales in the latest period "
        + "rose 5%.", "1989-11-02", "the latest period", "1989-Q3");
  }

  @Test
  void theFirstNineMonthsLongAfterTheQuarterAreStillYearToDate() {
    value("The bank earned $4 million in the third quarter. Loans grew. Deposits were flat. Fees "
        + "rose. Costs fell. The bank cut jobs. It sold a branch. It hired a new chief. Its shares "
        + "rose. Analysts were pleased. Rivals were not. Customers complained. For the first nine "
        + "months, it earned $9 million, up from $7 million a year earlier.", "1989-10-25",
        "a year earlier", "1988");
  }

  @Test
  void theEntireYearIsTheYearJustNamed() {
    value("The carmaker lost $2 billion in the fourth quarter of 2005 and $8 billion for the "
        + "entire year.", "2006-01-27", "the entire year", "2005");
  }

  @Test
  void theOrdinalDayOfSomethingCountedTodayIsTheDayOfWriting() {
    value("In the capital, today is the fifth day of the rail strike.", "2004-06-09",
        "the fifth day", "2004-06-09");
    value("It's the third day of talks between the two unions.", "2004-06-09", "the third day",
        "2004-06-09");
    // a day counted from another subject is no day of writing
    absent("The third day of the fair was the busiest.", "2004-06-09", "the third day");
  }

  @Test
  void aYearAfterANameWordInsideASentenceBelongsToTheName() {
    absent("The ministry launched a reform plan called Horizon 2030 in the spring.", "2021-03-02",
        "2030");
    // a year opening the sentence, or after a month, a season or a holiday, is still a year
    value("Since 1985, the firm has grown.", "1999-01-04", "1985", "1985");
    value("Sales rose in the period through Summer 1996.", "1999-01-04", "Summer 1996", "1996-SU");
  }

  @Test
  void aMonthBeforeANounItModifiesIsTheMonth() {
    value("The treaty takes effect in the spring; the March accession opens the door.",
        "1999-02-10", "March", "1999-03");
    value("Polls favour the party ahead of the May election.", "2010-04-02", "May", "2010-05");
    absent("Thousands joined the March on Washington.", "1963-08-29", "March");
  }
  @Test
  void theVerbBeforeThePhrasesAMonthClosesGivesItsYear() {
    // "December" ends a long noun and prepositional phrase after "will be named": the future
    value("The agency says Maria Lopez will be named captain of the research vessel for a long voyage "
        + "in December.", "2026-03-04", "December", "2026-12");
    // fronted before a comma, the month is of the main clause, however long the phrase after it
    value("In January, two weeks after the start of the annual trade fair in the capital, a fire "
        + "destroyed a warehouse.", "2026-10-25", "January", "2026-01");
    // an infinitive in between governs the month, not the past verb before it: no tense, the
    // nearest January
    value("The bank announced an agreement to acquire the regional savings and loan holding "
        + "company in January.", "2026-11-02", "January", "2027-01");
  }
  @Test
  void lastNamesTheMonthBeforeTheOneJustEnded() {
    // said in March, "last February" is not the month just ended (that is "last month")
    value("The factory reopened last February after repairs.", "2011-03-01", "last February",
        "2010-02");
    value("The factory reopened last February after repairs.", "2011-03-21", "last February",
        "2010-02");
    // nor the month still running
    value("The factory reopened last March after repairs.", "2011-03-21", "last March",
        "2010-03");
    // an earlier month of this year is this year's; across the year's boundary, the one just ended
    value("The factory reopened last January after repairs.", "2011-03-21", "last January",
        "2011-01");
    value("The factory reopened last December after repairs.", "2011-01-10", "last December",
        "2010-12");
  }
  @Test
  void thePastWeekIsTheSevenDaysUpToPublication() {
    // 2026-04-17 is a Friday: the seven days from Saturday lie mostly in this week, 2026-W16
    value("Prices have climbed over the past week.", "2026-04-17", "the past week", "2026-W16");
    value("She has stayed in the capital for the last week.", "2026-04-17", "the last week",
        "2026-W16");
    // on a Tuesday most of them lie in the week before
    value("Prices have climbed over the past week.", "2026-04-14", "the past week", "2026-W15");
    // "last week" is still the calendar week before
    value("Prices climbed last week.", "2026-04-17", "last week", "2026-W15");
  }
  @Test
  void theFirstOrLastWeekOfAMonthOrBeforeADayIsAWeekOfThatTime() {
    // 2026-05-31 is a Sunday: the month's last seven days lie in 2026-W22 (May 25-31)
    value("The council met in the last week of May.", "2026-06-12", "the last week of May", "2026-W22");
    // July 1-5 lie in the week of Monday June 29, 2026-W27
    value("The talks resume in the first week of July.", "2026-06-12", "the first week of July", "2026-W27");
    // Christmas 2026 is a Friday: most of the seven days before it lie in 2026-W52
    value("Shops will stay open late in the last week before Christmas.", "2026-06-12",
        "the last week before Christmas", "2026-W52");
    // a week of something that is not a time is not the week before publication
    absent("Prices fell in the last week of trading.", "2026-06-12", "last week");
    absent("Prices fell in the last week of trading.", "2026-06-12", "the last week");
    absent("Shops stay open late in the last week before the vote.", "2026-06-12", "last week");
    // the seven days up to publication are still read as before
    value("Prices have climbed over the past week.", "2026-04-17", "the past week", "2026-W16");
  }

  @Test
  void aYearAfterPostOrPreIsAYearBeforeAnyNoun() {
    value("The post-1990 reforms split the party.", "2000-02-24", "1990", "1990");
    value("Prices returned to pre-2008 levels.", "2012-05-02", "2008", "2008");
    // a count before a plural noun is still no year
    absent("The ministry bought 1500 rifles.", "2012-05-02", "1500");
  }
  @Test
  void theDayBeforeOrAfterADayIsOneDayOff() {
    // 2000-02-24 is a Thursday; last Tuesday is 2000-02-22
    value("The lawyers met the day before last Tuesday's hearing.", "2000-02-24",
        "the day before last Tuesday", "2000-02-21");
    value("The shop reopened the day after March 3.", "2000-02-24", "the day after March 3",
        "2000-03-04");
    // "the day after" a time of day is no day named
    absent("The shop reopened the day after 9 p.m.", "2000-02-24", "the day after 9 p.m.");
  }
  @Test
  void theEarlyHoursAreNoDuration() {
    // 1999-10-08 is a Friday
    absent("Police arrested him in the early hours of Thursday.", "1999-10-08", "the early hours");
    value("Police arrested him in the early hours of Thursday.", "1999-10-08", "Thursday",
        "1999-10-07");
    // the first hours of something are still a vague span
    value("In the first hours of the strike, trains stopped.", "1999-10-08", "the first hours",
        "PTXH");
  }
  @Test
  void anEllipticLastRepeatsTheUnitJustSaid() {
    value("Shareholders will get twice as much this year as last.", "2011-05-03", "last", "2010");
    value("Traffic was heavier this week than last, the agency said.", "2011-05-03", "last",
        "2011-W17");
    // "last" before its own word is that word's
    absent("Sales rose this year as last quarter's orders shipped.", "2011-05-03", "last");
  }

  @Test
  void anAmountInFiguresBeforeARateIsAMeasure() {
    absent("The bakery has been baking loaves at a rate of 12,500 a month.", "2011-05-03",
        "a month");
    absent("Each share will pay a dividend of $2.15 a year.", "2011-05-03", "a year");
    absent("Parking there costs $3.50 per hour.", "2011-05-03", "per hour");
    // a rate that recurs, or a plain stretch of time, stays a time
    for (boolean tagged : new boolean[] {false, true}) {
      assertThat(find(times("The ferry sails twice a month.", "2011-05-03", tagged), "a month"))
          .hasValueSatisfying(t -> assertThat(t.type().name()).isEqualTo("SET"));
    }
    value("The works will take a month.", "2011-05-03", "a month", "P1M");
  }

  @Test
  void aShortSentenceWithALowerCaseVerbIsNoHeadline() {
    // most words capitalised, but "are" in lower case: names, and "Today" is one of them
    absent("You are watching Metro News Today.", "2011-05-03", "Today");
    // a title-cased headline still keeps its times
    value("Harbour Board Will Vote Today", "2011-05-03", "Today", "2011-05-03");
  }

  @Test
  void theSamePeriodLastYearAfterAMonthIsThatMonthAYearBefore() {
    value("Ticket sales rose 12% in April compared with the same period last year.", "2012-05-08",
        "the same period last year", "2011-04");
    value("Exports fell in June from the same period a year ago.", "2012-07-02",
        "the same period a year ago", "2011-06");
    // in an earnings report the period is still the report's quarter
    value("Profit rose in the third quarter from the same period last year.", "2012-10-20",
        "the same period last year", "2011-Q3");
  }

  @Test
  void aShortYearAfterAProductNameIsItsVersion() {
    absent("She installed Photo Studio '09 on the new laptop.", "2011-05-03", "'09");
    absent("The shop still sells iDraw '08 licences to schools.", "2011-05-03", "'08");
    // a short year elsewhere stays a year
    value("The club has not won the league since '98, its fans say.", "2011-05-03", "'98", "1998");
  }

  @Test
  void annuallyRecursUnlessItIsTheRateOfAnAmountOrAChange() {
    value("The harvest fair is held annually in the old market square.", "2011-05-03", "annually",
        "P1Y");
    // a rate: of a figure, a percentage, a count, or of growth
    absent("The mill expects its output to rise 6.5% annually until 2015.", "2011-05-03",
        "annually");
    absent("The new line would make about 8,000 bicycles annually.", "2011-05-03", "annually");
    absent("The bakery has been doubling its orders annually since it opened.", "2011-05-03",
        "annually");
  }

  @Test
  void asSoonAsPossibleIsSoonButAsSoonAsAClauseIsNot() {
    value("The ferry company wants the pier repaired as soon as possible.", "2011-05-03",
        "as soon as possible", "FUTURE_REF");
    // the conjunction opens a clause of its own, no time
    for (boolean tagged : new boolean[] {false, true}) {
      assertThat(times("The shops will reopen as soon as the storm passes.", "2011-05-03", tagged))
          .isEmpty();
    }
  }

  @Test
  void thatDayWithNoDayNamedBeforeIsGeneric() {
    // only a year, sentences back: "that day" is a generic day of the scene described
    absent("The mill flooded in 1998. Its owners rebuilt it. On mornings when the river rises, "
        + "millers lose the grain stored that day.", "2011-05-03", "that day");
    // a month in the sentence before is the month of that day, which the text does not give
    value("The mill flooded last October. Its owners left the town that same day.", "2011-05-03",
        "that same day", "2010-10-XX");
    // a day named before gives the day
    value("The mill flooded on Tuesday. Its owners left the town that day.", "2011-05-05",
        "that day", "2011-05-03");
  }

  @Test
  void forTheFiscalYearIsTheYearUnderDiscussion() {
    value("The brewer said a weak summer will hurt profit for the fiscal year.", "2011-05-03",
        "the fiscal year", "2011");
    // twelve months up to a day named stay a stretch of time
    value("The brewer earned $3 million in the fiscal year ended March 31.", "2011-05-03",
        "the fiscal year", "P1Y");
  }

  @Test
  void anAverageDailyAmountIsARate() {
    absent("The transit board said average daily ridership rose to 40,000 riders.", "2011-05-03",
        "daily");
    absent("Average weekly pay for nurses climbed in the spring.", "2011-05-03", "weekly");
    // a daily event still recurs
    value("The ferry now sails daily to the island.", "2011-05-03", "daily", "P1D");
  }

  @Test
  void theWholeOfEveryDayIsNoTime() {
    absent("Guards will watch the gate 24 hours a day until the trial.", "2011-05-03", "24 hours");
    absent("The clinic is open seven days a week.", "2011-05-03", "seven days");
    // part of a day, and a plain stretch, stay durations
    value("The nurses work 12 hours a day.", "2011-05-03", "12 hours", "PT12H");
    value("The search went on for 24 hours.", "2011-05-03", "24 hours", "PT24H");
  }

  @Test
  void monthsOfPayAreASumOfMoney() {
    absent("Each clerk who leaves will get a payment worth four months of salary.", "2011-05-03",
        "four months");
    absent("The union won them three weeks of severance.", "2011-05-03", "three weeks");
    // months of something else stay a stretch of time
    value("The talks followed six months of strikes.", "2011-05-03", "six months", "P6M");
  }

  @Test
  void aRangeOfCountsAfterTheNextIsOneVagueStretch() {
    value("The pier will be rebuilt over the next 9 to 15 months.", "2011-05-03",
        "the next 9 to 15 months", "PXM");
    value("Rents rose in the past five to seven years.", "2011-05-03",
        "the past five to seven years", "PXY");
    // without the article each count is tagged, as "between 60 and 90 days" is
    value("Repairs take three to five days.", "2011-05-03", "five days", "P5D");
  }

  @Test
  void thePastCenturyReachesBackAHundredYears() {
    value("The bridge is one of the great works of the past century.", "1989-11-01",
        "the past century", "P100Y");
    value("The bridge is one of the great works of the past decade.", "1989-11-01",
        "the past decade", "P10Y");
  }
}
