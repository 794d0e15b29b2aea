package dev.dossier.parquet;

import java.util.List;
import java.util.Objects;

/**
 * The type of a column in a fact table, independent of Spark and Parquet: a scalar, a struct (a
 * nested record such as an {@code Extent}) or a list.
 */
public sealed interface FieldType permits FieldType.Scalar, FieldType.Struct, FieldType.ListOf {

  /** Scalar kinds. Enumerations are stored as their names ({@link #STRING}). */
  enum Kind { INT, LONG, DOUBLE, BOOLEAN, STRING }

  /** A scalar column. */
  record Scalar(Kind kind) implements FieldType {
    public Scalar {
      Objects.requireNonNull(kind, "kind");
    }
  }

  /** A nested record; values are {@code Object[]} in field order. */
  record Struct(List<Field> fields) implements FieldType {
    public Struct {
      fields = List.copyOf(fields);
    }
  }

  /** A list; values are {@code java.util.List}. */
  record ListOf(FieldType element, boolean elementNullable) implements FieldType {
    public ListOf {
      Objects.requireNonNull(element, "element");
    }
  }

  /**
   * A named column or struct field.
   *
   * @param name the record component's name, as in the Analysis JSON
   * @param type its type
   * @param nullable false for primitives (int, double, boolean), true otherwise
   */
  record Field(String name, FieldType type, boolean nullable) {
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }
}
