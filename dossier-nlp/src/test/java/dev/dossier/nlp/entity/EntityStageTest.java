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
import dev.dossier.nlp.pos.PosStage;
import dev.dossier.nlp.testing.StageAssertions;
import dev.dossier.nlp.text.TokenizeStage;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The entity stage on sentences written for these tests, with hand-built name mentions. */
class EntityStageTest {

  private static final EntityStage STAGE = new EntityStage(KnowledgeBase.curated());

  private static Analysis run(String text, String date, GivenMentions ner) {
    return StageAssertions.run(text, date, STAGE, new TokenizeStage(), ner);
  }

  private static GivenMentions leaders() {
    return new GivenMentions()
        .name("Donald Trump", EntityType.PERSON).name("Trump", EntityType.PERSON)
        .name("Benjamin Netanyahu", EntityType.PERSON).name("Netanyahu", EntityType.PERSON)
        .name("U.S.", EntityType.GPE).name("Israeli", EntityType.MISC).name("Israel", EntityType.LOC);
  }

  private static final String LEADERS = "U.S. President Donald Trump hosted Israeli Prime Minister Benjamin Netanyahu "
      + "on Monday. Trump praised Netanyahu's resolve. The prime minister thanked the president for his support. "
      + "Israel's prime minister later flew home.";

  @Test
  void attachesTitlesAndLinksRolesOnTheArticleDate() {
    Analysis a = run(LEADERS, "2025-12-29", leaders());
    Entity trump = entity(a, "Donald Trump");
    Entity bibi = entity(a, "Benjamin Netanyahu");
    assertThat(trump.kbId()).isEqualTo("donald-trump");
    assertThat(trump.type()).isEqualTo(EntityType.PERSON);
    assertThat(trump.roles()).extracting(Role::role, Role::of, Role::from)
        .contains(org.assertj.core.groups.Tuple.tuple("head of state", "United States", "2025-01-20"));
    assertThat(bibi.roles()).extracting(Role::role, Role::of, Role::from, Role::to)
        .contains(org.assertj.core.groups.Tuple.tuple("head of government", "Israel", "2022-12-29", null));
    assertThat(titleOf(a, "Donald Trump")).isEqualTo("U.S. President");
    assertThat(titleOf(a, "Benjamin Netanyahu")).isEqualTo("Israeli Prime Minister");
    assertThat(trump.titles()).contains("President");
    assertThat(bibi.titles()).contains("Prime Minister");
  }

  @Test
  void groupsSurnamesPossessivesDescriptionsAndPronouns() {
    Analysis a = run(LEADERS, "2025-12-29", leaders());
    assertThat(texts(a, entity(a, "Benjamin Netanyahu")))
        .containsExactly("Benjamin Netanyahu", "Netanyahu", "The prime minister", "Israel's prime minister");
    assertThat(texts(a, entity(a, "Donald Trump")))
        .containsExactly("Donald Trump", "Trump", "the president");
    assertThat(kinds(a, entity(a, "Benjamin Netanyahu")))
        .containsExactly(MentionKind.NAME, MentionKind.NAME, MentionKind.NOMINAL, MentionKind.NOMINAL);
    // "his support": two men in the sentence, so no pronoun is resolved there
    assertThat(a.layer(Layers.MENTIONS)).noneMatch(m -> m.kind() == MentionKind.PRONOUN);
  }

  @Test
  void theDateChoosesTheRoles() {
    Analysis in2019 = run(LEADERS, "2019-06-01", leaders());
    assertThat(entity(in2019, "Benjamin Netanyahu").roles()).extracting(Role::from)
        .contains("2009-03-31").doesNotContain("2022-12-29");
    assertThat(entity(in2019, "Donald Trump").roles()).extracting(Role::from).contains("2017-01-20");
    Analysis in2022 = run("Netanyahu spoke. Trump golfed.", "2022-03-01", leaders());
    assertThat(entity(in2022, "Benjamin Netanyahu").roles()).extracting(Role::role).contains("opposition leader")
        .doesNotContain("head of government");
    assertThat(entity(in2022, "Donald Trump").roles()).isEmpty();
    assertThat(entity(in2022, "Donald Trump").kbId()).isEqualTo("donald-trump");
  }

