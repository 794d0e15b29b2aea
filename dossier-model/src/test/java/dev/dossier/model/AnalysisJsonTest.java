package dev.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.model.json.AnalysisJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {

  private static Article article() {
    return Article.builder()
        .text("Netanyahu met Trump in Florida on Monday.")
        .outlet("Example Wire")
        .title("Leaders meet")
        .published(Published.parse("2025-12-29"))
        .origin(Origin.file("a.txt", "text"))
        .build();
  }

  @Test
  void everyLayerIsPresentEvenWhenEmpty() throws Exception {
    String json = AnalysisJson.toJson(Analysis.of(article()), false);
    JsonNode root = AnalysisJson.mapper().readTree(json);
    assertThat(root.get("schema").asText()).isEqualTo("dossier.analysis/1");
    for (LayerKey<?> k : Layers.ALL) {
      assertThat(root.get(k.id())).as(k.id()).isNotNull();
      assertThat(root.get(k.id()).isArray()).as(k.id()).isTrue();
    }
    assertThat(root.at("/article/published/value").asText()).isEqualTo("2025-12-29");
    assertThat(root.at("/article/published/precision").asText()).isEqualTo("DAY");
  }

  @Test
  void roundTripsEveryLayer() {
    Article a = article();
    String t = a.text();
    Analysis an = Analysis.of(a)
        .with(Layers.TOKENS, List.of(new Token(0, 9, "Netanyahu", "NNP", "netanyahu", 0)),
            new StageRun("tokenize", "1", null, 10))
        .with(Layers.SENTENCES, List.of(new Sentence(0, t.length(), 0, 1)))
        .with(Layers.MENTIONS, List.of(new Mention(0, 9, "Netanyahu", EntityType.PERSON,
            MentionKind.NAME, null, 0, 0.9, "ner")))
        .with(Layers.ENTITIES, List.of(new Entity(0, 9, "Benjamin Netanyahu", EntityType.PERSON,
            null, List.of(0), List.of("Prime Minister"), "netanyahu",
            List.of(new Role("head of government", "Israel", "2022-12-29", null)), "entities")))
        .with(Layers.TIMES, List.of(new TimeExpression(33, 39, "Monday", TimeType.DATE,
            "2025-12-29", null, TimeRelation.PRESENT, "timex", "2025-12-29")))
        .with(Layers.ATTRIBUTIONS, List.of(new Attribution(0, 20, Extent.of(t, 0, 9), 0,
            SourceKind.PERSON, false, null, Extent.of(t, 10, 13), "meet", Extent.of(t, 14, 19),
            false, null, null, null, 0.5, "attribution")))
        .with(Layers.FIGURES, List.of())
        .with(Layers.EVENTS, List.of(new Event(0, 19, Extent.of(t, 10, 13), "meet", "036", "03",
            new Actor(Extent.of(t, 0, 9), 0, "ISRGOV", "Benjamin Netanyahu", false, null), null,
            Extent.of(t, 23, 30), null, 0, Modality.HAPPENED, null, 0.8, "events")))
        .with(Layers.EXPECTATIONS, List.of());
    Analysis back = AnalysisJson.fromJson(AnalysisJson.toJson(an, true));
    assertThat(back).isEqualTo(an);
    assertThat(back.layer(Layers.EVENTS).get(0).actor().code()).isEqualTo("ISRGOV");
    assertThat(back.runs()).containsExactly(new StageRun("tokenize", "1", null, 10));
  }

  @Test
  void expectationsRoundTripAndOlderOnesReadWithoutTheNewFields() throws Exception {
    Article a = article();
    String t = a.text();
    Expectation x = new Expectation(0, 19, Extent.of(t, 10, 19), "expected action", "2025-12-29", null, null,
        Extent.of(t, 14, 19), null, Extent.of(t, 10, 13), Modality.POSSIBLE, null, "expectations", "meet Trump",
        "Trump meeting", Extent.of(t, 20, 30), List.of("Florida"));
    Analysis an = Analysis.of(a).with(Layers.EXPECTATIONS, List.of(x));
    String json = AnalysisJson.toJson(an, false);
    assertThat(AnalysisJson.fromJson(json)).isEqualTo(an);
    com.fasterxml.jackson.databind.node.ObjectNode root =
        (com.fasterxml.jackson.databind.node.ObjectNode) AnalysisJson.mapper().readTree(json);
    com.fasterxml.jackson.databind.node.ObjectNode old =
        (com.fasterxml.jackson.databind.node.ObjectNode) root.get("expectations").get(0);
    old.remove(List.of("head", "outcome", "content", "includes"));
    Expectation back = AnalysisJson.fromJson(root.toString()).layer(Layers.EXPECTATIONS).get(0);
    assertThat(back.head()).isNull();
    assertThat(back.outcome()).isNull();
    assertThat(back.content()).isNull();
    assertThat(back.includes()).isEmpty();
    assertThat(back.what()).isEqualTo(x.what());
  }

  @Test
  void rejectsAWrongSchema() {
    assertThatThrownBy(() -> AnalysisJson.fromJson("{\"schema\":\"other/2\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dossier.analysis/1");
  }

  @Test
  void brokenJsonIsReportedWithItsPlaceAndWithoutTheParsersSourceText() {
    assertThatThrownBy(() -> AnalysisJson.fromJson("{\"schema\":\"dossier.analysis/1\",\n\"article\": {\"text\":\"bro"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a dossier.analysis/1 document: ")
        .hasMessageContaining("(line 2, column")
        .hasMessageNotContaining("Source:").hasMessageNotContaining("REDACTED");
  }

  @Test
  void readsFieldsInAnyOrderAndSkipsUnknownOnes() throws Exception {
    Article a = article();
    Analysis an = Analysis.of(a)
        .with(Layers.TOKENS, List.of(new Token(0, 9, "Netanyahu", "NNP", "netanyahu", 0)),
            new StageRun("tokenize", "1", null, 10));
    com.fasterxml.jackson.databind.node.ObjectNode root =
        (com.fasterxml.jackson.databind.node.ObjectNode) AnalysisJson.mapper().readTree(AnalysisJson.toJson(an, false));
    com.fasterxml.jackson.databind.node.ObjectNode reordered = AnalysisJson.mapper().createObjectNode();
    reordered.putObject("extension").putArray("nested").addObject().put("x", 1);
    reordered.set("provenance", root.get("provenance"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) reordered.get("provenance")).put("host", "elsewhere");
    List<String> names = new java.util.ArrayList<>();
    root.fieldNames().forEachRemaining(names::add);
    java.util.Collections.reverse(names); // the layers backwards, the schema last
    for (String n : names) {
      if (!n.equals("provenance")) {
        reordered.set(n, root.get(n));
      }
    }
    assertThat(reordered.fieldNames().next()).isEqualTo("extension");
    Analysis back = AnalysisJson.fromJson(reordered.toString());
    assertThat(back).isEqualTo(an);
    assertThat(back.runs()).containsExactly(new StageRun("tokenize", "1", null, 10));
    assertThat(List.copyOf(back.layers().keySet())).isEqualTo(Layers.ALL);
  }

  @Test
  void rejectsAMissingLayerOrALayerThatIsNotAnArray() throws Exception {
    String json = AnalysisJson.toJson(Analysis.of(article()), false);
    com.fasterxml.jackson.databind.node.ObjectNode root =
        (com.fasterxml.jackson.databind.node.ObjectNode) AnalysisJson.mapper().readTree(json);
    root.remove("figures");
    assertThatThrownBy(() -> AnalysisJson.fromJson(root.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("layer \"figures\" is missing");
    root.put("figures", "none");
    assertThatThrownBy(() -> AnalysisJson.fromJson(root.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("layer \"figures\" is missing or not an array");
    assertThatThrownBy(() -> AnalysisJson.fromJson("[1, 2]"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsSpansOutsideTheText() {
    Analysis an = Analysis.of(article());
    assertThatThrownBy(() -> an.with(Layers.TOKENS, List.of(new Token(0, 400, "x".repeat(400), null, null, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("past the end");
    assertThatThrownBy(() -> new Token(5, 2, "", null, null, 0))
        .hasMessageContaining("[5, 2)");
  }

  @Test
  void idIsStableAndDependsOnUrlAndText() {
    Article a = article();
    Article b = article();
    assertThat(a.id()).isEqualTo(b.id()).hasSize(24);
    Article other = a.toBuilder().url("https://example.org/x").build();
    assertThat(other.id()).isNotEqualTo(a.id());
    assertThat(other.contentHash()).isEqualTo(a.contentHash());
  }
}
