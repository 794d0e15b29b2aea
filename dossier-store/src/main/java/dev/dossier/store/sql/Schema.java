package dev.dossier.store.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's tables: articles, one normalised table per layer ({@link LayerTables}), and the
 * cross-document tables. Created idempotently on open. Documented in {@code docs/store.md}.
 */
final class Schema {
  private Schema() {}

  /** Bumped when a table changes incompatibly; a store of another version is refused. */
  static final String VERSION = "3";

  static List<String> ddl(Dialect d) {
    String seq = d.sequenceKey();
    String blob = d.blobType();
    String ck = d.compositeKeySuffix();
    List<String> s = new ArrayList<>();
    s.add("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)");
    s.add("CREATE TABLE IF NOT EXISTS articles (seq " + seq + ", id TEXT NOT NULL UNIQUE,"
        + " content_hash TEXT NOT NULL, url TEXT, outlet TEXT, outlet_key TEXT, title TEXT, author TEXT,"
        + " published TEXT, precision TEXT, day BIGINT, month TEXT, language TEXT NOT NULL,"
        + " origin_source TEXT NOT NULL, origin_format TEXT NOT NULL, origin_line BIGINT, origin_record BIGINT,"
        + " origin_warc TEXT, text TEXT NOT NULL, analysis " + blob + " NOT NULL, ingested_at BIGINT NOT NULL,"
        + " dup_of BIGINT, dup_score DOUBLE PRECISION, story BIGINT, minhash " + blob + ")");
    s.add("CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash)");
    s.add("CREATE INDEX IF NOT EXISTS articles_day ON articles (day)");
    s.add("CREATE INDEX IF NOT EXISTS articles_outlet ON articles (outlet_key)");
    s.add("CREATE INDEX IF NOT EXISTS articles_story ON articles (story)");
    s.add("CREATE INDEX IF NOT EXISTS articles_dup ON articles (dup_of)");
    for (Table<?> t : LayerTables.all()) {
      s.add(t.ddl(d));
    }
    s.add("CREATE INDEX IF NOT EXISTS entities_kb ON entities (kb_id)");
    s.add("CREATE INDEX IF NOT EXISTS attributions_kind ON attributions (source_kind, article)");
    s.add("CREATE INDEX IF NOT EXISTS figures_unit ON figures (unit)");

    // cross-document: actors
    s.add("CREATE TABLE IF NOT EXISTS actors (id " + seq + ", kb_id TEXT, name TEXT NOT NULL,"
        + " norm TEXT NOT NULL, last_token TEXT, type TEXT NOT NULL, articles BIGINT NOT NULL,"
        + " mentions BIGINT NOT NULL, first_day BIGINT, last_day BIGINT)");
    s.add("CREATE INDEX IF NOT EXISTS actors_norm ON actors (norm, type)");
    s.add("CREATE INDEX IF NOT EXISTS actors_kb ON actors (kb_id)");
    s.add("CREATE INDEX IF NOT EXISTS actors_last ON actors (last_token, type)");
    s.add("CREATE TABLE IF NOT EXISTS actor_names (actor BIGINT NOT NULL, name TEXT NOT NULL,"
        + " n BIGINT NOT NULL, PRIMARY KEY (actor, name))" + ck);
    s.add("CREATE TABLE IF NOT EXISTS actor_context (actor BIGINT NOT NULL, term TEXT NOT NULL,"
        + " weight DOUBLE PRECISION NOT NULL, PRIMARY KEY (actor, term))" + ck);
    s.add("CREATE TABLE IF NOT EXISTS article_actors (article BIGINT NOT NULL, entity BIGINT NOT NULL,"
        + " actor BIGINT NOT NULL, mentions BIGINT NOT NULL, PRIMARY KEY (article, entity))" + ck);
    s.add("CREATE INDEX IF NOT EXISTS article_actors_actor ON article_actors (actor, article)");

    // near-duplicates and stories
    // the band tables are read whole into memory (BandIndex), never by band key: keyed by the
    // article (claim) first, each transaction appends its rows at the end of the B-tree instead of
    // rewriting pages all over it (stores made before keep the old key; the rows are the same)
    s.add("CREATE TABLE IF NOT EXISTS lsh (band_key BIGINT NOT NULL, article BIGINT NOT NULL,"
        + " PRIMARY KEY (article, band_key))" + ck);
    s.add("CREATE TABLE IF NOT EXISTS stories (id " + seq + ", label TEXT NOT NULL, first_day BIGINT,"
        + " last_day BIGINT, size BIGINT NOT NULL, terms BIGINT NOT NULL DEFAULT 0)");
    s.add("CREATE INDEX IF NOT EXISTS stories_last ON stories (last_day)");
    s.add("CREATE TABLE IF NOT EXISTS story_terms (story BIGINT NOT NULL, term TEXT NOT NULL,"
        + " weight DOUBLE PRECISION NOT NULL, PRIMARY KEY (story, term))" + ck);
    // no index by term: story words are looked up in memory (StoryProbes reads the table once per
    // process), and the index cost a write per story word and transaction; dropped from older stores
    s.add("DROP INDEX IF EXISTS story_terms_term");
    s.add("CREATE TABLE IF NOT EXISTS term_df (term TEXT NOT NULL, df BIGINT NOT NULL, PRIMARY KEY (term))" + ck);

    // claims
    s.add("CREATE TABLE IF NOT EXISTS claims (id " + seq + ", article BIGINT NOT NULL, kind TEXT NOT NULL,"
        + " idx BIGINT NOT NULL, source_key TEXT NOT NULL, source_label TEXT NOT NULL, source_kind TEXT NOT NULL,"
        + " anonymous SMALLINT NOT NULL, text TEXT NOT NULL, norm TEXT NOT NULL, negated SMALLINT NOT NULL,"
        + " measure_key TEXT, unit TEXT, value DOUBLE PRECISION, period TEXT, day BIGINT, grp BIGINT NOT NULL,"
        + " story BIGINT)");
    s.add("CREATE UNIQUE INDEX IF NOT EXISTS claims_article ON claims (article, kind, idx)");
    s.add("CREATE INDEX IF NOT EXISTS claims_measure ON claims (measure_key, story)");
    s.add("CREATE INDEX IF NOT EXISTS claims_source ON claims (source_key)"); // an actor's claims, for profiles
    s.add("CREATE TABLE IF NOT EXISTS claim_bands (band_key BIGINT NOT NULL, claim BIGINT NOT NULL,"
        + " PRIMARY KEY (claim, band_key))" + ck);
    s.add("CREATE TABLE IF NOT EXISTS claim_links (a BIGINT NOT NULL, b BIGINT NOT NULL,"
        + " relation TEXT NOT NULL, score DOUBLE PRECISION NOT NULL, PRIMARY KEY (a, b))" + ck);
    s.add("CREATE INDEX IF NOT EXISTS claim_links_b ON claim_links (b)");
    s.add("CREATE INDEX IF NOT EXISTS claim_links_rel ON claim_links (relation)");

    // expectations
    s.add("CREATE TABLE IF NOT EXISTS expectation_due (article BIGINT NOT NULL, idx BIGINT NOT NULL,"
        + " due_from BIGINT, due_to BIGINT, terms TEXT NOT NULL, day BIGINT, story BIGINT,"
        + " PRIMARY KEY (article, idx))" + ck);
    s.add("CREATE INDEX IF NOT EXISTS expectation_due_to ON expectation_due (due_to)");
    s.add("CREATE INDEX IF NOT EXISTS expectation_due_story ON expectation_due (story, day)");
    // the actors of articles that hold expectations, for finding what a later article resolves
    s.add("CREATE TABLE IF NOT EXISTS expectation_actors (actor BIGINT NOT NULL, day BIGINT NOT NULL,"
        + " article BIGINT NOT NULL, PRIMARY KEY (article, actor, day))" + ck); // read whole (ExpectationIndex)
    s.add("CREATE TABLE IF NOT EXISTS resolutions (article BIGINT NOT NULL, idx BIGINT NOT NULL,"
        + " by_article BIGINT NOT NULL, start_off BIGINT NOT NULL, end_off BIGINT NOT NULL,"
        + " score DOUBLE PRECISION NOT NULL, PRIMARY KEY (article, idx, by_article))" + ck);
    s.add("CREATE INDEX IF NOT EXISTS resolutions_by ON resolutions (by_article)");
    for (String x : d.extraSchema()) {
      s.add(x);
    }
    return s;
  }

  /**
   * Creates missing tables and checks the schema version.
   *
   * @throws SQLException if the database holds a store of another schema version
   */
  static void apply(Connection c, Dialect d) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (String sql : ddl(d)) {
        st.execute(sql);
      }
      String found = null;
      try (ResultSet rs = st.executeQuery("SELECT v FROM meta WHERE k = 'schema'")) {
        if (rs.next()) {
          found = rs.getString(1);
        }
      }
      if (found == null) {
        st.execute("INSERT INTO meta (k, v) VALUES ('schema', '" + VERSION + "')");
      } else if (!found.equals(VERSION)) {
        throw new SQLException("store schema version " + found + " is not " + VERSION
            + " (the version this build reads); ingest again into a fresh store");
      }
    }
  }

  /** Tables holding rows of one article, keyed by its sequence number in column {@code article}. */
  static List<String> perArticleTables() {
    List<String> t = new ArrayList<>();
    LayerTables.all().forEach(x -> t.add(x.name));
    t.add("article_actors");
    t.add("lsh");
    t.add("expectation_due");
    t.add("expectation_actors");
    t.add("resolutions");
    return t;
  }
}
