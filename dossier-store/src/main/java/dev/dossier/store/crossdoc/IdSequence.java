package dev.dossier.store.crossdoc;

import dev.dossier.store.sql.Db;
import java.sql.SQLException;

/**
 * The ids a writer gives the new rows of one table itself, when the dialect allows ({@link
 * dev.dossier.store.sql.Dialect#lastIdSql}), so their inserts can be queued and batched: the last
 * id stored is read once, then counted up. Not thread-safe; the store's writer owns it and
 * forgets it when a transaction rolls back.
 */
public final class IdSequence {
  private final Db db;
  /** The query for the last id given, when the store lets the writer give ids; else null. */
  private final String lastIdSql;
  /** The next id to give (null: read it first). */
  private Long next;

  IdSequence(Db db, String table) {
    this(db, table, "id");
  }

  /** The ids of {@code table}'s key column {@code keyColumn}. */
  public IdSequence(Db db, String table, String keyColumn) {
    this.db = db;
    this.lastIdSql = db.dialect().lastIdSql(table, keyColumn);
  }

  /** Whether the writer gives ids itself (else rows are inserted at once, returning their id). */
  public boolean available() {
    return lastIdSql != null;
  }

  /** The next id; only when {@link #available}. */
  public long next() throws SQLException {
    if (next == null) {
      Long last = db.longValue(lastIdSql);
      next = last == null ? 1 : last + 1;
    }
    return next++;
  }

  /** Forgets the next id, to be read again. */
  public void forget() {
    next = null;
  }
}
