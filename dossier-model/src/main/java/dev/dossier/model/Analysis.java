package dev.dossier.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article with the layers the analysis stages added. Immutable: {@link #with} returns a new
 * Analysis. Safe to share between threads.
 *
 * <p>Each layer is an immutable list of records ordered by position in the text. Records refer to
 * each other by index in their layer, never by object identity, so an Analysis maps to JSON and to
 * table rows without object graphs.
 */
public final class Analysis {

  /** The JSON contract this class maps to. */
  public static final String SCHEMA = "dossier.analysis/1";

  private final Article article;
  private final Map<LayerKey<?>, List<?>> layers;
  private final List<StageRun> runs;

  private Analysis(Article article, Map<LayerKey<?>, List<?>> layers, List<StageRun> runs) {
    this.article = article;
    this.layers = layers;
    this.runs = runs;
  }

  /** An analysis with no layers yet. */
  public static Analysis of(Article article) {
    return new Analysis(Objects.requireNonNull(article, "article"), Map.of(), List.of());
  }

  /**
   * An analysis with the given layers and stage runs, for readers of stored analyses.
   *
   * @throws IllegalArgumentException if a layer holds records of the wrong type
   */
  public static Analysis restore(Article article, Map<LayerKey<?>, List<?>> layers, List<StageRun> runs) {
    Map<LayerKey<?>, List<?>> copy = new LinkedHashMap<>();
    for (Map.Entry<LayerKey<?>, List<?>> e : layers.entrySet()) {
      copy.put(e.getKey(), checked(e.getKey(), e.getValue()));
    }
    return new Analysis(Objects.requireNonNull(article, "article"),
        Collections.unmodifiableMap(copy), List.copyOf(runs));
  }

  public Article article() {
    return article;
  }

  /** The text every offset points into. */
  public String text() {
    return article.text();
  }

  /** The layer's records, or an empty list when no stage produced it. Never null. */
  @SuppressWarnings("unchecked")
  public <T> List<T> layer(LayerKey<T> key) {
    List<?> l = layers.get(key);
    return l == null ? List.of() : (List<T>) l;
  }

  /** Whether a stage produced this layer (possibly empty). */
  public boolean has(LayerKey<?> key) {
    return layers.containsKey(key);
  }

  /** The layers present, in the order they were added. */
  public Map<LayerKey<?>, List<?>> layers() {
    return layers;
  }

  /** What each stage did, in pipeline order. */
  public List<StageRun> runs() {
    return runs;
  }

  /**
   * A new Analysis with {@code key} set to {@code records} (replacing an earlier version of the
   * layer) and {@code run} appended to the provenance.
   *
   * @throws IllegalArgumentException if a record is not of the key's type, or one of its spans
   *     lies outside the text
   */
  public <T> Analysis with(LayerKey<T> key, List<? extends T> records, StageRun run) {
    Objects.requireNonNull(key, "key");
    List<?> list = checked(key, records);
    for (Object r : list) {
      if (r instanceof Span s && s.end() > article.text().length()) {
        throw new IllegalArgumentException(key.id() + " record " + r + " ends at " + s.end()
            + ", past the end of a text of length " + article.text().length());
      }
    }
    Map<LayerKey<?>, List<?>> m = new LinkedHashMap<>(layers);
    m.put(key, list);
    List<StageRun> r = runs;
    if (run != null) {
      r = new ArrayList<>(runs);
      r.add(run);
      r = List.copyOf(r);
    }
    return new Analysis(article, Collections.unmodifiableMap(m), r);
  }

  /** Like {@link #with(LayerKey, List, StageRun)} without recording a run. */
  public <T> Analysis with(LayerKey<T> key, List<? extends T> records) {
    return with(key, records, null);
  }

  /** A new Analysis with {@code run} appended to the provenance. */
  public Analysis withRun(StageRun run) {
    List<StageRun> r = new ArrayList<>(runs);
    r.add(Objects.requireNonNull(run, "run"));
    return new Analysis(article, layers, List.copyOf(r));
  }

  private static List<?> checked(LayerKey<?> key, List<?> records) {
    Objects.requireNonNull(records, "records");
    for (Object r : records) {
      if (!key.type().isInstance(r)) {
        throw new IllegalArgumentException("layer " + key.id() + " takes " + key.type().getSimpleName()
            + " records, not " + (r == null ? "null" : r.getClass().getName()));
      }
    }
    return List.copyOf(records);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Analysis a)) {
      return false;
    }
    if (!article.equals(a.article)) {
      return false;
    }
    for (LayerKey<?> k : Layers.ALL) {
      if (!layer(k).equals(a.layer(k))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return article.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Analysis[").append(article.id());
    layers.forEach((k, v) -> sb.append(", ").append(k.id()).append('=').append(v.size()));
    return sb.append(']').toString();
  }
}
