package dev.dossier.store.crossdoc;

import dev.dossier.store.sql.Db;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In memory, what actor resolution looks actors up by: knowledge-base id, normalised name and
 * type, last name of a person, and each actor's article count (the order candidates are tried
 * in). Read from the {@code actors} table once, then kept in step with every write to it, so a
 * look-up costs no query; each method gives what the query named in its comment gives. Not
 * thread-safe; the store's writer owns it and drops it when a transaction rolls back.
 */
final class ActorIndex {

  /** What the look-ups need of one actor. */
  private static final class Row {
    final long id;
    String norm;
    String type;
    String lastToken;
    String kbId;
    long articles;
    /** The first part of a hyphenated last name ("kilroy" of Kilroy-Silk), or null. */
    String firstOfLast;

    Row(long id, String kbId, String norm, String lastToken, String type, long articles) {
      this.id = id;
      this.kbId = kbId;
      this.norm = norm;
      this.lastToken = lastToken;
      this.type = type;
      this.articles = articles;
    }
  }

  private final Map<Long, Row> byId = new HashMap<>();
  private final Map<String, Long> byKb = new HashMap<>();
  /** norm + '\0' + type to actors, in id order. */
  private final Map<String, List<Row>> byName = new HashMap<>();
  /** Last token of a person's name to persons, in id order. */
  private final Map<String, List<Row>> byLastName = new HashMap<>();

  private ActorIndex() {}

  static ActorIndex load(Db db) throws SQLException {
    ActorIndex x = new ActorIndex();
    db.query("SELECT id, kb_id, norm, last_token, type, articles, name FROM actors ORDER BY id", rs -> {
      x.add(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
          rs.getString(7));
      return null;
    });
    return x;
  }

  /** Records an actor inserted with these values. */
  void add(long id, String kbId, String norm, String lastToken, String type, long articles, String name) {
    Row r = new Row(id, kbId, norm, lastToken, type, articles);
    r.firstOfLast = firstOfLast(name);
    byId.put(id, r);
    if (kbId != null) {
      byKb.putIfAbsent(kbId, id);
    }
    file(r);
  }

  /**
   * The first part, normalised, of the hyphenated last word of a name ("kilroy" of "Robert
   * Kilroy-Silk"), by which a person may be called alone; null when the last word has no hyphen.
   */
  static String firstOfLast(String name) {
    if (name == null) {
      return null;
    }
    String[] words = name.strip().split("\\s+");
    String last = words[words.length - 1];
    int hyphen = last.indexOf('-');
    if (words.length < 2 || hyphen <= 0 || hyphen == last.length() - 1) {
      return null;
    }
    String first = Terms.normalizeName(last.substring(0, hyphen));
    return first.isEmpty() || first.indexOf(' ') >= 0 ? null : first;
  }

  /** Adds the row to the name look-ups, keeping their lists in id order. */
  private void file(Row r) {
    insertInIdOrder(byName.computeIfAbsent(r.norm + '\0' + r.type, k -> new ArrayList<>()), r);
    if (r.type.equals("PERSON") && r.lastToken != null) {
      insertInIdOrder(byLastName.computeIfAbsent(r.lastToken, k -> new ArrayList<>()), r);
    }
    if (r.type.equals("PERSON") && r.firstOfLast != null && !r.firstOfLast.equals(r.lastToken)) {
      insertInIdOrder(byLastName.computeIfAbsent(r.firstOfLast, k -> new ArrayList<>()), r);
    }
  }

  private static void insertInIdOrder(List<Row> rows, Row r) {
    int i = rows.size();
    while (i > 0 && rows.get(i - 1).id > r.id) {
      i--;
    }
    rows.add(i, r);
  }

  private void unfile(Row r) {
    List<Row> same = byName.get(r.norm + '\0' + r.type);
    if (same != null) {
      same.remove(r);
    }
    if (r.type.equals("PERSON") && r.lastToken != null) {
      List<Row> last = byLastName.get(r.lastToken);
      if (last != null) {
        last.remove(r);
      }
    }
    if (r.type.equals("PERSON") && r.firstOfLast != null) {
      List<Row> part = byLastName.get(r.firstOfLast);
      if (part != null) {
        part.remove(r);
      }
    }
  }

  /** {@code SELECT type FROM actors WHERE id = ?}, or null. */
  String type(long id) {
    Row r = byId.get(id);
    return r == null ? null : r.type;
  }

  /** Records {@code UPDATE actors SET name = ?, norm = ?, last_token = ?, type = ? WHERE id = ?}. */
  void rename(long id, String name, String norm, String lastToken, String type) {
    Row r = byId.get(id);
    if (r == null) {
      return;
    }
    unfile(r);
    r.firstOfLast = firstOfLast(name);
    r.norm = norm;
    r.lastToken = lastToken;
    r.type = type;
    file(r);
  }

  /** {@code SELECT id FROM actors WHERE kb_id = ?}, or null. */
  Long withKb(String kbId) {
    return byKb.get(kbId);
  }

  /** {@code SELECT id FROM actors WHERE norm = ? AND type = ? AND kb_id IS NULL}, in id order. */
  List<Long> unlinked(String norm, String type) {
    List<Long> out = new ArrayList<>();
    for (Row r : byName.getOrDefault(norm + '\0' + type, List.of())) {
      if (r.kbId == null) {
        out.add(r.id);
      }
    }
    return out;
  }

  /** {@code SELECT id FROM actors WHERE norm = ? AND type = ? ORDER BY articles DESC, id LIMIT n}. */
  List<Long> named(String norm, String type, int n) {
    return top(byName.getOrDefault(norm + '\0' + type, List.of()), null, n);
  }

  /** {@code SELECT articles FROM actors WHERE id = ?}, 0 when unknown. */
  long articles(long id) {
    Row r = byId.get(id);
    return r == null ? 0 : r.articles;
  }

  /**
   * {@code SELECT id FROM actors WHERE last_token = ? AND type = 'PERSON' AND norm <> ? ORDER BY
   * articles DESC, id LIMIT n}, and the persons whose hyphenated last name starts with it ("kilroy"
   * of Kilroy-Silk).
   */
  List<Long> withLastName(String lastToken, String notNorm, int n) {
    return top(byLastName.getOrDefault(lastToken, List.of()), notNorm, n);
  }

  private static List<Long> top(List<Row> rows, String notNorm, int n) {
    List<Row> sorted = new ArrayList<>(rows.size());
    for (Row r : rows) {
      if (notNorm == null || !r.norm.equals(notNorm)) {
        sorted.add(r);
      }
    }
    sorted.sort((a, b) -> a.articles != b.articles ? Long.compare(b.articles, a.articles) : Long.compare(a.id, b.id));
    List<Long> out = new ArrayList<>(Math.min(n, sorted.size()));
    for (Row r : sorted.subList(0, Math.min(n, sorted.size()))) {
      out.add(r.id);
    }
    return out;
  }

  /** Records {@code UPDATE actors SET kb_id = ? WHERE id = ?}. */
  void link(long id, String kbId) {
    Row r = byId.get(id);
    if (r != null) {
      r.kbId = kbId;
    }
    byKb.putIfAbsent(kbId, id);
  }

  /** Records {@code UPDATE actors SET articles = articles + ? WHERE id = ?}. */
  void countArticles(long id, long more) {
    Row r = byId.get(id);
    if (r != null) {
      r.articles += more;
    }
  }
}
