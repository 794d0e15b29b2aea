package dev.dossier.store.sqlite;

import dev.dossier.store.sql.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * SQLite: write-ahead log with {@code synchronous=NORMAL}, which survives a killed process at any
 * moment (a committed transaction is in the log before the commit returns) and recovers on the
 * next open; it may lose the last transactions on power loss, never consistency.
 */
public final class SqliteDialect implements Dialect {

  public static final SqliteDialect INSTANCE = new SqliteDialect();

  private SqliteDialect() {}

  @Override
  public String name() {
    return "sqlite";
  }

  @Override
  public String sequenceKey() {
    return "INTEGER PRIMARY KEY AUTOINCREMENT";
  }

  @Override
  public String blobType() {
    return "BLOB";
  }

  @Override
  public String compositeKeySuffix() {
    return " WITHOUT ROWID";
  }

  /** The larger of the highest id stored and the highest ever given (AUTOINCREMENT never reuses one). */
  @Override
  public String lastIdSql(String table, String keyColumn) {
    return "SELECT MAX(n) FROM (SELECT MAX(" + keyColumn + ") AS n FROM " + table
        + " UNION ALL SELECT seq AS n FROM sqlite_sequence WHERE name = '" + table + "')";
  }

  @Override
  public void configure(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode = WAL");
      s.execute("PRAGMA synchronous = NORMAL");
      s.execute("PRAGMA busy_timeout = 10000");
      s.execute("PRAGMA temp_store = MEMORY");
      s.execute("PRAGMA cache_size = -65536");
      s.execute("PRAGMA mmap_size = 268435456");
      s.execute("PRAGMA wal_autocheckpoint = 8192");
    }
  }
}
