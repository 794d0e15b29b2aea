package dev.dossier.model;

import java.util.Objects;

/**
 * A reference to a person, organisation, place or other named thing.
 *
 * @param start first code unit of the name (titles excluded)
 * @param end one past its last code unit (a possessive 's excluded)
 * @param text the covered text
 * @param type the entity type
 * @param kind name, nominal or pronoun
 * @param title title and role words attached to the mention ("Israeli Prime Minister" before
 *     "Benjamin Netanyahu"), or null
 * @param entity index of its entity in the entities layer, or null before grouping
 * @param confidence the producing model's confidence in [0, 1]
 * @param stage the stage that produced it
 */
public record Mention(
    int start,
    int end,
    String text,
    EntityType type,
    MentionKind kind,
    Extent title,
    Integer entity,
    double confidence,
    String stage)
    implements Span {
  public Mention {
    Span.check(start, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(stage, "stage");
  }

  public Mention withEntity(Integer newEntity) {
    return new Mention(start, end, text, type, kind, title, newEntity, confidence, stage);
  }
}
