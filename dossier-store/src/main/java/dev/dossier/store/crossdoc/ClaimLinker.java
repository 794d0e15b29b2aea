package dev.dossier.store.crossdoc;

import dev.dossier.model.Analysis;
import dev.dossier.model.Attribution;
import dev.dossier.model.Entity;
import dev.dossier.model.Extent;
import dev.dossier.model.Figure;
import dev.dossier.model.Layers;
import dev.dossier.model.SourceKind;
import dev.dossier.model.TimeExpression;
import dev.dossier.store.sql.Db;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Records an article's claims (its attributions and figures) and links them to the claims of
 * other articles by {@link ClaimRules}. Statements are found through MinHash bands of their
 * content words, figures through their measure. Not thread-safe; runs inside the store's write
 * transaction.
 */
public final class ClaimLinker {

  static final MinHash MINHASH = new MinHash(12, 6, 0xC1A1_5EEDL);
  /** Most statements sharing a band that are compared with a new one. */
  private static final int STATEMENT_CANDIDATES = 300;
  /** Most earlier figures of the same measure, unit and period compared with a new one. */
  private static final int FIGURE_CANDIDATES = 200;
  private static final int IN_CHUNK = 50;
  private static final Set<String> DENIAL_CUES = Set.of("deny", "reject", "dispute", "refute", "dismiss");

  private static final int CACHED_STATEMENTS = 1 << 18;

  private static final String INSERT = "INSERT INTO claims (article, kind, idx, source_key, source_label,"
      + " source_kind, anonymous, text, norm, negated, measure_key, unit, value, period, day, grp, story";

  private final Db db;
  private final StatementCache cache = new StatementCache(CACHED_STATEMENTS);
  /** The ids of new claims, when the store lets the writer give them; forgotten on rollback. */
  private final IdSequence newIds;
  /** Claim rows of the article being linked, with their ids, inserted in one batch at its end. */
  private final List<Object[]> pending = new ArrayList<>();
  /** {@code claim_bands} in memory (null: read it first). */
  private BandIndex bands;
  /** Rows of {@code claim_bands} held back until the transaction ends ({@link #flush}); {@link #bands} has them. */
  private final List<long[]> heldBands = new ArrayList<>();

  public ClaimLinker(Db db) {
    this.db = db;
    this.newIds = new IdSequence(db, "claims");
  }

  /**
   * @param actors actor id of each resolved entity index
   * @param group the article's duplicate group
   * @param story the article's story
   */
  public void link(long seq, Analysis a, LocalDate day, Map<Integer, Long> actors, long group, long story)
      throws SQLException {
    String outletKey = a.article().outlet() == null ? "unknown" : Terms.normalizeName(a.article().outlet());
    String outletLabel = a.article().outlet() == null ? "(the article)" : a.article().outlet();
    List<Attribution> ats = a.layer(Layers.ATTRIBUTIONS);
    List<Entity> entities = a.layer(Layers.ENTITIES);
    Long dayValue = day == null ? null : day.toEpochDay();
    List<Object[]> bandRows = new ArrayList<>();
    List<Object[]> links = new ArrayList<>();
    for (int i = 0; i < ats.size(); i++) {
      linkStatement(seq, i, ats.get(i), entities, actors, outletKey, outletLabel, dayValue, group, story,
          bandRows, links);
    }
    List<Figure> figs = a.layer(Layers.FIGURES);
    List<TimeExpression> times = a.layer(Layers.TIMES);
    for (int j = 0; j < figs.size(); j++) {
      linkFigure(seq, j, figs.get(j), ats, entities, times, actors, outletKey, outletLabel, day, dayValue, group,
          story, links);
    }
    db.batch(INSERT + ", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", pending);
    pending.clear();
    for (Object[] r : bandRows) {
      bands().add((Long) r[0], (Long) r[1]);
      heldBands.add(new long[] {(Long) r[0], (Long) r[1]}); // written at the end of the transaction
    }
    db.batch("INSERT INTO claim_links (a, b, relation, score) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", links);
  }

