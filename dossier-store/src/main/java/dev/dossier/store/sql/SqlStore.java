package dev.dossier.store.sql;

import dev.dossier.model.Analysis;
import dev.dossier.model.json.AnalysisJson;
import dev.dossier.store.ArticleSummary;
import dev.dossier.store.PutResult;
import dev.dossier.store.Store;
import dev.dossier.store.StoreException;
import dev.dossier.store.Verification;
import dev.dossier.store.crossdoc.CrossDocLinker;
import dev.dossier.store.crossdoc.DuplicateDetector;
import dev.dossier.store.crossdoc.IdSequence;
import dev.dossier.store.crossdoc.MinHash;
import dev.dossier.store.query.ActorProfile;
import dev.dossier.store.query.ActorSummary;
import dev.dossier.store.query.ClaimReport;
import dev.dossier.store.query.ClaimView;
import dev.dossier.store.query.Deadline;
import dev.dossier.store.query.DeadlineQuery;
import dev.dossier.store.query.FigureView;
import dev.dossier.store.query.StorySummary;
import dev.dossier.store.query.StatedTime;
import dev.dossier.store.query.StoryView;
import dev.dossier.store.query.TimelineEntry;
import dev.dossier.store.query.TimelineQuery;
import dev.dossier.store.search.IndexDoc;
import dev.dossier.store.search.SearchQuery;
import dev.dossier.store.search.SearchResult;
import dev.dossier.store.search.TextSearch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A {@link Store} over one JDBC connection (SQLite or PostgreSQL, by {@link Dialect}) and a
 * {@link TextSearch}. Thread-safe: every call holds the store's lock.
 *
 * <p>Crash consistency: each {@link #putAll} is one database transaction holding the articles,
 * their layer rows and their cross-document links. Search documents are added after the commit;
 * an index outside the database commits regularly, recording the highest sequence number it
 * holds, and {@link #open} re-indexes every article above that watermark. So after a kill at any
 * moment the database holds each article whole or not at all, and once reopened the index holds
 * exactly the stored articles.
 */
public final class SqlStore implements Store {

  /** Time spent in each part of {@link #putAll}, summed over this process. */
  public static final Timings TIMINGS = new Timings();

  private final Db db;
  private final TextSearch search;
  private final CrossDocLinker linker;
  /** The articles' sequence numbers, when the dialect lets the writer give them. */
  private final IdSequence articleSeqs;
  private final SqlQueries queries;
  private final String description;
  private final AfterCommit afterCommit;
  private long lastIndexed;
  private boolean closed;

  private SqlStore(Db db, TextSearch search, String description, AfterCommit afterCommit) {
    this.db = db;
    this.search = search;
    this.linker = new CrossDocLinker(db);
    this.articleSeqs = new IdSequence(db, "articles", "seq");
    this.queries = new SqlQueries(db, search);
    this.description = description;
    this.afterCommit = afterCommit;
  }

  /**
   * Opens a store on a connection: creates missing tables, then re-indexes the articles the
   * search index lacks. The store owns the connection and the search and closes them.
   *
   * @param description where the store is, for messages
   * @throws StoreException if the schema cannot be created, is of another version, or the
   *     re-indexing fails
   */
  public static SqlStore open(Connection c, Dialect d, TextSearch search, String description) {
    return open(c, d, search, description, conn -> AfterCommit.NONE);
  }

  /** What to start on the configured connection, told after each commit, closed with the store. */
  @FunctionalInterface
  public interface AfterCommitStarter {
    AfterCommit start(Connection c) throws SQLException;
  }

  /**
   * Like {@link #open(Connection, Dialect, TextSearch, String)}, telling what {@code after}
   * starts on the configured connection after each write transaction commits.
   */
  public static SqlStore open(Connection c, Dialect d, TextSearch search, String description, AfterCommitStarter after) {
    Db db = new Db(c, d);
    AfterCommit started = AfterCommit.NONE;
    try {
      d.configure(c);
      c.setAutoCommit(false);
      Schema.apply(c, d);
      c.commit();
      c.setAutoCommit(true);
      started = after.start(c);
      SqlStore s = new SqlStore(db, search, description, started);
      s.replayTail();
      return s;
    } catch (SQLException | RuntimeException e) {
      try {
        started.close();
        search.close();
        db.close();
      } catch (IOException | SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new StoreException("cannot open the store at " + description + ": " + e.getMessage(), e);
    }
  }

  private void replayTail() throws SQLException {
    Long max = db.longValue("SELECT MAX(seq) FROM articles");
    lastIndexed = max == null ? 0 : max;
    long w = search.watermark();
    if (w == Long.MAX_VALUE || w >= lastIndexed) {
      return;
    }
    List<Long> tail = db.query("SELECT seq FROM articles WHERE seq > ? ORDER BY seq", rs -> rs.getLong(1), w);
    for (long seq : tail) {
      search.index(indexDoc(seq));
    }
    search.commit(lastIndexed);
  }

  private IndexDoc indexDoc(long seq) throws SQLException {
    return db.first("SELECT id, title, text, outlet, day FROM articles WHERE seq = ?", rs -> {
      Long day = Jdbc.longOrNull(rs, "day");
      return new IndexDoc(seq, rs.getString("id"), rs.getString("title"), rs.getString("text"),
          rs.getString("outlet"), day == null ? null : LocalDate.ofEpochDay(day),
          new HashSet<>(db.query("SELECT DISTINCT actor FROM article_actors WHERE article = ?", r -> r.getLong(1), seq)),
          new HashSet<>(db.query("SELECT DISTINCT source_kind FROM attributions WHERE article = ?",
              r -> r.getString(1), seq)));
    }, seq);
  }

  /** Where the store is, for messages. */
  public String description() {
    return description;
  }

  /** What {@link #stage} computes: the deflated Analysis JSON and the duplicate fingerprint. */
  private record Work(byte[] blob, DuplicateDetector.Fingerprint fingerprint) {}

  @Override
  public Staged stage(Analysis a) {
    return new Staged(a, new Work(ArticleRows.blob(a), DuplicateDetector.fingerprint(a.article())));
  }

  /** Keeps {@code json} (deflated) as the stored form: it parses to {@code a}, so {@link #get} reads the same. */
  @Override
  public Staged stage(Analysis a, String json) {
    return stage(a, json.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Staged stage(Analysis a, byte[] utf8Json) {
    return new Staged(a, new Work(ArticleRows.deflate(utf8Json), DuplicateDetector.fingerprint(a.article())));
  }

  @Override
  public List<PutResult> putAll(List<Analysis> analyses, boolean replace) {
    List<Staged> staged = new ArrayList<>(analyses.size());
    for (Analysis a : analyses) {
      staged.add(new Staged(a, null)); // staged inside the transaction, so a bad analysis rolls it back
    }
    return putStaged(staged, replace);
  }

  @Override
  public synchronized List<PutResult> putStaged(List<Staged> staged, boolean replace) {
    ensureOpen();
    List<PutResult> results = new ArrayList<>(staged.size());
    List<IndexDoc> docs = new ArrayList<>();
    String current = null;
    Connection c = db.connection();
    try {
      c.setAutoCommit(false);
      long now = System.currentTimeMillis();
      for (Staged st : staged) {
        Analysis a = st.analysis();
        Work w = st.work() instanceof Work x ? x : (Work) stage(a).work();
        current = a.article().id();
        Long old = db.longValue("SELECT seq FROM articles WHERE id = ?", current);
        if (old != null && !replace) {
          results.add(PutResult.SKIPPED);
          continue;
        }
        List<Long> copies = List.of();
        if (old != null) {
          copies = db.query("SELECT seq FROM articles WHERE dup_of = ?", rs -> rs.getLong(1), old);
          linker.flush(); // the rows linking holds back are written, so they are deleted with the article
          ArticleRows.delete(db, old);
          linker.forget();
        }
        // with the sequence number given here, the article row is inserted after linking, with its links
        long t0 = Timings.cpu();
        boolean given = articleSeqs.available();
        long seq = given ? articleSeqs.next() : ArticleRows.insertArticle(db, a, w.blob(), now);
        long t1 = Timings.cpu();
        ArticleRows.insertLayers(db, seq, a);
        long t2 = Timings.cpu();
        LocalDate day = ArticleRows.day(a.article());
        for (long copy : copies) {
          // before linking, so that the copies' claims are read as repeats of the new row's, not as other sources
          db.update("UPDATE articles SET dup_of = ? WHERE seq = ?", seq, copy);
          db.update("UPDATE claims SET grp = ? WHERE article = ?", seq, copy);
        }
        CrossDocLinker.Result r = linker.link(seq, a, day, w.fingerprint(), Set.copyOf(copies));
        long t3 = Timings.cpu();
        ArticleRows.Links links = new ArticleRows.Links(MinHash.toBytes(w.fingerprint().signature()),
            r.duplicate() == null ? null : r.duplicate().original(), r.duplicate() == null ? null : r.duplicate().score(),
            r.story());
        if (given) {
          ArticleRows.insertArticle(db, a, w.blob(), now, seq, links);
        } else {
          ArticleRows.updateLinks(db, seq, links);
        }
        TIMINGS.add("article row", t1 - t0 + Timings.cpu() - t3);
        TIMINGS.add("layer rows", t2 - t1);
        TIMINGS.add("cross-document", t3 - t2);
        docs.add(new IndexDoc(seq, a.article().id(), a.article().title(), a.text(), a.article().outlet(), day,
            new HashSet<>(r.actors().values()), r.sourceKinds()));
        results.add(old == null ? PutResult.INSERTED : PutResult.REPLACED);
      }
      long tf = Timings.cpu();
      linker.flush();
      long tc = Timings.cpu();
      TIMINGS.add("held-back rows", tc - tf);
      c.commit();
      TIMINGS.add("commit", Timings.cpu() - tc);
      afterCommit.committed();
    } catch (SQLException | RuntimeException e) {
      linker.forget();
      articleSeqs.forget();
      try {
        c.rollback();
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
      throw new StoreException("cannot store article " + current + ": " + e.getMessage(), e);
    } finally {
      try {
        c.setAutoCommit(true);
      } catch (SQLException e) {
        // the connection is broken; the next call reports it
      }
    }
    long ti = Timings.cpu();
    for (IndexDoc d : docs) {
      search.index(d);
      lastIndexed = Math.max(lastIndexed, d.seq());
    }
    if (!docs.isEmpty()) {
      search.commitIfDue(lastIndexed);
    }
    TIMINGS.add("search index", Timings.cpu() - ti);
    return results;
  }

  @Override
  public synchronized Set<String> storedIds(Collection<String> articleIds) {
    ensureOpen();
    try {
      return new HashSet<>(db.queryIn("SELECT id FROM articles WHERE id IN IN_LIST", new ArrayList<>(articleIds), 64,
          rs -> rs.getString(1)));
    } catch (SQLException e) {
      throw fail("look up articles", e);
    }
  }

  @Override
  public synchronized boolean contains(String articleId) {
    ensureOpen();
    try {
      return db.longValue("SELECT seq FROM articles WHERE id = ?", articleId) != null;
    } catch (SQLException e) {
      throw fail("look up article " + articleId, e);
    }
  }

  @Override
  public synchronized Optional<Analysis> get(String articleId) {
    ensureOpen();
    try {
      byte[] blob = db.first("SELECT analysis FROM articles WHERE id = ?", rs -> rs.getBytes(1), articleId);
      return Optional.ofNullable(blob).map(SqlStore::decode);
    } catch (SQLException e) {
      throw fail("read article " + articleId, e);
    }
  }

  static Analysis decode(byte[] blob) {
    return AnalysisJson.fromJson(new String(ArticleRows.inflate(blob), StandardCharsets.UTF_8));
  }

  @Override
  public synchronized Optional<ArticleSummary> summary(String articleId) {
    ensureOpen();
    try {
      return Optional.ofNullable(db.first("SELECT " + ArticleRows.SUMMARY_COLUMNS + " FROM articles a WHERE a.id = ?",
          ArticleRows::summary, articleId));
    } catch (SQLException e) {
      throw fail("look up article " + articleId, e);
    }
  }

  @Override
  public synchronized Map<Integer, Long> entityActors(String articleId) {
    ensureOpen();
    try {
      Map<Integer, Long> out = new TreeMap<>();
      for (long[] row : db.query("SELECT aa.entity, aa.actor FROM article_actors aa JOIN articles a"
          + " ON a.seq = aa.article WHERE a.id = ?", rs -> new long[] {rs.getLong(1), rs.getLong(2)}, articleId)) {
        out.put((int) row[0], row[1]);
      }
      return Collections.unmodifiableMap(out);
    } catch (SQLException e) {
      throw fail("read the actors of article " + articleId, e);
    }
  }

  @Override
  public synchronized List<ArticleSummary> list(int offset, int limit) {
    ensureOpen();
    try {
      return db.query("SELECT " + ArticleRows.SUMMARY_COLUMNS + " FROM articles a ORDER BY a.seq LIMIT ? OFFSET ?",
          ArticleRows::summary, limit, offset);
    } catch (SQLException e) {
      throw fail("list articles", e);
    }
  }

  @Override
  public synchronized long count() {
    ensureOpen();
    try {
      return db.longValue("SELECT COUNT(*) FROM articles");
    } catch (SQLException e) {
      throw fail("count articles", e);
    }
  }

  @Override
  public synchronized void forEach(Consumer<Analysis> consumer) {
    ensureOpen();
    try {
      long after = 0;
      while (true) {
        List<Object[]> page = db.query("SELECT seq, analysis FROM articles WHERE seq > ? ORDER BY seq LIMIT 200",
            rs -> new Object[] {rs.getLong(1), rs.getBytes(2)}, after);
        if (page.isEmpty()) {
          return;
        }
        for (Object[] row : page) {
          consumer.accept(decode((byte[]) row[1]));
          after = (Long) row[0];
        }
      }
    } catch (SQLException e) {
      throw fail("read articles", e);
    }
  }

  @Override
  public synchronized Verification verify() {
    ensureOpen();
    try {
      long articles = db.longValue("SELECT COUNT(*) FROM articles");
      long distinct = db.longValue("SELECT COUNT(DISTINCT id) FROM articles");
      Map<String, Long> stored = new HashMap<>();
      for (Object[] r : db.query("SELECT id, seq FROM articles", rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
        stored.put((String) r[0], (Long) r[1]);
      }
      Map<String, Long> indexed = search.indexed(db.connection());
      List<String> missing = new ArrayList<>();
      List<String> extra = new ArrayList<>();
      for (Map.Entry<String, Long> e : stored.entrySet()) {
        Long s = indexed.get(e.getKey());
        if ((s == null || !s.equals(e.getValue())) && missing.size() < 20) {
          missing.add(e.getKey());
        }
      }
      for (Map.Entry<String, Long> e : indexed.entrySet()) {
        if (!e.getValue().equals(stored.get(e.getKey())) && extra.size() < 20) {
          extra.add(e.getKey());
        }
      }
      List<String> problems = new ArrayList<>();
      for (String t : Schema.perArticleTables()) {
        long orphans = db.longValue("SELECT COUNT(*) FROM " + t + " x WHERE NOT EXISTS"
            + " (SELECT 1 FROM articles a WHERE a.seq = x.article)");
        if (orphans > 0) {
          problems.add(orphans + " rows of " + t + " belong to no stored article");
        }
      }
      long miscounted = db.longValue("SELECT COUNT(*) FROM actors t WHERE t.articles <> (SELECT COUNT(DISTINCT x.article)"
          + " FROM article_actors x WHERE x.actor = t.id)");
      if (miscounted > 0) {
        problems.add(miscounted + " actors count other articles than they are linked to");
      }
      long loops = db.longValue("SELECT COUNT(*) FROM articles a JOIN articles b ON b.seq = a.dup_of WHERE b.dup_of IS NOT NULL");
      if (loops > 0) {
        problems.add(loops + " articles are copies of a copy");
      }
      long noStory = db.longValue("SELECT COUNT(*) FROM articles WHERE story IS NULL");
      if (noStory > 0) {
        problems.add(noStory + " articles have no story");
      }
      return new Verification(articles, distinct, indexed.size(), missing, extra, problems);
    } catch (SQLException e) {
      throw fail("verify", e);
    }
  }

  @Override
  public synchronized void flush() {
    ensureOpen();
    search.commit(lastIndexed);
  }

  @Override
  public synchronized SearchResult search(SearchQuery query) {
    ensureOpen();
    try {
      return queries.search(query);
    } catch (SQLException e) {
      throw fail("search", e);
    }
  }

  @Override
  public synchronized List<StatedTime> futureDates(List<String> articleIds) {
    ensureOpen();
    try {
      return queries.futureDates(articleIds);
    } catch (SQLException e) {
      throw fail("read the future dates of articles", e);
    }
  }

  @Override
  public synchronized List<ActorSummary> findActors(String name, int limit) {
    ensureOpen();
    try {
      return queries.findActors(name, limit);
    } catch (SQLException e) {
      throw fail("find actors", e);
    }
  }

  @Override
  public synchronized List<ActorSummary> topActors(int limit) {
    ensureOpen();
    try {
      return queries.topActors(limit);
    } catch (SQLException e) {
      throw fail("list actors", e);
    }
  }

  @Override
  public synchronized Optional<ActorProfile> actor(String nameOrId) {
    ensureOpen();
    try {
      return queries.actor(nameOrId);
    } catch (SQLException e) {
      throw fail("read actor " + nameOrId, e);
    }
  }

  @Override
  public synchronized List<TimelineEntry> timeline(TimelineQuery q) {
    ensureOpen();
    try {
      return queries.timeline(q);
    } catch (SQLException e) {
      throw fail("build the timeline", e);
    }
  }

  @Override
  public synchronized List<Deadline> deadlines(DeadlineQuery q) {
    ensureOpen();
    try {
      return queries.deadlines(q);
    } catch (SQLException e) {
      throw fail("list deadlines", e);
    }
  }

  @Override
  public synchronized List<StorySummary> stories(int limit) {
    ensureOpen();
    try {
      return queries.stories(limit);
    } catch (SQLException e) {
      throw fail("list stories", e);
    }
  }

  @Override
  public synchronized Optional<StoryView> story(long id) {
    ensureOpen();
    try {
      return queries.story(id);
    } catch (SQLException e) {
      throw fail("read story " + id, e);
    }
  }

  @Override
  public synchronized List<ClaimReport> sources(String query, int limit) {
    ensureOpen();
    try {
      return queries.sources(query, limit);
    } catch (SQLException e) {
      throw fail("find claims", e);
    }
  }

  @Override
  public synchronized Optional<ClaimReport> claim(String claimId) {
    ensureOpen();
    try {
      return queries.claim(claimId);
    } catch (SQLException e) {
      throw fail("read claim " + claimId, e);
    }
  }

  @Override
  public synchronized List<ClaimReport> corroborated(int limit) {
    ensureOpen();
    try {
      return queries.related("CORROBORATES", limit);
    } catch (SQLException e) {
      throw fail("list corroborated claims", e);
    }
  }

  @Override
  public synchronized List<ClaimReport> contradictions(int limit) {
    ensureOpen();
    try {
      return queries.related("CONTRADICTS", limit);
    } catch (SQLException e) {
      throw fail("list contradictions", e);
    }
  }

  @Override
  public synchronized List<ClaimView> anonymousClaims(int limit) {
    ensureOpen();
    try {
      return queries.anonymousClaims(limit);
    } catch (SQLException e) {
      throw fail("list anonymous claims", e);
    }
  }

  @Override
  public synchronized List<FigureView> figures(String query, String unit, int limit) {
    ensureOpen();
    try {
      return queries.figures(query, unit, limit);
    } catch (SQLException e) {
      throw fail("list figures", e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    StoreException failure = null;
    try {
      search.commit(lastIndexed);
      search.close();
    } catch (IOException | RuntimeException e) {
      failure = new StoreException("cannot close the search index of " + description + ": " + e.getMessage(), e);
    }
    afterCommit.close(); // before the connection: the last one to close checkpoints the log
    try {
      db.close();
    } catch (SQLException e) {
      if (failure == null) {
        failure = new StoreException("cannot close " + description + ": " + e.getMessage(), e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new StoreException("the store at " + description + " is closed");
    }
  }

  private StoreException fail(String what, SQLException e) {
    return new StoreException("cannot " + what + " in " + description + ": " + e.getMessage(), e);
  }
}
