package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.SourceKind;
import dev.dossier.store.ArticleSummary;
import dev.dossier.store.query.ClaimView;
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
}
