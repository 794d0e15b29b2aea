package dev.dossier.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Layers;
import dev.dossier.model.TimeExpression;
import dev.dossier.nlp.testing.StageAssertions;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The motivating article's times, read at test time from {@code dossier.examples}. */
class SeedArticleTimesTest {

  @Test
  void seedArticleTimes() throws IOException {
    Analysis a = StageAssertions.seedAnalysis();
    Map<String, String> values = new LinkedHashMap<>();
    for (TimeExpression t : a.layer(Layers.TIMES)) {
      values.put(t.text(), t.value());
    }
    assertThat(values)
        .containsEntry("this week", "2026-W01")
        .containsEntry("October 2026", "2026-10")
        .containsEntry("between 2019 and 2021", "2019..2021")
        .containsEntry("Oct. 7, 2023", "2023-10-07")
        .containsEntry("September 2025", "2025-09")
        .containsEntry("March 2026", "2026-03");
    TimeExpression range = a.layer(Layers.TIMES).stream()
        .filter(t -> t.text().equals("between 2019 and 2021")).findFirst().orElseThrow();
    assertThat(range.rangeBegin()).isEqualTo("2019");
    assertThat(range.rangeEnd()).isEqualTo("2021");
  }
}
