package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.SourceKind;
import dev.dossier.store.ArticleSummary;
import dev.dossier.store.query.ClaimView;
import dev.dossier.store.query.Days;
import dev.dossier.store.query.Deadline;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RenderTest {

  private static final ArticleSummary ARTICLE = new ArticleSummary(1, "a1", "Harbour talks resume", "Valley Post",
      "2026-03-02", LocalDate.of(2026, 3, 2), null, null, null);

  private static ClaimView claim(String source, SourceKind kind, boolean anonymous) {
    return new ClaimView("a1:a0", ARTICLE, "statement", source, kind, anonymous, "said", "talks would resume", 0, 18);
  }

  @Test
  void aClaimSaysAnonymousOnceAndNamesTheKindOfOtherUnnamedSources() {
    assertThat(Render.claim(claim("a diplomat", SourceKind.ANONYMOUS, true)))
        .contains("— a diplomat (anonymous), Valley Post 2026-03-02").doesNotContain("anonymous, anonymous");
    assertThat(Render.claim(claim("a ministry spokesman", SourceKind.GOVERNMENT, true)))
        .contains("(government, anonymous)");
    assertThat(Render.claim(claim("Ona Varga", SourceKind.PERSON, false))).contains("(person)");
  }

  @Test
  void wrappedTextIsOneLineAndAConditionSaysIfOnce() {
    Deadline d = new Deadline("d1", Deadline.Status.UPCOMING, "reopen\n  the ferry", "action", "2026-04", null, null,
        "if the\nweather holds", null, null, ARTICLE, null, null, null, null, "expected", null);
    String line = Render.deadline(d);
    assertThat(line.lines().findFirst().orElseThrow()).contains("reopen the ferry").contains(" if the weather holds")
        .doesNotContain("if if");
    assertThat(Render.claim(new ClaimView("a1:a1", ARTICLE, "statement", "the\nmayor", SourceKind.PERSON, false, "said",
        "the quay\r\nwill open", 0, 9))).startsWith("\"the quay will open\" — the mayor (person)");
  }

  @Test
  void undatedSpansSayUndated() {
    assertThat(Days.span(null, null)).isEqualTo("undated");
    assertThat(Days.span(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 2))).isEqualTo("2026-01-05 to 2026-03-02");
    assertThat(Days.span(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5))).isEqualTo("2026-01-05");
  }
}
