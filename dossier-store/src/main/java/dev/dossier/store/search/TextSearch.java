package dev.dossier.store.search;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/**
 * Full-text and faceted search over stored articles. The database is the source of truth: an
 * index that lives outside it ({@link LuceneIndex}) records in its own commits the highest article
 * sequence number it holds (its {@linkplain #watermark() watermark}); the store re-indexes every
 * article above it when it opens, so a crash at any moment loses no document and duplicates none
 * (documents are replaced by article id).
 *
 * <p>Calls are serialised by the store; implementations need not be thread-safe.
 */
public interface TextSearch extends Closeable {

  /**
   * The highest sequence number durably indexed, or {@link Long#MAX_VALUE} when the search reads
   * the database itself and nothing needs replaying.
   */
  long watermark();

  /** Adds or replaces (by article id) the document of a committed article. */
  void index(IndexDoc doc);

  /** Removes an article's document. */
  void delete(String id);

  /**
   * Makes everything indexed so far durable, recording {@code seq} as the watermark. Every
   * article with a sequence number up to {@code seq} must have been indexed.
   */
  void commit(long seq);

  /** Like {@link #commit} when enough documents or time have accumulated since the last one. */
  void commitIfDue(long seq);

  /**
   * Searches.
   *
   * @param db the store's connection, for searches that run in the database
   * @param actorIds when not null, only articles mentioning one of these actors
   * @throws IllegalArgumentException if the query text cannot be parsed even after escaping
   */
  Hits search(Connection db, SearchQuery q, Set<Long> actorIds) throws SQLException;

  /** Every indexed article id with its sequence number, for verification. */
  Map<String, Long> indexed(Connection db) throws SQLException;
}
