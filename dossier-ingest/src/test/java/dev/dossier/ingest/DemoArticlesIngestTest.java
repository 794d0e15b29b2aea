package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled demo articles (repository folder demo/articles) read back with the right metadata. */
class DemoArticlesIngestTest {

  @Test
  void readsAllElevenDemoArticlesWithTheirMetadata() {
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> all = new Sources().readAll(List.of(Path.of("..", "demo", "articles").toString()),
        ReadOptions.defaults(), problems);
    assertThat(problems).isEmpty();
    assertThat(all).hasSize(11);
    assertThat(all).allSatisfy(a -> {
      assertThat(a.title()).isNotBlank();
      assertThat(a.outlet()).isNotBlank();
      assertThat(a.published()).isNotNull();
      assertThat(a.url()).startsWith("https://");
      assertThat(a.author()).isNotBlank();
      assertThat(a.text().split("\\s+").length).isBetween(150, 400);
    });
    assertThat(all).extracting(a -> a.published().anchorDate().toString() + " " + a.outlet() + " " + a.origin().format())
        .containsExactlyInAnyOrder(
            "2025-12-20 Meridian Wire text",
            "2025-12-21 The Harbor Courier text",
            "2025-12-29 Levant Morning Herald html",
            "2025-12-30 Eastgate Broadcasting html",
            "2026-01-14 Capitol Desk rss",
            "2026-02-05 Meridian Wire text",
            "2026-02-20 Levant Morning Herald text",
            "2026-03-10 Capitol Desk rss",
            "2026-03-27 Eastgate Broadcasting text",
            "2026-04-10 Meridian Wire text",
            "2026-04-11 The Harbor Courier text");
    // the republished wire story is not the same article, but nearly the same text
    Article wire = byOutletAndDay(all, "Meridian Wire", "2025-12-20");
    Article copy = byOutletAndDay(all, "The Harbor Courier", "2025-12-21");
    assertThat(copy.id()).isNotEqualTo(wire.id());
    assertThat(wire.text()).contains(copy.text().substring(20, 400));
  }

  private static Article byOutletAndDay(List<Article> all, String outlet, String day) {
    return all.stream().filter(a -> a.outlet().equals(outlet) && a.published().anchorDate().toString().equals(day))
        .findFirst().orElseThrow();
  }
}
