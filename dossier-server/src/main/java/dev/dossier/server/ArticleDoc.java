package dev.dossier.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.model.Role;
import dev.dossier.model.StageRun;
import dev.dossier.store.ArticleSummary;
import java.util.List;
import java.util.Map;

/**
 * An article as the article view shows it: its text and every fact found in it, flattened so a
 * client can highlight them without knowing each layer's record type.
 *
 * @param article the stored article's metadata (story, copy of)
 * @param author byline, or null
 * @param language BCP 47 language tag
 * @param origin where it was read from ({@code FILE[:LINE|#RECORD]})
 * @param text the text every offset points into (untrusted: a client must render it as text)
 * @param facts every fact of every layer except sentences, tokens and entities, in text order
 * @param entities the article's entities, by index, with the store actor each was resolved to
 * @param runs what each stage did (provenance), in pipeline order
 * @param layers the layers present and how many records each holds
 */
public record ArticleDoc(ArticleSummary article, String author, String language, String origin, String text,
    List<Fact> facts, List<EntityView> entities, List<StageRun> runs, Map<String, Integer> layers) {

  /**
   * One fact: a record of some layer, with its offsets, a short type and value, the entities it
   * links to, its parts (source, cue, content...) and the record itself.
   *
   * @param id {@code LAYER:INDEX} ("attributions:0")
   * @param kind the kind of fact ("mention", "time", "attribution", "figure", "event",
   *     "expectation"; the layer id for other layers)
   * @param layer the layer id
   * @param index its index in the layer
   * @param start first code unit (UTF-16) in the text
   * @param end one past its last code unit
   * @param text the covered text
   * @param type a short type (entity type, TIMEX3 type, source kind, unit, CAMEO code, kind of
   *     expectation), or null
   * @param value a short value (normalised time, "source — cue", figure with what it measures,
   *     "actor action target", what is expected and when), or null
   * @param stage the stage that produced it (provenance)
   * @param links the entities it refers to, each with its role ("entity", "source", "actor"...)
   * @param parts its located parts ("source", "cue", "content", "title"...), in text order
   * @param data the record as in the Analysis JSON
   */
  public record Fact(String id, String kind, String layer, int index, int start, int end, String text, String type,
      String value, String stage, List<EntityLink> links, List<Part> parts, JsonNode data) {}

  /**
   * An entity a fact refers to.
   *
   * @param role how the fact refers to it ("entity", "source", "relay", "actor", "target", "place")
   * @param index its index in the entities layer
   * @param name its canonical name
   * @param type its entity type
   * @param kbId its knowledge-base id, or null
   * @param actor the store actor it was resolved to, or null
   */
  public record EntityLink(String role, int index, String name, String type, String kbId, Long actor) {}

  /**
   * A located part of a fact.
   *
   * @param role which part ("source", "cue", "content", "title", "actor.extent"...)
   * @param start first code unit
   * @param end one past its last code unit
   * @param text the covered text
   */
  public record Part(String role, int start, int end, String text) {}

  /**
   * An entity of the article.
   *
   * @param index its index in the entities layer
   * @param name canonical name
   * @param type entity type
   * @param category finer kind ("outlet", "pollster"...), or null
   * @param kbId knowledge-base id, or null
   * @param actor the store actor it was resolved to, or null
   * @param titles title and role words found with it
   * @param roles roles held on the publication day, from the knowledge base
   * @param mentions how many mentions it has
   * @param stage the stage that produced it
   */
  public record EntityView(int index, String name, String type, String category, String kbId, Long actor,
      List<String> titles, List<Role> roles, int mentions, String stage) {}
}
