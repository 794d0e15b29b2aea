package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Stage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareBuildsTest {

  @Test
  void countsTheLowerPasses() {
    assertThat(CompareBuilds.lower(new long[] {5, 9, 3, 4}, new long[] {6, 8, 3, 7})).isEqualTo(2);
  }

  @Test
  void runsTwoCopiesOfABuildInTurnsStageByStage() throws Exception {
    Path data = Path.of(System.getProperty("dossier.data", "../../shared/data"));
    assumeTrue(Files.isDirectory(data.resolve("bbc-news")), "needs the BBC News corpus");
    System.setProperty("dossier.data", data.toString());
    List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of).toList();
    CompareBuilds.Build a = new CompareBuilds.Build("a", classPath, 60);
    CompareBuilds.Build b = new CompareBuilds.Build("b", classPath, 60);
    List<String> stages = StandardPipeline.create().stages().stream().map(Stage::name).toList();
    assertThat(a.stages).containsExactlyElementsOf(stages);
    assertThat(a.articleCount()).isEqualTo(BenchTexts.COUNT);

    long[][][] cpu = CompareBuilds.compare(a, b, 0, 2);

    for (long[][] build : cpu) {
      assertThat(build).hasNumberOfRows(stages.size() + 1);
      for (int p = 0; p < 2; p++) {
        long sum = 0;
        for (int s = 0; s < stages.size(); s++) {
          assertThat(build[s][p]).isPositive();
          sum += build[s][p];
        }
        assertThat(build[stages.size()][p]).isEqualTo(sum);
      }
    }
  }
}
