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
}
