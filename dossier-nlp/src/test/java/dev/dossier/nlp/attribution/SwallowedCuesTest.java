package dev.dossier.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Attribution;
import dev.dossier.model.Origin;
import dev.dossier.nlp.StandardPipeline;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SwallowedCues: a first-pass cue inside a second-pass content is an attribution of its own. */
class SwallowedCuesTest {

  private static final String TEXT =
      "The mayor said the budget was balanced and the council warned that the town could not pay for the new roof.";

  private static Analysis analysis(String text) {
    return StandardPipeline.upToEntities().analyze(Article.builder().text(text)
        .origin(Origin.file("test", "text")).build());
  }

  private static int at(AttributionInput in, String word) {
    int i = Arrays.asList(in.word).indexOf(word);
    assertTrue(i >= 0, word);
    return i;
  }

  private static String text(AttributionInput in, AttributionAssembler.Run r) {
    return String.join(" ", Arrays.asList(in.word).subList(r.from(), r.to()));
  }

  /** Second-pass labels: "said" a cue, "The mayor" its source, the rest of the sentence one content. */
  private static int[] secondPass(AttributionInput in) {
    int[] labels = new int[in.size()];
    int said = at(in, "said");
    AttributionAssembler.label(labels, new AttributionAssembler.Run(AttributionLabels.SOURCE, 0, said));
    AttributionAssembler.label(labels, new AttributionAssembler.Run(AttributionLabels.CUE, said, said + 1));
    AttributionAssembler.label(labels, new AttributionAssembler.Run(AttributionLabels.CONTENT, said + 1, in.size() - 1));
    return labels;
  }

  /** A first pass whose only cues are the tokens {@code [from, to)} and "said". */
  private static AttributionTagger.FirstPass firstPass(AttributionInput in, int from, int to) {
    int[] labels = new int[in.size()];
    int said = at(in, "said");
    AttributionAssembler.label(labels, new AttributionAssembler.Run(AttributionLabels.CUE, said, said + 1));
    AttributionAssembler.label(labels, new AttributionAssembler.Run(AttributionLabels.CUE, from, to));
    return new AttributionTagger.FirstPass(labels, new byte[in.size()]);
  }

  @Test
  void aFirstPassVerbOfSayingInsideAContentIsAnAttributionOfItsOwn() {
    AttributionInput in = AttributionInput.of(analysis(TEXT));
    int[] labels = secondPass(in);
    int warned = at(in, "warned");
    List<AttributionAssembler.Run[]> found = SwallowedCues.apply(in, labels, firstPass(in, warned, warned + 1));
    assertEquals(1, found.size());
    AttributionAssembler.Run[] t = found.get(0);
    assertEquals("warned", text(in, t[0]));
    assertEquals("the council", text(in, t[1]));
    assertEquals("the town could not pay for the new roof", text(in, t[2]));
    List<AttributionAssembler.Run> contents = AttributionAssembler.runs(in, labels).stream()
        .filter(r -> r.kind() == AttributionLabels.CONTENT).toList();
    assertEquals(List.of("the budget was balanced", "the town could not pay for the new roof"),
        contents.stream().map(r -> text(in, r)).toList());
  }

  @Test
  void theAssemblerWritesBothAttributionsUnnested() {
    Analysis a = analysis(TEXT);
    AttributionInput in = AttributionInput.of(a);
    int warned = at(in, "warned");
    List<Attribution> out = new AttributionAssembler().assemble(in, secondPass(in), firstPass(in, warned, warned + 1),
        a.layer(dev.dossier.model.Layers.MENTIONS), a.layer(dev.dossier.model.Layers.ENTITIES), "attribution");
    assertEquals(2, out.size());
    assertEquals("said", out.get(0).cue().text());
    assertEquals("the budget was balanced", out.get(0).content().text());
    assertEquals("warned", out.get(1).cue().text());
    assertEquals("the council", out.get(1).source().text());
    assertEquals(null, out.get(1).parent());
  }

  @Test
  void aFirstPassCueThatIsNoVerbOfSayingOrStanceIsLeftInTheContent() {
    AttributionInput in = AttributionInput.of(analysis(TEXT));
    int[] labels = secondPass(in);
    int roof = at(in, "roof");
    assertEquals(0, SwallowedCues.apply(in, labels, firstPass(in, roof, roof + 1)).size());
    assertEquals(secondPass(in)[roof], labels[roof]);
  }

  @Test
  void aFirstPassCueInsideAQuotationIsLeftInTheContent() {
    AttributionInput in = AttributionInput.of(analysis(
        "The mayor said the budget was balanced and \"the council warned that the town could not pay for the new roof.\""));
    int[] labels = secondPass(in);
    int warned = at(in, "warned");
    assertEquals(0, SwallowedCues.apply(in, labels, firstPass(in, warned, warned + 1)).size());
  }

  @Test
  void noAttributionWhenTheOuterContentWouldKeepFewerThanThreeTokens() {
    AttributionInput in = AttributionInput.of(analysis(
        "The mayor said taxes rose and the council warned that the town could not pay for the new roof."));
    int[] labels = secondPass(in);
    int warned = at(in, "warned");
    assertEquals(0, SwallowedCues.apply(in, labels, firstPass(in, warned, warned + 1)).size());
  }
}
