package dev.dossier.spark;

import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The standard pipeline of this JVM, built on first use and shared by every task the executor
 * runs (the pipeline is thread-safe), so models are loaded once per executor, not per article or
 * per partition.
 */
final class ExecutorPipeline {

  private static final AtomicInteger BUILDS = new AtomicInteger();
  private static volatile Pipeline pipeline;

  private ExecutorPipeline() {}

  static Pipeline get() {
    Pipeline p = pipeline;
    if (p == null) {
      synchronized (ExecutorPipeline.class) {
        p = pipeline;
        if (p == null) {
          p = StandardPipeline.create();
          BUILDS.incrementAndGet();
          pipeline = p;
        }
      }
    }
    return p;
  }

  /** How many times this JVM built the pipeline (1 after any number of articles). */
  static int builds() {
    return BUILDS.get();
  }
}
