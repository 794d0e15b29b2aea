package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.model.Analysis;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.model.json.AnalysisJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoringJsonTest {

  /** The full reading's analysis with its tokens layer emptied. */
  private static Analysis withoutTokens(Analysis full) {
    Map<LayerKey<?>, List<?>> layers = new LinkedHashMap<>(full.layers());
    layers.put(Layers.TOKENS, List.of());
    return Analysis.restore(full.article(), layers, full.runs());
  }

  @Test
  void givesTheFullReadingWithoutTokens() {
    for (int i = 0; i < 30; i++) {
      String json = AnalysisJson.toJson(Synthetic.analysis(i), false);
      Analysis full = AnalysisJson.fromJson(json);
      assertThat(full.layer(Layers.TOKENS)).isNotEmpty();
      Analysis read = StoringJson.withoutTokens(json);
      assertThat(read.layer(Layers.TOKENS)).isEmpty();
      assertThat(read.has(Layers.TOKENS)).isTrue();
      assertThat(read).isEqualTo(withoutTokens(full));
      assertThat(read.layers().keySet()).containsExactlyElementsOf(full.layers().keySet());
    }
  }

  @Test
  void aTokenOfAnotherShapeIsReadInFull() {
    String json = AnalysisJson.toJson(Synthetic.analysis(3), false);
    // a number given as a string: the full reading coerces it, so the document is read in full
    String odd = json.replaceFirst("\"tokens\":\\[\\{\"start\":0,", "\"tokens\":[{\"start\":\"0\",");
    assertThat(odd).isNotEqualTo(json);
    Analysis read = StoringJson.withoutTokens(odd);
    assertThat(read).isEqualTo(AnalysisJson.fromJson(odd));
    assertThat(read.layer(Layers.TOKENS)).isNotEmpty();
  }

  @Test
  void refusesWhatTheFullReadingRefuses() {
    String json = AnalysisJson.toJson(Synthetic.analysis(4), false);
    String badToken = json.replaceFirst("\"tokens\":\\[\\{\"start\":0,", "\"tokens\":[{\"start\":-4,");
    assertThat(badToken).isNotEqualTo(json);
    assertThatThrownBy(() -> AnalysisJson.fromJson(badToken)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StoringJson.withoutTokens(badToken)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid span");
    String noLayer = json.replaceFirst("\"figures\":\\[[^\\]]*\\],", "");
    assertThat(noLayer).isNotEqualTo(json);
    assertThatThrownBy(() -> StoringJson.withoutTokens(noLayer)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"figures\" is missing");
    assertThatThrownBy(() -> StoringJson.withoutTokens("{\"schema\":\"other/1\"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dossier.analysis/1");
    assertThatThrownBy(() -> StoringJson.withoutTokens("{\"schema\":")).isInstanceOf(IllegalArgumentException.class);
  }
}
