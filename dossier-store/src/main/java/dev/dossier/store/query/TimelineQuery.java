package dev.dossier.store.query;

import java.time.LocalDate;

/**
 * What a timeline is about: exactly one of {@code actor}, {@code story} and {@code query} is set.
 *
 * @param actor an actor's name or id, or null
 * @param story a story id, or null
 * @param query a search query, or null
 * @param from earliest day, or null
 * @param to latest day, or null
 * @param limit most entries returned
 */
public record TimelineQuery(String actor, Long story, String query, LocalDate from, LocalDate to, int limit) {
  public TimelineQuery {
    int set = (actor != null ? 1 : 0) + (story != null ? 1 : 0) + (query != null ? 1 : 0);
    if (set != 1) {
      throw new IllegalArgumentException("a timeline needs exactly one of an actor, a story or a query");
    }
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
  }

  public static TimelineQuery ofActor(String actor, int limit) {
    return new TimelineQuery(actor, null, null, null, null, limit);
  }

  public static TimelineQuery ofStory(long story, int limit) {
    return new TimelineQuery(null, story, null, null, null, limit);
  }

  public static TimelineQuery ofQuery(String query, int limit) {
    return new TimelineQuery(null, null, query, null, null, limit);
  }
}
