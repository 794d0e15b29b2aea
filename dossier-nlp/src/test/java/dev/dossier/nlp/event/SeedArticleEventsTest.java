package dev.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Event;
import dev.dossier.model.Layers;
import dev.dossier.model.Modality;
import dev.dossier.model.TimeExpression;
import dev.dossier.nlp.testing.StageAssertions;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The motivating article's events, read at test time from {@code dossier.examples}. */
class SeedArticleEventsTest {

  private static Analysis analysis;

  @BeforeAll
  static void analyse() throws IOException {
    analysis = StageAssertions.seedAnalysis();
  }

  private static List<Event> events(Predicate<Event> p) {
    return analysis.layer(Layers.EVENTS).stream().filter(p).toList();
  }

  private static boolean actor(Event e, String name) {
    return e.actor() != null && name.equals(e.actor().name());
  }

  private static boolean target(Event e, String name) {
    return e.target() != null && name.equals(e.target().name());
  }

  private static TimeExpression time(Event e) {
    return e.time() == null ? null : analysis.layer(Layers.TIMES).get(e.time());
  }

  @Test
  void netanyahuVisitsTrumpAtMarALagoThisWeek() {
    List<Event> visit = events(e -> e.cameoCode().equals("042") && actor(e, "Benjamin Netanyahu")
        && target(e, "Donald Trump"));
    assertThat(visit).hasSize(1);
    Event v = visit.get(0);
    assertThat(v.cameoRoot()).isEqualTo("04");
    assertThat(v.place().text()).isEqualTo("Mar-a-Lago");
    assertThat(time(v).text()).isEqualTo("this week");
    assertThat(time(v).value()).isEqualTo("2026-W01");
    assertThat(v.modality()).isEqualTo(Modality.HAPPENED);
    assertThat(events(e -> e.cameoCode().equals("043") && actor(e, "Donald Trump")
        && target(e, "Benjamin Netanyahu"))).as("the host's side").hasSize(1);
    assertThat(events(e -> e.cameoRoot().equals("04") && e.trigger().text().equals("talks")
        && actor(e, "Benjamin Netanyahu") && target(e, "Donald Trump"))).hasSize(1);
  }

  @Test
  void trumpIsExpectedToPressNetanyahu() {
    List<Event> press = events(e -> e.trigger().text().equals("press") && actor(e, "Donald Trump")
        && target(e, "Benjamin Netanyahu"));
    assertThat(press).hasSize(1);
    assertThat(press.get(0).modality()).isEqualTo(Modality.EXPECTED);
    assertThat(press.get(0).hedge().text()).isEqualTo("expected to");
    assertThat(press.get(0).cameoRoot()).isEqualTo("10");
  }

  @Test
  void theOctoberSeventhHamasAttackHappened() {
    List<Event> attack = events(e -> e.trigger().text().equals("attack") && actor(e, "Hamas"));
    assertThat(attack).hasSize(1);
    Event a = attack.get(0);
    assertThat(a.cameoRoot()).isIn("18", "19");
    assertThat(a.modality()).isEqualTo(Modality.HAPPENED);
    assertThat(time(a).value()).isEqualTo("2023-10-07");
  }

  @Test
  void golanRecognitionAndAbrahamAccordsArePastActsOfTrump() {
    Event recognition = events(e -> e.trigger().text().equals("recognition")).get(0);
    assertThat(recognition.actor().name()).isEqualTo("Donald Trump");
    assertThat(recognition.cameoCode()).isEqualTo("054");
    assertThat(recognition.modality()).isEqualTo(Modality.HAPPENED);
    assertThat(time(recognition).value()).isEqualTo("2019..2021");
    Event brokering = events(e -> e.trigger().text().equals("brokering")).get(0);
    assertThat(brokering.actor().name()).isEqualTo("Donald Trump");
    assertThat(brokering.target().name()).isEqualTo("Abraham Accords");
    assertThat(brokering.modality()).isEqualTo(Modality.HAPPENED);
  }

  @Test
  void coalitionPartnersOpposeConcessions() {
    List<Event> oppose = events(e -> e.trigger().text().equals("oppose"));
    assertThat(oppose).hasSize(1);
    Event o = oppose.get(0);
    assertThat(o.actor().group()).isTrue();
    assertThat(o.actor().extent().text()).isEqualTo("Ultra-nationalist partners");
    assertThat(o.actor().affiliation()).contains("coalition").contains("Netanyahu");
    assertThat(o.cameoRoot()).isEqualTo("11");
    assertThat(o.modality()).isEqualTo(Modality.HAPPENED);
    Event wary = events(e -> e.actor() != null && e.actor().extent().text().equals("military leaders")).get(0);
    assertThat(wary.actor().group()).isTrue();
    assertThat(wary.actor().affiliation()).isEqualTo("Israel");
    Event arab = events(e -> e.actor() != null && e.actor().extent().text().equals("Arab governments")).get(0);
    assertThat(arab.actor().group()).isTrue();
    assertThat(arab.modality()).isEqualTo(Modality.DENIED);
    assertThat(arab.hedge().text()).isEqualTo("reluctant to");
  }

  @Test
  void additionalMilitaryOperationIsPossible() {
    List<Event> op = events(e -> e.trigger().text().equals("military operation"));
    assertThat(op).hasSize(1);
    assertThat(op.get(0).modality()).isEqualTo(Modality.POSSIBLE);
    assertThat(op.get(0).hedge().text()).isEqualTo("may");
    assertThat(op.get(0).actor().name()).isEqualTo("Benjamin Netanyahu");
    assertThat(op.get(0).cameoRoot()).isEqualTo("19");
  }
}
