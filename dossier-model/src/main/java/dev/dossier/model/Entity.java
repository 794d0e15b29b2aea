package dev.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation or place as referred to throughout one article: its mentions grouped.
 *
 * @param start first code unit of the mention that gave the canonical name
 * @param end one past its last code unit
 * @param name canonical name ("Benjamin Netanyahu")
 * @param type entity type
 * @param category finer kind when known: "outlet", "pollster", "government", "armed group",
 *     "party", "intergovernmental"..., or null
 * @param mentions indices in the mentions layer, in text order; never empty
 * @param titles distinct title and role words found with its mentions ("Prime Minister")
 * @param kbId knowledge-base identifier when linked, or null
 * @param roles roles held on the article's publication date, from the knowledge base
 * @param stage the stage that produced it
 */
public record Entity(
    int start,
    int end,
    String name,
    EntityType type,
    String category,
    List<Integer> mentions,
    List<String> titles,
    String kbId,
    List<Role> roles,
    String stage)
    implements Span {
  public Entity {
    Span.check(start, end);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(stage, "stage");
    mentions = List.copyOf(mentions);
    titles = titles == null ? List.of() : List.copyOf(titles);
    roles = roles == null ? List.of() : List.copyOf(roles);
  }
}
