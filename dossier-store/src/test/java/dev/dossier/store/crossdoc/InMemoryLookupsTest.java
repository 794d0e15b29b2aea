package dev.dossier.store.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.store.sql.Db;
import dev.dossier.store.sqlite.SqliteDialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The in-memory look-ups of linking give what the queries they replace give in SQLite, order and
 * limits included, on random tables with many ties and shared keys.
 */
class InMemoryLookupsTest {

  private static Db sqlite() throws Exception {
    Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
    return new Db(c, SqliteDialect.INSTANCE);
  }

  private static void exec(Db db, String sql) throws Exception {
    try (Statement s = db.connection().createStatement()) {
      s.execute(sql);
    }
  }

  @Test
  void bandsGiveTheRowsOfSelectDistinctWithLimit() throws Exception {
    try (Db db = sqlite()) {
      exec(db, "CREATE TABLE lsh (band_key BIGINT NOT NULL, article BIGINT NOT NULL,"
          + " PRIMARY KEY (band_key, article)) WITHOUT ROWID");
      Random r = new Random(7);
      long[] keys = new long[60];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = r.nextLong();
      }
      BandIndex mem = null;
      for (int step = 0; step < 3000; step++) {
        long key = keys[r.nextInt(keys.length)];
        long item = r.nextInt(2000);
        db.update("INSERT INTO lsh (band_key, article) VALUES (?, ?) ON CONFLICT DO NOTHING", key, item);
        if (mem != null) {
          mem.add(key, item);
        }
        if (step == 1000) {
          mem = BandIndex.load(db, "lsh", "article"); // read once, then kept in step
        }
        if (mem != null && step % 50 == 0) {
          long[] probe = new long[6];
          List<Object> args = new ArrayList<>();
          for (int k = 0; k < probe.length; k++) {
            probe[k] = keys[r.nextInt(keys.length)];
            args.add(probe[k]);
          }
          int limit = 1 + r.nextInt(120);
          List<Long> sql = db.query("SELECT DISTINCT article FROM lsh WHERE band_key IN " + Db.placeholders(6)
              + " LIMIT " + limit, rs -> rs.getLong(1), args.toArray());
          assertThat(mem.sharing(probe, limit)).isEqualTo(sql);
        }
      }
    }
  }

  @Test
  void aHyphenatedLastNameIsFoundByEitherPart() throws Exception {
    assertThat(ActorIndex.firstOfLast("Orla Vance-Tamsin")).isEqualTo("vance");
    assertThat(ActorIndex.firstOfLast("Vance-Tamsin")).isNull(); // a surname alone is its own
    assertThat(ActorIndex.firstOfLast("Orla Vance")).isNull();
    assertThat(ActorIndex.firstOfLast("Orla Vance-")).isNull();
    try (Db db = sqlite()) {
      exec(db, "CREATE TABLE actors (id INTEGER PRIMARY KEY AUTOINCREMENT, kb_id TEXT, name TEXT, norm TEXT NOT NULL,"
          + " last_token TEXT, type TEXT NOT NULL, articles BIGINT NOT NULL)");
      db.update("INSERT INTO actors (name, norm, last_token, type, articles) VALUES (?, ?, ?, ?, ?)",
          "Orla Vance-Tamsin", "orla vance tamsin", "tamsin", "PERSON", 3L);
      ActorIndex mem = ActorIndex.load(db);
      assertThat(mem.withLastName("vance", "vance", 5)).containsExactly(1L);
      assertThat(mem.withLastName("tamsin", "tamsin", 5)).containsExactly(1L);
      mem.rename(1, "Orla Tamsin", "orla tamsin", "tamsin", "PERSON");
      assertThat(mem.withLastName("vance", "vance", 5)).isEmpty();
      mem.add(2, null, "ada brook lind", "lind", "PERSON", 0, "Ada Brook-Lind");
      assertThat(mem.withLastName("brook", "brook", 5)).containsExactly(2L);
    }
  }

  @Test
  void actorsGiveTheRowsOfTheNameQueries() throws Exception {
    try (Db db = sqlite()) {
      exec(db, "CREATE TABLE actors (id INTEGER PRIMARY KEY AUTOINCREMENT, kb_id TEXT, name TEXT, norm TEXT NOT NULL,"
          + " last_token TEXT, type TEXT NOT NULL, articles BIGINT NOT NULL)");
      Random r = new Random(11);
      String[] last = {"smith", "jones", "baker"};
      String[] types = {"PERSON", "ORGANIZATION"};
      for (int i = 0; i < 300; i++) {
        String l = last[r.nextInt(last.length)];
        String norm = r.nextBoolean() ? l : "john " + l;
        db.update("INSERT INTO actors (kb_id, norm, last_token, type, articles) VALUES (?, ?, ?, ?, ?)",
            r.nextInt(10) == 0 ? "Q" + i : null, norm, l, types[r.nextInt(2)], (long) r.nextInt(5));
      }
      ActorIndex mem = ActorIndex.load(db);
      for (int i = 0; i < 200; i++) {
        long id = 1 + r.nextInt(300);
        db.update("UPDATE actors SET articles = articles + 1 WHERE id = ?", id);
        mem.countArticles(id, 1);
        String l = last[r.nextInt(last.length)];
        String norm = r.nextBoolean() ? l : "john " + l;
        String type = types[r.nextInt(2)];
        assertThat(mem.named(norm, type, 20)).isEqualTo(db.query("SELECT id FROM actors WHERE norm = ? AND type = ?"
            + " ORDER BY articles DESC, id LIMIT 20", rs -> rs.getLong(1), norm, type));
        assertThat(mem.withLastName(l, l, 20)).isEqualTo(db.query("SELECT id FROM actors WHERE last_token = ?"
            + " AND type = 'PERSON' AND norm <> ? ORDER BY articles DESC, id LIMIT 20", rs -> rs.getLong(1), l, l));
        assertThat(mem.unlinked(norm, type)).isEqualTo(db.query("SELECT id FROM actors WHERE norm = ? AND type = ?"
            + " AND kb_id IS NULL ORDER BY id", rs -> rs.getLong(1), norm, type));
      }
    }
  }

  @Test
  void expectationsGiveTheRowsOfTheCandidateQueries() throws Exception {
    try (Db db = sqlite()) {
      exec(db, "CREATE TABLE expectation_due (article BIGINT NOT NULL, idx BIGINT NOT NULL, terms TEXT NOT NULL,"
          + " day BIGINT, story BIGINT, PRIMARY KEY (article, idx)) WITHOUT ROWID");
      exec(db, "CREATE INDEX expectation_due_story ON expectation_due (story, day)");
      exec(db, "CREATE TABLE expectation_actors (actor BIGINT NOT NULL, day BIGINT NOT NULL,"
          + " article BIGINT NOT NULL, PRIMARY KEY (actor, day, article)) WITHOUT ROWID");
      Random r = new Random(5);
      ExpectationIndex mem = ExpectationIndex.load(db);
      for (long article = 1; article <= 600; article++) {
        long day = r.nextInt(40);
        long story = r.nextInt(8);
        for (long idx = 0; idx < 1 + r.nextInt(3); idx++) {
          db.update("INSERT INTO expectation_due (article, idx, terms, day, story) VALUES (?, ?, ?, ?, ?)",
              article, idx, "t" + r.nextInt(9), day, story);
          mem.addDue(new ExpectationIndex.Due(article, idx, "t" + 0, day, story)); // terms are not compared
        }
        for (int k = 0; k < 3; k++) {
          long actor = r.nextInt(30);
          db.update("INSERT INTO expectation_actors (actor, day, article) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
              actor, day, article);
          mem.addActor(actor, day, article);
        }
        if (article % 25 == 0) {
          long before = r.nextInt(45);
          long s = r.nextInt(8);
          List<List<Long>> sql = db.query("SELECT article, idx FROM expectation_due WHERE story = ? AND day < ?"
              + " ORDER BY day DESC LIMIT 100", rs -> List.of(rs.getLong(1), rs.getLong(2)), s, before);
          List<List<Long>> got = new ArrayList<>();
          mem.ofStory(s, before, 100).forEach(d -> got.add(List.of(d.article(), d.idx())));
          assertThat(got).isEqualTo(sql);
          Set<Long> actors = new LinkedHashSet<>();
          for (int k = 0; k < 16; k++) {
            actors.add((long) r.nextInt(30));
          }
          assertThat(mem.articlesOf(actors, before, 100)).isEqualTo(db.queryIn("SELECT article, MAX(day) FROM"
              + " expectation_actors WHERE actor IN IN_LIST AND day < ? GROUP BY article ORDER BY 2 DESC, article"
              + " LIMIT 100", new ArrayList<>(actors), 16, rs -> rs.getLong(1), before));
          assertThat(mem.anyBefore(before)).isEqualTo(db.longValue(
              "SELECT article FROM expectation_due WHERE day < ? LIMIT 1", before) != null);
        }
      }
    }
  }
}
