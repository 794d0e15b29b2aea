package dev.dossier.model;

import java.util.Objects;

/**
 * Names a layer of an {@link Analysis} and the type of its records. Keys are compared by id.
 *
 * @param id the layer's name in the Analysis JSON ("tokens", "mentions"...)
 * @param type the record class of the layer's elements
 * @param <T> the record type
 */
public record LayerKey<T>(String id, Class<T> type) {
  public LayerKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LayerKey<?> k && k.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
