package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Stage;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/** Every stage of the standard pipeline has its benchmark, in pipeline order. */
class StageBenchmarkTest {

  @Test
  void benchmarksEveryStageOfTheStandardPipeline() throws Exception {
    String[] listed = StageBenchmark.class.getField("stage").getAnnotation(Param.class).value();
    assertThat(listed).containsExactlyElementsOf(
        StandardPipeline.create().stages().stream().map(Stage::name).toList());
  }
}
