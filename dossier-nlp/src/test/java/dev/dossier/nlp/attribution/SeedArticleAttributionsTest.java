package dev.dossier.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Attribution;
import dev.dossier.model.Entity;
import dev.dossier.model.Figure;
import dev.dossier.model.Layers;
import dev.dossier.model.SourceKind;
import dev.dossier.nlp.testing.StageAssertions;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The motivating article's attributions and figures (issue #5), read at test time from
 * {@code dossier.examples}: nine sourced claims with their source kinds, the poll cited by the
 * network as one attribution with a relay, the U.S. officials nested in Axios's report, and the
 * two Gallup figures.
 */
class SeedArticleAttributionsTest {

  private static Analysis analysis;
  private static List<Attribution> attributions;

  @BeforeAll
  static void analyse() throws IOException {
    analysis = StageAssertions.seedAnalysis();
    attributions = analysis.layer(Layers.ATTRIBUTIONS);
  }

  private static Attribution withSource(String source, String cue) {
    return attributions.stream()
        .filter(a -> a.source() != null && a.source().text().equals(source) && a.cue().text().equals(cue))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no attribution '" + source + "' / '" + cue + "' in " + summary()));
  }

  private static String summary() {
    StringBuilder sb = new StringBuilder();
    for (Attribution a : attributions) {
      sb.append("\n  ").append(a.source() == null ? "-" : a.source().text()).append(" | ").append(a.cue().text())
          .append(" | ").append(a.content().text());
    }
    return sb.toString();
  }

  private static String entityName(Integer index) {
    assertThat(index).as("entity index").isNotNull();
    Entity e = analysis.layer(Layers.ENTITIES).get(index);
    return e.name();
  }

  @Test
  void twoAttributionsAccordingToCnn() {
    List<Attribution> cnn = attributions.stream()
        .filter(a -> a.cue().text().equals("According to") && a.source() != null && a.source().text().equals("CNN"))
        .toList();
    assertThat(cnn).as(summary()).hasSize(2);
    for (Attribution a : cnn) {
      assertThat(a.sourceKind()).isEqualTo(SourceKind.OUTLET);
      assertThat(a.anonymous()).isFalse();
      assertThat(entityName(a.sourceEntity())).isEqualTo("CNN");
      assertThat(a.cueLemma()).isEqualTo("according to");
    }
    assertThat(cnn.get(0).content().text()).startsWith("the meeting is being viewed by aides as a strategic effort");
    assertThat(cnn.get(1).content().text()).startsWith("Netanyahu's advisers see Trump as uniquely capable");
  }

  @Test
  void anonymousOfficialsAndAides() {
    Attribution close = withSource("Officials close to the prime minister", "say");
    assertThat(close.sourceKind()).isEqualTo(SourceKind.ANONYMOUS);
    assertThat(close.anonymous()).isTrue();
    assertThat(close.affiliation()).isEqualTo("close to the prime minister");
    assertThat(close.content().text()).startsWith("his appearance alongside Trump is designed to project momentum");

    Attribution aides = withSource("aides", "say");
    assertThat(aides.sourceKind()).isEqualTo(SourceKind.ANONYMOUS);
    assertThat(aides.anonymous()).isTrue();
    assertThat(aides.content().text()).contains("That dynamic").contains("is now resurfacing");

    Attribution israeli = withSource("Israeli officials", "acknowledge");
    assertThat(israeli.sourceKind()).isEqualTo(SourceKind.ANONYMOUS);
    assertThat(israeli.affiliation()).isEqualTo("Israeli");
    assertThat(israeli.content().text()).contains("Netanyahu faces sharp resistance from within his coalition");

    Attribution negotiators = withSource("negotiators", "describe");
    assertThat(negotiators.sourceKind()).isEqualTo(SourceKind.ANONYMOUS);
    assertThat(negotiators.content().text()).isEqualTo("Phase 2 of the agreement");
  }