  /**
   * Records statement {@code i} (attribution {@code at}) and relates it to the stored statements
   * sharing a band. Split from {@link #link} so that the JIT compiles each loop body on its own: a
   * method this size, inlined whole, was compiled and recompiled by C2 for seconds at a time.
   */
  private void linkStatement(long seq, int i, Attribution at, List<Entity> entities, Map<Integer, Long> actors,
      String outletKey, String outletLabel, Long dayValue, long group, long story, List<Object[]> bandRows,
      List<Object[]> links) throws SQLException {
    String content = at.content().text();
    Set<String> terms = Terms.claimTerms(content);
    boolean negated = Terms.negated(content)
        || (at.cueLemma() != null && DENIAL_CUES.contains(at.cueLemma().toLowerCase(Locale.ROOT)));
    String[] source = source(at, entities, actors, outletKey, outletLabel);
    long id = insert(seq, "statement", i, source[0], source[1], at.sourceKind(), at.anonymous(), content,
        terms, negated, null, null, null, null, dayValue, group, story);
    Claim c = new Claim(id, seq, group, story, false, source[0], terms, negated, null, null, 0, null);
    if (terms.size() >= ClaimRules.MIN_SHARED) {
      cache.put(c);
      long[] bands = MINHASH.bandKeys(MINHASH.signatureOf(terms));
      // SELECT DISTINCT claim FROM claim_bands WHERE band_key IN (...) LIMIT 300, from memory
      List<Long> cands = bands().sharing(bands, STATEMENT_CANDIDATES);
      relateAll(c, statements(cands, seq), links);
      for (long b : bands) {
        bandRows.add(new Object[] {b, id});
      }
    }
  }

  /** Records figure {@code j} and relates it to the stored figures of its measure (see {@link #linkStatement}). */
  private void linkFigure(long seq, int j, Figure f, List<Attribution> ats, List<Entity> entities,
      List<TimeExpression> times, Map<Integer, Long> actors, String outletKey, String outletLabel, LocalDate day,
      Long dayValue, long group, long story, List<Object[]> links) throws SQLException {
    String[] source;
    SourceKind kind = SourceKind.OTHER;
    boolean anonymous = false;
    if (f.attribution() != null && f.attribution() < ats.size()) {
      Attribution at = ats.get(f.attribution());
      // "the same survey" names no entity; the figure stage found which poll it is
      source = at.sourceEntity() == null && f.sourceEntity() != null && f.sourceEntity() < entities.size()
          ? entitySource(f.sourceEntity(), entities, actors)
          : source(at, entities, actors, outletKey, outletLabel);
      kind = at.sourceKind();
      anonymous = at.anonymous();
    } else if (f.sourceEntity() != null && f.sourceEntity() < entities.size()) {
      source = entitySource(f.sourceEntity(), entities, actors);
      kind = SourceKind.POLL_OR_DOCUMENT;
    } else {
      source = new String[] {"outlet:" + outletKey, outletLabel};
      kind = SourceKind.OUTLET;
    }
    String measureKey = f.measure() == null ? null
        : key(f.measure()) + "|" + key(f.of()) + "|" + key(f.among());
    String period = f.time() != null && f.time() < times.size() ? times.get(f.time()).value()
        : day == null ? null : day.toString().substring(0, 7);
    String text = describe(f);
    Set<String> terms = Terms.claimTerms(text);
    long id = insert(seq, "figure", j, source[0], source[1], kind, anonymous, text, terms, false, measureKey,
        f.unit(), f.value(), period, dayValue, group, story);
    if (measureKey != null) {
      Claim c = new Claim(id, seq, group, story, true, source[0], terms, false, measureKey, f.unit(), f.value(), period);
      relateAll(c, figures(c), links);
    }
  }

