package dev.dossier.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Attribution;
import dev.dossier.model.Layers;
import dev.dossier.model.Origin;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules after the tagger that add attributions it missed: MissedCues and CoordinatedCues. */
class MissedCuesTest {

  private static final Pipeline PIPELINE = StandardPipeline.create();

  private static List<Attribution> attributions(String text) {
    Analysis a = PIPELINE.analyze(Article.builder().text(text).origin(Origin.file("test", "text")).build());
    return a.layer(Layers.ATTRIBUTIONS);
  }

  private static Attribution withCue(List<Attribution> as, String cue) {
    return as.stream().filter(a -> a.cue().text().equals(cue)).findFirst()
        .orElseThrow(() -> new AssertionError("no attribution with cue '" + cue + "' in " + as));
  }

  @Test
  void aHeadlineVerbOfSayingIsACue() {
    List<Attribution> as = attributions("Harbor Commissioner Vows To Close Old Pier\n\n"
        + "The old pier on the east side of the harbor has been closed to boats since the storm.");
    Attribution at = withCue(as, "Vows");
    assertNotNull(at.source());
    assertEquals("Harbor Commissioner", at.source().text());
    assertEquals("To Close Old Pier", at.content().text());
  }

  @Test
  void aVerbOfSayingReadAsANounAfterItsSourceIsACue() {
    List<Attribution> as = attributions("Bonus payments to the managers were cut in half this spring, the Ledger reports.");
    Attribution at = withCue(as, "reports");
    assertNotNull(at.source());
    assertTrue(at.source().text().contains("Ledger"), at.source().text());
    assertTrue(at.content().text().startsWith("Bonus payments"), at.content().text());
  }

  @Test
  void aVerbOfStanceLeftOutByTheTaggerIsACueWithItsSubjectAndClause() {
    List<Attribution> as = attributions("The farmers suspect the new dam will flood their fields in the spring.");
    Attribution at = withCue(as, "suspect");
    assertNotNull(at.source());
    assertEquals("The farmers", at.source().text());
    assertEquals("the new dam will flood their fields in the spring", at.content().text());
  }

  @Test
  void theContentStopsBeforeACoordinatingConjunction() {
    Analysis a = StandardPipeline.upToEntities().analyze(Article.builder()
        .text("Coastal farmers oppose steeper water fees, and mill owners remain wary of any new deal.")
        .origin(Origin.file("test", "text")).build());
    AttributionInput in = AttributionInput.of(a);
    java.util.List<String> words = java.util.Arrays.asList(in.word);
    int[] labels = new int[in.size()]; // the tagger found the second attribution only
    int mill = words.indexOf("mill");
    labels[mill] = AttributionLabels.begin(AttributionLabels.SOURCE);
    labels[mill + 1] = AttributionLabels.inside(AttributionLabels.SOURCE);
    int remain = words.indexOf("remain");
    labels[remain] = AttributionLabels.begin(AttributionLabels.CUE);
    labels[remain + 1] = AttributionLabels.inside(AttributionLabels.CUE);
    labels[remain + 2] = AttributionLabels.inside(AttributionLabels.CUE);
    for (int i = remain + 3; i < in.size() - 1; i++) {
      labels[i] = AttributionLabels.inside(AttributionLabels.CONTENT);
    }
    labels[remain + 3] = AttributionLabels.begin(AttributionLabels.CONTENT);
    List<AttributionAssembler.Run[]> found = MissedCues.apply(in, labels);
    AttributionAssembler.Run[] oppose = found.stream().filter(t -> in.word[t[0].from()].equals("oppose")).findFirst()
        .orElseThrow(() -> new AssertionError("'oppose' is no cue"));
    assertEquals("steeper water fees", String.join(" ", words.subList(oppose[2].from(), oppose[2].to())));
  }

  @Test
  void aVerbWhoseCommonSenseAttributesNothingIsNoCue() {
    List<Attribution> as = attributions("The new bridge requires a crew of six workers to open every morning.");
    assertTrue(as.stream().noneMatch(a -> a.cue().text().equals("requires")), as.toString());
  }

  @Test
  void aSecondVerbOfSayingAfterAndIsACueWithTheSameSource() {
    List<Attribution> as = attributions(
        "The governor announced that the plant would close in March and accused the owners of greed.");
    Attribution first = withCue(as, "announced");
    Attribution second = withCue(as, "accused");
    assertNotNull(second.source());
    assertEquals("The governor", second.source().text());
    assertEquals("that the plant would close in March", first.content().text());
    assertEquals("the owners of greed", second.content().text());
  }

  @Test
  void aSentenceOpeningWithAskedAndAQuestionIsAnAttributionOfItsOwn() {
    Analysis a = StandardPipeline.upToEntities().analyze(Article.builder()
        .text("Asked by a reporter whether the ferry would run in winter, the harbor master shrugged.")
        .origin(Origin.file("test", "text")).build());
    AttributionInput in = AttributionInput.of(a);
    List<String> words = java.util.Arrays.asList(in.word);
    List<AttributionAssembler.Run[]> found = MissedCues.apply(in, new int[in.size()]);
    AttributionAssembler.Run[] asked = found.stream().filter(t -> in.word[t[0].from()].equals("Asked")).findFirst()
        .orElseThrow(() -> new AssertionError("'Asked' is no cue"));
    assertEquals("a reporter", String.join(" ", words.subList(asked[1].from(), asked[1].to())));
    assertEquals("whether the ferry would run in winter", String.join(" ", words.subList(asked[2].from(), asked[2].to())));
  }

