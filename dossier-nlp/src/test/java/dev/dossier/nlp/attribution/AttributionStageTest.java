package dev.dossier.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Attribution;
import dev.dossier.model.Layers;
import dev.dossier.model.Origin;
import dev.dossier.model.SourceKind;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionStageTest {

  private static final Pipeline PIPELINE = StandardPipeline.create();

  private static Analysis analyse(String text) {
    return PIPELINE.analyze(Article.builder().text(text).origin(Origin.file("test", "text")).build());
  }

  private static Attribution withCue(List<Attribution> as, String cue) {
    return as.stream().filter(a -> a.cue().text().equals(cue)).findFirst()
        .orElseThrow(() -> new AssertionError("no attribution with cue '" + cue + "' in " + as));
  }

  @Test
  void namedOutletWithAccordingTo() {
    Analysis a = analyse("According to Reuters, the talks between the two governments collapsed on Monday.");
    Attribution at = withCue(a.layer(Layers.ATTRIBUTIONS), "According to");
    assertNotNull(at.source());
    assertEquals("Reuters", at.source().text());
    assertTrue(at.content().text().contains("talks"), at.content().text());
    assertEquals(a.text().substring(at.cue().start(), at.cue().end()), at.cue().text());
    assertEquals("attribution", at.stage());
  }

  @Test
  void anonymousOfficialsWithAffiliation() {
    Analysis a = analyse("Senior officials said that the negotiations would resume next month.\n\n"
        + "French diplomats said the proposal was unacceptable.");
    List<Attribution> as = a.layer(Layers.ATTRIBUTIONS);
    Attribution first = as.get(0);
    assertEquals("said", first.cue().text());
    assertEquals(SourceKind.ANONYMOUS, first.sourceKind());
    assertTrue(first.anonymous());
    assertTrue(first.content().text().contains("negotiations"), first.content().text());
    Attribution second = as.get(1);
    assertTrue(second.anonymous());
    assertEquals("French", second.affiliation());
  }

  @Test
  void offsetsPointIntoTheText() {
    Analysis a = analyse("\"We will not give up,\" the minister told reporters. Critics say the plan is too costly.");
    for (Attribution at : a.layer(Layers.ATTRIBUTIONS)) {
      assertEquals(a.text().substring(at.content().start(), at.content().end()), at.content().text());
      assertTrue(at.start() <= at.cue().start() && at.cue().end() <= at.end());
    }
    assertTrue(a.layer(Layers.ATTRIBUTIONS).size() >= 2, a.layer(Layers.ATTRIBUTIONS).toString());
  }
}
