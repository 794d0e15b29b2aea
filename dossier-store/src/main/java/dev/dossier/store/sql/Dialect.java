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

  /** Session settings applied once after connecting (pragmas, timeouts). */
  void configure(Connection c) throws SQLException;
}