  @Test
  void gallupPollRelayedByTheNetworkIsOneAttribution() {
    Attribution poll = withSource("A September 2025 Gallup poll", "showed");
    assertThat(poll.sourceKind()).isEqualTo(SourceKind.POLL_OR_DOCUMENT);
    assertThat(poll.anonymous()).isFalse();
    assertThat(entityName(poll.sourceEntity())).isEqualTo("Gallup");
    assertThat(poll.relay()).isNotNull();
    assertThat(poll.relay().text()).isEqualTo("the network");
    assertThat(entityName(poll.relayEntity())).isEqualTo("CNN");
    assertThat(poll.content().text()).startsWith("U.S. leadership enjoying 76% approval among Israelis");
    assertThat(attributions).as(summary()).noneMatch(a -> a.cue().text().startsWith("cited"));
  }

  @Test
  void axiosWithTheNestedUsOfficials() {
    Attribution axios = withSource("Axios", "reported");
    assertThat(axios.sourceKind()).isEqualTo(SourceKind.OUTLET);
    assertThat(entityName(axios.sourceEntity())).isEqualTo("Axios");
    assertThat(axios.content().text()).startsWith("that U.S. officials are concerned Netanyahu");

    Attribution officials = withSource("U.S. officials", "are concerned");
    assertThat(officials.sourceKind()).isEqualTo(SourceKind.ANONYMOUS);
    assertThat(officials.anonymous()).isTrue();
    assertThat(officials.affiliation()).isEqualTo("U.S.");
    assertThat(officials.content().text()).isEqualTo("Netanyahu may be deliberately slowing the process");
    assertThat(officials.parent()).isNotNull();
    assertThat(attributions.get(officials.parent())).isEqualTo(axios);
  }

  @Test
  void israeliSourcesCitedByUsMedia() {
    Attribution sources = withSource("Israeli sources", "According to");
    assertThat(sources.sourceKind()).isEqualTo(SourceKind.ANONYMOUS);
    assertThat(sources.anonymous()).isTrue();
    assertThat(sources.affiliation()).isEqualTo("Israeli");
    assertThat(sources.relay()).isNotNull();
    assertThat(sources.relay().text()).isEqualTo("U.S. media");
    assertThat(sources.content().text()).startsWith("Netanyahu may seek approval for one additional military operation");
  }

  @Test
  void noFalseCuesOnParticiples() {
    assertThat(attributions).as(summary())
        .noneMatch(a -> a.cue().text().equals("mounting") || a.cue().text().equals("including"));
  }

  @Test
  void gallupFigures() {
    List<Figure> figures = analysis.layer(Layers.FIGURES);
    Figure us = figures.stream().filter(f -> f.text().equals("76%")).findFirst().orElseThrow();
    assertThat(us.value()).isEqualTo(76.0);
    assertThat(us.unit()).isEqualTo("%");
    assertThat(us.measure().text()).isEqualTo("approval");
    assertThat(us.of().text()).isEqualTo("U.S. leadership");
    assertThat(us.among().text()).isEqualTo("Israelis");
    assertThat(entityName(us.sourceEntity())).isEqualTo("Gallup");
    assertThat(analysis.layer(Layers.TIMES).get(us.time()).value()).isEqualTo("2025-09");

    Figure government = figures.stream().filter(f -> f.text().equals("40%")).findFirst().orElseThrow();
    assertThat(government.value()).isEqualTo(40.0);
    assertThat(government.measure().text()).isEqualTo("approval");
    assertThat(government.of().text()).isEqualTo("Israel's own government");
    assertThat(government.comparison().text()).isEqualTo("compared with just");
    assertThat(figures.get(government.comparedTo())).isEqualTo(us);
    assertThat(entityName(government.sourceEntity())).isEqualTo("Gallup");
    assertThat(analysis.layer(Layers.TIMES).get(government.time()).value()).isEqualTo("2025-09");
  }
}
