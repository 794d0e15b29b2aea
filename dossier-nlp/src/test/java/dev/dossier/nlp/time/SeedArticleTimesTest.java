package dev.dossier.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dossier.model.Analysis;
import dev.dossier.model.Layers;
import dev.dossier.model.TimeExpression;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.testing.StageAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The motivating article's times, read at test time from {@code dossier.examples}. */
class SeedArticleTimesTest {

  @Test
  void seedArticleTimes() throws IOException {
    String dir = System.getProperty("dossier.examples");
    assumeTrue(dir != null, "dossier.examples not set");
    Path seed = Path.of(dir, "seed-article.txt");
    assumeTrue(Files.isRegularFile(seed), "no seed article at " + seed);
    Analysis a = StandardPipeline.create().analyze(
        StageAssertions.article(Files.readString(seed), "2025-12-29"));
    StageAssertions.assertValid(a);
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
