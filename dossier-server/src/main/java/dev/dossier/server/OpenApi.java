package dev.dossier.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.model.json.Version;
import java.util.List;
import java.util.Locale;

/** The OpenAPI 3.0 description of the endpoints, built from their declarations. Stateless. */
final class OpenApi {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private OpenApi() {}

  static String document(List<Endpoint> endpoints) {
    Schemas schemas = new Schemas();
    ObjectNode doc = F.objectNode().put("openapi", "3.0.3");
    doc.putObject("info").put("title", "Dossier API").put("version", Version.get())
        .put("description", "Articles with every fact found in them, actors, timelines, deadlines, search and "
            + "sources of claims, over a Dossier store. Errors are ErrorBody JSON; lists are paged with offset and "
            + "limit and give the next page's link.");
    doc.putArray("servers").addObject().put("url", "/");
    ObjectNode paths = doc.putObject("paths");
    for (Endpoint e : endpoints) {
      ObjectNode path = paths.has(e.path()) ? (ObjectNode) paths.get(e.path()) : paths.putObject(e.path());
      path.set(e.method().toLowerCase(Locale.ROOT), operation(e, schemas));
    }
    ObjectNode components = doc.putObject("components");
    ObjectNode errorRef = schemas.of(ErrorBody.class);
    components.set("schemas", schemas.components());
    components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
    components.putObject("responses").putObject("Error").put("description", "the request was refused or failed")
        .putObject("content").putObject("application/json").set("schema", errorRef);
    return Json.write(doc);
  }

  private static ObjectNode operation(Endpoint e, Schemas schemas) {
    ObjectNode op = F.objectNode();
    op.putArray("tags").add(e.tag());
    op.put("summary", e.summary());
    if (!e.description().isEmpty()) {
      op.put("description", e.description());
    }
    op.put("operationId", e.method().toLowerCase(Locale.ROOT) + e.path().replaceAll("[^A-Za-z]+(.)?", "_$1"));
    if (!e.params().isEmpty()) {
      ArrayNode ps = op.putArray("parameters");
      for (Param p : e.params()) {
        ps.add(parameter(p));
      }
    }
    if (!e.bodyTypes().isEmpty()) {
      ObjectNode content = op.putObject("requestBody").put("required", true).putObject("content");
      for (String t : e.bodyTypes()) {
        content.putObject(t).putObject("schema").put("type", t.equals("application/json") ? "object" : "string");
      }
    }
    if (e.auth()) {
      op.putArray("security").addObject().putArray("bearer");
    }
    ObjectNode responses = op.putObject("responses");
    ObjectNode ok = responses.putObject(Integer.toString(e.status())).put("description", e.response().description());
    ok.putObject("content").putObject("application/json").set("schema", response(e.response(), schemas));
    if (e.auth()) {
      responses.set("201", ok.deepCopy());
    }
    responses.putObject("default").put("$ref", "#/components/responses/Error");
    return op;
  }

  private static ObjectNode response(Endpoint.Response r, Schemas schemas) {
    ObjectNode item = schemas.of(r.type());
    if (r.shape() == Endpoint.Shape.ONE) {
      return item;
    }
    ObjectNode page = F.objectNode().put("type", "object");
    ObjectNode props = page.putObject("properties");
    props.putObject("items").put("type", "array").set("items", item);
    props.putObject("offset").put("type", "integer");
    props.putObject("limit").put("type", "integer");
    props.putObject("total").put("type", "integer").put("nullable", true)
        .put("description", "null when the list is not counted");
    props.putObject("next").put("type", "string").put("nullable", true)
        .put("description", "path and query of the next page; null on the last");
    return page;
  }

  private static ObjectNode parameter(Param p) {
    ObjectNode n = F.objectNode().put("name", p.name()).put("in", p.in() == Param.In.PATH ? "path" : "query")
        .put("required", p.required()).put("description", p.description());
    ObjectNode s = F.objectNode();
    switch (p.type()) {
      case INTEGER -> {
        s.put("type", "integer");
        if (p.min() != null) {
          s.put("minimum", p.min());
        }
        if (p.max() != null) {
          s.put("maximum", p.max());
        }
      }
      case DATE -> s.put("type", "string").put("format", "date");
      case BOOLEAN -> s.put("type", "boolean");
      case CHOICE -> {
        s.put("type", "string");
        p.values().forEach(v -> s.withArray("enum").add(v));
      }
      default -> s.put("type", "string");
    }
    if (p.defaultValue() != null && p.type() == Param.Type.INTEGER) {
      s.put("default", Integer.parseInt(p.defaultValue()));
    } else if (p.defaultValue() != null && p.type() == Param.Type.BOOLEAN) {
      s.put("default", Boolean.parseBoolean(p.defaultValue()));
    } else if (p.defaultValue() != null) {
      s.put("default", p.defaultValue());
    }
    if (p.repeatable()) {
      n.put("explode", true).set("schema", F.objectNode().put("type", "array").set("items", s));
    } else {
      n.set("schema", s);
    }
    return n;
  }
}