  /**
   * The stored figures {@link ClaimRules} could relate to {@code c}, by keyed lookup: the same
   * measure, unit and period, and for a figure that does not say what it is a figure of, the same
   * story. The most recent {@value #FIGURE_CANDIDATES} at most.
   */
  private List<Claim> figures(Claim c) throws SQLException {
    String sql = "SELECT id, article, grp, story, source_key, value FROM claims WHERE measure_key = ?"
        + (c.hasOf() ? "" : " AND story = ?")
        + " AND article <> ? AND COALESCE(unit, '') = ? AND COALESCE(period, '') = ? ORDER BY id DESC LIMIT "
        + FIGURE_CANDIDATES;
    List<Object> args = new ArrayList<>(List.of(c.measureKey()));
    if (!c.hasOf()) {
      args.add(c.story());
    }
    args.addAll(List.of(c.article(), c.unit() == null ? "" : c.unit(), c.period() == null ? "" : c.period()));
    return db.query(sql, rs -> new Claim(rs.getLong(1), rs.getLong(2), rs.getLong(3), storyOf(rs),
        true, rs.getString(5), Set.of(), false, c.measureKey(), c.unit(), rs.getDouble(6), c.period()),
        args.toArray());
  }

  /**
   * The stored statements of {@code ids} from other articles: from the cache, the others read
   * from the claims table alone and cached (a statement's row never changes while it is stored).
   */
  private List<Claim> statements(List<Long> ids, long seq) throws SQLException {
    List<Claim> out = new ArrayList<>(ids.size()); // ids are distinct: the cached ones, then those read
    List<Long> missing = new ArrayList<>();
    for (Long id : ids) {
      Claim c = cache.get(id);
      if (c == null) {
        missing.add(id);
      } else {
        out.add(c);
      }
    }
    for (Claim c : db.queryIn("SELECT id, article, grp, story, source_key, norm, negated FROM claims WHERE id IN IN_LIST",
        missing, IN_CHUNK, rs -> {
          String norm = rs.getString(6);
          Set<String> terms = norm.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(norm.split(" ")));
          return new Claim(rs.getLong(1), rs.getLong(2), rs.getLong(3), storyOf(rs), false,
              rs.getString(5), terms, rs.getInt(7) != 0, null, null, 0, null);
        })) {
      cache.put(c);
      out.add(c);
    }
    List<Claim> others = new ArrayList<>(out.size());
    for (Claim c : out) {
      if (c.article() != seq) {
        others.add(c);
      }
    }
    return others;
  }

  private BandIndex bands() throws SQLException {
    if (bands == null) {
      bands = BandIndex.load(db, "claim_bands", "claim");
    }
    return bands;
  }

  /** Writes the band rows held back since the last call, in key order; before the transaction commits. */
  public void flush() throws SQLException {
    db.batch("INSERT INTO claim_bands (band_key, claim) VALUES (?, ?) ON CONFLICT DO NOTHING",
        DuplicateDetector.sortedRows(heldBands));
    heldBands.clear();
  }

  /** Forgets the cached statements and the next id (after a rollback, or when an article is replaced). */
  public void forget() {
    heldBands.clear();
    cache.clear();
    newIds.forget();
    pending.clear();
    bands = null;
  }

  /** "48% approval of the government among voters". */
  static String describe(Figure f) {
    StringBuilder sb = new StringBuilder(f.text());
    if (f.measure() != null) {
      sb.append(' ').append(f.measure().text());
    }
    if (f.of() != null) {
      sb.append(" of ").append(f.of().text());
    }
    if (f.among() != null) {
      sb.append(" among ").append(f.among().text());
    }
    return sb.toString();
  }

  private static String key(Extent e) {
    if (e == null) {
      return "";
    }
    List<String> t = new ArrayList<>(new LinkedHashSet<>(Terms.content(e.text())));
    t.sort(null);
    return String.join(" ", t);
  }

  /** {key, label} of who ultimately says an attributed claim. */
  private static String[] source(Attribution at, List<Entity> entities, Map<Integer, Long> actors,
      String outletKey, String outletLabel) {
    if (at.sourceEntity() != null && at.sourceEntity() < entities.size()) {
      String[] s = entitySource(at.sourceEntity(), entities, actors);
      if (at.source() != null && at.sourceKind() != SourceKind.OUTLET) {
        s[1] = at.source().text();
      }
      return s;
    }
    if (at.source() != null) {
      String n = Terms.normalizeName(at.source().text());
      if (at.anonymous()) {
        return new String[] {"anon:" + n + "@" + outletKey, at.source().text()};
      }
      if (at.sourceKind() == SourceKind.OUTLET) {
        return new String[] {"outlet:" + n, at.source().text()};
      }
      return new String[] {"name:" + n, at.source().text()};
    }
    return new String[] {"outlet:" + outletKey, outletLabel};
  }

  private static String[] entitySource(int idx, List<Entity> entities, Map<Integer, Long> actors) {
    Entity e = entities.get(idx);
    if ("outlet".equals(e.category())) {
      return new String[] {"outlet:" + Terms.normalizeName(e.name()), e.name()};
    }
    Long actor = actors.get(idx);
    return new String[] {actor != null ? "actor:" + actor : "name:" + Terms.normalizeName(e.name()), e.name()};
  }

  /**
   * The claim's id: given by the store and its row queued for the article's batch when the
   * dialect allows ({@link dev.dossier.store.sql.Dialect#lastIdSql}), else inserted now.
   */
  private long insert(long seq, String kind, int idx, String sourceKey, String label, SourceKind sk, boolean anon,
      String text, Set<String> terms, boolean negated, String measureKey, String unit, Double value, String period,
      Long day, long group, long story) throws SQLException {
    Object[] row = {seq, kind, idx, sourceKey, label, sk.name(), anon ? 1 : 0, text, String.join(" ", terms),
        negated ? 1 : 0, measureKey, unit, value, period, day, group, story, null};
    if (!newIds.available()) {
      return db.longValue(INSERT + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          Arrays.copyOf(row, row.length - 1));
    }
    long id = newIds.next();
    row[row.length - 1] = id;
    pending.add(row);
    return id;
  }

  private static Long storyOf(ResultSet rs) throws SQLException {
    long story = rs.getLong("story");
    return rs.wasNull() ? null : story;
  }

  private static void relateAll(Claim c, List<Claim> others, List<Object[]> links) {
    for (Claim o : others) {
      if (o.id() == c.id()) {
        continue;
      }
      ClaimRules.Link l = ClaimRules.relate(c, o);
      if (l != null) {
        links.add(new Object[] {Math.min(c.id(), o.id()), Math.max(c.id(), o.id()), l.relation().name(), l.score()});
      }
    }
  }

  private static final String CLAIM_COLUMNS = "SELECT c.id, c.article, c.kind, c.source_key, c.norm,"
      + " c.negated, c.measure_key, c.unit, c.value, c.period, ar.dup_of, ar.story"
      + " FROM claims c JOIN articles ar ON ar.seq = c.article";

  /** The stored claims of {@code ids} (those that exist), in one query, ordered by id. */
  List<Claim> loadAll(List<Long> ids) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    return db.query(CLAIM_COLUMNS + " WHERE c.id IN " + Db.placeholders(ids.size()) + " ORDER BY c.id",
        ClaimLinker::claim, ids.toArray());
  }

  /** A stored claim with its article's group and story, or null. */
  public Claim load(long id) throws SQLException {
    return db.first(CLAIM_COLUMNS + " WHERE c.id = ?", ClaimLinker::claim, id);
  }

  private static Claim claim(ResultSet rs) throws SQLException {
    long article = rs.getLong("article");
    long dup = rs.getLong("dup_of");
    long group = rs.wasNull() ? article : dup;
    long story = rs.getLong("story");
    Long st = rs.wasNull() ? null : story;
    String norm = rs.getString("norm");
    Set<String> terms = norm.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(norm.split(" ")));
    return new Claim(rs.getLong("id"), article, group, st, rs.getString("kind").equals("figure"),
        rs.getString("source_key"), terms, rs.getInt("negated") != 0, rs.getString("measure_key"),
        rs.getString("unit"), rs.getDouble("value"), rs.getString("period"));
  }
}
