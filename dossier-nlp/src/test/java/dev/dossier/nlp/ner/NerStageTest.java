package dev.dossier.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dossier.model.Analysis;
import dev.dossier.model.EntityType;
import dev.dossier.model.Layers;
import dev.dossier.model.Mention;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.nlp.testing.StageAssertions;
import dev.dossier.nlp.text.TokenizeStage;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerStageTest {

  private static final NerStage NER = new NerStage();
  private final Pipeline pipeline = Pipeline.builder().add(new TokenizeStage()).add(NER).build();

  @Test
  void findsPeopleOrganisationsAndPlaces() {
    Analysis a = StageAssertions.run("German Chancellor Angela Merkel met executives of Siemens in Berlin on "
        + "Monday. Merkel said the European Union would act.", "2025-12-29", NER, new TokenizeStage());
    List<Mention> m = a.layer(Layers.MENTIONS);
    assertThat(m).extracting(Mention::text, Mention::type).contains(
        tuple("German", EntityType.NORP),
        tuple("Angela Merkel", EntityType.PERSON),
        tuple("Siemens", EntityType.ORG),
        tuple("Berlin", EntityType.GPE),
        tuple("Merkel", EntityType.PERSON),
        tuple("European Union", EntityType.ORG));
    assertThat(m).allSatisfy(x -> {
      assertThat(x.stage()).isEqualTo("ner");
      assertThat(x.confidence()).isBetween(0.0, 1.0);
    });
  }

  @Test
  void possessiveIsNotPartOfTheName() {
    Analysis a = StageAssertions.run("Kenya's President William Ruto spoke.", "2025-12-29", NER, new TokenizeStage());
    assertThat(a.layer(Layers.MENTIONS)).extracting(Mention::text).contains("Kenya", "William Ruto");
  }

  @Test
  void holidaysAreTimesNotEntities() {
    Analysis a = StageAssertions.run("Shops in Leeds expect record sales at Christmas, and Easter trading in Bristol "
        + "was strong. Christmas Island is remote.", "2025-12-29", NER, new TokenizeStage());
    assertThat(a.layer(Layers.MENTIONS)).extracting(Mention::text)
        .contains("Leeds", "Bristol", "Christmas Island").doesNotContain("Christmas", "Easter");
  }

  @Test
  void recordsTheModelId() {
    Analysis a = pipeline.analyze(StageAssertions.article("Paris is calm.", null));
    assertThat(a.runs()).extracting(r -> r.model()).contains(NER.model());
    assertThat(NER.model()).startsWith("ner-");
  }

  @Test
  void deterministicAndThreadSafe() throws Exception {
    StageAssertions.assertDeterministicAndThreadSafe(pipeline, List.of(
        "U.S. officials met Chinese envoys in Geneva on Oct. 3, 2024.",
        "\u201cNo,\u201d said Maria Lopez of Acme Inc. in Madrid.", "Nothing here."), "2025-01-01");
  }

  @Test
  void survivesHostileInput() {
    StageAssertions.assertSurvivesHostileInput(pipeline, 7L, 200);
  }
}
