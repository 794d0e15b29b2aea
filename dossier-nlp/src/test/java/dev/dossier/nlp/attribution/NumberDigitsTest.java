package dev.dossier.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Attribution;
import dev.dossier.model.Layers;
import dev.dossier.model.Origin;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which digits a number has is no feature of the attribution tagger: "41%" reads as "42%". */
class NumberDigitsTest {

  private static final Pipeline PIPELINE = StandardPipeline.create();

  @Test
  void numbersOfTheSameShapeHaveTheSameKeysAndKeepTheirDigitsForTheClusters() {
    AttributionFeatures f = new AttributionFeatures();
    long[][] a = f.typeKeys(new AttributionFeatures.TokenType("41", "00", "CD", "O", false));
    long[][] b = f.typeKeys(new AttributionFeatures.TokenType("42", "00", "CD", "O", false));
    assertThat(b).isDeepEqualTo(a);
    assertThat(AttributionInput.digitsAsZero("1,004")).isEqualTo("0,000");
    assertThat(AttributionInput.digitsAsZero("13th")).isEqualTo("00th");
    assertThat(AttributionInput.digitsAsZero("approve")).isEqualTo("approve");
    AttributionInput in = AttributionInput.of(PIPELINE.analyze(article("Turnout was 41% in May.")));
    assertThat(in.word[2]).isEqualTo("41");
    assertThat(in.lower[2]).isEqualTo("00");
    assertThat(in.lemma[2]).isEqualTo("00");
  }

  @Test
  void changingAPollFigureByOneDigitKeepsEveryAttribution() {
    String text = "The mayor opened the new ferry terminal on Monday, officials said.\n\n"
        + "A Harbourview Research survey of 2,013 adult residents conducted March 3–5 found that %d%% approve "
        + "of the council's handling of the harbour and 49%% disapprove, with a margin of error of 2.9 "
        + "percentage points. The same survey found that 61%% expect the ferry fares to rise.\n\n"
        + "A council spokeswoman said the terminal would be busy by summer.";
    List<String> expected = readings(String.format(text, 41));
    assertThat(expected).anyMatch(s -> s.startsWith("found | A Harbourview Research survey"));
    for (int d = 36; d <= 47; d++) {
      assertThat(readings(String.format(text, d))).as("with %d%%", d).isEqualTo(expected);
    }
  }

  private static List<String> readings(String text) {
    Analysis a = PIPELINE.analyze(article(text));
    List<String> out = new ArrayList<>();
    for (Attribution x : a.layer(Layers.ATTRIBUTIONS)) {
      out.add((x.cue() == null ? "-" : x.cue().text()) + " | " + (x.source() == null ? "-" : x.source().text())
          + " | " + x.sourceKind());
    }
    return out;
  }

  private static Article article(String text) {
    return Article.builder().text(text).origin(Origin.file("test", "text")).build();
  }
}
