package dev.dossier.nlp.expectation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Expectation;
import dev.dossier.model.Layers;
import dev.dossier.model.Modality;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.nlp.testing.StageAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The expectation patterns on sentences written for these tests. */
class ExpectationStageTest {

  private static final Pipeline PIPELINE = StandardPipeline.create();

  private static List<Expectation> expectations(String text) {
    Analysis a = PIPELINE.analyze(StageAssertions.article(text, "2025-12-29"));
    StageAssertions.assertValid(a);
    List<Expectation> xs = a.layer(Layers.EXPECTATIONS);
    for (Expectation x : xs) {
      assertThat(x.stage()).isEqualTo(ExpectationStage.NAME);
      assertThat(x.start()).isLessThanOrEqualTo(x.what().start());
      assertThat(x.end()).isGreaterThanOrEqualTo(x.what().end());
      if (x.time() != null) {
        assertThat(a.layer(Layers.TIMES).get(x.time()).value()).isEqualTo(x.due());
      }
    }
    return xs;
  }

  private static Expectation only(String text) {
    List<Expectation> xs = expectations(text);
    assertThat(xs).as("expectations of: " + text).hasSize(1);
    return xs.get(0);
  }

  @Test
  void voteDueNextMonth() {
    Expectation x = only("Lawmakers face a vote due next month on the pension reform.");
    assertThat(x.kind()).isEqualTo("scheduled");
    assertThat(x.head()).isEqualTo("vote");
    assertThat(x.due()).isEqualTo("2026-01");
    assertThat(x.modality()).isEqualTo(Modality.EXPECTED);
  }

  @Test
  void scheduledForADateWithAHedgeThatFollows() {
    Expectation x = only("The referendum scheduled for June 2027 could be brought forward.");
    assertThat(x.kind()).isEqualTo("scheduled");
    assertThat(x.head()).isEqualTo("referendum");
    assertThat(x.due()).isEqualTo("2027-06");
    assertThat(x.hedge().text()).isEqualTo("could be brought forward");
  }

  @Test
  void voteIsAnElectionWhenTheSentenceSpeaksOfElections() {
    Expectation x = only("With snap elections increasingly likely before the scheduled May 2027 vote, parties are"
        + " choosing candidates.");
    assertThat(x.head()).isEqualTo("election");
    assertThat(x.due()).isEqualTo("2027-05");
    assertThat(x.hedge().text()).isEqualTo("snap elections increasingly likely");
  }

  @Test
  void deadlineWithConsequenceAndCondition() {
    Expectation x = only("The city missed a June 2026 reporting deadline that could trigger sanctions if the"
        + " auditors object.");
    assertThat(x.kind()).isEqualTo("deadline");
    assertThat(x.head()).isEqualTo("reporting deadline");
    assertThat(x.due()).isEqualTo("2026-06");
    assertThat(x.consequence().text()).isEqualTo("trigger sanctions");
    assertThat(x.outcome()).isEqualTo("sanctions");
    assertThat(x.condition().text()).isEqualTo("if the auditors object");
    assertThat(x.modality()).isEqualTo(Modality.POSSIBLE);
  }

  @Test
  void consequenceNamedAfterItsVerb() {
    Expectation x = only("Parliament faces an April 2026 budget deadline that may topple the cabinet.");
    assertThat(x.outcome()).isEqualTo("cabinet fall");
    assertThat(x.due()).isEqualTo("2026-04");
  }

  @Test
  void expectedActionWithPlanAndContent() {
    Expectation x = only("The mayor is expected to unveil Phase 3 of the transit plan, which would include new"
        + " bus lanes and a review of parking fees.");
    assertThat(x.kind()).isEqualTo("expected action");
    assertThat(x.head()).isEqualTo("Phase 3");
    assertThat(x.hedge().text()).isEqualTo("is expected to");
    assertThat(x.what().text()).isEqualTo("unveil Phase 3 of the transit plan");
    assertThat(x.content().text()).isEqualTo("new bus lanes and a review of parking fees");
    assertThat(x.includes()).containsExactly("new bus lanes", "review of parking fees");
    assertThat(x.modality()).isEqualTo(Modality.EXPECTED);
  }

  @Test
  void possibleActionAttributedToItsSource() {
    Expectation x = only("According to local officials, the rebels may launch a new offensive before the rainy"
        + " season.");
    assertThat(x.kind()).isEqualTo("possible outcome");
    assertThat(x.head()).isEqualTo("launch offensive");
    assertThat(x.hedge().text()).isEqualTo("may");
    assertThat(x.modality()).isEqualTo(Modality.POSSIBLE);
    assertThat(x.expectedBy().name()).isEqualTo("local officials");
  }

  @Test
  void aDeadlineReportedMetIsNoOpenExpectation() {
    assertThat(expectations("The vote came five days before the legal deadline of 31 March.")).isEmpty();
    assertThat(expectations("Lawmakers passed the bill ahead of the June 30 deadline.")).isEmpty();
    // still open: a future or a negated clause, or no "before"
    assertThat(expectations("Lawmakers will pass the bill before the June 30 deadline.")).isNotEmpty();
    assertThat(expectations("Lawmakers did not pass the bill before the June 30 deadline.")).isNotEmpty();
    assertThat(expectations("Lawmakers face a June 30 deadline to pass the bill.")).isNotEmpty();
  }

