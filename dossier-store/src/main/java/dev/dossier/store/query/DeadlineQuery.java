package dev.dossier.store.query;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which expectations to list.
 *
 * @param statuses the statuses wanted; never empty
 * @param today the day "upcoming" and "overdue" are relative to
 * @param limit most results
 */
public record DeadlineQuery(Set<Deadline.Status> statuses, LocalDate today, int limit) {
  public DeadlineQuery {
    Objects.requireNonNull(today, "today");
    if (statuses == null || statuses.isEmpty()) {
      statuses = EnumSet.of(Deadline.Status.UPCOMING, Deadline.Status.OVERDUE, Deadline.Status.RESOLVED);
    }
    statuses = Set.copyOf(statuses);
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
  }
}
