package dev.dossier.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.model.Analysis;
import dev.dossier.model.Attribution;
import dev.dossier.model.Entity;
import dev.dossier.model.Event;
import dev.dossier.model.Expectation;
import dev.dossier.model.Figure;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.model.Mention;
import dev.dossier.model.Span;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.json.AnalysisJson;
import dev.dossier.server.ArticleDoc.EntityLink;
import dev.dossier.server.ArticleDoc.EntityView;
import dev.dossier.server.ArticleDoc.Fact;
import dev.dossier.server.ArticleDoc.Part;
import dev.dossier.store.ArticleSummary;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link ArticleDoc} of an analysis. Layers are handled generically: every record of
 * every layer but sentences, tokens and entities becomes a {@link Fact}; its parts are the
 * located sub-records it holds (any object with {@code start}, {@code end} and {@code text}), its
 * links the entity indices it holds (fields named {@code entity} or ending in {@code Entity}).
 * Only the short type and value are written per known layer, so a layer added to the pipeline
 * shows up without changes here. Stateless and thread-safe.
 */
public final class ArticleViews {

  /** Layers that are not facts to highlight: structure, and the entities mentions point to. */
  private static final Set<String> NOT_FACTS = Set.of(Layers.SENTENCES.id(), Layers.TOKENS.id(), Layers.ENTITIES.id());

  private static final ObjectMapper JSON = AnalysisJson.mapper();

  private ArticleViews() {}

