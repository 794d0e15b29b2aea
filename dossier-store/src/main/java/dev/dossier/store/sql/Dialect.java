package dev.dossier.store.sql;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What differs between the SQL databases Dossier stores into. Everything else is standard SQL
 * shared by {@link SqlStore}. Implementations are immutable and thread-safe.
 */
public interface Dialect {

  /** A short name for messages ("sqlite", "postgresql"). */
  String name();

  /** Column definition of an auto-generated, never reused, increasing 64-bit primary key. */
  String sequenceKey();

  /** Type of a binary column. */
  String blobType();

  /** Suffix for tables keyed by a composite primary key ("" or " WITHOUT ROWID"). */
  String compositeKeySuffix();

  /** Extra DDL run after the shared schema (full-text columns, indexes), possibly empty. */
  default String[] extraSchema() {
    return new String[0];
  }

  /**
   * A query for the highest id a {@link #sequenceKey()} column of {@code table} has given (0 or
   * null when none), when the store may give ids itself ({@code MAX + 1, MAX + 2, ...}, so rows are
   * inserted in one batch instead of one statement each, returning their id); null when ids come
   * only from the database. The store's writer is the only writer, so its ids stay unique.
   */
  default String lastIdSql(String table) {
    return lastIdSql(table, "id");
  }

  /** Like {@link #lastIdSql(String)} for a key column of another name ({@code articles.seq}). */
  default String lastIdSql(String table, String keyColumn) {
    return null;
  }

  /** Session settings applied once after connecting (pragmas, timeouts). */
  void configure(Connection c) throws SQLException;
}
