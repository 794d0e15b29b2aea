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
  private static final Set<String> DENIAL_CUES = Set.of("deny", "reject", "dispute", "refute", "dismiss");

  private final Db db;

  public ClaimLinker(Db db) {
    this.db = db;
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
    for (int i = 0; i < ats.size(); i++) {
      Attribution at = ats.get(i);
      String content = at.content().text();
      Set<String> terms = Terms.contentSet(content);
      boolean negated = Terms.negated(content)
          || (at.cueLemma() != null && DENIAL_CUES.contains(at.cueLemma().toLowerCase(Locale.ROOT)));
      String[] source = source(at, entities, actors, outletKey, outletLabel);
      long id = insert(seq, "statement", i, source[0], source[1], at.sourceKind(), at.anonymous(), content,
          terms, negated, null, null, null, null, dayValue);
      Claim c = new Claim(id, seq, group, story, false, source[0], terms, negated, null, null, 0, null);
      if (terms.size() >= ClaimRules.MIN_SHARED) {
        long[] bands = MINHASH.bandKeys(MINHASH.signatureOf(terms));
        List<Object> args = new ArrayList<>();
        for (long b : bands) {
          args.add(b);
        }
        List<Long> cands = db.query("SELECT DISTINCT claim FROM claim_bands WHERE band_key IN "
            + Db.placeholders(bands.length) + " LIMIT 500", rs -> rs.getLong(1), args.toArray());
        linkAll(c, cands);
        List<Object[]> rows = new ArrayList<>();
        for (long b : bands) {
          rows.add(new Object[] {b, id});
        }
        db.batch("INSERT INTO claim_bands (band_key, claim) VALUES (?, ?) ON CONFLICT DO NOTHING", rows);
      }
    }
    List<Figure> figs = a.layer(Layers.FIGURES);
    List<TimeExpression> times = a.layer(Layers.TIMES);
    for (int j = 0; j < figs.size(); j++) {
      Figure f = figs.get(j);
      String[] source;
      SourceKind kind = SourceKind.OTHER;
      boolean anonymous = false;
      if (f.attribution() != null && f.attribution() < ats.size()) {
        Attribution at = ats.get(f.attribution());
        source = source(at, entities, actors, outletKey, outletLabel);
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
      Set<String> terms = Terms.contentSet(text);
      long id = insert(seq, "figure", j, source[0], source[1], kind, anonymous, text, terms, false, measureKey,
          f.unit(), f.value(), period, dayValue);
      if (measureKey != null) {
        Claim c = new Claim(id, seq, group, story, true, source[0], terms, false, measureKey, f.unit(), f.value(), period);
        // ClaimRules relates figures only of the same unit and period: let the database say which
        List<Long> cands = db.query("SELECT id FROM claims WHERE measure_key = ? AND article <> ?"
            + " AND COALESCE(unit, '') = ? AND COALESCE(period, '') = ? LIMIT 500",
            rs -> rs.getLong(1), measureKey, seq, f.unit() == null ? "" : f.unit(),
            period == null ? "" : period);
        linkAll(c, cands);
      }
    }
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

  private long insert(long seq, String kind, int idx, String sourceKey, String label, SourceKind sk, boolean anon,
      String text, Set<String> terms, boolean negated, String measureKey, String unit, Double value, String period,
      Long day) throws SQLException {
    return db.longValue("INSERT INTO claims (article, kind, idx, source_key, source_label, source_kind, anonymous,"
        + " text, norm, negated, measure_key, unit, value, period, day)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        seq, kind, idx, sourceKey, label, sk.name(), anon ? 1 : 0, text, String.join(" ", terms), negated ? 1 : 0,
        measureKey, unit, value, period, day);
  }

  private void linkAll(Claim c, List<Long> candidateIds) throws SQLException {
    List<Long> others = new ArrayList<>(candidateIds.size());
    for (long other : candidateIds) {
      if (other != c.id()) {
        others.add(other);
      }
    }
    for (Claim o : loadAll(others)) {
      ClaimRules.Link l = ClaimRules.relate(c, o);
      if (l == null) {
        continue;
      }
      long x = Math.min(c.id(), o.id());
      long y = Math.max(c.id(), o.id());
      db.update("INSERT INTO claim_links (a, b, relation, score) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
          x, y, l.relation().name(), l.score());
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