  @Test
  void withoutADateEntitiesAreLinkedWithoutRoles() {
    Analysis a = run(LEADERS, null, leaders());
    Entity bibi = entity(a, "Benjamin Netanyahu");
    assertThat(bibi.kbId()).isEqualTo("benjamin-netanyahu");
    assertThat(bibi.roles()).isEmpty();
    // the titles in the text still resolve the descriptions
    assertThat(texts(a, bibi)).contains("The prime minister");
  }

  @Test
  void theKnowledgeBaseCorrectsTypes() {
    String text = "Israeli voters told Gallup that the Abraham Accords helped Israel. Leaders met at Mar-a-Lago, "
        + "Axios reported.";
    Analysis a = run(text, "2025-12-29", new GivenMentions().name("Israeli", EntityType.MISC)
        .name("Gallup", EntityType.MISC).name("Abraham Accords", EntityType.PERSON).name("Israel", EntityType.LOC)
        .name("Mar-a-Lago", EntityType.PERSON).name("Axios", EntityType.PERSON));
    assertThat(typeOf(a, "Israeli")).isEqualTo(EntityType.NORP);
    assertThat(typeOf(a, "Israel")).isEqualTo(EntityType.GPE);
    assertThat(typeOf(a, "Gallup")).isEqualTo(EntityType.ORG);
    assertThat(typeOf(a, "Abraham Accords")).isEqualTo(EntityType.LAW);
    assertThat(typeOf(a, "Mar-a-Lago")).isEqualTo(EntityType.LOC);
    assertThat(typeOf(a, "Axios")).isEqualTo(EntityType.ORG);
    assertThat(entity(a, "Gallup").category()).isEqualTo("pollster");
    assertThat(entity(a, "Axios").category()).isEqualTo("outlet");
  }

  @Test
  void demonymAndCountryAreSeparateEntitiesOfTheSameActor() {
    Analysis a = run("Israelis voted. Israel's government fell. An Israeli official spoke.", "2025-12-29",
        new GivenMentions().name("Israelis", EntityType.NORP).name("Israeli", EntityType.NORP).name("Israel", EntityType.GPE));
    Entity norp = a.layer(Layers.ENTITIES).stream().filter(e -> e.type() == EntityType.NORP).findFirst().orElseThrow();
    Entity gpe = a.layer(Layers.ENTITIES).stream().filter(e -> e.type() == EntityType.GPE).findFirst().orElseThrow();
    assertThat(norp.name()).isEqualTo("Israeli");
    assertThat(norp.kbId()).isEqualTo("israel");
    assertThat(norp.category()).isEqualTo("nationality");
    assertThat(texts(a, norp)).containsExactly("Israelis", "Israeli");
    assertThat(gpe.name()).isEqualTo("Israel");
    assertThat(texts(a, gpe)).containsExactly("Israel");
  }

  @Test
  void acronymsJoinTheirFullNames() {
    Analysis a = run("The United Nations warned on Sunday. A UN spokesman said the Northern Water Authority "
        + "had failed. The NWA denied it.", "2025-12-29", new GivenMentions()
        .name("United Nations", EntityType.ORG).name("UN", EntityType.ORG)
        .name("Northern Water Authority", EntityType.ORG).name("NWA", EntityType.ORG));
    assertThat(texts(a, entity(a, "United Nations"))).containsExactly("United Nations", "UN");
    Entity nwa = entity(a, "Northern Water Authority");
    assertThat(texts(a, nwa)).containsExactly("Northern Water Authority", "NWA");
    assertThat(nwa.kbId()).isNull();
  }

