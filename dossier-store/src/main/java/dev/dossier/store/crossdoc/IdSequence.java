package dev.dossier.store.crossdoc;

import dev.dossier.store.sql.Db;
import java.sql.SQLException;

/**
 * The ids a writer gives the new rows of one table itself, when the dialect allows ({@link
 * dev.dossier.store.sql.Dialect#lastIdSql}), so their inserts can be queued and batched: the last
 * id stored is read once, then counted up. Not thread-safe; the store's writer owns it and
 * forgets it when a transaction rolls back.
 */
final class IdSequence {
  private final Db db;
  /** The query for the last id given, when the store lets the writer give ids; else null. */
  private final String lastIdSql;
  /** The next id to give (null: read it first). */
  private Long next;

  IdSequence(Db db, String table) {
    this.db = db;
    this.lastIdSql = db.dialect().lastIdSql(table);
  }

  /** Whether the writer gives ids itself (else rows are inserted at once, returning their id). */
  boolean available() {
    return lastIdSql != null;
  }

  /** The next id; only when {@link #available}. */
  long next() throws SQLException {
    if (next == null) {
      Long last = db.longValue(lastIdSql);
      next = last == null ? 1 : last + 1;
    }
    return next++;
  }

  /** Forgets the next id, to be read again. */
  void forget() {
    next = null;
  }
}
