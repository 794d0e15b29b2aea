package dev.dossier.nlp.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Figure;
import dev.dossier.model.Layers;
import dev.dossier.model.Origin;
import dev.dossier.nlp.StandardPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureStageTest {

  private static Analysis analyse(String text) {
    return StandardPipeline.create().analyze(Article.builder().text(text).origin(Origin.file("t", "text")).build());
  }

  @Test
  void numberWordsInAnyCaseAndDigitsAreNumbersOtherWordsAreNot() {
    assertEquals(5.0, FigureStage.number("five"));
    assertEquals(5.0, FigureStage.number("Five"));
    assertEquals(5.0, FigureStage.number("FIVE"));
    assertEquals(2.0, FigureStage.number("Two"));
    assertEquals(200.0, FigureStage.number("Hundreds"));
    assertEquals(2000.0, FigureStage.number("THOUSANDS"));
    assertEquals(24.0, FigureStage.number("dozens"));
    assertEquals(10.0, FigureStage.number("Ten"));
    assertEquals(1200.0, FigureStage.number("1,200"));
    assertEquals(45.0, FigureStage.number("45%"));
    for (String w : new String[] {"fiver", "tw", "Delta", "eleven", "one", "Seventeen", "hundred", "x", "", "4x4"}) {
      assertEquals(null, FigureStage.number(w), w);
    }
  }

  @Test
  void aFourDigitNumberBeforeAPluralIsAYearNoCountButLongerNumbersCount() {
    List<Figure> year = analyse("In 1987 elections were held across the valley.").layer(Layers.FIGURES);
    assertTrue(year.stream().noneMatch(x -> x.value() == 1987.0), year.toString());
    List<Figure> count = analyse("Some 1987 workers walked out of the mill on Tuesday.").layer(Layers.FIGURES);
    assertTrue(count.stream().noneMatch(x -> x.value() == 1987.0), count.toString());
    List<Figure> five = analyse("Some 19875 workers walked out of the mill on Tuesday.").layer(Layers.FIGURES);
    assertTrue(five.stream().anyMatch(x -> x.value() == 19875.0), five.toString());
  }

  @Test
  void percentagesWithMeasureAmongAndComparison() {
    Analysis a = analyse("A new survey showed the mayor enjoying 62% approval among residents, "
        + "compared with 35% approval for the city council.");
    List<Figure> f = a.layer(Layers.FIGURES);
    assertEquals(2, f.size(), f.toString());
    assertEquals(62.0, f.get(0).value());
    assertEquals("%", f.get(0).unit());
    assertEquals("approval", f.get(0).measure().text());
    assertEquals("residents", f.get(0).among().text());
    assertEquals("the mayor", f.get(0).of().text());
    assertNotNull(f.get(1).comparison());
    assertTrue(f.get(1).comparison().text().startsWith("compared"));
    assertEquals(0, f.get(1).comparedTo());
    assertEquals("the city council", f.get(1).of().text());
  }

  @Test
  void moneyAndPeopleButNotYearsOrPhases() {
    Analysis a = analyse("In 2024 the ministry spent $1.5 billion on Phase 2, and 300 workers lost their jobs.");
    List<Figure> f = a.layer(Layers.FIGURES);
    assertEquals(2, f.size(), f.toString());
    assertEquals(1.5e9, f.get(0).value(), 1);
    assertEquals("USD", f.get(0).unit());
    assertEquals("$1.5 billion", f.get(0).text());
    assertEquals(300.0, f.get(1).value());
    assertEquals("people", f.get(1).unit());
  }

  @Test
  void wireAbbreviationsAreUnits() {
    Analysis a = analyse("Net profit rose 12 pct to 4.5 mln dlrs, and the company paid 300 mln stg in debt.");
    List<Figure> f = a.layer(Layers.FIGURES);
    assertEquals(3, f.size(), f.toString());
    assertEquals("%", f.get(0).unit());
    assertEquals(12.0, f.get(0).value());
    assertEquals("USD", f.get(1).unit());
    assertEquals(4.5e6, f.get(1).value());
    assertEquals("GBP", f.get(2).unit());
    assertEquals(3e8, f.get(2).value());
    Analysis table = analyse("Shr 69 cts vs 22 cts. Net 4.5 mln dlrs vs 1.2 mln dlrs.");
    for (Figure x : table.layer(Layers.FIGURES)) {
      assertTrue(x.measure() == null, "no measure in " + x);
    }
  }

  @Test
  void aNumberNamingSomethingIsNoCountOfWhatFollows() {
    Analysis a = analyse("A third round of Phase 2 talks is planned, and Resolution 2334 votes were counted; "
        + "officials said 40 talks had been held.");
    List<Figure> f = a.layer(Layers.FIGURES);
    assertEquals(1, f.size(), f.toString());
    assertEquals(40.0, f.get(0).value());
    assertEquals("count", f.get(0).unit());
  }

  @Test
  void aVerbOfOpinionAfterAPercentageIsWhatItMeasures() {
    Analysis a = analyse("The council's survey of 900 residents found that 64% expect the tram line to open late, "
        + "and 22% oppose the new bus lanes, with a margin of error of 3 percentage points.");
    List<Figure> f = a.layer(Layers.FIGURES);
    assertEquals(4, f.size(), f.toString());
    assertEquals("residents", f.get(0).measure().text());
    assertEquals("expect the tram line to open late", f.get(1).measure().text());
    assertEquals("oppose the new bus lanes", f.get(2).measure().text());
    assertEquals("percentage points", f.get(3).unit());
    assertEquals("margin of error", f.get(3).measure().text());
  }

  @Test
  void aVerbOfOpinionAfterTheGroupIsWhatThePercentageOfTheGroupMeasures() {
    Analysis a = analyse("A harbour board poll found that 61% of fishermen approve of the new quay, "
        + "while 27% of traders oppose the plan to close the market.");
    List<Figure> f = a.layer(Layers.FIGURES);
    assertEquals(2, f.size(), f.toString());
    assertEquals("fishermen", f.get(0).among().text());
    assertEquals("approve", f.get(0).measure().text());
    assertEquals("the new quay", f.get(0).of().text());
    assertEquals("traders", f.get(1).among().text());
    assertEquals("oppose the plan to close the market", f.get(1).measure().text());
  }

  @Test
  void theSameSurveyIsThePollNamedBefore() {
    Analysis a = analyse("A Harbourview Research survey of 800 voters conducted in May found that 55% approve of "
        + "the mayor. The same survey found that 61% expect the tram line to open late.");
    List<Figure> f = a.layer(Layers.FIGURES);
    Figure named = f.stream().filter(x -> x.value() == 55.0).findFirst().orElseThrow();
    Figure later = f.stream().filter(x -> x.value() == 61.0).findFirst().orElseThrow();
    assertNotNull(named.sourceEntity(), f.toString());
    assertEquals(named.sourceEntity(), later.sourceEntity());
    assertEquals(named.time(), later.time());
  }

  private static Figure at(List<Figure> f, String text, String covered) {
    return at(f, text, covered, "");
  }

  /** The figure covering exactly the first {@code covered} after {@code after} in {@code text}. */
  private static Figure at(List<Figure> f, String text, String covered, String after) {
    int start = text.indexOf(covered, text.indexOf(after) + after.length());
    return f.stream().filter(x -> x.start() == start && x.end() == start + covered.length()).findFirst()
        .orElseThrow(() -> new AssertionError("no figure on \"" + covered + "\" in " + f));
  }

  @Test
  void aMultiplierWrittenOntoTheNumberMultipliesItWithTheCurrencySignInTheSpan() {
    String text = "The bakery chain sold its depots for $1.2bn and paid $5m in fees, its rival raised £76m and "
        + "\u20ac3.5bn, a supplier lost 154m naira, the state owes 2.3tn yen and the port paid US$13 million.";
    List<Figure> f = analyse(text).layer(Layers.FIGURES);
    assertEquals(1.2e9, at(f, text, "$1.2bn").value(), 1);
    assertEquals("USD", at(f, text, "$1.2bn").unit());
    assertEquals(5e6, at(f, text, "$5m").value(), 1);
    assertEquals("GBP", at(f, text, "\u00a376m").unit());
    assertEquals(7.6e7, at(f, text, "\u00a376m").value(), 1);
    assertEquals(3.5e9, at(f, text, "\u20ac3.5bn").value(), 1);
    assertEquals("EUR", at(f, text, "\u20ac3.5bn").unit());
    assertEquals(1.54e8, at(f, text, "154m naira").value(), 1);
    assertEquals("NGN", at(f, text, "154m naira").unit());
    assertEquals(2.3e12, at(f, text, "2.3tn yen").value(), 1e3);
    assertEquals("JPY", at(f, text, "2.3tn yen").unit());
    assertEquals(1.3e7, at(f, text, "US$13 million").value(), 1);
    assertEquals("USD", at(f, text, "US$13 million").unit());
    for (Figure x : f) {
      assertEquals(x.text(), text.substring(x.start(), x.end()));
      assertEquals(FigureStage.NAME, x.stage());
    }
  }

  @Test
  void mOrKWithoutACurrencyIsALengthNotAMultiplier() {
    String text = "The club built a 5m wall before the 100m final, ran a 10k race for charity and raised $10k.";
    List<Figure> f = analyse(text).layer(Layers.FIGURES);
    assertTrue(f.stream().noneMatch(x -> x.value() >= 1e6), f.toString());
    assertEquals(1, f.size(), f.toString());
    assertEquals(1e4, at(f, text, "$10k").value(), 1e-6);
  }

  @Test
  void aSpelledOutDecimalIsOneNumber() {
    String text = "Prices rose by one point three per cent, and the council spent two point five million pounds. "
        + "At one point two men left the hall.";
    List<Figure> f = analyse(text).layer(Layers.FIGURES);
    assertEquals(1.3, at(f, text, "one point three per cent").value(), 1e-9);
    assertEquals("%", at(f, text, "one point three per cent").unit());
    assertEquals(2.5e6, at(f, text, "two point five million pounds").value(), 1e-6);
    assertEquals("GBP", at(f, text, "two point five million pounds").unit());
    assertTrue(f.stream().noneMatch(x -> x.value() == 1.2), f.toString());
  }

  @Test
  void bothEndsOfARangeAreFiguresAndTheLowerTakesTheUnitAndMultiplierOfTheUpper() {
    String text = "Fares rose 10-15% and between 1.1 and 1.5 million people travelled, while repairs cost 3-4bn euros "
        + "and inflation fell from 5 to 3 per cent.";
    List<Figure> f = analyse(text).layer(Layers.FIGURES);
    int fares = text.indexOf("10-15%");
    Figure low = f.stream().filter(x -> x.start() == fares).findFirst().orElseThrow();
    assertEquals("10", low.text());
    assertEquals(10.0, low.value());
    assertEquals("%", low.unit());
    assertEquals(15.0, at(f, text, "15%").value());
    Figure people = at(f, text, "1.1");
    assertEquals(1.1e6, people.value(), 1e-6);
    assertEquals("people", people.unit());
    assertEquals(1.5e6, at(f, text, "1.5 million").value(), 1e-6);
    assertEquals(3e9, at(f, text, "3").value(), 1);
    assertEquals("EUR", at(f, text, "3").unit());
    assertEquals(4e9, at(f, text, "4bn euros").value(), 1);
    assertEquals(5.0, at(f, text, "5", "from ").value());
    assertEquals("%", at(f, text, "5", "from ").unit());
    assertEquals(3.0, at(f, text, "3 per cent").value());
  }

  @Test
  void aRangeInOneTokenWithoutUnitOrMultiplierIsNoCount() {
    List<Figure> f = analyse("The college offers new 14-19 qualifications in building trades.").layer(Layers.FIGURES);
    assertTrue(f.isEmpty(), f.toString());
  }

  @Test
  void fractionsOfAGroupArePercentagesButFractionsOfAPeriodOrPlaceAreNot() {
    String text = "A third of voters and half of the staff agreed, while two-thirds of pupils and one in five adults "
        + "disagreed.";
    List<Figure> f = analyse(text).layer(Layers.FIGURES);
    assertEquals(100.0 / 3, at(f, text, "A third").value(), 1e-9);
    assertEquals("%", at(f, text, "A third").unit());
    assertEquals("voters", at(f, text, "A third").among().text());
    assertEquals(50.0, at(f, text, "half").value());
    assertEquals(200.0 / 3, at(f, text, "two-thirds").value(), 1e-9);
    assertEquals(20.0, at(f, text, "one in five").value(), 1e-9);
    List<Figure> none = analyse("In the first half of the season the club sat in the bottom half of the table, "
        + "and the meeting lasted a quarter of an hour.").layer(Layers.FIGURES);
    assertTrue(none.isEmpty(), none.toString());
  }

  @Test
  void thePeriodOfARateOrATimeIsNotWhatAFigureMeasuresOrIsOf() {
    String text = "Exports grew 25% a year, and the bakery expects profits of \u00a3170m from \u00a3194m last year.";
    List<Figure> f = analyse(text).layer(Layers.FIGURES);
    assertEquals(null, at(f, text, "25%").measure(), f.toString());
    assertEquals(null, at(f, text, "\u00a3194m").measure(), f.toString());
    String month = "The jobless rate in the valley was 4% in November.";
    assertEquals(null, at(analyse(month).layer(Layers.FIGURES), month, "4%").of());
    String daily = "The station airs four daily bulletins.";
    assertEquals("daily bulletins", at(analyse(daily).layer(Layers.FIGURES), daily, "four").measure().text());
  }

  @Test
  void whatRisesOrFallsByAFigureIsWhatItIsOf() {
    String text = "Bakery output grew 15.7% in the valley, and the mill's shares fell by 4% on Monday.";
    List<Figure> f = analyse(text).layer(Layers.FIGURES);
    assertEquals("Bakery output", at(f, text, "15.7%").of().text());
    assertEquals("the mill's shares", at(f, text, "4%").of().text());
  }
}
