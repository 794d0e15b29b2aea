package dev.dossier.nlp;

import dev.dossier.nlp.attribution.AttributionModel;
import dev.dossier.nlp.attribution.AttributionStage;
import dev.dossier.nlp.entity.EntityStage;
import dev.dossier.nlp.event.EventStage;
import dev.dossier.nlp.expectation.ExpectationStage;
import dev.dossier.nlp.figure.FigureStage;
import dev.dossier.nlp.kb.KnowledgeBase;
import dev.dossier.nlp.ner.NerModel;
import dev.dossier.nlp.ner.NerStage;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.nlp.pos.PosModel;
import dev.dossier.nlp.pos.PosStage;
import dev.dossier.nlp.text.TokenizeStage;
import dev.dossier.nlp.time.TimesStage;

import java.util.ArrayList;
import java.util.List;

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

  /**
   * Builds the full default pipeline. The four large shipped models (part of speech, names, the
   * knowledge base, attribution) start loading on threads of their own first, so that on a machine
   * with more than one core their reading overlaps (start-up only; the stages are built and run as
   * before, and a model that fails to load fails here as it would have alone).
   */
  public static Pipeline create() {
    List<Thread> loaders = new ArrayList<>();
    for (Runnable load : List.<Runnable>of(PosModel::shipped, NerModel::shipped, KnowledgeBase::standard,
        AttributionModel::shipped)) {
      Thread t = new Thread(() -> {
        try {
          load.run();
        } catch (RuntimeException | Error e) {
          // reported by the stage that needs the model, below, on the caller's thread
        }
      }, "dossier-model-loader");
      t.setDaemon(true);
      t.start();
      loaders.add(t);
    }
    Pipeline p = create(new EventStage());
    for (Thread t : loaders) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return p;
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
