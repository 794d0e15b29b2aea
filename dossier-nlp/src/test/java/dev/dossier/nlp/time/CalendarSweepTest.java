package dev.dossier.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Layers;
import dev.dossier.model.TimeExpression;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.nlp.testing.StageAssertions;
import dev.dossier.nlp.text.TokenizeStage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every publication date from 2020 to 2030: relative expressions checked against java.time. */
class CalendarSweepTest {

  private static final String TEXT = "Sales fell this week. They rose last week. A vote comes next "
      + "month. The minister spoke yesterday. Profits doubled last year.";

  private static String week(LocalDate d) {
    return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  @Test
  void everyDayFrom2020To2030() {
    Pipeline p = Pipeline.builder().add(new TokenizeStage()).add(new TimesStage()).build();
    int days = 0;
    for (LocalDate d = LocalDate.of(2020, 1, 1); !d.isAfter(LocalDate.of(2030, 12, 31)); d = d.plusDays(1)) {
      Analysis a = p.analyze(StageAssertions.article(TEXT, d.toString()));
      List<String> values = a.layer(Layers.TIMES).stream().map(TimeExpression::value).toList();
      List<String> expected = List.of(
          week(d),
          week(d.minusWeeks(1)),
          d.plusMonths(1).format(DateTimeFormatter.ofPattern("yyyy-MM")),
          d.minusDays(1).toString(),
          Integer.toString(d.getYear() - 1));
      assertThat(values).as("published %s", d).isEqualTo(expected);
      days++;
    }
    assertThat(days).isEqualTo(4018);
  }
}
