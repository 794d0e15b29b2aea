package dev.dossier.model;

import java.util.Objects;

/**
 * A role an actor holds over a dated interval, from the knowledge base.
 *
 * @param role what the role is ("head of government", "head of state", "leader")
 * @param of whom or what it is held for ("Israel"), or null
 * @param from first day (ISO date, possibly partial), or null when unknown
 * @param to last day, or null when still held
 */
public record Role(String role, String of, String from, String to) {
  public Role {
    Objects.requireNonNull(role, "role");
  }
}
