package dev.dossier.store.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpectationTrackerTest {

  @Test
  void hashesInCountsTheWordsOfTheTextWhoseHashIsInTheVocabulary() {
    BandIndex.LongSet vocab = hashes("council", "vote", "budget");
    assertThat(ExpectationTracker.hashesIn("council will vote on the budget", vocab)).isEqualTo(3);
    assertThat(ExpectationTracker.hashesIn("vote vote", vocab)).isEqualTo(2); // repeats counted: an upper bound
    assertThat(ExpectationTracker.hashesIn("harbour reopened", vocab)).isZero();
    assertThat(ExpectationTracker.hashesIn("", vocab)).isZero();
    assertThat(ExpectationTracker.hashesIn("budget", vocab)).isEqualTo(1);
    assertThat(ExpectationTracker.hashesIn("council  vote", vocab)).isEqualTo(2); // an empty word between
    // "Aa" and "BB" share a hash code: counted, so the count bounds the words shared from above
    assertThat(ExpectationTracker.hashesIn("BB council", hashes("Aa", "council"))).isEqualTo(2);
  }

  private static BandIndex.LongSet hashes(String... words) {
    BandIndex.LongSet s = new BandIndex.LongSet();
    for (String w : words) {
      s.add(w.hashCode());
    }
    return s;
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
}
