package dev.dossier.store.search;

import dev.dossier.model.SourceKind;
import java.time.LocalDate;

/**
 * A full-text search with filters. Words must all match (AND); {@code "quoted phrases"} match as
 * phrases; an empty or null text matches every article and orders by date.
 *
 * @param text the query text, or null
 * @param actor only articles mentioning this actor (a name or an actor id), or null
 * @param outlet only this outlet (case-insensitive), or null
 * @param from only articles published on or after this day, or null
 * @param to only articles published on or before this day, or null
 * @param sourceKind only articles with a claim attributed to this kind of source, or null
 * @param byDate order by publication day (latest first) instead of relevance
 * @param limit most hits returned, positive
 * @param offset hits to skip, for paging
 */
public record SearchQuery(
    String text, String actor, String outlet, LocalDate from, LocalDate to, SourceKind sourceKind,
    boolean byDate, int limit, int offset) {

  public SearchQuery {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, null, false, 10, 0);
  }

  public SearchQuery withActor(String a) {
    return new SearchQuery(text, a, outlet, from, to, sourceKind, byDate, limit, offset);
  }

  public SearchQuery withOutlet(String o) {
    return new SearchQuery(text, actor, o, from, to, sourceKind, byDate, limit, offset);
  }

  public SearchQuery withDates(LocalDate f, LocalDate t) {
    return new SearchQuery(text, actor, outlet, f, t, sourceKind, byDate, limit, offset);
  }

  public SearchQuery withSourceKind(SourceKind k) {
    return new SearchQuery(text, actor, outlet, from, to, k, byDate, limit, offset);
  }

  public SearchQuery withLimit(int n) {
    return new SearchQuery(text, actor, outlet, from, to, sourceKind, byDate, n, offset);
  }

  public SearchQuery byDate(boolean b) {
    return new SearchQuery(text, actor, outlet, from, to, sourceKind, b, limit, offset);
  }

  /** Whether the text is empty, so only filters apply. */
  public boolean matchAll() {
    return text == null || text.isBlank();
  }
}
