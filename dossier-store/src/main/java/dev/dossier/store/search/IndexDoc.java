package dev.dossier.store.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the search index holds of one article.
 *
 * @param seq the article's sequence number in the database
 * @param id the article id
 * @param title headline, or null
 * @param text the body
 * @param outlet outlet, or null
 * @param day publication day, or null
 * @param actors ids of the actors it mentions
 * @param sourceKinds names of the kinds of sources its claims are attributed to
 */
public record IndexDoc(long seq, String id, String title, String text, String outlet, LocalDate day,
    Set<Long> actors, Set<String> sourceKinds) {
  public IndexDoc {
    actors = Set.copyOf(actors);
    sourceKinds = Set.copyOf(sourceKinds);
  }
}
