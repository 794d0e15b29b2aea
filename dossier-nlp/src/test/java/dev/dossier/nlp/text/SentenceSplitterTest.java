package dev.dossier.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> sentences(String text) {
    int[] t = new NewsTokenizer().tokenize(text);
    int[] b = new SentenceSplitter().split(text, t);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < b.length; i += 2) {
      out.add(text.substring(t[2 * b[i]], t[2 * (b[i + 1] - 1) + 1]));
    }
    return out;
  }

  @Test
  void noBreakInsideTitlesAndNames() {
    assertThat(sentences("U.S. President Donald Trump arrived. Gov. Smith and Mr. Jones met on Oct. 7 in Washington."))
        .containsExactly("U.S. President Donald Trump arrived.",
            "Gov. Smith and Mr. Jones met on Oct. 7 in Washington.");
  }

  @Test
  void breaksAfterAbbreviationAtSentenceEnd() {
    assertThat(sentences("He moved to the U.S. The move was planned. She joined Acme Inc. It grew."))
        .containsExactly("He moved to the U.S.", "The move was planned.", "She joined Acme Inc.", "It grew.");
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertThat(sentences("\u201cWe will win.\u201d Officials disagreed. \"Really?\" he asked."))
        .containsExactly("\u201cWe will win.\u201d", "Officials disagreed.", "\"Really?\" he asked.");
  }

  @Test
  void paragraphsBreak() {
    assertThat(sentences("A headline without a period\n\nThe body starts here. And goes on"))
        .containsExactly("A headline without a period", "The body starts here.", "And goes on");
    String wrapped = "The ministry said on Monday that exports\nrose sharply in the first quarter.\n"
        + "    A second paragraph follows.";
    assertThat(sentences(wrapped)).containsExactly(
        "The ministry said on Monday that exports\nrose sharply in the first quarter.",
        "A second paragraph follows.");
  }

  @Test
  void lowercaseContinuationIsNotABreak() {
    assertThat(sentences("It ended at 5 p.m. yesterday, officials said."))
        .containsExactly("It ended at 5 p.m. yesterday, officials said.");
  }

  @Test
  void neverBreaksInsideTitledNames() {
    for (String text : List.of("U.S. President Donald Trump spoke.", "The U.S. President Donald Trump spoke.",
        "Lt. Gen. Ann Wu of the U.N. Security Council spoke.", "Officials in Washington, D.C. said no.",
        "Shares of Acme Corp. rose after Gov. Lee and Sen. Park spoke.")) {
      assertThat(sentences(text)).as(text).containsExactly(text);
    }
  }

  @Test
  void noBreakBeforeClosingPunctuation() {
    assertThat(sentences("Rep. Bo Park, R-Calif., voted no. Sen. Ann Lee (D-Mass.) voted yes."))
        .containsExactly("Rep. Bo Park, R-Calif., voted no.", "Sen. Ann Lee (D-Mass.) voted yes.");
  }

  @Test
  void breaksAfterTimesAndNumbersAtSentenceEnd() {
    assertThat(sentences("The vote ended at 10:30 a.m. The count began. Turnout was 61.5%. Results follow."))
        .containsExactly("The vote ended at 10:30 a.m.", "The count began.", "Turnout was 61.5%.",
            "Results follow.");
  }
}
