package dev.dossier.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Layers;
import dev.dossier.model.TimeExpression;
import dev.dossier.nlp.testing.StageAssertions;
import dev.dossier.nlp.text.TokenizeStage;
import dev.dossier.model.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The first-word dispatch of {@link TimeGrammar}: the rules are tried only at a word one of them
 * can start at, and expressions opening with each kind of first word are still found.
 */
class TimeGrammarStartsTest {

  private List<String> times(String text) {
    Analysis a = StageAssertions.run(text, "2026-03-10", new TimesStage(), new TokenizeStage());
    return a.layer(Layers.TIMES).stream().map(TimeExpression::text).toList();
  }

  @Test
  void plainWordsStartNothing() {
    for (String w : List.of("minister", "said", "talks", "of", "in", "on", "and", ",", ".", "growth")) {
      assertThat(TimeGrammar.mayStart(w)).as(w).isFalse();
    }
  }

  @Test
  void digitsLexiconWordsAndRuleWordsMayStart() {
    for (String w : List.of("1990s", "'98", "10:30", "q3", "3q", "fy2025", "fy'99", "march",
        "sept.", "tuesdays", "twenty", "third", "weeks", "spring", "morning", "about", "the",
        "half", "fortnightly", "midnight", "christmas", "several", "more", "end", "\u0661\u0662:30")) {
      assertThat(TimeGrammar.mayStart(w)).as(w).isTrue();
    }
  }

  @Test
  void expressionsOpeningWithEachKindOfWordAreFound() {
    assertThat(times("The board met at midnight and again at 10:30 a.m. Friday."))
        .contains("midnight", "10:30 a.m. Friday");
    assertThat(times("The rebate was paid in FY2024 and in the third quarter."))
        .contains("FY2024", "the third quarter");
    assertThat(times("The vote took half an hour, after several weeks of delay."))
        .contains("half an hour", "several weeks");
    assertThat(times("The market opens fortnightly until Christmas Eve."))
        .contains("fortnightly", "Christmas Eve");
    assertThat(times("Sales rose more than two years ago, late last year and in the 1990s."))
        .contains("more than two years ago", "late last year", "the 1990s");
  }

  @Test
  void articlesStartExpressionsOnlyBeforeTheWordsTheRulesAskFor() {
    assertThat(TimeGrammar.mayStart("a")).isTrue();
    assertThat(times("The plant closes in the near future, he said the day before yesterday."))
        .contains("the near future", "the day before yesterday");
    assertThat(times("Sales rose in the comparable period and fell over the weekend."))
        .contains("the comparable period", "the weekend");
    assertThat(times("They waited for a while, then talks lasted a few days."))
        .contains("a while", "a few days");
    assertThat(times("The program ran for a full year and an hour."))
        .contains("a full year", "an hour");
    assertThat(times("The minister said a deal and the talks were near.")).isEmpty();
  }

  /** The words the dispatch skipped at which a rule would still have matched, as "word@index". */
  private static List<String> skipped(String text) {
    Analysis a = StageAssertions.run(text, "2026-03-10", new TokenizeStage());
    List<Token> tokens = a.layer(Layers.TOKENS);
    Words w = Words.of(tokens);
    List<String> out = new ArrayList<>();
    for (int i : new TimeGrammar().skippedStarts(w)) {
      out.add(tokens.get(i).text() + "@" + i);
    }
    return out;
  }

  @Test
  void noRuleMatchesAtASkippedWordOfTheDemoArticles() throws IOException {
    Path dir = Path.of("..", "demo", "articles");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      assertThat(skipped(Files.readString(f))).as(f.toString()).isEmpty();
    }
  }

  @Test
  void noRuleMatchesAtASkippedWordOfVariedTimeWording() {
    String text = String.join(" ",
        "Between 2019 and 2021 the fund grew; from March to May it shrank.",
        "Talks resume next Tuesday, two years ago they stalled, and earlier this year they restarted.",
        "In the coming weeks, by early 2026 and late last year, in Q3 and fiscal 2025 it changed.",
        "On Oct. 7, 2023, on Sept. 5 and on 5 September, at 10:30 p.m. and around noon it happened.",
        "A decade ago, for three hours, every Monday, twice a week and since the 1990s it did.",
        "The vote, scheduled for the end of the month, came a week after the year-end holidays.",
        "Mid-morning Monday and overnight Tuesday, within days and over the past several quarters.");
    assertThat(skipped(text)).isEmpty();
  }
}