  @Test
  void outletAndGroupDescriptionsResolveByCategory() {
    String text = "Haaretz and CNN covered the strike. Hamas rejected the plan. The network said talks would resume, "
        + "the newspaper said they would not, and the militant group stayed silent.";
    Analysis a = run(text, "2025-12-29", new GivenMentions().name("Haaretz", EntityType.ORG)
        .name("CNN", EntityType.ORG).name("Hamas", EntityType.ORG));
    assertThat(texts(a, entity(a, "CNN"))).containsExactly("CNN", "The network");
    assertThat(texts(a, entity(a, "Haaretz"))).containsExactly("Haaretz", "the newspaper");
    assertThat(texts(a, entity(a, "Hamas"))).containsExactly("Hamas", "the militant group");
  }

  @Test
  void descriptionsWithoutAnAntecedentAreLeftOut() {
    Analysis a = run("The network said the group would meet the prime minister.", "2025-12-29", new GivenMentions());
    assertThat(a.layer(Layers.MENTIONS)).isEmpty();
    assertThat(a.layer(Layers.ENTITIES)).isEmpty();
  }

  @Test
  void pronounsResolveOnlyWhenOneCandidateFits() {
    String text = "Kaja Kallas arrived in Kyiv. She met officials there. Later Kallas and Mark Rutte spoke, "
        + "and he said little.";
    Analysis a = run(text, "2025-12-29", new GivenMentions().name("Kaja Kallas", EntityType.PERSON)
        .name("Kallas", EntityType.PERSON).name("Mark Rutte", EntityType.PERSON).name("Kyiv", EntityType.GPE));
    assertThat(texts(a, entity(a, "Kaja Kallas"))).containsExactly("Kaja Kallas", "She", "Kallas");
    // "he": Kallas is a woman in the knowledge base, so Rutte is the only man before it
    assertThat(texts(a, entity(a, "Mark Rutte"))).containsExactly("Mark Rutte", "he");
    assertThat(entity(a, "Mark Rutte").roles()).extracting(Role::role).containsExactly("leader");
  }

  @Test
  void addsNamesTheNerMissedAndKeepsMentionsOrdered() {
    Analysis a = run("Netanyahu flew to Mar-a-Lago while Arab envoys waited in Cairo.", "2025-12-29",
        new GivenMentions().name("Netanyahu", EntityType.PERSON));
    assertThat(a.layer(Layers.MENTIONS)).extracting(Mention::text, Mention::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Netanyahu", EntityType.PERSON),
        org.assertj.core.groups.Tuple.tuple("Mar-a-Lago", EntityType.LOC),
        org.assertj.core.groups.Tuple.tuple("Arab", EntityType.NORP),
        org.assertj.core.groups.Tuple.tuple("Cairo", EntityType.GPE));
    assertThat(a.layer(Layers.MENTIONS)).allSatisfy(m -> assertThat(m.entity()).isNotNull());
  }

