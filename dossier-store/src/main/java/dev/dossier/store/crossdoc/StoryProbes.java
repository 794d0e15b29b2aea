package dev.dossier.store.crossdoc;

import dev.dossier.store.sql.Db;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In memory, what story clustering probes for each article: the stories holding each term (the
 * {@code story_terms} index by term) and each story's first and last day, read from the database
 * once and then kept in step with every write, so a probe costs no query. Gives what {@code
 * SELECT story FROM story_terms WHERE term = ? ORDER BY story DESC LIMIT n} gives, with the days
 * of {@code stories}. Not thread-safe; the store's writer owns it and drops it when a transaction
 * rolls back.
 */
final class StoryProbes {

  private final Map<String, SortedLongs> byTerm = new HashMap<>();
  /** Story id to {first day, last day}, either null when the story is undated. */
  private final Map<Long, Long[]> days = new HashMap<>();
  /** Story id to its number of articles. */
  private final Map<Long, Long> sizes = new HashMap<>();

  private StoryProbes() {}

  /** Reads every story's terms and days. */
  static StoryProbes load(Db db) throws SQLException {
    StoryProbes p = new StoryProbes();
    db.query("SELECT term, story FROM story_terms", rs -> {
      p.addTerm(rs.getString(1), rs.getLong(2));
      return null;
    });
    db.query("SELECT id, first_day, last_day, size FROM stories", rs -> {
      p.sizes.put(rs.getLong(1), rs.getLong(4));
      p.days.put(rs.getLong(1), new Long[] {rs.getObject(2) == null ? null : rs.getLong(2),
          rs.getObject(3) == null ? null : rs.getLong(3)});
      return null;
    });
    return p;
  }

  /** Records that {@code story} holds {@code term}. */
  void addTerm(String term, long story) {
    byTerm.computeIfAbsent(term, k -> new SortedLongs()).add(story);
  }

  /** Records a story's days, as {@code stories} now holds them. */
  void days(long story, Long first, Long last) {
    days.put(story, new Long[] {first, last});
  }

  /** Records a story's number of articles, as {@code stories} now holds it. */
  void size(long story, long size) {
    sizes.put(story, size);
  }

  /** A story's number of articles (0 when unknown). */
  long size(long story) {
    return sizes.getOrDefault(story, 0L);
  }

  /** A story's {first day, last day} (null entries when undated), or null when unknown. */
  Long[] days(long story) {
    return days.get(story);
  }

  /** Every story holding the term, in id order. */
  List<Long> stories(String term) {
    SortedLongs ids = byTerm.get(term);
    if (ids == null) {
      return List.of();
    }
    List<Long> out = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      out.add(ids.get(i));
    }
    return out;
  }

  /**
   * The {@code limit} latest stories (highest ids) holding the term, latest first, each with its
   * days: {id, first day, last day}.
   */
  List<Object[]> latest(String term, int limit) {
    SortedLongs ids = byTerm.get(term);
    if (ids == null) {
      return List.of();
    }
    List<Object[]> out = new ArrayList<>(Math.min(limit, ids.size()));
    for (int i = ids.size() - 1; i >= 0 && out.size() < limit; i--) {
      long s = ids.get(i);
      Long[] d = days.get(s);
      if (d != null) { // the join with stories: a story row always exists
        out.add(new Object[] {s, d[0], d[1]});
      }
    }
    return out;
  }
}
