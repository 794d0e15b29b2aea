package dev.dossier.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON Schemas (OpenAPI 3.0 flavour) of the response records, derived from their components by
 * reflection, so the description follows the code. Each record becomes a named component. Not
 * thread-safe: one per document.
 */
final class Schemas {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final Map<String, ObjectNode> components = new TreeMap<>();

  /** A schema for the type, registering the records it uses as components. */
  ObjectNode of(Type t) {
    if (t instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return F.objectNode().put("type", "array").set("items", of(args[0]));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return F.objectNode().put("type", "object").set("additionalProperties", of(args[1]));
      }
      return of(raw);
    }
    Class<?> c = t instanceof Class<?> k ? k : Object.class;
    if (c == String.class) {
      return F.objectNode().put("type", "string");
    }
    if (c == int.class || c == Integer.class) {
      return F.objectNode().put("type", "integer").put("format", "int32");
    }
    if (c == long.class || c == Long.class) {
      return F.objectNode().put("type", "integer").put("format", "int64");
    }
    if (c == double.class || c == Double.class || c == float.class) {
      return F.objectNode().put("type", "number");
    }
    if (c == boolean.class || c == Boolean.class) {
      return F.objectNode().put("type", "boolean");
    }
    if (c == LocalDate.class) {
      return F.objectNode().put("type", "string").put("format", "date");
    }
    if (c.isEnum()) {
      ObjectNode n = F.objectNode().put("type", "string");
      for (Object v : c.getEnumConstants()) {
        n.withArray("enum").add(((Enum<?>) v).name());
      }
      return n;
    }
    if (c.isRecord()) {
      return ref(c);
    }
    if (c == JsonNode.class || c == Object.class) {
      return F.objectNode().put("description", "any JSON value");
    }
    return F.objectNode().put("type", "object");
  }

  private ObjectNode ref(Class<?> c) {
    String name = name(c);
    if (!components.containsKey(name)) {
      ObjectNode s = F.objectNode().put("type", "object");
      components.put(name, s);
      ObjectNode props = s.putObject("properties");
      for (RecordComponent rc : c.getRecordComponents()) {
        props.set(rc.getName(), of(rc.getGenericType()));
        if (rc.getType().isPrimitive()) {
          s.withArray("required").add(rc.getName());
        }
      }
    }
    return F.objectNode().put("$ref", "#/components/schemas/" + name);
  }

  /** A record's component name: its simple name, with its enclosing class for nested ones (ArticleDoc.Fact). */
  static String name(Class<?> c) {
    return c.getEnclosingClass() == null || c.getEnclosingClass() == Views.class ? c.getSimpleName()
        : c.getEnclosingClass().getSimpleName() + c.getSimpleName();
  }

  /** The components registered so far, by name. */
  ObjectNode components() {
    ObjectNode n = F.objectNode();
    components.forEach(n::set);
    return n;
  }
}
