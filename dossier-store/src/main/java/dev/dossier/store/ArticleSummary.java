package dev.dossier.store;

import java.time.LocalDate;

/**
 * A stored article's metadata, as queries list it.
 *
 * @param seq the store's sequence number of this version of the article
 * @param id the article id
 * @param title headline, or null
 * @param outlet outlet, or null
 * @param published publication value as given (ISO 8601 at its precision), or null
 * @param day publication day, or null when unknown
 * @param url url, or null
 * @param story id of its story, or null
 * @param duplicateOf id of the earlier article it is a near-duplicate or exact copy of, or null
 */
public record ArticleSummary(
    long seq, String id, String title, String outlet, String published, LocalDate day, String url,
    Long story, String duplicateOf) {

  /** "title (outlet, day)" for one-line listings. */
  public String label() {
    return (title == null ? "(untitled)" : title) + " (" + (outlet == null ? "unknown outlet" : outlet)
        + ", " + (day == null ? "undated" : day.toString()) + ")";
  }
}
