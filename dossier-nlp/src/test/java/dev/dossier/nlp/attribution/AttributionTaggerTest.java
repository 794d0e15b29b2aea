package dev.dossier.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.Article;
import dev.dossier.model.Origin;
import dev.dossier.nlp.StandardPipeline;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AttributionTaggerTest {

  private static final int BC = AttributionLabels.begin(AttributionLabels.CUE);
  private static final int CONTENT = AttributionLabels.begin(AttributionLabels.CONTENT);

  private static AttributionInput input(String text) {
    return AttributionInput.of(StandardPipeline.create()
        .analyze(Article.builder().text(text).origin(Origin.file("test", "text")).build()));
  }

  private static int index(AttributionInput in, String word) {
    return Arrays.asList(in.word).indexOf(word);
  }

  @Test
  void aFirstPassCueOfSayingThatTheSecondPassLeftOutIsKept() {
    AttributionInput in = input("Negotiators warned on Monday that the talks would fail.");
    int[] first = new int[in.size()];
    first[index(in, "warned")] = BC;
    first[index(in, "Negotiators")] = BC;
    int[] second = AttributionTagger.withFirstPassVerbs(in, first, new int[in.size()]);
    assertEquals(BC, second[index(in, "warned")]);
    assertEquals(AttributionLabels.O, second[index(in, "Negotiators")], "not a verb of saying or stance");
  }

  @Test
  void aFirstPassCueInsideASecondPassSpanIsNotKept() {
    AttributionInput in = input("Negotiators warned on Monday that the talks would fail.");
    int[] first = new int[in.size()];
    first[index(in, "warned")] = BC;
    int[] labels = new int[in.size()];
    labels[index(in, "warned")] = CONTENT;
    assertEquals(CONTENT, AttributionTagger.withFirstPassVerbs(in, first, labels)[index(in, "warned")]);
  }
}
