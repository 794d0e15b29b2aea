package dev.dossier.nlp.expectation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Expectation;
import dev.dossier.model.Layers;
import dev.dossier.model.Modality;
import dev.dossier.nlp.testing.StageAssertions;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The motivating article's three expectations (issue 6), read at test time from {@code dossier.examples}. */
class SeedArticleExpectationsTest {

  private static Analysis analysis;

  @BeforeAll
  static void analyse() throws IOException {
    analysis = StageAssertions.seedAnalysis();
  }

  private static Expectation withHead(String head) {
    List<Expectation> xs = analysis.layer(Layers.EXPECTATIONS);
    return xs.stream().filter(x -> head.equals(x.head())).findFirst()
        .orElseThrow(() -> new AssertionError("no expectation with head " + head + " in " + xs));
  }

  @Test
  void electionDueOctober2026WithTheEarlyElectionHedge() {
    Expectation x = withHead("election");
    assertThat(x.kind()).isEqualTo("scheduled");
    assertThat(x.due()).isEqualTo("2026-10");
    assertThat(analysis.layer(Layers.TIMES).get(x.time()).text()).isEqualTo("October 2026");
    assertThat(x.what().text()).isEqualTo("scheduled October 2026 vote");
    assertThat(x.hedge().text()).isEqualTo("early elections increasingly possible");
    assertThat(x.modality()).isEqualTo(Modality.EXPECTED);
    assertThat(x.stage()).isEqualTo(ExpectationStage.NAME);
  }

  @Test
  void budgetDeadlineDueMarch2026ThatCouldCollapseTheGovernment() {
    Expectation x = withHead("budget deadline");
    assertThat(x.kind()).isEqualTo("deadline");
    assertThat(x.due()).isEqualTo("2026-03");
    assertThat(analysis.layer(Layers.TIMES).get(x.time()).text()).isEqualTo("March 2026");
    assertThat(x.consequence().text()).isEqualTo("collapse the government");
    assertThat(x.outcome()).isEqualTo("government collapse");
    assertThat(x.condition().text()).isEqualTo("if negotiations fail");
    assertThat(x.hedge().text()).isEqualTo("could");
    assertThat(x.modality()).isEqualTo(Modality.POSSIBLE);
    assertThat(analysis.text().substring(x.start(), x.end()))
        .startsWith("a March 2026 budget deadline").endsWith("if negotiations fail");
  }

  @Test
  void phase2WithItsContent() {
    Expectation x = withHead("Phase 2");
    assertThat(x.kind()).isEqualTo("expected action");
    assertThat(x.modality()).isEqualTo(Modality.EXPECTED);
    assertThat(x.hedge().text()).isEqualTo("is expected to");
    assertThat(x.what().text()).startsWith("press Netanyahu").contains("Phase 2 of the agreement");
    assertThat(x.content().text()).startsWith("further Israeli withdrawals").endsWith("postwar governance in Gaza");
    assertThat(x.includes()).containsExactly("further withdrawals", "postwar governance");
  }

  @Test
  void thePossibleMilitaryOperationIsAttributedToItsSources() {
    Expectation x = withHead("military operation");
    assertThat(x.modality()).isEqualTo(Modality.POSSIBLE);
    assertThat(x.hedge().text()).isEqualTo("may");
    assertThat(x.expectedBy()).isNotNull();
    assertThat(x.expectedBy().name()).isEqualTo("Israeli sources");
  }

  @Test
  void nothingInThePastIsExpected() {
    for (Expectation x : analysis.layer(Layers.EXPECTATIONS)) {
      assertThat(analysis.text().substring(x.start(), x.end()))
          .doesNotContain("2023 Hamas attack").doesNotContain("Golan").doesNotContain("deliberately slowing");
    }
  }
}
