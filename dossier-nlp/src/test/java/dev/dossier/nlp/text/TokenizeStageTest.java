package dev.dossier.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Layers;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.nlp.testing.StageAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizeStageTest {

  private final Pipeline pipeline = Pipeline.builder().add(new TokenizeStage()).build();

  @Test
  void producesValidLayers() {
    Analysis a = StageAssertions.run("The prime minister's office said Sunday. Talks resume Monday.",
        "2025-12-29", new TokenizeStage());
    assertThat(a.layer(Layers.SENTENCES)).hasSize(2);
    assertThat(a.layer(Layers.TOKENS)).extracting(t -> t.text())
        .startsWith("The", "prime", "minister", "'s", "office");
  }

  @Test
  void deterministicAndThreadSafe() throws Exception {
    StageAssertions.assertDeterministicAndThreadSafe(pipeline,
        List.of("One. Two three.", "U.S. officials met in Geneva on Oct. 3, 2024.", "\u201cNo,\u201d she said."),
        "2025-01-01");
  }

  @Test
  void survivesHostileInput() {
    StageAssertions.assertSurvivesHostileInput(pipeline, 42L, 300);
  }
}
