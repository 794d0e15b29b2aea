package dev.dossier.store.crossdoc;

import dev.dossier.store.sql.Db;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * In memory, the stored expectations a new article may resolve ({@code expectation_due}) and the
 * actors of the articles holding them ({@code expectation_actors}): read once, then kept in step
 * with every insert, so finding the candidates costs no query; each method gives what the query
 * named in its comment gives in SQLite. Not thread-safe; the store's writer owns it and drops it
 * when a transaction rolls back or an article is replaced.
 */
final class ExpectationIndex {

  /** One row of {@code expectation_due}. */
  record Due(long article, long idx, String terms, Long day, Long story) {}

  /** {@code ORDER BY day DESC} over the index (story, day) of a table keyed (article, idx). */
  private static final Comparator<Due> LATEST = Comparator.comparing(Due::day).reversed()
      .thenComparing(Comparator.comparingLong(Due::article).reversed())
      .thenComparing(Comparator.comparingLong(Due::idx).reversed());

  private final Map<Long, List<Due>> byArticle = new HashMap<>();
  private final Map<Long, List<Due>> byStory = new HashMap<>();
  /** Actor to its rows {day, article}, sorted by day, then article. */
  private final Map<Long, List<long[]>> byActor = new HashMap<>();
  private final Set<List<Long>> actorRows = new HashSet<>();
  /** The earliest day of an expectation (Long.MAX_VALUE: none dated). */
  private long minDay = Long.MAX_VALUE;

  private ExpectationIndex() {}

  static ExpectationIndex load(Db db) throws SQLException {
    ExpectationIndex x = new ExpectationIndex();
    db.query("SELECT article, idx, terms, day, story FROM expectation_due ORDER BY article, idx", rs -> {
      x.addDue(new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4) == null ? null : rs.getLong(4),
          rs.getObject(5) == null ? null : rs.getLong(5)));
      return null;
    });
    db.query("SELECT actor, day, article FROM expectation_actors", rs -> {
      x.addActor(rs.getLong(1), rs.getLong(2), rs.getLong(3));
      return null;
    });
    return x;
  }

  /** Records an inserted {@code expectation_due} row. */
  void addDue(Due d) {
    byArticle.computeIfAbsent(d.article(), k -> new ArrayList<>()).add(d);
    if (d.story() != null) {
      byStory.computeIfAbsent(d.story(), k -> new ArrayList<>()).add(d);
    }
    if (d.day() != null) {
      minDay = Math.min(minDay, d.day());
    }
  }

  /** Records an {@code expectation_actors} row (ignored when there, as the insert ignores it). */
  void addActor(long actor, long day, long article) {
    if (actorRows.add(List.of(actor, day, article))) {
      List<long[]> rows = byActor.computeIfAbsent(actor, k -> new ArrayList<>());
      int at = rows.size(); // articles mostly come in day order: the new row goes at or near the end
      while (at > 0 && (rows.get(at - 1)[0] > day || rows.get(at - 1)[0] == day && rows.get(at - 1)[1] > article)) {
        at--;
      }
      rows.add(at, new long[] {day, article});
    }
  }

  /** Index of the first row of {@code rows} (sorted by day) whose day is {@code day} or later. */
  private static int firstFrom(List<long[]> rows, long day) {
    int lo = 0;
    int hi = rows.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (rows.get(mid)[0] < day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether {@code SELECT article FROM expectation_due WHERE day < ? LIMIT 1} finds a row. */
  boolean anyBefore(long day) {
    return minDay < day;
  }

  /** {@code SELECT article, idx, terms FROM expectation_due WHERE story = ? AND day < ? ORDER BY day DESC LIMIT n}. */
  List<Due> ofStory(long story, long before, int n) {
    List<Due> out = new ArrayList<>();
    for (Due d : byStory.getOrDefault(story, List.of())) {
      if (d.day() != null && d.day() < before) {
        out.add(d);
      }
    }
    out.sort(LATEST);
    return out.size() > n ? new ArrayList<>(out.subList(0, n)) : out;
  }

  /**
   * {@code SELECT article, MAX(day) FROM expectation_actors WHERE actor IN (...) AND day < ? GROUP
   * BY article ORDER BY 2 DESC, article LIMIT n}: the articles.
   */
  List<Long> articlesOf(Set<Long> actors, long before, int n) {
    // Each actor's rows are read from the latest before the cut backwards, until n articles of its
    // own are seen and the day drops below the n-th one's: an older row of that actor belongs to an
    // article with n articles strictly later than it, so not to the answer.
    Map<Long, Long> latest = new HashMap<>();
    for (Long a : actors) {
      List<long[]> rows = byActor.getOrDefault(a, List.of());
      Set<Long> seen = new HashSet<>();
      long nthDay = Long.MIN_VALUE;
      for (int i = firstFrom(rows, before) - 1; i >= 0; i--) {
        long[] r = rows.get(i);
        if (seen.size() >= n && r[0] < nthDay) {
          break;
        }
        if (seen.add(r[1]) && seen.size() == n) {
          nthDay = r[0];
        }
        latest.merge(r[1], r[0], Math::max);
      }
    }
    List<Map.Entry<Long, Long>> es = new ArrayList<>(latest.entrySet());
    es.sort(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<Long> out = new ArrayList<>();
    for (Map.Entry<Long, Long> e : es.subList(0, Math.min(n, es.size()))) {
      out.add(e.getKey());
    }
    return out;
  }

  /** {@code SELECT article, idx, terms FROM expectation_due WHERE article = ?}, by idx. */
  List<Due> ofArticle(long article) {
    return byArticle.getOrDefault(article, List.of());
  }

  /** The articles of {@code articlesOf} for each chunk of {@code chunk} actors, in chunk order, once each. */
  LinkedHashSet<Long> articlesOfChunks(List<Long> actors, int chunk, long before, int n) {
    LinkedHashSet<Long> out = new LinkedHashSet<>();
    for (int i = 0; i < actors.size(); i += chunk) {
      out.addAll(articlesOf(new LinkedHashSet<>(actors.subList(i, Math.min(actors.size(), i + chunk))), before, n));
    }
    return out;
  }
}