  @Test
  void askedAfterItsSubjectIsAnOrdinaryVerbWithThatSubjectAsSource() {
    Analysis a = StandardPipeline.upToEntities().analyze(Article.builder()
        .text("The harbor master asked whether the ferry would run in winter, and nobody knew.")
        .origin(Origin.file("test", "text")).build());
    AttributionInput in = AttributionInput.of(a);
    List<String> words = java.util.Arrays.asList(in.word);
    List<AttributionAssembler.Run[]> asked = MissedCues.apply(in, new int[in.size()]).stream()
        .filter(t -> in.word[t[0].from()].equals("asked")).toList();
    assertEquals(1, asked.size());
    assertNotNull(asked.get(0)[1], "the sentence-initial rule (no source) fired mid-sentence");
    assertEquals("The harbor master", String.join(" ", words.subList(asked.get(0)[1].from(), asked.get(0)[1].to())));
  }

  @Test
  void aParentheticalSourceDoesNotTakeASentenceHoldingAnotherCue() {
    List<Attribution> as = attributions("The storm closed the port on Monday.\n\n"
        + "Asked whether the ferry would run in winter, the harbor master said, \"Not before March.\"");
    Attribution said = withCue(as, "said");
    assertTrue(!said.content().text().contains("Asked"), said.content().text());
  }

  @Test
  void aParentheticalSourceKeepsAStatementWithACueInsideIt() {
    List<Attribution> as = attributions("The storm closed the port on Monday.\n\n"
        + "A second round of ferry talks is expected in Lisbon later this month, a port official said,"
        + " although no date has been set.");
    Attribution said = withCue(as, "said");
    assertTrue(said.content().text().startsWith("A second round of ferry talks is expected in Lisbon"),
        said.content().text());
  }

  @Test
  void reportedlyOutsideEverySpanAttributesItsClauseToUnnamedReports() {
    Analysis a = StandardPipeline.upToEntities().analyze(Article.builder()
        .text("The old ferry company has reportedly ordered two new boats from a yard in Maine; the mayor was not told.")
        .origin(Origin.file("test", "text")).build());
    AttributionInput in = AttributionInput.of(a);
    List<String> words = java.util.Arrays.asList(in.word);
    int[] labels = new int[in.size()]; // the tagger found nothing
    AttributionAssembler.Run[] t = MissedCues.apply(in, labels).stream()
        .filter(x -> in.word[x[0].from()].equals("reportedly")).findFirst()
        .orElseThrow(() -> new AssertionError("'reportedly' is no cue"));
    assertEquals(null, t[1]);
    assertEquals("The old ferry company has reportedly ordered two new boats from a yard in Maine",
        String.join(" ", words.subList(t[2].from(), t[2].to())));
    assertEquals(AttributionLabels.begin(AttributionLabels.CUE), labels[words.indexOf("reportedly")]);
  }

  @Test
  void reportedlyTheTaggerLeavesOutIsACueWithNoSource() {
    List<Attribution> as = attributions("The harbor was reportedly closed for a week after the storm.");
    Attribution at = withCue(as, "reportedly");
    assertEquals(null, at.source());
    assertTrue(at.content().text().contains("closed for a week"), at.content().text());
  }

  private static List<AttributionAssembler.Run[]> missedWithNoLabels(AttributionInput in) {
    return MissedCues.apply(in, new int[in.size()]); // the tagger found nothing
  }

  private static AttributionInput input(String text) {
    return AttributionInput.of(StandardPipeline.upToEntities().analyze(Article.builder().text(text)
        .origin(Origin.file("test", "text")).build()));
  }

  @Test
  void aVerbOfSeemingBeforeAnInfinitiveIsACueWithNoSourceAndTheSubjectInItsContent() {
    AttributionInput in = input("The new night ferry usually seems to leave a few minutes late.");
    List<String> words = java.util.Arrays.asList(in.word);
    AttributionAssembler.Run[] t = missedWithNoLabels(in).stream()
        .filter(x -> in.word[x[0].from()].equals("seems")).findFirst()
        .orElseThrow(() -> new AssertionError("'seems' is no cue"));
    assertEquals(1, t[0].to() - t[0].from());
    assertEquals(null, t[1]);
    assertEquals("The new night ferry usually seems to leave a few minutes late",
        String.join(" ", words.subList(t[2].from(), t[2].to())));
  }

  @Test
  void appearWithoutAnInfinitiveOrInsideAQuotationIsNoCue() {
    AttributionInput plain = input("A new ferry appeared in the harbor on Monday morning.");
    assertTrue(missedWithNoLabels(plain).stream().noneMatch(x -> plain.word[x[0].from()].equals("appeared")));
    AttributionInput quoted = input("The captain wrote: \"The old pier appears to sink a little every winter.\"");
    assertTrue(missedWithNoLabels(quoted).stream().noneMatch(x -> quoted.word[x[0].from()].equals("appears")));
  }
}
