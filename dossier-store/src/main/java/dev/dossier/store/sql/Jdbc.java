package dev.dossier.store.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Small JDBC helpers. Stateless. */
final class Jdbc {
  private Jdbc() {}

  static void bind(PreparedStatement ps, int i, Object v, ColType type) throws SQLException {
    if (v == null) {
      ps.setNull(i, type.jdbc);
    } else if (v instanceof Boolean b) {
      ps.setShort(i, (short) (b ? 1 : 0));
    } else if (v instanceof Integer n) {
      ps.setLong(i, n);
    } else if (v instanceof Long n) {
      ps.setLong(i, n);
    } else if (v instanceof Double d) {
      ps.setDouble(i, d);
    } else if (v instanceof Float f) {
      ps.setDouble(i, f);
    } else if (v instanceof Enum<?> e) {
      ps.setString(i, e.name());
    } else if (v instanceof byte[] b) {
      ps.setBytes(i, b);
    } else {
      ps.setString(i, v.toString());
    }
  }

  /** Binds each argument by its Java type. */
  static void bindAll(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object v = args[i];
      if (v == null) {
        ps.setNull(i + 1, java.sql.Types.NULL); // untyped: the database infers it from the column
        continue;
      }
      ColType t = v instanceof Double ? ColType.REAL : v instanceof String || v == null ? ColType.TEXT : ColType.INT;
      bind(ps, i + 1, v, t);
    }
  }

  static Long longOrNull(ResultSet rs, String col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? null : v;
  }

  static Integer intOrNull(ResultSet rs, String col) throws SQLException {
    int v = rs.getInt(col);
    return rs.wasNull() ? null : v;
  }

  static Double doubleOrNull(ResultSet rs, String col) throws SQLException {
    double v = rs.getDouble(col);
    return rs.wasNull() ? null : v;
  }
}
