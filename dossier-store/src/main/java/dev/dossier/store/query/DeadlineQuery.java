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
 * @param articles only the expectations stated in these articles (ids), or null for every article
 */
public record DeadlineQuery(Set<Deadline.Status> statuses, LocalDate today, int limit, Set<String> articles) {
  public DeadlineQuery {
    Objects.requireNonNull(today, "today");
    if (statuses == null || statuses.isEmpty()) {
      statuses = EnumSet.of(Deadline.Status.UPCOMING, Deadline.Status.OVERDUE, Deadline.Status.RESOLVED);
    }
    statuses = Set.copyOf(statuses);
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    articles = articles == null ? null : Set.copyOf(articles);
  }

  /** Expectations of every article. */
  public DeadlineQuery(Set<Deadline.Status> statuses, LocalDate today, int limit) {
    this(statuses, today, limit, null);
  }

  /** The same query restricted to the expectations of {@code articleIds}. */
  public DeadlineQuery inArticles(Set<String> articleIds) {
    return new DeadlineQuery(statuses, today, limit, articleIds);
  }
}
