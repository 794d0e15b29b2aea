package dev.dossier.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Layers;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Role;
import dev.dossier.nlp.kb.KnowledgeBase;
import dev.dossier.nlp.ner.NerStage;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.nlp.pos.PosStage;
import dev.dossier.nlp.testing.StageAssertions;
import dev.dossier.nlp.text.TokenizeStage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The entity stage after the real tokenizer, tagger and NER. */
class EntityPipelineTest {

  private static final Pipeline PIPELINE = Pipeline.builder().add(new TokenizeStage()).add(new PosStage())
      .add(new NerStage()).add(new EntityStage(KnowledgeBase.curated())).build();

  @Test
  void deterministicAndThreadSafe() throws Exception {
    StageAssertions.assertDeterministicAndThreadSafe(PIPELINE, List.of(
        "Prime Minister Keir Starmer met French President Emmanuel Macron in London. The prime minister said he "
            + "was hopeful.",
        "Reuters and the BBC reported that Hezbollah fired rockets. The group denied it.",
        "Chancellor Friedrich Merz, Germany's leader, spoke to NATO. Merz's office declined to comment."),
        "2025-12-29");
  }

  @Test
  void survivesHostileInput() {
    StageAssertions.assertSurvivesHostileInput(PIPELINE, 7L, 150);
  }

  @Test
  void linksOwnSentencesEndToEnd() {
    Analysis a = PIPELINE.analyze(StageAssertions.article("German Chancellor Friedrich Merz met Egyptian President "
        + "Abdel Fattah el-Sisi in Cairo on Tuesday. The chancellor later called Merz's visit a success, "
        + "according to Reuters. The agency said the two men discussed Gaza.", "2025-11-04"));
    StageAssertions.assertValid(a);
    Entity merz = EntityStageTest.entity(a, "Friedrich Merz");
    assertThat(merz.roles()).extracting(Role::role, Role::of)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("head of government", "Germany"));
    assertThat(EntityStageTest.texts(a, merz)).contains("Friedrich Merz", "The chancellor", "Merz");
    assertThat(EntityStageTest.entity(a, "Abdel Fattah el-Sisi").roles()).extracting(Role::role)
        .containsExactly("head of state");
    assertThat(EntityStageTest.texts(a, EntityStageTest.entity(a, "Reuters"))).containsExactly("Reuters", "The agency");
  }

  @Test
  void aNameWrappedOverALineIsNamedWithOneSpace() {
    String text = "Farm ministers met in Velmar on Monday. Agriculture Secretary Dorran\nWelby told them that "
        + "grain exports would rise. Welby said prices were stable.";
    Analysis a = PIPELINE.analyze(StageAssertions.article(text, "2025-11-04"));
    StageAssertions.assertValid(a);
    Entity welby = EntityStageTest.entity(a, "Dorran Welby");
    assertThat(text.substring(welby.start(), welby.end())).isEqualTo("Dorran\nWelby");
  }

  /**
   * The motivating article (read from {@code dossier.examples}, never copied): every actor typed,
   * Netanyahu and Trump linked to their roles on 2025-12-29, "the prime minister" joined to
   * Netanyahu and "the network" to CNN.
   */
  @Test
  void seedArticle() throws Exception {
    String examples = System.getProperty("dossier.examples");
    Path seed = examples == null ? null : Path.of(examples, "seed-article.txt");
    Assumptions.assumeTrue(seed != null && Files.isRegularFile(seed), "seed article not available");
    Analysis a = PIPELINE.analyze(StageAssertions.article(Files.readString(seed), "2025-12-29"));
    StageAssertions.assertValid(a);

    Entity bibi = EntityStageTest.entity(a, "Benjamin Netanyahu");
    assertThat(bibi.kbId()).isEqualTo("benjamin-netanyahu");
    assertThat(bibi.roles()).extracting(Role::role, Role::of, Role::from, Role::to)
        .contains(org.assertj.core.groups.Tuple.tuple("head of government", "Israel", "2022-12-29", null));
    assertThat(bibi.titles()).contains("Prime Minister");
    assertThat(mentions(a, bibi)).anySatisfy(m -> {
      assertThat(m.kind()).isEqualTo(MentionKind.NOMINAL);
      assertThat(m.text()).isEqualToIgnoringCase("the prime minister");
    });
    assertThat(mentions(a, bibi).stream().filter(m -> m.kind() == MentionKind.NAME)).hasSizeGreaterThan(10);

    Entity trump = EntityStageTest.entity(a, "Donald Trump");
    assertThat(trump.roles()).extracting(Role::role, Role::of, Role::from)
        .contains(org.assertj.core.groups.Tuple.tuple("head of state", "United States", "2025-01-20"),
            org.assertj.core.groups.Tuple.tuple("head of government", "United States", "2025-01-20"));
    assertThat(trump.titles()).contains("President");

    Entity cnn = EntityStageTest.entity(a, "CNN");
    assertThat(cnn.category()).isEqualTo("outlet");
    assertThat(mentions(a, cnn)).anySatisfy(m -> {
      assertThat(m.kind()).isEqualTo(MentionKind.NOMINAL);
      assertThat(m.text()).isEqualTo("the network");
    });

    expect(a, "Axios", EntityType.ORG, "outlet");
    expect(a, "Gallup", EntityType.ORG, "pollster");
    expect(a, "Hamas", EntityType.ORG, "armed group");
    expect(a, "Israel", EntityType.GPE, "country");
    expect(a, "United States", EntityType.GPE, "country");
    expect(a, "Iran", EntityType.GPE, "country");
    expect(a, "Saudi Arabia", EntityType.GPE, "country");
    expect(a, "Israeli", EntityType.NORP, "nationality");
    expect(a, "Mar-a-Lago", EntityType.LOC, "estate");
    expect(a, "Golan Heights", EntityType.LOC, "territory");
    expect(a, "Gaza Strip", EntityType.LOC, "territory");
    expect(a, "Abraham Accords", EntityType.LAW, "agreement");
    // no name is left a person when the knowledge base knows better
    assertThat(a.layer(Layers.MENTIONS)).filteredOn(m -> m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME)
        .allSatisfy(m -> assertThat(m.text()).containsAnyOf("Netanyahu", "Trump"));
    assertThat(a.layer(Layers.MENTIONS)).allSatisfy(m -> assertThat(m.entity()).isNotNull());
  }

  private static void expect(Analysis a, String name, EntityType type, String category) {
    Entity e = EntityStageTest.entity(a, name);
    assertThat(e.type()).as(name).isEqualTo(type);
    assertThat(e.category()).as(name).isEqualTo(category);
    assertThat(mentions(a, e)).as(name).allSatisfy(m -> assertThat(m.type()).isEqualTo(type));
  }

  private static List<Mention> mentions(Analysis a, Entity e) {
    return e.mentions().stream().map(i -> a.layer(Layers.MENTIONS).get(i)).toList();
  }
}