  /**
   * @param summary the stored article's metadata
   * @param a its analysis
   * @param actors entity index to store actor id ({@code Store.entityActors})
   */
  public static ArticleDoc of(ArticleSummary summary, Analysis a, Map<Integer, Long> actors) {
    List<Entity> entities = a.layer(Layers.ENTITIES);
    List<EntityView> ev = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      ev.add(new EntityView(i, e.name(), e.type().name(), e.category(), e.kbId(), actors.get(i), e.titles(), e.roles(),
          e.mentions().size(), e.stage()));
    }
    List<Fact> facts = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Map.Entry<LayerKey<?>, List<?>> layer : a.layers().entrySet()) {
      String id = layer.getKey().id();
      counts.put(id, layer.getValue().size());
      if (NOT_FACTS.contains(id)) {
        continue;
      }
      List<?> records = layer.getValue();
      for (int i = 0; i < records.size(); i++) {
        if (records.get(i) instanceof Span s) {
          facts.add(fact(a, id, i, s, entities, actors));
        }
      }
    }
    facts.sort(Comparator.comparingInt(Fact::start).thenComparing(Comparator.comparingInt(Fact::end).reversed()));
    return new ArticleDoc(summary, a.article().author(), a.article().language(), a.article().origin().locator(),
        a.text(), facts, ev, a.runs(), counts);
  }

  static Fact fact(Analysis a, String layer, int index, Span s, List<Entity> entities, Map<Integer, Long> actors) {
    JsonNode data = JSON.valueToTree(s);
    List<Part> parts = new ArrayList<>();
    List<EntityLink> links = new ArrayList<>();
    walk(data, "", parts, links, entities, actors);
    parts.sort(Comparator.comparingInt(Part::start));
    String text = a.text().substring(Math.min(s.start(), a.text().length()), Math.min(s.end(), a.text().length()));
    String stage = data.path("stage").isTextual() ? data.get("stage").asText() : null;
    return new Fact(layer + ":" + index, kind(layer), layer, index, s.start(), s.end(), text, type(s, data),
        value(a, s, data), stage, links, parts, data);
  }

  private static void walk(JsonNode node, String path, List<Part> parts, List<EntityLink> links, List<Entity> entities,
      Map<Integer, Long> actors) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String name = f.getKey();
      JsonNode v = f.getValue();
      String here = path.isEmpty() ? name : path + "." + name;
      if (v.isObject()) {
        if (v.path("start").isInt() && v.path("end").isInt() && v.path("text").isTextual()) {
          parts.add(new Part(here, v.get("start").asInt(), v.get("end").asInt(), v.get("text").asText()));
        }
        walk(v, here, parts, links, entities, actors);
      } else if (v.isInt() && (name.equals("entity") || name.endsWith("Entity"))) {
        int idx = v.asInt();
        if (idx >= 0 && idx < entities.size()) {
          Entity e = entities.get(idx);
          links.add(new EntityLink(role(path, name), idx, e.name(), e.type().name(), e.kbId(), actors.get(idx)));
        }
      }
    }
  }

  /** "entity" at the top, "actor" for actor.entity, "source" for sourceEntity. */
  private static String role(String path, String name) {
    if (name.equals("entity")) {
      return path.isEmpty() ? "entity" : path;
    }
    String r = name.substring(0, name.length() - "Entity".length());
    return path.isEmpty() ? r : path + "." + r;
  }

  static String kind(String layer) {
    return switch (layer) {
      case "mentions" -> "mention";
      case "times" -> "time";
      case "attributions" -> "attribution";
      case "figures" -> "figure";
      case "events" -> "event";
      case "expectations" -> "expectation";
      default -> layer;
    };
  }

  private static String type(Span s, JsonNode data) {
    if (s instanceof Mention m) {
      return m.type().name();
    }
    if (s instanceof TimeExpression t) {
      return t.type().name();
    }
    if (s instanceof Attribution x) {
      return x.sourceKind().name();
    }
    if (s instanceof Figure f) {
      return f.unit();
    }
    if (s instanceof Event e) {
      return e.cameoCode();
    }
    if (s instanceof Expectation x) {
      return x.kind();
    }
    return data.path("type").isTextual() ? data.get("type").asText() : null;
  }

  private static String value(Analysis a, Span s, JsonNode data) {
    if (s instanceof Mention m) {
      return m.kind().name().toLowerCase(Locale.ROOT) + (m.title() == null ? "" : ", title \"" + m.title().text() + "\"");
    }
    if (s instanceof TimeExpression t) {
      return t.value() + (t.mod() == null ? "" : " " + t.mod()) + " (" + t.relation().name().toLowerCase(Locale.ROOT) + ")";
    }
    if (s instanceof Attribution x) {
      return (x.source() == null ? "(implicit source)" : x.source().text()) + (x.anonymous() ? " [anonymous]" : "")
          + " — " + x.cue().text() + (x.direct() ? " (direct quote)" : "");
    }
    if (s instanceof Figure f) {
      StringBuilder sb = new StringBuilder(number(f.value()));
      if (f.unit() != null) {
        sb.append(f.unit().equals("%") ? "" : " ").append(f.unit());
      }
      if (f.measure() != null) {
        sb.append(' ').append(f.measure().text());
      }
      if (f.of() != null) {
        sb.append(" of ").append(f.of().text());
      }
      if (f.among() != null) {
        sb.append(" among ").append(f.among().text());
      }
      return sb.toString();
    }
    if (s instanceof Event e) {
      StringBuilder sb = new StringBuilder();
      if (e.actor() != null && e.actor().name() != null) {
        sb.append(e.actor().name()).append(' ');
      }
      sb.append(e.action() != null ? e.action() : e.trigger().text());
      if (e.target() != null && e.target().name() != null) {
        sb.append(" → ").append(e.target().name());
      }
      String when = timeValue(a, e.time());
      if (when != null) {
        sb.append(", ").append(when);
      }
      return sb.append(" (").append(e.modality().name().toLowerCase(Locale.ROOT)).append(')').toString();
    }
    if (s instanceof Expectation x) {
      String due = x.due() != null ? x.due() : timeValue(a, x.time());
      return x.what().text() + (due == null ? "" : ", due " + due)
          + (x.consequence() == null ? "" : "; else " + x.consequence().text());
    }
    if (data.path("value").isValueNode()) {
      return data.get("value").asText();
    }
    return null;
  }

  private static String timeValue(Analysis a, Integer time) {
    List<TimeExpression> times = a.layer(Layers.TIMES);
    return time == null || time < 0 || time >= times.size() ? null : times.get(time).value();
  }

  private static String number(double v) {
    return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
  }
}
