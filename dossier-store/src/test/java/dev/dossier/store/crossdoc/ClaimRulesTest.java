package dev.dossier.store.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.store.query.ClaimRelation.Relation;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimRulesTest {

  private static Claim statement(long id, long article, long group, String source, String text, boolean negated) {
    Claim c = inStory(id, article, group, 1L, source, text);
    return new Claim(c.id(), c.article(), c.group(), c.story(), false, source, c.terms(), negated, null, null, 0, null);
  }

  private static Claim inStory(long id, long article, long group, Long story, String source, String text) {
    return new Claim(id, article, group, story, false, source, Terms.claimTerms(text), false, null, null, 0, null);
  }

  private static Claim figure(long id, long article, long group, Long story, String source, String key, double v) {
    return new Claim(id, article, group, story, true, source, Set.of(), false, key, "%", v, "2026-01");
  }

  @Test
  void independentSourcesCorroborate() {
    Claim a = statement(1, 10, 10, "actor:5", "the ceasefire talks will resume next week", false);
    Claim b = statement(2, 11, 11, "anon:officials@courier", "talks on the ceasefire will resume next week", false);
    assertThat(ClaimRules.relate(a, b).relation()).isEqualTo(Relation.CORROBORATES);
  }

  @Test
  void statementsWithDifferentNumbersAreTwoFindings() {
    Claim a = statement(1, 10, 10, "actor:5", "that 38% approve of the government's performance and 55% disapprove", false);
    Claim b = statement(2, 11, 11, "actor:6", "that 41% approve of the government's performance and 52% disapprove", false);
    assertThat(ClaimRules.relate(a, b)).isNull();
    Claim dated = statement(3, 12, 12, "actor:7", "negotiators will open talks on the ceasefire in Cairo on Jan. 12", false);
    Claim more = statement(4, 13, 13, "actor:8", "negotiators will open talks on the ceasefire in Cairo on 12 January with 30 mediators", false);
    assertThat(ClaimRules.relate(dated, more).relation()).isEqualTo(Relation.CORROBORATES);
  }

  @Test
  void decimalAndSpelledNumbersTellStatementsApart() {
    Claim small = statement(1, 10, 10, "actor:5", "a net loss of 8.6 mln crowns for the year", false);
    Claim large = statement(2, 11, 11, "actor:6", "a net loss of 60.4 mln crowns for the year", false);
    assertThat(ClaimRules.relate(small, large)).isNull();
    Claim two = statement(3, 12, 12, "actor:7", "the board approved a two pct stock dividend for holders", false);
    Claim ten = statement(4, 13, 13, "actor:8", "the board approved a 10 pct stock dividend for holders", false);
    assertThat(ClaimRules.relate(two, ten)).isNull();
    Claim digits = statement(5, 14, 14, "actor:9", "the board approved a 2 pct stock dividend for holders", false);
    assertThat(ClaimRules.relate(two, digits).relation()).isEqualTo(Relation.CORROBORATES);
    assertThat(Terms.claimTerms("1,500,000 shares at 12.50 dlrs")).containsExactly("1500000", "shar", "12.5", "dlr");
  }

  @Test
  void aSharedNumberAndUnitAreNotTheSameStatement() {
    Claim sales = statement(1, 10, 10, "actor:5", "sales of 100 mln dlrs", false);
    Claim savings = statement(2, 11, 11, "actor:6", "saving about 100 mln dlrs", false);
    assertThat(ClaimRules.relate(sales, savings)).isNull();
  }

  @Test
  void outOfTheSameStoryOnlyNearlyTheSameStatementCorroborates() {
    Claim a = inStory(1, 10, 10, 1L, "actor:5", "proceeds from the offering will repay bank debt");
    Claim b = inStory(2, 11, 11, 2L, "actor:6", "proceeds will repay bank debt taken on for the acquisition of two mills");
    assertThat(ClaimRules.relate(a, b)).isNull(); // in one story they would: 4 of a's 5 terms
    Claim c = inStory(3, 12, 12, 1L, "actor:6", "proceeds will repay bank debt taken on for the acquisition of two mills");
    assertThat(ClaimRules.relate(a, c).relation()).isEqualTo(Relation.CORROBORATES);
    Claim d = inStory(4, 13, 13, null, "actor:7", "the proceeds from the offering will repay its bank debt");
    assertThat(ClaimRules.relate(d, b)).isNull();
    assertThat(ClaimRules.relate(d, a).relation()).isEqualTo(Relation.CORROBORATES); // nearly the same words
  }

  @Test
  void copiesAndTheSameSourceOnlyRepeat() {
    Claim a = statement(1, 10, 10, "actor:5", "the ceasefire talks will resume next week", false);
    Claim copy = statement(2, 11, 10, "actor:5", "the ceasefire talks will resume next week", false);
    Claim relay = statement(3, 12, 12, "actor:5", "ceasefire talks resume next week", false);
    assertThat(ClaimRules.relate(a, copy).relation()).isEqualTo(Relation.REPEATS);
    assertThat(ClaimRules.relate(a, copy).why()).contains("copy");
    assertThat(ClaimRules.relate(a, relay).relation()).isEqualTo(Relation.REPEATS);
    assertThat(ClaimRules.relate(a, relay).why()).contains("same source");
  }

  @Test
  void oppositeStatementsContradictUnlessCopies() {
    Claim a = statement(1, 10, 10, "actor:5", "the government will raise fuel taxes this year", false);
    Claim b = statement(2, 11, 11, "actor:6", "the government will not raise fuel taxes this year", true);
    assertThat(ClaimRules.relate(a, b).relation()).isEqualTo(Relation.CONTRADICTS);
    Claim c = statement(3, 12, 10, "actor:6", "the government will not raise fuel taxes this year", true);
    assertThat(ClaimRules.relate(a, c)).isNull();
    Claim longer = statement(4, 13, 13, "actor:7",
        "the government will raise fuel taxes this year, and it will not cut spending on ferries", true);
    assertThat(ClaimRules.relate(a, longer)).as("the negation is in the clause only one of them has").isNull();
  }

  @Test
  void unrelatedStatementsAndTheSameArticleAreNotLinked() {
    Claim a = statement(1, 10, 10, "actor:5", "the ceasefire talks will resume next week", false);
    Claim b = statement(2, 11, 11, "actor:6", "the budget must pass by March", false);
    assertThat(ClaimRules.relate(a, b)).isNull();
    Claim same = statement(3, 10, 10, "actor:6", "the ceasefire talks will resume next week", false);
    assertThat(ClaimRules.relate(a, same)).isNull();
  }

  @Test
  void figuresAgreeOrContradictOnTheSameMeasure() {
    String key = "approval|government|veldoran";
    Claim a = figure(1, 10, 10, 1L, "actor:1", key, 48);
    assertThat(ClaimRules.relate(a, figure(2, 11, 11, 2L, "actor:2", key, 48.4)).relation())
        .isEqualTo(Relation.CORROBORATES);
    ClaimRules.Link l = ClaimRules.relate(a, figure(3, 12, 12, 2L, "actor:2", key, 41));
    assertThat(l.relation()).isEqualTo(Relation.CONTRADICTS);
    assertThat(l.why()).contains("48 vs 41");
    assertThat(ClaimRules.relate(a, figure(4, 13, 13, 1L, "actor:2", "turnout||", 41))).isNull();
  }

  @Test
  void figuresWithoutWhatTheyMeasureAFigureOfNeedTheSameStory() {
    Claim a = figure(1, 10, 10, 1L, "actor:1", "profit||", 100);
    assertThat(ClaimRules.relate(a, figure(2, 11, 11, 2L, "actor:2", "profit||", 100))).isNull();
    assertThat(ClaimRules.relate(a, figure(3, 12, 12, 1L, "actor:2", "profit||", 100)).relation())
        .isEqualTo(Relation.CORROBORATES);
  }

  @Test
  void figuresContradictOnlyWhenTheySayWhatTheyAreAFigureOf() {
    // Reuters earnings: "15 cts a share" and "57 cts a share" in one story are two companies
    Claim a = figure(1, 10, 10, 1L, "actor:1", "profit||", 100);
    assertThat(ClaimRules.relate(a, figure(2, 11, 11, 1L, "actor:2", "profit||", 50))).isNull();
    Claim acme = figure(3, 12, 12, 1L, "actor:1", "profit|acme|", 100);
    assertThat(ClaimRules.relate(acme, figure(4, 13, 13, 1L, "actor:2", "profit|acme|", 50)).relation())
        .isEqualTo(Relation.CONTRADICTS);
    assertThat(ClaimRules.relate(acme, figure(5, 14, 14, 2L, "actor:2", "profit|acme|", 50)).relation())
        .isEqualTo(Relation.CONTRADICTS);
  }

  @Test
  void amountsOfACommodityOrSecurityAreDifferentDealsNotContradictions() {
    // Reuters: "200,000 shares of its common stock" and "2,129,300 shares of common stock"
    Claim a = new Claim(1, 10, 10, 1L, true, "outlet:reuters", Set.of(), false, "shar|common stock|", "count", 200000,
        "1987-03");
    Claim b = new Claim(2, 11, 11, 1L, true, "outlet:reuters", Set.of(), false, "shar|common stock|", "count", 2129300,
        "1987-03");
    assertThat(ClaimRules.relate(a, b)).isNull();
    Claim gold = new Claim(3, 12, 12, 1L, true, "actor:1", Set.of(), false, "ounc|gold|", "count", 50000, "1987-03");
    Claim more = new Claim(4, 13, 13, 1L, true, "actor:2", Set.of(), false, "ounc|gold|", "count", 80000, "1987-03");
    assertThat(ClaimRules.relate(gold, more)).isNull();
    Claim same = new Claim(5, 14, 14, 1L, true, "actor:2", Set.of(), false, "ounc|gold|", "count", 50000, "1987-03");
    assertThat(ClaimRules.relate(gold, same).relation()).isEqualTo(Relation.CORROBORATES);
  }

  @Test
  void countsContradictOnlyWhenTheySayWhatTheyCount() {
    Claim two = new Claim(1, 10, 10, 1L, true, "actor:1", Set.of(), false, "official||", "count", 2, "2026-01");
    Claim three = new Claim(2, 11, 11, 1L, true, "actor:2", Set.of(), false, "official||", "count", 3, "2026-01");
    assertThat(ClaimRules.relate(two, three)).isNull();
    Claim again = new Claim(3, 12, 12, 1L, true, "actor:2", Set.of(), false, "official||", "count", 2, "2026-01");
    assertThat(ClaimRules.relate(two, again)).as("two officials in two articles confirm nothing").isNull();
    Claim rate = new Claim(6, 10, 10, 1L, true, "actor:1", Set.of(), false, "unemployment||", "%", 5.3, "2026-01");
    Claim rateAgain = new Claim(7, 11, 11, 1L, true, "actor:2", Set.of(), false, "unemployment||", "%", 5.3, "2026-01");
    assertThat(ClaimRules.relate(rate, rateAgain).relation()).isEqualTo(Relation.CORROBORATES);
    Claim dead = new Claim(4, 10, 10, 1L, true, "actor:1", Set.of(), false, "people|flood|", "people", 40, "2026-01");
    Claim more = new Claim(5, 11, 11, 1L, true, "actor:2", Set.of(), false, "people|flood|", "people", 55, "2026-01");
    assertThat(ClaimRules.relate(dead, more).relation()).isEqualTo(Relation.CONTRADICTS);
  }
}
