package dev.dossier.store.sql;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Entity;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.model.json.AnalysisJson;
import dev.dossier.store.ArticleSummary;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** Writes and reads the article row and the layer rows of one article. Stateless. */
final class ArticleRows {
  private ArticleRows() {}

  static final String SUMMARY_COLUMNS =
      "a.seq, a.id, a.title, a.outlet, a.published, a.day, a.url, a.story, "
          + "(SELECT d.id FROM articles d WHERE d.seq = a.dup_of) AS dup_id";

  static ArticleSummary summary(ResultSet rs) throws SQLException {
    Long day = Jdbc.longOrNull(rs, "day");
    return new ArticleSummary(rs.getLong("seq"), rs.getString("id"), rs.getString("title"),
        rs.getString("outlet"), rs.getString("published"), day == null ? null : LocalDate.ofEpochDay(day),
        rs.getString("url"), Jdbc.longOrNull(rs, "story"), rs.getString("dup_id"));
  }

  /** The publication day of an article, or null. */
  static LocalDate day(Article a) {
    try {
      return a.published() == null ? null : a.published().anchorDate();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The stored form of an analysis: its JSON, deflated. Thread-safe. */
  static byte[] blob(Analysis an) {
    return deflate(AnalysisJson.toJson(an, false).getBytes(StandardCharsets.UTF_8));
  }

  private static final String INSERT = "INSERT INTO articles (id, content_hash, url, outlet, outlet_key, title,"
      + " author, published, precision, day, month, language, origin_source, origin_format, origin_line,"
      + " origin_record, origin_warc, text, analysis, ingested_at";

  /**
   * Inserts the article row with its {@link #blob} and returns its new sequence number, given by
   * the database; what linking finds is written afterwards ({@link #updateLinks}).
   */
  static long insertArticle(Db db, Analysis an, byte[] json, long now) throws SQLException {
    PreparedStatement ps = db.ps(INSERT + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        + " RETURNING seq");
    bindArticle(ps, an, json, now);
    try (ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("INSERT ... RETURNING gave no sequence number for article " + an.article().id());
      }
      return rs.getLong(1);
    }
  }

  /**
   * Inserts the article row under a sequence number the writer gave, after linking, with what
   * linking found: one statement instead of an insert and the updates of {@link #updateLinks}.
   */
  static void insertArticle(Db db, Analysis an, byte[] json, long now, long seq, Links links) throws SQLException {
    long t0 = Db.profileStart();
    PreparedStatement ps = db.ps(INSERT + ", minhash, dup_of, dup_score, story, seq)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int i = bindArticle(ps, an, json, now);
    ps.setBytes(i++, links.minhash());
    Jdbc.bind(ps, i++, links.dupOf(), ColType.INT);
    Jdbc.bind(ps, i++, links.dupScore(), ColType.REAL);
    ps.setLong(i++, links.story());
    ps.setLong(i, seq);
    ps.executeUpdate();
    Db.profileEnd("INSERT INTO articles ... seq", t0, 1);
  }

  /** Writes what linking found into a stored article row. */
  static void updateLinks(Db db, long seq, Links links) throws SQLException {
    db.update("UPDATE articles SET minhash = ?, dup_of = ?, dup_score = ?, story = ? WHERE seq = ?",
        links.minhash(), links.dupOf(), links.dupScore(), links.story(), seq);
  }

  /**
   * The columns of an article row that linking fills in.
   *
   * @param minhash the near-duplicate signature ({@code MinHash.toBytes})
   * @param dupOf the original it copies, or null
   * @param dupScore the similarity to it, or null
   * @param story its story
   */
  record Links(byte[] minhash, Long dupOf, Double dupScore, long story) {}

  /** Binds the article's own columns from 1; returns the next parameter index. */
  private static int bindArticle(PreparedStatement ps, Analysis an, byte[] json, long now) throws SQLException {
    Article a = an.article();
    LocalDate day = day(a);
    int i = 1;
    ps.setString(i++, a.id());
    ps.setString(i++, a.contentHash());
    Jdbc.bind(ps, i++, a.url(), ColType.TEXT);
    Jdbc.bind(ps, i++, a.outlet(), ColType.TEXT);
    Jdbc.bind(ps, i++, outletKey(a.outlet()), ColType.TEXT);
    Jdbc.bind(ps, i++, a.title(), ColType.TEXT);
    Jdbc.bind(ps, i++, a.author(), ColType.TEXT);
    Jdbc.bind(ps, i++, a.published() == null ? null : a.published().value(), ColType.TEXT);
    Jdbc.bind(ps, i++, a.published() == null ? null : a.published().precision(), ColType.TEXT);
    Jdbc.bind(ps, i++, day == null ? null : day.toEpochDay(), ColType.INT);
    Jdbc.bind(ps, i++, day == null ? null : day.toString().substring(0, 7), ColType.TEXT);
    ps.setString(i++, a.language());
    ps.setString(i++, a.origin().source());
    ps.setString(i++, a.origin().format());
    Jdbc.bind(ps, i++, a.origin().line(), ColType.INT);
    Jdbc.bind(ps, i++, a.origin().record(), ColType.INT);
    Jdbc.bind(ps, i++, a.origin().warcRecordId(), ColType.TEXT);
    ps.setString(i++, a.text());
    ps.setBytes(i++, json);
    ps.setLong(i++, now);
    return i;
  }

  /** The lower-cased outlet used for filtering, or null. */
  static String outletKey(String outlet) {
    return outlet == null ? null : outlet.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** Inserts every layer's rows, entity roles and stage runs. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static void insertLayers(Db db, long seq, Analysis an) throws SQLException {
    for (LayerKey<?> k : Layers.ALL) {
      List<?> records = an.layer(k);
      if (records.isEmpty()) {
        continue;
      }
      Table t = LayerTables.BY_LAYER.get(k);
      if (t != null) {
        insertAll(db, t, seq, records);
      }
    }
    List<LayerTables.RoleRow> roles = new ArrayList<>();
    List<Entity> entities = an.layer(Layers.ENTITIES);
    for (int e = 0; e < entities.size(); e++) {
      for (var r : entities.get(e).roles()) {
        roles.add(new LayerTables.RoleRow(e, r));
      }
    }
    if (!roles.isEmpty()) {
      insertAll(db, LayerTables.ENTITY_ROLES, seq, roles);
    }
    if (!an.runs().isEmpty()) {
      insertAll(db, LayerTables.STAGE_RUNS, seq, an.runs());
    }
  }

  private static <T> void insertAll(Db db, Table<T> t, long seq, List<T> records) throws SQLException {
    long t0 = Db.profileStart();
    PreparedStatement ps = db.ps(t.insertSql());
    for (int i = 0; i < records.size(); i++) {
      t.addBatch(ps, seq, i, records.get(i));
    }
    ps.executeBatch();
    Db.profileEnd(t.insertSql(), t0, records.size());
  }

  /** Deletes every per-article row of {@code seq}, including cross-document rows. */
  static void delete(Db db, long seq) throws SQLException {
    // the actors' counters lose this article (its actors are linked again if it is stored anew)
    db.update("UPDATE actors SET articles = articles - 1, mentions = mentions - (SELECT SUM(x.mentions)"
        + " FROM article_actors x WHERE x.article = ? AND x.actor = actors.id)"
        + " WHERE id IN (SELECT actor FROM article_actors WHERE article = ?)", seq, seq);
    for (String t : Schema.perArticleTables()) {
      db.update("DELETE FROM " + t + " WHERE article = ?", seq);
    }
    db.update("DELETE FROM resolutions WHERE by_article = ?", seq);
    db.update("DELETE FROM claim_bands WHERE claim IN (SELECT id FROM claims WHERE article = ?)", seq);
    db.update("DELETE FROM claim_links WHERE a IN (SELECT id FROM claims WHERE article = ?)"
        + " OR b IN (SELECT id FROM claims WHERE article = ?)", seq, seq);
    db.update("DELETE FROM claims WHERE article = ?", seq);
    db.update("UPDATE stories SET size = size - 1 WHERE id = (SELECT story FROM articles WHERE seq = ?)", seq);
    db.update("UPDATE articles SET dup_of = NULL, dup_score = NULL WHERE dup_of = ?", seq);
    db.update("DELETE FROM articles WHERE seq = ?", seq);
  }

  /**
   * One deflater and output buffer per thread, reset between uses: a new {@code Deflater} per
   * article allocated and cleared zlib's state (some 270 kB) each time. The output is the same
   * as a fresh deflater's.
   */
  private static final ThreadLocal<Deflating> DEFLATING = ThreadLocal.withInitial(Deflating::new);

  private static final class Deflating {
    final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    byte[] out = new byte[1 << 16];
  }

  /** The input deflated with {@link Deflater#BEST_SPEED} (zlib format). Thread-safe. */
  static byte[] deflate(byte[] in) {
    Deflating z = DEFLATING.get();
    Deflater d = z.deflater;
    d.reset();
    d.setInput(in);
    d.finish();
    int n = 0;
    while (!d.finished()) {
      if (n == z.out.length) {
        z.out = Arrays.copyOf(z.out, z.out.length * 2);
      }
      n += d.deflate(z.out, n, z.out.length - n);
    }
    d.reset(); // drops the reference to the input
    byte[] result = Arrays.copyOf(z.out, n);
    if (z.out.length > 1 << 22) {
      z.out = new byte[1 << 16]; // an unusually large article: do not keep its buffer
    }
    return result;
  }

  static byte[] inflate(byte[] in) {
    Inflater inf = new Inflater();
    try {
      inf.setInput(in);
      ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * 4);
      byte[] buf = new byte[16384];
      while (!inf.finished()) {
        int n = inf.inflate(buf);
        if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
          throw new IllegalStateException("truncated analysis blob");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new IllegalStateException("corrupt analysis blob: " + e.getMessage(), e);
    } finally {
      inf.end();
    }
  }
}
