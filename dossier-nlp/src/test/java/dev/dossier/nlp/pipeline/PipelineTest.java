package dev.dossier.nlp.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.model.Analysis;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.model.Mention;
import dev.dossier.nlp.testing.StageAssertions;
import dev.dossier.nlp.text.TokenizeStage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {

  /** A stub stage with declared layers that adds empty layers. */
  private record Stub(String name, Set<LayerKey<?>> requires, Set<LayerKey<?>> provides, boolean honest)
      implements Stage {
    @Override
    public Analysis apply(Analysis in) {
      Analysis a = in;
      if (honest) {
        for (LayerKey<?> k : provides) {
          a = a.with(k, List.of());
        }
      }
      return a;
    }
  }

  @Test
  void rejectsAMissingRequirementWhenBuilt() {
    Pipeline.Builder b = Pipeline.builder()
        .add(new Stub("ner", Set.of(Layers.TOKENS), Set.of(Layers.MENTIONS), true));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'ner' requires [tokens]");
  }

  @Test
  void rejectsReprovidingWithoutRequiring() {
    Pipeline.Builder b = Pipeline.builder().add(new TokenizeStage())
        .add(new Stub("other", Set.of(), Set.of(Layers.TOKENS), true));
    assertThatThrownBy(b::build).hasMessageContaining("must require it");
  }

  @Test
  void refiningALayerIsAllowed() {
    Pipeline p = Pipeline.builder().add(new TokenizeStage())
        .add(new Stub("pos", Set.of(Layers.TOKENS), Set.of(Layers.TOKENS), true)).build();
    assertThat(p.stages()).hasSize(2);
  }

  @Test
  void recordsATimingPerStageAndChecksDeclarations() {
    Pipeline p = Pipeline.builder().add(new TokenizeStage())
        .add(new Stub("ner", Set.of(Layers.TOKENS), Set.of(Layers.MENTIONS), true)).build();
    Analysis a = p.analyze(StageAssertions.article("Hello there.", null));
    assertThat(a.runs()).extracting(r -> r.stage()).containsExactly("tokenize", "ner");
    assertThat(a.runs()).allSatisfy(r -> assertThat(r.nanos()).isPositive());
    assertThat(a.layer(Layers.MENTIONS)).isEqualTo(List.<Mention>of());

    Pipeline liar = Pipeline.builder().add(new TokenizeStage())
        .add(new Stub("liar", Set.of(Layers.TOKENS), Set.of(Layers.MENTIONS), false)).build();
    assertThatThrownBy(() -> liar.analyze(StageAssertions.article("Hello.", null)))
        .isInstanceOf(StageException.class)
        .hasMessageContaining("test: stage 'liar' failed: stage declared layer 'mentions'");
  }
}