  @Test
  void titlesBeforeAndAfterNames() {
    String text = "Gov. Gavin Newsom spoke. Hamas leader Khalil al-Hayya replied. Sen. Chuck Schumer and "
        + "Mohammad Mustafa, the Palestinian prime minister, met.";
    Analysis a = run(text, "2025-12-29", new GivenMentions().name("Gavin Newsom", EntityType.PERSON)
        .name("Hamas", EntityType.ORG).name("Khalil al-Hayya", EntityType.PERSON)
        .name("Chuck Schumer", EntityType.PERSON).name("Mohammad Mustafa", EntityType.PERSON)
        .name("Palestinian", EntityType.NORP));
    assertThat(titleOf(a, "Gavin Newsom")).isEqualTo("Gov.");
    assertThat(titleOf(a, "Khalil al-Hayya")).isEqualTo("Hamas leader");
    assertThat(titleOf(a, "Chuck Schumer")).isEqualTo("Sen.");
    assertThat(titleOf(a, "Mohammad Mustafa")).isEqualTo("the Palestinian prime minister");
    assertThat(entity(a, "Mohammad Mustafa").roles()).extracting(Role::role, Role::of)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("head of government", "Palestine"));
  }

  @Test
  void splitsTitlesTheNerIncludedInTheName() {
    Analysis a = run("President Donald Trump spoke.", "2025-12-29",
        new GivenMentions().name("President Donald Trump", EntityType.PERSON));
    Mention m = a.layer(Layers.MENTIONS).get(0);
    assertThat(m.text()).isEqualTo("Donald Trump");
    assertThat(m.title().text()).isEqualTo("President");
  }

  @Test
  void honorificsWithoutAPeriodAreSplitOff() {
    Analysis a = run("Benjamin Netanyahu landed. Mr Netanyahu then met Mr Trump.", "2025-12-29",
        new GivenMentions().name("Benjamin Netanyahu", EntityType.PERSON).name("Mr Netanyahu", EntityType.PERSON)
            .name("Mr Trump", EntityType.PERSON));
    assertThat(texts(a, entity(a, "Benjamin Netanyahu"))).containsExactly("Benjamin Netanyahu", "Netanyahu");
    assertThat(titleOf(a, "Trump")).isEqualTo("Mr");
    assertThat(entity(a, "Donald Trump").titles()).isEmpty();
  }

  @Test
  void aCapitalisedPartWordBeforeANumeralIsNoName() {
    String text = "Mediators want the parties to begin Phase 2 of the truce, and Orvane Air filed for Chapter 11 "
        + "protection. Round Two of the talks opens in Velmar. Article 19, a free-expression group, said the law "
        + "was vague. Level 3 reported a loss. Page Six reported the feud. Stage Fright opened in Velmar. "
        + "The Article, a weekly, sold 4 copies.";
    Analysis a = StageAssertions.run(text, "2026-01-05", STAGE, new TokenizeStage(), new PosStage(),
        new GivenMentions().name("Phase", EntityType.ORG).name("Chapter 11", EntityType.MISC)
            .name("Orvane Air", EntityType.ORG).name("Round", EntityType.ORG).name("Velmar", EntityType.GPE)
            .name("Article 19", EntityType.ORG).name("Level 3", EntityType.ORG).name("Page Six", EntityType.ORG)
            .name("Stage Fright", EntityType.MISC).name("The Article", EntityType.ORG));
    StageAssertions.assertValid(a);
    // a part of the truce, of the bankruptcy code, of the talks: no names
    assertThat(a.layer(Layers.MENTIONS)).extracting(Mention::text)
        .doesNotContain("Phase", "Chapter 11", "Round")
        // a numeral followed by a comma or a verb may name an actor; other words are not part words
        .contains("Orvane Air", "Velmar", "Article 19", "Level 3", "Page Six", "Stage Fright", "The Article");
    assertThat(a.layer(Layers.ENTITIES)).extracting(Entity::name).doesNotContain("Phase", "Chapter 11", "Round");
  }

  // ------------------------------------------------------------------ helpers

  static Entity entity(Analysis a, String name) {
    return a.layer(Layers.ENTITIES).stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + a.layer(Layers.ENTITIES)));
  }

  static List<String> texts(Analysis a, Entity e) {
    return e.mentions().stream().map(i -> a.layer(Layers.MENTIONS).get(i).text()).collect(Collectors.toList());
  }

  static List<MentionKind> kinds(Analysis a, Entity e) {
    return e.mentions().stream().map(i -> a.layer(Layers.MENTIONS).get(i).kind()).collect(Collectors.toList());
  }

  static String titleOf(Analysis a, String name) {
    Mention m = a.layer(Layers.MENTIONS).stream().filter(x -> x.text().equals(name)).findFirst().orElseThrow();
    return m.title() == null ? null : m.title().text();
  }

  static EntityType typeOf(Analysis a, String text) {
    return a.layer(Layers.MENTIONS).stream().filter(x -> x.text().equals(text)).findFirst().orElseThrow().type();
  }
}
