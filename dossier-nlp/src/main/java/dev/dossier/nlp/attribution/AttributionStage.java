package dev.dossier.nlp.attribution;

import dev.dossier.model.Analysis;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.nlp.pipeline.Stage;
import java.util.Objects;
import java.util.Set;

/**
 * Provides the {@code attributions} layer: who says what. A linear-chain model trained on PolNeAR
 * ({@link AttributionModel}) labels cues, sources and contents, direct and indirect, in each
 * paragraph; {@link AttributionAssembler} joins them into relations, resolves sources to entities
 * (so it runs after the entity stage), and sets source kind, anonymity, affiliation, relay and
 * nesting; {@link CueFilter} then drops the attributions whose cue it judges no true cue. Immutable;
 * thread-safe.
 */
public final class AttributionStage implements Stage {

  public static final String NAME = "attribution";

  private final AttributionModel model;
  private final CueFilter filter;
  private final AttributionAssembler assembler = new AttributionAssembler();

  /** The stage with the shipped model and cue filter (loaded once per JVM). */
  public AttributionStage() {
    this(AttributionModel.shipped());
  }

  /** The stage with {@code model} and the shipped cue filter. */
  public AttributionStage(AttributionModel model) {
    this(model, CueFilter.shipped());
  }

  /** The stage with {@code model} and {@code filter} ({@link CueFilter#none()} keeps every attribution). */
  public AttributionStage(AttributionModel model, CueFilter filter) {
    this.model = Objects.requireNonNull(model, "model");
    this.filter = Objects.requireNonNull(filter, "filter");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String model() {
    return filter == CueFilter.none() ? model.id() : model.id() + "+" + filter.id();
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS, Layers.ENTITIES);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.ATTRIBUTIONS);
  }

  @Override
  public Analysis apply(Analysis in) {
    AttributionInput input = AttributionInput.of(in);
    AttributionTagger.Tagging tagging = model.tagger().tagWithFirstPass(input);
    int[] labels = tagging.labels();
    AttributionTagger.FirstPass first = tagging.first();
    return in.with(Layers.ATTRIBUTIONS, filter.apply(input, labels, first, assembler.assemble(input, labels, first,
        in.layer(Layers.MENTIONS), in.layer(Layers.ENTITIES), NAME)));
  }
}
