package dev.dossier.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Attribution;
import dev.dossier.model.Layers;
import dev.dossier.model.Origin;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CueFilterTest {

  private static final Pipeline PRE = StandardPipeline.upToEntities();

  private static final String TEXT = "The mayor said on Tuesday that the bridge would reopen in May.\n\n"
      + "The council voted against the plan after a long debate.\n\n"
      + "The report on the harbour was finished in June, officials said.";

  private static Analysis pre(String text) {
    return PRE.analyze(Article.builder().text(text).origin(Origin.file("test", "text")).build());
  }

  private static List<String> cues(List<Attribution> as) {
    return as.stream().map(a -> a.cue().text()).toList();
  }

  /** A filter of hand-set weights: keep everything unless the cue lemma is "vote against". */
  private static CueFilter votingIsNoSaying() {
    return new CueFilter(Map.of("bias", 3.0, "l=vote against", -6.0), Map.of(), 0.5, false, false, true, null);
  }

  @Test
  void noneKeepsEveryAttribution() {
    Analysis a = pre(TEXT);
    List<Attribution> all = new AttributionStage(AttributionModel.shipped(), CueFilter.none()).apply(a)
        .layer(Layers.ATTRIBUTIONS);
    assertTrue(cues(all).containsAll(List.of("said", "voted against")), cues(all).toString());
  }

  @Test
  void dropsTheAttributionsBelowTheThresholdAndKeepsTheRest() {
    Analysis a = pre(TEXT);
    List<Attribution> all = new AttributionStage(AttributionModel.shipped(), CueFilter.none()).apply(a)
        .layer(Layers.ATTRIBUTIONS);
    List<Attribution> kept = new AttributionStage(AttributionModel.shipped(), votingIsNoSaying()).apply(a)
        .layer(Layers.ATTRIBUTIONS);
    assertFalse(cues(kept).contains("voted against"), cues(kept).toString());
    assertEquals(all.size() - 1, kept.size(), cues(kept).toString());
    assertEquals(2, cues(kept).stream().filter("said"::equals).count(), cues(kept).toString());
  }

  @Test
  void aClaimNestedInADroppedOneMovesUpAndIsDecidedItself() {
    Analysis a = pre("The station reported that officials said the plan had failed.");
    List<Attribution> all = new AttributionStage(AttributionModel.shipped(), CueFilter.none()).apply(a)
        .layer(Layers.ATTRIBUTIONS);
    Attribution inner = all.stream().filter(x -> x.cue().text().equals("said")).findFirst().orElseThrow();
    assertEquals(0, inner.parent(), all.toString());
    CueFilter dropReport = new CueFilter(Map.of("bias", 3.0, "l=report", -6.0), Map.of(), 0.5, false, false, true, null);
    List<Attribution> kept = dropReport.apply(AttributionInput.of(a), new int[AttributionInput.of(a).size()], null,
        all);
    assertEquals(List.of("said"), cues(kept));
    assertNull(kept.get(0).parent());
    CueFilter dropBoth = new CueFilter(Map.of("bias", 3.0, "l=report", -6.0, "l=say", -6.0), Map.of(), 0.5, false,
        false, true, null);
    assertEquals(List.of(), dropBoth.apply(AttributionInput.of(a), new int[AttributionInput.of(a).size()], null, all));
  }

  @Test
  void theShippedFilterLoadsAndIsDeterministic() {
    CueFilter f = CueFilter.shipped();
    assertTrue(f.threshold() > 0 && f.threshold() < 1, "threshold " + f.threshold());
    assertTrue(f.id().startsWith("cue-filter-"), f.id());
    AttributionStage stage = new AttributionStage();
    List<Attribution> first = stage.apply(pre(TEXT)).layer(Layers.ATTRIBUTIONS);
    List<Attribution> second = new AttributionStage().apply(pre(TEXT)).layer(Layers.ATTRIBUTIONS);
    assertEquals(first, second);
    assertEquals(2, cues(first).stream().filter("said"::equals).count(), cues(first).toString());
    assertTrue(stage.model().contains("+cue-filter-"), stage.model());
  }

  @Test
  void savedAndLoadedGivesTheSameDecisions(@TempDir Path dir) throws Exception {
    CueFilter f = votingIsNoSaying();
    CueFilter.save(dir, Map.of("bias", 3.0, "l=vote against", -6.0), Map.of("say", new int[] {9, 10}), 0.5, false, false, true,
        false, new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode());
    CueFilter loaded = CueFilter.load(dir);
    Analysis a = pre(TEXT);
    AttributionModel m = AttributionModel.shipped();
    assertEquals(new AttributionStage(m, f).apply(a).layer(Layers.ATTRIBUTIONS),
        new AttributionStage(m, loaded).apply(a).layer(Layers.ATTRIBUTIONS));
    assertEquals(0.5, loaded.threshold());
  }

  @Test
  void theContextGroupIsReadOnlyByAFilterTrainedWithItAndSurvivesSaving(@TempDir Path dir) throws Exception {
    Analysis a = pre(TEXT);
    AttributionModel m = AttributionModel.shipped();
    List<Attribution> all = new AttributionStage(m, CueFilter.none()).apply(a).layer(Layers.ATTRIBUTIONS);
    // "cw=" is the cue's words as written: only the context group has it
    Map<String, Double> w = Map.of("bias", 3.0, "cw=voted_against", -6.0);
    CueFilter without = new CueFilter(w, Map.of(), 0.5, false, false, true, false, null);
    assertEquals(all, new AttributionStage(m, without).apply(a).layer(Layers.ATTRIBUTIONS));
    CueFilter.save(dir, w, Map.of(), 0.5, false, false, true, true,
        new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode());
    List<Attribution> kept = new AttributionStage(m, CueFilter.load(dir)).apply(a).layer(Layers.ATTRIBUTIONS);
    assertFalse(cues(kept).contains("voted against"), cues(kept).toString());
    assertEquals(all.size() - 1, kept.size(), cues(kept).toString());
  }

  @Test
  void theContextGroupGivesTheCueWordsTheGapAndTheSourceShape() {
    Analysis a = pre(TEXT);
    AttributionInput in = AttributionInput.of(a);
    Attribution said = new AttributionStage(AttributionModel.shipped(), CueFilter.none()).apply(a)
        .layer(Layers.ATTRIBUTIONS).stream().filter(x -> x.cue().text().equals("said")).findFirst().orElseThrow();
    List<String> plain = CueFilterFeatures.of(in, new int[in.size()], null, said, Map.of());
    List<String> ctx = CueFilterFeatures.of(in, new int[in.size()], null, said, Map.of(), true);
    assertEquals(plain, ctx.subList(0, plain.size()));
    assertTrue(ctx.contains("cw=said"), ctx.toString());
    assertTrue(ctx.contains("w-2=the"), ctx.toString()); // "The mayor said"
    assertTrue(ctx.contains("gap=2"), ctx.toString()); // "on Tuesday" between cue and "that" clause
    assertTrue(ctx.contains("w+2=tuesday"), ctx.toString());
    assertTrue(ctx.contains("para=0"), ctx.toString());
    assertTrue(ctx.contains("slen=2"), ctx.toString());
    assertTrue(ctx.contains("sw=the"), ctx.toString());
    assertFalse(plain.stream().anyMatch(s -> s.startsWith("cw=")), plain.toString());
  }
}
