package dev.dossier.store.postgres;

import dev.dossier.store.search.FacetCount;
import dev.dossier.store.search.Hits;
import dev.dossier.store.search.IndexDoc;
import dev.dossier.store.search.SearchQuery;
import dev.dossier.store.search.SearchResult;
import dev.dossier.store.search.TextSearch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Full-text and faceted search inside PostgreSQL ({@code websearch_to_tsquery} over the generated
 * {@code tsv} column, facets by {@code GROUP BY}). The database is the index, so there is
 * nothing to replay after a crash. Stateless.
 */
public final class PostgresSearch implements TextSearch {

  @Override
  public long watermark() {
    return Long.MAX_VALUE;
  }

  @Override
  public void index(IndexDoc doc) {}

  @Override
  public void delete(String id) {}

  @Override
  public void commit(long seq) {}

  @Override
  public void commitIfDue(long seq) {}

  @Override
  public Hits search(Connection db, SearchQuery q, Set<Long> actorIds) throws SQLException {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    String score = "0.0";
    if (!q.matchAll()) {
      where.append(" AND a.tsv @@ websearch_to_tsquery('english', ?)");
      args.add(q.text());
      score = "ts_rank(a.tsv, websearch_to_tsquery('english', ?))";
    }
    if (actorIds != null) {
      if (actorIds.isEmpty()) {
        where.append(" AND 1 = 0");
      } else {
        where.append(" AND EXISTS (SELECT 1 FROM article_actors aa WHERE aa.article = a.seq AND aa.actor IN (");
        int i = 0;
        for (Long id : actorIds) {
          where.append(i++ == 0 ? "?" : ", ?");
          args.add(id);
        }
        where.append("))");
      }
    }
    if (q.outlet() != null) {
      where.append(" AND a.outlet_key = ?");
      args.add(q.outlet().strip().toLowerCase(java.util.Locale.ROOT));
    }
    if (q.from() != null) {
      where.append(" AND a.day >= ?");
      args.add(q.from().toEpochDay());
    }
    if (q.to() != null) {
      where.append(" AND a.day <= ?");
      args.add(q.to().toEpochDay());
    }
    if (q.sourceKind() != null) {
      where.append(" AND EXISTS (SELECT 1 FROM attributions t WHERE t.article = a.seq AND t.source_kind = ?)");
      args.add(q.sourceKind().name());
    }
    String matched = "FROM articles a" + where;
    long total;
    try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) " + matched)) {
      bind(ps, 1, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        total = rs.getLong(1);
      }
    }
    List<Long> seqs = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    String order = q.byDate() || q.matchAll() ? " ORDER BY a.day DESC NULLS LAST, a.seq DESC"
        : " ORDER BY score DESC, a.seq";
    try (PreparedStatement ps = db.prepareStatement("SELECT a.seq, " + score + " AS score " + matched + order
        + " LIMIT ? OFFSET ?")) {
      int i = 1;
      if (!q.matchAll()) {
        ps.setString(i++, q.text());
      }
      i = bind(ps, i, args);
      ps.setInt(i++, q.limit());
      ps.setInt(i, q.offset());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          seqs.add(rs.getLong(1));
          scores.add(q.byDate() || q.matchAll() ? 0.0 : rs.getDouble(2));
        }
      }
    }
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    String m = "WITH m AS (SELECT a.seq, a.outlet, a.month " + matched + ") ";
    facets.put(SearchResult.OUTLET, facet(db, m + "SELECT COALESCE(outlet, '(unknown)') AS v, COUNT(*) AS n FROM m"
        + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10", args));
    facets.put(SearchResult.ACTOR, facet(db, m + "SELECT CAST(aa.actor AS TEXT) AS v, COUNT(DISTINCT aa.article) AS n"
        + " FROM article_actors aa JOIN m ON m.seq = aa.article GROUP BY aa.actor ORDER BY 2 DESC, aa.actor LIMIT 10", args));
    facets.put(SearchResult.MONTH, facet(db, m + "SELECT COALESCE(month, '(undated)') AS v, COUNT(*) AS n FROM m"
        + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10", args));
    facets.put(SearchResult.SOURCE_KIND, facet(db, m + "SELECT t.source_kind AS v, COUNT(DISTINCT t.article) AS n"
        + " FROM attributions t JOIN m ON m.seq = t.article GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10", args));
    return new Hits(total, seqs, scores, facets);
  }

  private static List<FacetCount> facet(Connection db, String sql, List<Object> args) throws SQLException {
    List<FacetCount> out = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      bind(ps, 1, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new FacetCount(rs.getString(1), rs.getLong(2)));
        }
      }
    }
    return out;
  }

  private static int bind(PreparedStatement ps, int from, List<Object> args) throws SQLException {
    int i = from;
    for (Object o : args) {
      if (o instanceof Long l) {
        ps.setLong(i++, l);
      } else {
        ps.setString(i++, o.toString());
      }
    }
    return i;
  }

  @Override
  public Map<String, Long> indexed(Connection db) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    try (PreparedStatement ps = db.prepareStatement("SELECT id, seq FROM articles WHERE tsv IS NOT NULL");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  @Override
  public void close() {}
}
