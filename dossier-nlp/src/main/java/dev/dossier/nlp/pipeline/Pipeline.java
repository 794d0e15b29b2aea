package dev.dossier.nlp.pipeline;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.LayerKey;
import dev.dossier.model.StageRun;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An ordered list of {@link Stage}s, checked when it is built: every layer a stage requires is
 * provided by an earlier stage. Thread-safe when its stages are (they must be).
 *
 * <p>{@link #analyze} records a {@link StageRun} with each stage's wall time on the Analysis, so
 * per-stage timing is available for every article.
 */
public final class Pipeline {

  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Stage> stages() {
    return stages;
  }

  /** Every layer this pipeline produces. */
  public Set<LayerKey<?>> provides() {
    Set<LayerKey<?>> out = new LinkedHashSet<>();
    stages.forEach(s -> out.addAll(s.provides()));
    return out;
  }

  /** Runs every stage on a fresh analysis of {@code article}. */
  public Analysis analyze(Article article) {
    return apply(Analysis.of(article));
  }

  /**
   * Runs every stage on {@code in}.
   *
   * @throws StageException if a stage fails or does not provide what it declared; the message
   *     names the stage and the article
   */
  public Analysis apply(Analysis in) {
    Analysis a = Objects.requireNonNull(in, "in");
    for (Stage s : stages) {
      long t0 = System.nanoTime();
      Analysis out;
      try {
        out = s.apply(a);
      } catch (RuntimeException e) {
        throw new StageException(s.name(), a.article(), e);
      }
      long nanos = System.nanoTime() - t0;
      for (LayerKey<?> k : s.provides()) {
        if (out == null || !out.has(k)) {
          throw new StageException(s.name(), a.article(),
              new IllegalStateException("stage declared layer '" + k.id() + "' but did not provide it"));
        }
      }
      a = out.withRun(new StageRun(s.name(), s.version(), s.model(), nanos));
    }
    return a;
  }

  /** Assembles a pipeline; {@link #build()} checks it. Not thread-safe. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();

    private Builder() {}

    public Builder add(Stage stage) {
      stages.add(Objects.requireNonNull(stage, "stage"));
      return this;
    }

    /**
     * @throws IllegalStateException naming the stage and the layers it lacks, when a stage
     *     requires a layer no earlier stage provides, provides nothing, re-provides a layer
     *     without requiring it, or shares its name with another stage
     */
    public Pipeline build() {
      Set<LayerKey<?>> available = new HashSet<>();
      Set<String> names = new HashSet<>();
      for (Stage s : stages) {
        if (!names.add(s.name())) {
          throw new IllegalStateException("two stages are named '" + s.name() + "'");
        }
        Set<LayerKey<?>> missing = new LinkedHashSet<>(s.requires());
        missing.removeAll(available);
        if (!missing.isEmpty()) {
          throw new IllegalStateException("stage '" + s.name() + "' requires " + ids(missing)
              + " but no earlier stage provides " + (missing.size() == 1 ? "it" : "them")
              + " (available: " + ids(available) + ")");
        }
        if (s.provides().isEmpty()) {
          throw new IllegalStateException("stage '" + s.name() + "' provides no layer");
        }
        for (LayerKey<?> k : s.provides()) {
          if (available.contains(k) && !s.requires().contains(k)) {
            throw new IllegalStateException("stage '" + s.name() + "' provides '" + k.id()
                + "', which an earlier stage provides; a stage that refines a layer must require it");
          }
        }
        available.addAll(s.provides());
      }
      return new Pipeline(stages);
    }

    private static String ids(Set<LayerKey<?>> keys) {
      return keys.stream().map(LayerKey::id).sorted().toList().toString();
    }
  }
}
