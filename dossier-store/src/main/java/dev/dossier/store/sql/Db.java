package dev.dossier.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One JDBC connection with a cache of prepared statements. Not thread-safe: the store serialises
 * access.
 */
public final class Db implements AutoCloseable {

  /** Maps one result row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final Connection conn;
  private final Dialect dialect;
  private final Map<String, PreparedStatement> cache = new HashMap<>();
  /**
   * With {@code -Ddossier.sqlprofile=true}, the CPU time, calls and rows of every statement are
   * summed ({@link #profile}, printed by {@code ingest --timings}): where storage time goes, by
   * statement. Off by default (reading the thread's CPU clock costs about a microsecond a call).
   */
  static final boolean PROFILE_ON = Boolean.getBoolean("dossier.sqlprofile");
  private static final Map<String, long[]> PROFILE = new java.util.concurrent.ConcurrentHashMap<>();

  static long profileStart() {
    return PROFILE_ON ? Timings.cpu() : 0;
  }

  static void profileEnd(String sql, long t0, int rows) {
    if (PROFILE_ON) {
      long[] v = PROFILE.computeIfAbsent(sql, k -> new long[3]);
      synchronized (v) {
        v[0]++;
        v[1] += Timings.cpu() - t0;
        v[2] += rows;
      }
    }
  }

  /** The statements that took the most CPU time, one a line, or "" when profiling is off. */
  public static String profile() {
    StringBuilder sb = new StringBuilder();
    PROFILE.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(40)
        .forEach(e -> sb.append(String.format(java.util.Locale.ROOT, "%8.2f s CPU %,10d calls %,11d rows  %s%n",
            e.getValue()[1] / 1e9, e.getValue()[0], e.getValue()[2],
            e.getKey().length() > 120 ? e.getKey().substring(0, 120) + "..." : e.getKey())));
    return sb.toString();
  }

  public Db(Connection conn, Dialect dialect) {
    this.conn = conn;
    this.dialect = dialect;
  }

  public Connection connection() {
    return conn;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** A cached prepared statement; do not close it. */
  public PreparedStatement ps(String sql) throws SQLException {
    PreparedStatement p = cache.get(sql);
    if (p == null) {
      p = conn.prepareStatement(sql);
      cache.put(sql, p);
    }
    return p;
  }

  /** Runs an update with arguments bound by type; returns the update count. */
  public int update(String sql, Object... args) throws SQLException {
    long t0 = profileStart();
    PreparedStatement p = ps(sql);
    Jdbc.bindAll(p, args);
    int n = p.executeUpdate();
    profileEnd(sql, t0, 1);
    return n;
  }

  /** Runs an update once per row of arguments, as one JDBC batch. */
  public void batch(String sql, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    long t0 = profileStart();
    PreparedStatement p = ps(sql);
    for (Object[] r : rows) {
      Jdbc.bindAll(p, r);
      p.addBatch();
    }
    p.executeBatch();
    profileEnd(sql, t0, rows.size());
  }

  /** Like {@link #batch}, returning each row's update count. */
  public int[] batchCounts(String sql, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return new int[0];
    }
    PreparedStatement p = ps(sql);
    for (Object[] r : rows) {
      Jdbc.bindAll(p, r);
      p.addBatch();
    }
    return p.executeBatch();
  }

  /**
   * Runs a query with an {@code IN} list: {@code sqlWithIn} contains {@code IN_LIST} where the
   * placeholders go. Values are sent in chunks of a fixed size (the last padded by repetition), so
   * only one statement shape is prepared.
   */
  public <T> List<T> queryIn(String sqlWithIn, List<?> values, int chunk, RowMapper<T> mapper, Object... after)
      throws SQLException {
    List<T> out = new ArrayList<>();
    String sql = sqlWithIn.replace("IN_LIST", placeholders(chunk));
    for (int i = 0; i < values.size(); i += chunk) {
      List<Object> args = new ArrayList<>(values.subList(i, Math.min(values.size(), i + chunk)));
      while (args.size() < chunk) {
        args.add(args.get(args.size() - 1));
      }
      for (Object a : after) {
        args.add(a);
      }
      out.addAll(query(sql, mapper, args.toArray()));
    }
    return out;
  }

  /** Runs a query and maps every row. */
  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) throws SQLException {
    long t0 = profileStart();
    PreparedStatement p = ps(sql);
    Jdbc.bindAll(p, args);
    List<T> out = new ArrayList<>();
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(mapper.map(rs));
      }
    }
    profileEnd(sql, t0, out.size());
    return out;
  }

  /** The first row mapped, or null. */
  public <T> T first(String sql, RowMapper<T> mapper, Object... args) throws SQLException {
    long t0 = profileStart();
    PreparedStatement p = ps(sql);
    Jdbc.bindAll(p, args);
    p.setMaxRows(1);
    try (ResultSet rs = p.executeQuery()) {
      return rs.next() ? mapper.map(rs) : null;
    } finally {
      p.setMaxRows(0);
      profileEnd(sql, t0, 1);
    }
  }

  /** The first column of the first row as a long, or null. */
  public Long longValue(String sql, Object... args) throws SQLException {
    return first(sql, rs -> {
      long v = rs.getLong(1);
      return rs.wasNull() ? null : v;
    }, args);
  }

  /** {@code (?, ?, ...)} with n placeholders. */
  public static String placeholders(int n) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "?" : ", ?");
    }
    return sb.append(')').toString();
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement p : cache.values()) {
      p.close();
    }
    cache.clear();
    conn.close();
  }
}
