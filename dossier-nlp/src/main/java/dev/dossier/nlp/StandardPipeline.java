package dev.dossier.nlp;

import dev.dossier.nlp.attribution.AttributionStage;
import dev.dossier.nlp.entity.EntityStage;
import dev.dossier.nlp.event.EventStage;
import dev.dossier.nlp.expectation.ExpectationStage;
import dev.dossier.nlp.figure.FigureStage;
import dev.dossier.nlp.ner.NerStage;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.nlp.pos.PosStage;
import dev.dossier.nlp.text.TokenizeStage;
import dev.dossier.nlp.time.TimesStage;

/**
 * The pipeline Dossier runs by default, in data-flow order. Building it loads every model once;
 * keep the instance and share it between threads.
 */
public final class StandardPipeline {

  private StandardPipeline() {}

  /** The stages up to and including entities (what the attribution trainer reads). */
  public static Pipeline upToEntities() {
    return Pipeline.builder()
        .add(new TokenizeStage())
        .add(new PosStage())
        .add(new NerStage())
        .add(new EntityStage())
        .build();
  }

  /** Builds the full default pipeline. */
  public static Pipeline create() {
    return create(new EventStage());
  }

  /** The full default pipeline with this event stage (another CAMEO lexicon, for example). */
  public static Pipeline create(EventStage events) {
    return Pipeline.builder()
        .add(new TokenizeStage())
        .add(new PosStage())
        .add(new NerStage())
        .add(new EntityStage())
        .add(new TimesStage())
        .add(new AttributionStage())
        .add(new FigureStage())
        .add(events)
        // after events, so an expectation can point at the event it is about
        .add(new ExpectationStage())
        .build();
  }
}