  @Test
  void aPronounThatExpectsIsNamedByItsEntity() {
    Expectation x = only("Finance Minister Ona Varga said on Monday that she intends to bring the bill to a vote"
        + " in early February.");
    assertThat(x.expectedBy().extent().text()).isEqualTo("she");
    assertThat(x.expectedBy().name()).isEqualTo("Ona Varga");
  }

  @Test
  void fearedOutcomeWithCondition() {
    Expectation x = only("Analysts fear a currency crisis if the central bank raises rates.");
    assertThat(x.kind()).isEqualTo("possible outcome");
    assertThat(x.head()).isEqualTo("currency crisis");
    assertThat(x.condition().text()).isEqualTo("if the central bank raises rates");
    assertThat(x.modality()).isEqualTo(Modality.CONDITIONAL);
    assertThat(x.expectedBy().name()).isEqualTo("Analysts");
  }

  @Test
  void inflectedVerbOfFearingIsReadByItsLemma() {
    // "fears" is no entry word of any pattern: only its lemma "fear" lets the patterns try it
    Expectation x = only("The minister fears a long strike.");
    assertThat(x.kind()).isEqualTo("possible outcome");
    assertThat(x.what().text()).isEqualTo("long strike");
    assertThat(x.modality()).isEqualTo(Modality.POSSIBLE);
  }

  @Test
  void possibleBeforeAndAfterTheNoun() {
    Expectation a = only("Officials are weighing a possible ground operation.");
    assertThat(a.head()).isEqualTo("ground operation");
    assertThat(a.hedge().text()).isEqualTo("possible");
    Expectation b = only("A snap election is increasingly likely.");
    assertThat(b.head()).isEqualTo("snap election");
    assertThat(b.hedge().text()).isEqualTo("increasingly likely");
    assertThat(b.modality()).isEqualTo(Modality.POSSIBLE);
  }

  @Test
  void planWithDueMonthAndCondition() {
    Expectation x = only("The union plans to strike in April unless wages rise.");
    assertThat(x.head()).isEqualTo("strike");
    assertThat(x.due()).isEqualTo("2026-04");
    assertThat(x.condition().text()).isEqualTo("unless wages rise");
    assertThat(x.modality()).isEqualTo(Modality.CONDITIONAL);
  }

  @Test
  void obligationByADateIsADeadline() {
    Expectation x = only("The council must approve the housing plan by February 15.");
    assertThat(x.kind()).isEqualTo("deadline");
    assertThat(x.what().text()).isEqualTo("approve the housing plan");
    assertThat(x.head()).isEqualTo("approve housing plan");
    assertThat(x.due()).isEqualTo("2026-02-15");
    assertThat(x.hedge().text()).isEqualTo("must");
  }

  @Test
  void bareDeadlineTakesItsTopicFromTheSentence() {
    Expectation x = only("Lawmakers are racing to finish the budget before the May 15 deadline.");
    assertThat(x.head()).isEqualTo("budget deadline");
    assertThat(x.due()).isEqualTo("2026-05-15");
    assertThat(expectations("Every deadline in this dispute has slipped.")).isEmpty();
  }

  @Test
  void willWithAComingTimeIsExpected() {
    Expectation x = only("The foreign minister will travel to Oslo next week for the talks.");
    assertThat(x.kind()).isEqualTo("expected action");
    assertThat(x.hedge().text()).isEqualTo("will");
    assertThat(x.due()).isEqualTo("2026-W02");
    assertThat(expectations("The foreign minister will travel widely.")).isEmpty();
  }

  @Test
  void guessesAboutNowAndPastActsAreNotExpectations() {
    assertThat(expectations("The minister may be hiding the figures. The council voted on the budget in March."
        + " The agency could not confirm the report.")).isEmpty();
    assertThat(expectations("The plan may seem generous. It may be legal to sell the land. She could see he was"
        + " tired. We expected a bit more. The party may well be in breach of the rules. He was expected to"
        + " deliver a speech. They are weighing possible options.")).isEmpty();
  }

  @Test
  void warningsOfAnOutcomeButNotWarningsToSomeone() {
    Expectation x = only("Economists warn of a sharp slowdown if exports keep falling.");
    assertThat(x.head()).isEqualTo("sharp slowdown");
    assertThat(x.condition().text()).isEqualTo("if exports keep falling");
    assertThat(expectations("The chairman warned the board about its tone.")).isEmpty();
    assertThat(expectations("She met a prospective buyer for the house.")).isEmpty();
    assertThat(expectations("It is possible the letters were lost. The rules were intended to protect tenants."))
        .isEmpty();
  }

  @Test
  void aPassiveTakesItsHeadFromTheSubject() {
    Expectation x = only("The final vote is due to be taken on Wednesday.");
    assertThat(x.kind()).isEqualTo("scheduled");
    assertThat(x.head()).isEqualTo("final vote");
    assertThat(x.due()).isEqualTo("2025-12-31");
  }

  @Test
  void hostileInputDeterministicAndThreadSafe() throws Exception {
    StageAssertions.assertSurvivesHostileInput(PIPELINE, 42, 50);
    for (String t : List.of("deadline deadline that could if , which would include and", "may may may be",
        "is expected to", "scheduled scheduled due for")) {
      StageAssertions.assertValid(PIPELINE.analyze(StageAssertions.article(t, "2025-12-29")));
    }
    StageAssertions.assertDeterministicAndThreadSafe(PIPELINE, List.of(
        "The referendum scheduled for June 2027 could be brought forward.",
        "Analysts fear a currency crisis if the central bank raises rates."), "2025-12-29");
  }
}
