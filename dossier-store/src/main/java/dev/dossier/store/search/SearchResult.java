package dev.dossier.store.search;

import java.util.List;
import java.util.Map;

/**
 * The result of a search.
 *
 * @param total how many articles match
 * @param hits the requested page of hits
 * @param facets per dimension ({@link #OUTLET}, {@link #ACTOR}, {@link #MONTH}, {@link
 *     #SOURCE_KIND}), the most frequent values among all matches
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
  public static final String OUTLET = "outlet";
  public static final String ACTOR = "actor";
  public static final String MONTH = "month";
  public static final String SOURCE_KIND = "source_kind";
  public static final List<String> DIMENSIONS = List.of(OUTLET, ACTOR, MONTH, SOURCE_KIND);
}
