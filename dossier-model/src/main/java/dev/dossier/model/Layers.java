package dev.dossier.model;

import java.util.List;

/** The layers of the Analysis contract, in the order they appear in its JSON. */
public final class Layers {
  public static final LayerKey<Sentence> SENTENCES = new LayerKey<>("sentences", Sentence.class);
  public static final LayerKey<Token> TOKENS = new LayerKey<>("tokens", Token.class);
  public static final LayerKey<Mention> MENTIONS = new LayerKey<>("mentions", Mention.class);
  public static final LayerKey<Entity> ENTITIES = new LayerKey<>("entities", Entity.class);
  public static final LayerKey<TimeExpression> TIMES = new LayerKey<>("times", TimeExpression.class);
  public static final LayerKey<Attribution> ATTRIBUTIONS =
      new LayerKey<>("attributions", Attribution.class);
  public static final LayerKey<Figure> FIGURES = new LayerKey<>("figures", Figure.class);
  public static final LayerKey<Event> EVENTS = new LayerKey<>("events", Event.class);
  public static final LayerKey<Expectation> EXPECTATIONS =
      new LayerKey<>("expectations", Expectation.class);

  /** Every layer of schema {@value Analysis#SCHEMA}, in JSON order. */
  public static final List<LayerKey<?>> ALL =
      List.of(SENTENCES, TOKENS, MENTIONS, ENTITIES, TIMES, ATTRIBUTIONS, FIGURES, EVENTS, EXPECTATIONS);

  private Layers() {}

  /** The standard key with this id, or null. */
  public static LayerKey<?> byId(String id) {
    for (LayerKey<?> k : ALL) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    return null;
  }
}
