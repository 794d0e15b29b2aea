package dev.dossier.server;

import java.util.List;
import java.util.Objects;

/**
 * A parameter an endpoint takes: in its path or its query string. The same declaration checks
 * requests ({@link Request}) and is published in the OpenAPI description, so the two cannot
 * disagree. Immutable.
 *
 * @param name the name as written in the URL
 * @param in where it is
 * @param type its type
 * @param required whether it must be given
 * @param description what it means, for the OpenAPI description
 * @param values for {@link Type#CHOICE}, the accepted values (lower case); otherwise empty
 * @param min for {@link Type#INTEGER}, the smallest accepted value, or null
 * @param max for {@link Type#INTEGER}, the largest accepted value, or null
 * @param defaultValue the value used when it is absent, or null
 * @param repeatable whether it may be given several times (or as a comma-separated list)
 */
public record Param(String name, In in, Type type, boolean required, String description, List<String> values,
    Integer min, Integer max, String defaultValue, boolean repeatable) {

  /** Where a parameter is. */
  public enum In {
    PATH,
    QUERY
  }

  /** What a parameter's value is. */
  public enum Type {
    STRING,
    INTEGER,
    /** An ISO date, {@code YYYY-MM-DD}. */
    DATE,
    /** One of {@link #values()}. */
    CHOICE,
    /** {@code true} or {@code false}. */
    BOOLEAN
  }

  public Param {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    values = List.copyOf(values);
    if (type == Type.CHOICE && values.isEmpty()) {
      throw new IllegalArgumentException("choice parameter " + name + " needs values");
    }
  }

  /** A path parameter ({@code {id}} in the path). */
  public static Param path(String name, String description) {
    return new Param(name, In.PATH, Type.STRING, true, description, List.of(), null, null, null, false);
  }

  /** An optional free-text query parameter. */
  public static Param text(String name, String description) {
    return new Param(name, In.QUERY, Type.STRING, false, description, List.of(), null, null, null, false);
  }

  /** An optional integer query parameter in [min, max] with a default. */
  public static Param integer(String name, int min, int max, Integer defaultValue, String description) {
    return new Param(name, In.QUERY, Type.INTEGER, false, description, List.of(), min, max,
        defaultValue == null ? null : defaultValue.toString(), false);
  }

  /** An optional date query parameter. */
  public static Param date(String name, String description) {
    return new Param(name, In.QUERY, Type.DATE, false, description, List.of(), null, null, null, false);
  }

  /** An optional query parameter taking one of {@code values}. */
  public static Param choice(String name, List<String> values, String defaultValue, String description) {
    return new Param(name, In.QUERY, Type.CHOICE, false, description, values, null, null, defaultValue, false);
  }

  /** An optional boolean query parameter, false by default. */
  public static Param flag(String name, String description) {
    return new Param(name, In.QUERY, Type.BOOLEAN, false, description, List.of(), null, null, "false", false);
  }

  /** This parameter, required. */
  public Param asRequired() {
    return new Param(name, in, type, true, description, values, min, max, defaultValue, repeatable);
  }

  /** This parameter, accepted several times or as a comma-separated list. */
  public Param asRepeatable() {
    return new Param(name, in, type, required, description, values, min, max, defaultValue, true);
  }
}
