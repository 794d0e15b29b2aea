package dev.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Event;
import dev.dossier.model.Layers;
import dev.dossier.model.Modality;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.nlp.testing.StageAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventStageTest {

  private static final Pipeline PIPELINE = StandardPipeline.create();

  private static List<Event> events(String text) {
    Analysis a = PIPELINE.analyze(StageAssertions.article(text, "2025-12-29"));
    StageAssertions.assertValid(a);
    return a.layer(Layers.EVENTS);
  }

  private static Event only(String text, String root) {
    List<Event> e = events(text).stream().filter(x -> root.equals(x.cameoRoot())).toList();
    assertThat(e).as("events of root %s in %s", root, text).hasSize(1);
    return e.get(0);
  }

  @Test
  void modalityFromTenseModalsNegationAndConditions() {
    assertThat(only("Israel attacked Hamas positions in Gaza on Monday.", "19").modality())
        .isEqualTo(Modality.HAPPENED);
    assertThat(only("Israel is attacking Hamas in Gaza.", "19").modality()).isEqualTo(Modality.ONGOING);
    Event will = only("Israel will attack Hamas next week.", "19");
    assertThat(will.modality()).isEqualTo(Modality.EXPECTED);
    assertThat(will.hedge().text()).isEqualTo("will");
    Event expected = only("Trump is expected to press Netanyahu on the hostages.", "10");
    assertThat(expected.modality()).isEqualTo(Modality.EXPECTED);
    assertThat(expected.hedge().text()).isEqualTo("expected to");
    Event may = only("Netanyahu may attack Hamas before the talks.", "19");
    assertThat(may.modality()).isEqualTo(Modality.POSSIBLE);
    assertThat(may.hedge().text()).isEqualTo("may");
    Event could = only("Iran could attack Israel.", "19");
    assertThat(could.modality()).isEqualTo(Modality.POSSIBLE);
    Event not = only("Egypt did not condemn Israel.", "11");
    assertThat(not.modality()).isEqualTo(Modality.DENIED);
    assertThat(not.hedge().text()).isEqualTo("not");
    Event refused = only("Jordan refused to condemn Israel.", "11");
    assertThat(refused.modality()).isEqualTo(Modality.DENIED);
    Event cond = events("Officials said that if talks fail, Israel will attack Hamas.").stream()
        .filter(x -> "19".equals(x.cameoRoot())).findFirst().orElseThrow();
    assertThat(cond.modality()).isEqualTo(Modality.CONDITIONAL);
    assertThat(only("Israel will attack Hamas if the talks fail.", "19").modality())
        .isEqualTo(Modality.CONDITIONAL);
  }

  @Test
  void aClauseWhoseSubjectIsAThingTakesNoActorFromTheClauseBefore() {
    // the subject of "help" is "progress", not the aides of the clause before
    assertThat(events("Senior aides believe progress on the truce could help him before the vote.")).isEmpty();
    // nor after a verb group split by its auxiliary: "I do n't think | the mission is threatened"
    assertThat(events("I don't think the mission of the new probe is threatened, the scientist said."))
        .noneMatch(e -> e.target() != null && e.target().name().equals("I"));
    // without a subject of its own the clause still takes the one before: "and will visit"
    Event visit = events("The envoy arrived on Monday and will visit Ruritania next week.").stream()
        .filter(e -> "042".equals(e.cameoCode())).findFirst().orElseThrow();
    assertThat(visit.actor().name()).isEqualTo("envoy");
  }

  @Test
  void aVerbOfActingFollowedByAThatClauseIsNoAct() {
    assertThat(events("Ruritania recognised that some people have concerns about the plan."))
        .noneMatch(e -> "05".equals(e.cameoRoot()));
    assertThat(only("Ruritania recognised Borduria on Monday.", "05").cameoCode()).isEqualTo("054");
    // "that" as a determiner: "accepted that offer" is still the act
    assertThat(events("Ruritania recognised that government on Monday.")).anyMatch(e -> "05".equals(e.cameoRoot()));
  }

  @Test
  void commonNounsForPeopleAndBodiesAreActors() {
    Event host = events("The governor will host the prime minister next week.").stream()
        .filter(e -> "043".equals(e.cameoCode())).findFirst().orElseThrow();
    assertThat(host.actor().name()).isEqualTo("governor");
    assertThat(only("MPs criticised the home secretary on Monday.", "11").actor().name()).isEqualTo("MPs");
    assertThat(only("The club rejected the takeover bid from Ruritania.", "12").actor().name()).isEqualTo("club");
  }

  @Test
  void anInfinitiveAfterAnObjectTakesItsModalityFromTheGoverningVerb() {
    Event asked = only("The envoy asked the king to meet the rebels.", "04");
    assertThat(asked.actor().name()).isEqualTo("king");
    assertThat(asked.modality()).isEqualTo(Modality.POSSIBLE);
    assertThat(asked.hedge().text()).isEqualTo("asked");
    Event wants = only("Ruritania wants Borduria to withdraw its troops.", "08");
    assertThat(wants.modality()).isEqualTo(Modality.EXPECTED);
    assertThat(wants.hedge().text()).isEqualTo("wants");
    Event ordered = only("The court ordered the police to arrest the mayor.", "17");
    assertThat(ordered.modality()).isEqualTo(Modality.EXPECTED);
    Event willMeet = events("The envoy will meet the king to discuss the truce.").stream()
        .filter(e -> "discuss".equals(e.trigger().text())).findFirst().orElseThrow();
    assertThat(willMeet.modality()).isEqualTo(Modality.EXPECTED);
    assertThat(willMeet.hedge().text()).isEqualTo("will meet");
    // an implicative verb: the signing happened
    assertThat(only("Ruritania forced Borduria to sign the accord on Monday.", "05").modality())
        .isEqualTo(Modality.HAPPENED);
    // "agreed to" is a commitment: the release is expected, not done
    Event agreed = only("Ruritania agreed to release the prisoners.", "08");
    assertThat(agreed.modality()).isEqualTo(Modality.EXPECTED);
    assertThat(agreed.hedge().text()).isEqualTo("agreed to");
  }

  @Test
  void passiveTurnsActorAndTargetRound() {
    Event e = only("Hamas was attacked by Israel on Monday.", "19");
    assertThat(e.actor().name()).isEqualTo("Israel");
    assertThat(e.target().name()).isEqualTo("Hamas");
    assertThat(e.trigger().text()).isEqualTo("attacked");
    assertThat(e.stage()).isEqualTo(EventStage.NAME);
  }

  @Test
  void activeSubjectAndObjectWithCameoCode() {
    Event e = only("France condemned Russia on Tuesday.", "11");
    assertThat(e.cameoCode()).isEqualTo("111");
    assertThat(e.actor().name()).isEqualTo("France");
    assertThat(e.target().name()).isEqualTo("Russia");
    assertThat(e.time()).isNotNull();
  }

  @Test
  void helpingWithAnActCodesTheActAndTakesNoTimeFromALaterClause() {
    List<Event> e = events("Egypt and Qatar, which helped broker the truce, have pushed for talks on the next"
        + " stage to open in January.");
    assertThat(e).noneMatch(x -> "07".equals(x.cameoRoot()));
    Event mediated = e.stream().filter(x -> "045".equals(x.cameoCode())).findFirst().orElseThrow();
    assertThat(mediated.trigger().text()).isEqualTo("broker");
    assertThat(mediated.actor().name()).isEqualTo("Qatar");
    assertThat(mediated.time()).as("January belongs to the talks, not to the brokering").isNull();
    assertThat(only("Jordan helped Egypt.", "07").trigger().text()).isEqualTo("helped");
  }

  @Test
  void coordinatedSubjectsEachAct() {
    List<Event> e = events("France and Germany condemned Russia.").stream()
        .filter(x -> "11".equals(x.cameoRoot())).toList();
    assertThat(e).extracting(x -> x.actor().name()).containsExactlyInAnyOrder("France", "Germany");
    assertThat(e).extracting(x -> x.target().name()).containsOnly("Russia");
  }

  @Test
  void relativeClauseSubjectIsItsAntecedent() {
    Event e = only("The officials met Macron, who praised Germany.", "05");
    assertThat(e.actor().name()).contains("Macron");
    assertThat(e.target().name()).isEqualTo("Germany");
  }

  @Test
  void possessiveVisitNounWithPlaceAndHost() {
    List<Event> e = events("Japanese Prime Minister Shigeru Ishiba's visit to Washington this week included "
        + "talks with President Joe Biden.");
    Event visit = e.stream().filter(x -> "042".equals(x.cameoCode())).findFirst().orElseThrow();
    assertThat(visit.actor().name()).isEqualTo("Shigeru Ishiba");
    assertThat(visit.trigger().text()).isEqualTo("visit");
    assertThat(visit.time()).isNotNull();
  }

  @Test
  void groupActorsKeepTheirAffiliation() {
    Event e = only("Arab governments condemned Iran on Sunday.", "11");
    assertThat(e.actor().group()).isTrue();
    assertThat(e.actor().entity()).isNull();
    assertThat(e.actor().extent().text()).isEqualTo("Arab governments");
    assertThat(e.actor().affiliation()).isNotNull();
    Event soldiers = only("Soldiers from Egypt attacked the smugglers.", "19");
    assertThat(soldiers.actor().group()).isTrue();
    assertThat(soldiers.actor().affiliation()).isEqualTo("Egypt");
  }

  @Test
  void participantsInsideTheObject() {
    // the agent of a participle after the object, the object of an infinitive, a complement's subject
    assertThat(only("France welcomed proposals sent by Germany.", "05").target().name()).isEqualTo("Germany");
    assertThat(only("Egypt signed an accord to supply Jordan with wheat.", "05").target().name())
        .isEqualTo("Jordan");
    assertThat(only("Jordan warned on Monday that Israel would face consequences.", "13").target().name())
        .isEqualTo("Israel");
  }

  @Test
  void subjectsThroughPossessorsParenthesesAndPronouns() {
    Event war = only("Iran's death toll has risen in the war with Iraq.", "19");
    assertThat(war.actor().name()).isEqualTo("Iran");
    assertThat(war.target().name()).isEqualTo("Iraq");
    List<Event> eu = events("France and the European Union (EU) condemned Russia.");
    assertThat(eu).extracting(e -> e.actor().name()).containsExactly("France", "European Union");
    Event it = only("Egypt indicated it would not condemn Israel.", "11");
    assertThat(it.actor().name()).as("'it' after a verb of saying is the sayer").isEqualTo("Egypt");
    assertThat(it.modality()).isEqualTo(Modality.DENIED);
  }

  @Test
  void theCompanyWinsOverTheCountryItHappensIn() {
    Event talks = only("Macron held talks in Egypt with the leaders of Jordan.", "04");
    assertThat(talks.target().affiliation()).isEqualTo("Jordan");
    assertThat(talks.place().text()).isEqualTo("Egypt");
  }

  @Test
  void supportOfSomeoneIsTheirSupportAndSupportWonIsReceived() {
    Event of = only("The plan was rejected despite the support of France.", "05");
    assertThat(of.actor().name()).isEqualTo("France");
    Event won = only("Macron won the backing of Germany on Monday.", "05");
    assertThat(won.actor().name()).as("the one whose backing was won acts").isEqualTo("Germany");
    assertThat(won.target().name()).isEqualTo("Emmanuel Macron");
    assertThat(events("Macron needs more support for the plan.")).as("support needed is no one's act yet")
        .noneMatch(e -> "05".equals(e.cameoRoot()));
    assertThat(events("Egypt voted in support of France.")).filteredOn(e -> "05".equals(e.cameoRoot()))
        .allSatisfy(e -> assertThat(e.actor() == null ? null : e.actor().name()).isNotEqualTo("France"));
    assertThat(events("The captain had his back to the goal when Germany scored."))
        .as("a noun after a possessive is no verb").noneMatch(e -> "05".equals(e.cameoRoot()));
    List<Event> lent = events("France has lent its backing to Germany.");
    assertThat(lent).as("lending backing is no loan, and is one act").singleElement().satisfies(e -> {
      assertThat(e.cameoRoot()).isEqualTo("05");
      assertThat(e.actor().name()).isEqualTo("France");
      assertThat(e.target().name()).isEqualTo("Germany");
    });
    Event denied = only("Macron did not win the support of Germany.", "05");
    assertThat(denied.actor().name()).isEqualTo("Germany");
    assertThat(denied.target().name()).isEqualTo("Emmanuel Macron");
    assertThat(denied.modality()).isEqualTo(Modality.DENIED);
  }

  @Test
  void wordsOfFightingAndMeetingUsedFiguratively() {
    assertThat(events("Macron must meet the March 31 deadline.")).as("a deadline met is no meeting")
        .noneMatch(e -> "04".equals(e.cameoRoot()));
    assertThat(only("Macron met Merkel in Paris.", "04").target().name()).isEqualTo("Angela Merkel");
    Event criticised = only("France attacked the plans of Germany.", "11");
    assertThat(criticised.cameoCode()).isEqualTo("111");
    assertThat(only("France attacked Germany's plans.", "11").target().name()).as("whose plans").isEqualTo("Germany");
    assertThat(events("France attacked the plans of Germany.")).noneMatch(e -> "19".equals(e.cameoRoot()));
    assertThat(only("Rebels attacked Kestrel on Monday.", "19").cameoCode()).isEqualTo("190");
    Event deal = only("France struck a deal with Germany.", "05");
    assertThat(deal.cameoCode()).isEqualTo("057");
    Event demands = only("The minister met the demands of the unions.", "10");
    assertThat(demands.actor().name()).as("the demands of X are X's").isEqualTo("unions");
  }

  private static List<Event> eventsOn(String text, String date) {
    Analysis a = PIPELINE.analyze(StageAssertions.article(text, date));
    StageAssertions.assertValid(a);
    return a.layer(Layers.EVENTS);
  }

  @Test
  void actorCodesComeFromTheKnowledgeBaseOnThePublicationDate() {
    String visit = "President Donald Trump hosted Prime Minister Benjamin Netanyahu at the White House.";
    Event inOffice = eventsOn(visit, "2026-01-10").stream().filter(e -> "04".equals(e.cameoRoot())).findFirst()
        .orElseThrow();
    assertThat(inOffice.actor().code()).isEqualTo("USAGOV");
    assertThat(inOffice.target().code()).isEqualTo("ISRGOV");
    Event outOfOffice = eventsOn(visit, "2023-06-01").stream().filter(e -> "04".equals(e.cameoRoot()))
        .findFirst().orElseThrow();
    assertThat(outOfOffice.actor().code()).as("Trump held no office in 2023").isEqualTo("USA");
    assertThat(outOfOffice.target().code()).isEqualTo("ISRGOV");
    Event troops = eventsOn("Israeli troops attacked Hamas positions in Gaza on Monday.", "2026-01-10").stream()
        .filter(e -> "19".equals(e.cameoRoot())).findFirst().orElseThrow();
    assertThat(troops.actor().code()).isEqualTo("ISRMIL");
    List<Event> parties = eventsOn("The United States welcomed the deal. Both parties condemned the attack.",
        "2026-01-10");
    assertThat(parties).filteredOn(e -> e.actor() != null && e.actor().name().contains("parties")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.actor().code()).as("a guessed affiliation is not coded").isNull());
  }
}
