package dev.dossier.store.sql;

import java.sql.Types;

/** The column types the schema uses; booleans are stored as 0/1 integers on every database. */
enum ColType {
  INT("BIGINT", Types.BIGINT),
  REAL("DOUBLE PRECISION", Types.DOUBLE),
  TEXT("TEXT", Types.VARCHAR),
  BOOL("SMALLINT", Types.SMALLINT);

  final String sql;
  final int jdbc;

  ColType(String sql, int jdbc) {
    this.sql = sql;
    this.jdbc = jdbc;
  }
}
