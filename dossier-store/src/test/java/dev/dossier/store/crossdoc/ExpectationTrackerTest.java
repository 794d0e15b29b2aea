package dev.dossier.store.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpectationTrackerTest {

  @Test
  void wordsInCountsTheWordsOfTheTextFoundInTheVocabulary() {
    java.util.Set<String> vocab = java.util.Set.of("council", "vote", "budget");
    assertThat(ExpectationTracker.wordsIn("council will vote on the budget", vocab)).isEqualTo(3);
    assertThat(ExpectationTracker.wordsIn("vote vote", vocab)).isEqualTo(2); // repeats counted: an upper bound
    assertThat(ExpectationTracker.wordsIn("harbour reopened", vocab)).isZero();
    assertThat(ExpectationTracker.wordsIn("", vocab)).isZero();
    assertThat(ExpectationTracker.wordsIn("budget", vocab)).isEqualTo(1);
  }

  @Test
  void futureWordsMarkASentenceNotDone() {
    assertThat(ExpectationTracker.futureWords(Terms.words("The council will pass the budget next week."))).isTrue();
    assertThat(ExpectationTracker.futureWords(Terms.words("The vote is scheduled for Friday."))).isTrue();
    assertThat(ExpectationTracker.futureWords(Terms.words("Talks could resume if both sides agree."))).isTrue();
  }

  @Test
  void aSchedulingAdjectiveAfterADeterminerDescribesAThing() {
    assertThat(ExpectationTracker.futureWords(Terms.words(
        "The council passed the budget on Thursday, keeping the election on its scheduled date."))).isFalse();
    assertThat(ExpectationTracker.futureWords(Terms.words("The talks produced the expected result."))).isFalse();
  }

  @Test
  void theKeyWordsOfADeadlineLeaveOutTheWordDeadline() {
    dev.dossier.model.Extent what = new dev.dossier.model.Extent(0, 17, "March 31 deadline");
    dev.dossier.model.Expectation x = new dev.dossier.model.Expectation(0, 17, what, "deadline", "2026-03-31", null,
        null, null, null, null, dev.dossier.model.Modality.EXPECTED, null, "test", "budget deadline", null, null,
        java.util.List.of());
    assertThat(ExpectationTracker.keyTerms(x, java.util.List.of())).contains(Terms.stem("budget")).doesNotContain(Terms.stem("deadline"));
  }

  @Test
  void aNegatedSentenceResolvesNothing() {
    assertThat(ExpectationTracker.notDone("The council passed the budget on Tuesday.")).isFalse();
    assertThat(ExpectationTracker.notDone("The council did not pass the budget on Tuesday.")).isTrue();
    assertThat(ExpectationTracker.notDone("Ministers said there was no need for an emergency meeting.")).isTrue();
    assertThat(ExpectationTracker.notDone("The council will pass the budget next week.")).isTrue();
    assertThat(ExpectationTracker.notDone("The council didn't pass the budget.")).isTrue();
    assertThat(ExpectationTracker.notDone("Talks opened in Kestrel with no agreement on the border.")).isFalse();
    assertThat(ExpectationTracker.notDone("Talks ended without a breakthrough.")).isFalse();
  }
}
