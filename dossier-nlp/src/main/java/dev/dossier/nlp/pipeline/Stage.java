package dev.dossier.nlp.pipeline;

import dev.dossier.model.Analysis;
import dev.dossier.model.LayerKey;
import java.util.Set;

/**
 * One step of analysis: reads some layers of an {@link Analysis} and returns a new Analysis with
 * the layers it provides added.
 *
 * <p>Implementations are immutable and hold no state between calls, so one instance may serve any
 * number of threads (CLI, REST handlers, Spark executors). A stage that provides a layer already
 * present must also require it: it refines that layer (the part-of-speech stage refines tokens).
 */
public interface Stage {

  /** Short stable name, recorded on every fact the stage produces ("tokenize", "ner"). */
  String name();

  /** Version of the stage's code or rules; bump when its output changes. */
  default String version() {
    return "1";
  }

  /** The model the stage uses (name and checksum prefix), or null. */
  default String model() {
    return null;
  }

  /** Layers that must be present before this stage runs. Never null. */
  Set<LayerKey<?>> requires();

  /** Layers this stage adds or refines. Never null; never empty. */
  Set<LayerKey<?>> provides();

  /**
   * Analyses one article.
   *
   * @param in an analysis holding at least {@link #requires()}; never null
   * @return a new analysis holding {@link #provides()} as well; never null
   */
  Analysis apply(Analysis in);
}
