package dev.dossier.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Layers;
import dev.dossier.model.Token;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.nlp.testing.StageAssertions;
import dev.dossier.nlp.text.TokenizeStage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PosStageTest {

  private final Pipeline pipeline = Pipeline.builder().add(new TokenizeStage()).add(new PosStage()).build();

  @Test
  void tagsAndLemmatisesEveryToken() {
    Analysis a = StageAssertions.run("The officials said the talks would resume in Oslo on Monday.", "2025-12-29",
        new PosStage(), new TokenizeStage());
    List<Token> t = a.layer(Layers.TOKENS);
    assertThat(t).allSatisfy(x -> {
      assertThat(x.pos()).isNotBlank();
      assertThat(x.lemma()).isNotBlank();
    });
    assertThat(t).extracting(Token::text, Token::pos, Token::lemma).startsWith(
        org.assertj.core.api.Assertions.tuple("The", "DT", "the"),
        org.assertj.core.api.Assertions.tuple("officials", "NNS", "official"),
        org.assertj.core.api.Assertions.tuple("said", "VBD", "say"));
    assertThat(t.get(8).pos()).isEqualTo("NNP"); // Oslo
  }

  @Test
  void keepsTheTokenisation() {
    Analysis before = Pipeline.builder().add(new TokenizeStage()).build()
        .analyze(StageAssertions.article("Ann's aides don't agree.", null));
    Analysis after = pipeline.analyze(StageAssertions.article("Ann's aides don't agree.", null));
    assertThat(after.layer(Layers.TOKENS)).extracting(Token::start, Token::end)
        .containsExactlyElementsOf(before.layer(Layers.TOKENS).stream()
            .map(x -> org.assertj.core.api.Assertions.tuple(x.start(), x.end())).toList());
  }

  @Test
  void deterministicAndThreadSafe() throws Exception {
    StageAssertions.assertDeterministicAndThreadSafe(pipeline, List.of("One. Two three.",
        "U.S. officials met in Geneva on Oct. 3, 2024.", "\u201cNo,\u201d she said."), "2025-01-01");
  }

  @Test
  void survivesHostileInput() {
    StageAssertions.assertSurvivesHostileInput(pipeline, 11L, 200);
  }
}
