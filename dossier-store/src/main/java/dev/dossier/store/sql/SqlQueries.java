package dev.dossier.store.sql;

import dev.dossier.model.Modality;
import dev.dossier.model.SourceKind;
import dev.dossier.store.ArticleSummary;
import dev.dossier.store.crossdoc.Claim;
import dev.dossier.store.crossdoc.ClaimLinker;
import dev.dossier.store.crossdoc.ClaimRules;
import dev.dossier.store.crossdoc.DuePeriod;
import dev.dossier.store.crossdoc.Terms;
import dev.dossier.store.query.ActorProfile;
import dev.dossier.store.query.ActorSummary;
import dev.dossier.store.query.ClaimRelation;
import dev.dossier.store.query.ClaimReport;
import dev.dossier.store.query.ClaimView;
import dev.dossier.store.query.Deadline;
import dev.dossier.store.query.DeadlineQuery;
import dev.dossier.store.query.EventView;
import dev.dossier.store.query.FigureView;
import dev.dossier.store.query.QuotedBy;
import dev.dossier.store.query.RoleView;
import dev.dossier.store.query.StorySummary;
import dev.dossier.store.query.StatedTime;
import dev.dossier.store.query.StoryView;
import dev.dossier.store.query.TimelineEntry;
import dev.dossier.store.query.TimelineQuery;
import dev.dossier.store.search.FacetCount;
import dev.dossier.store.search.Hits;
import dev.dossier.store.search.SearchHit;
import dev.dossier.store.search.SearchQuery;
import dev.dossier.store.search.SearchResult;
import dev.dossier.store.search.TextSearch;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The store's read queries, in portable SQL. Not thread-safe: {@link SqlStore} serialises calls. */
final class SqlQueries {

  private static final Pattern CLAIM_ID = Pattern.compile("([0-9a-f]+):([af])(\\d+)");
  private static final String ACTOR_COLUMNS = "id, name, type, kb_id, articles, mentions, first_day, last_day";

  private final Db db;
  private final TextSearch search;
  private final ClaimLinker claims;

  SqlQueries(Db db, TextSearch search) {
    this.db = db;
    this.search = search;
    this.claims = new ClaimLinker(db);
  }

  // ---- search

  SearchResult search(SearchQuery q) throws SQLException {
    Set<Long> actorIds = q.actor() == null ? null : actorIds(q.actor());
    Hits h = search.search(db.connection(), q, actorIds);
    Map<Long, Object[]> rows = new HashMap<>();
    if (!h.seqs().isEmpty()) {
      for (Object[] r : db.query("SELECT " + ArticleRows.SUMMARY_COLUMNS + ", a.text FROM articles a WHERE a.seq IN "
          + Db.placeholders(h.seqs().size()), rs -> new Object[] {ArticleRows.summary(rs), rs.getString("text")},
          h.seqs().toArray())) {
        rows.put(((ArticleSummary) r[0]).seq(), r);
      }
    }
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < h.seqs().size(); i++) {
      Object[] r = rows.get(h.seqs().get(i));
      if (r != null) {
        hits.add(new SearchHit((ArticleSummary) r[0], h.scores().get(i), snippet((String) r[1], q.text())));
      }
    }
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>(h.facets());
    List<FacetCount> actorFacet = facets.get(SearchResult.ACTOR);
    if (actorFacet != null) {
      List<FacetCount> named = new ArrayList<>();
      for (FacetCount f : actorFacet) {
        String name = db.first("SELECT name FROM actors WHERE id = ?", rs -> rs.getString(1), Long.parseLong(f.value()));
        named.add(new FacetCount(name == null ? f.value() : name, f.count()));
      }
      facets.put(SearchResult.ACTOR, named);
    }
    return new SearchResult(h.total(), hits, facets);
  }

  static String snippet(String text, String query) {
    String lower = text.toLowerCase(Locale.ROOT);
    int at = -1;
    if (query != null) {
      for (String w : Terms.words(query)) {
        if (w.length() < 3) {
          continue;
        }
        Matcher m = Pattern.compile("\\b" + Pattern.quote(w)).matcher(lower);
        if (m.find() && (at < 0 || m.start() < at)) {
          at = m.start();
        }
      }
    }
    int from = at < 0 ? 0 : Math.max(0, at - 80);
    int to = Math.min(text.length(), from + 240);
    while (from > 0 && from < text.length() && !Character.isWhitespace(text.charAt(from - 1))) {
      from++;
    }
    String s = Spaces.collapse(text.substring(Math.min(from, to), to)).strip();
    return (from > 0 ? "…" : "") + s + (to < text.length() ? "…" : "");
  }

  // ---- actors

  private static ActorSummary actor(ResultSet rs) throws SQLException {
    Long f = Jdbc.longOrNull(rs, "first_day");
    Long l = Jdbc.longOrNull(rs, "last_day");
    return new ActorSummary(rs.getLong("id"), rs.getString("name"), rs.getString("type"), rs.getString("kb_id"),
        rs.getLong("articles"), rs.getLong("mentions"), f == null ? null : LocalDate.ofEpochDay(f),
        l == null ? null : LocalDate.ofEpochDay(l));
  }

  List<ActorSummary> findActors(String name, int limit) throws SQLException {
    Map<Long, ActorSummary> out = new LinkedHashMap<>();
    if (name.strip().matches("\\d+")) {
      for (ActorSummary a : db.query("SELECT " + ACTOR_COLUMNS + " FROM actors WHERE id = ?", SqlQueries::actor,
          Long.parseLong(name.strip()))) {
        out.put(a.id(), a);
      }
    }
    if (out.size() >= limit) {
      // an id names one actor: no need to look further
      return new ArrayList<>(out.values());
    }
    String norm = Terms.normalizeName(name);
    // a title is not part of the name: "Mr Blair" is Blair (the full text first: "Sir" alone, or an actor so named)
    String bare = Terms.withoutHonorific(norm);
    if (!norm.isEmpty()) {
      List<ActorSummary> exact = db.query("SELECT " + ACTOR_COLUMNS + " FROM actors WHERE kb_id = ? OR norm = ?"
          + " ORDER BY articles DESC, id LIMIT ?", SqlQueries::actor, name.strip(), norm, limit);
      List<ActorSummary> named = new ArrayList<>();
      if (!bare.equals(norm)) {
        named.addAll(db.query("SELECT " + ACTOR_COLUMNS + " FROM actors WHERE norm = ? ORDER BY articles DESC, id LIMIT ?",
            SqlQueries::actor, bare, limit));
      }
      named.addAll(db.query("SELECT " + ACTOR_COLUMNS + " FROM actors WHERE last_token = ? ORDER BY articles DESC, id LIMIT ?",
          SqlQueries::actor, bare, limit));
      if (bare.indexOf(' ') < 0) {
        // a one-word name is the actors so named or called so, the persons of that last name and
        // the party it may stand for ("Tory"), those in most articles first ("Brown": Gordon Brown
        // before a lone "Brown"); a knowledge-base id still first
        add(out, exact.stream().filter(a -> name.strip().equals(a.kbId())).toList());
        named.addAll(exact);
        named.addAll(db.query("SELECT " + ACTOR_COLUMNS + " FROM actors WHERE id IN (SELECT actor FROM actor_names WHERE"
            + " LOWER(name) = ?) ORDER BY articles DESC, id LIMIT ?", SqlQueries::actor, name.strip().toLowerCase(Locale.ROOT), limit));
        for (String party : Terms.partyNames(bare)) {
          named.addAll(db.query("SELECT " + ACTOR_COLUMNS + " FROM actors WHERE norm = ? AND type = 'ORG'"
              + " ORDER BY articles DESC, id LIMIT ?", SqlQueries::actor, party, limit));
        }
        named.sort(java.util.Comparator.comparingLong(ActorSummary::articles).reversed()
            .thenComparingLong(ActorSummary::id));
      } else {
        add(out, exact);
      }
      add(out, named);
      // the scans below (no index answers them) only when the indexed lookups found too few
      if (out.size() < limit) {
        add(out, db.query("SELECT " + ACTOR_COLUMNS + " FROM actors WHERE id IN (SELECT actor FROM actor_names WHERE"
            + " LOWER(name) = ?) ORDER BY articles DESC, id LIMIT ?", SqlQueries::actor, name.strip().toLowerCase(Locale.ROOT), limit));
      }
      if (out.size() < limit) {
        add(out, db.query("SELECT " + ACTOR_COLUMNS + " FROM actors WHERE norm LIKE ? ORDER BY articles DESC, id LIMIT ?",
            SqlQueries::actor, "%" + bare + "%", limit));
      }
    }
    return new ArrayList<>(out.values()).subList(0, Math.min(limit, out.size()));
  }

  private static void add(Map<Long, ActorSummary> out, List<ActorSummary> more) {
    for (ActorSummary a : more) {
      out.putIfAbsent(a.id(), a);
    }
  }

  /** Whether a title's last word is an honorific ("head of Mr"): a title cut short, not one to show. */
  static boolean endsInHonorific(String title) {
    List<String> words = Terms.words(title);
    return !words.isEmpty() && Terms.isHonorific(words.get(words.size() - 1));
  }

  /** The actors a name designates: exact matches (all homonyms), else the best partial match. */
  Set<Long> actorIds(String name) throws SQLException {
    Set<Long> ids = new LinkedHashSet<>();
    String norm = Terms.normalizeName(name);
    if (name.strip().matches("\\d+")) {
      ids.add(Long.parseLong(name.strip()));
      return ids;
    }
    ids.addAll(db.query("SELECT id FROM actors WHERE kb_id = ? OR norm = ?", rs -> rs.getLong(1), name.strip(), norm));
    if (ids.isEmpty()) {
      List<ActorSummary> found = findActors(name, 1);
      found.forEach(a -> ids.add(a.id()));
    }
    return ids;
  }

  List<ActorSummary> topActors(int limit) throws SQLException {
    return db.query("SELECT " + ACTOR_COLUMNS + " FROM actors ORDER BY articles DESC, mentions DESC, id LIMIT ?",
        SqlQueries::actor, limit);
  }

  Optional<ActorProfile> actor(String nameOrId) throws SQLException {
    List<ActorSummary> found = findActors(nameOrId, 1);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ActorSummary a = found.get(0);
    long id = a.id();
    List<String> aliases = db.query("SELECT name FROM actor_names WHERE actor = ? ORDER BY n DESC, name LIMIT 10",
        rs -> rs.getString(1), id);
    Map<String, Integer> titleCounts = new LinkedHashMap<>();
    for (String t : db.query("SELECT e.titles FROM entities e JOIN article_actors aa ON aa.article = e.article"
        + " AND aa.entity = e.idx WHERE aa.actor = ? AND e.titles IS NOT NULL", rs -> rs.getString(1), id)) {
      for (String x : t.split("\\|")) {
        if (!endsInHonorific(x)) { // "head of Mr": a title cut before the name it was of
          titleCounts.merge(x, 1, Integer::sum);
        }
      }
    }
    List<String> titles = titleCounts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(10).map(Map.Entry::getKey).toList();
    List<RoleView> roles = db.query("SELECT r.role, r.role_of, r.from_day, r.to_day, COUNT(DISTINCT r.article) AS n,"
        + " MAX(a.day) AS last FROM entity_roles r JOIN article_actors aa ON aa.article = r.article"
        + " AND aa.entity = r.entity JOIN articles a ON a.seq = r.article WHERE aa.actor = ?"
        + " GROUP BY r.role, r.role_of, r.from_day, r.to_day ORDER BY MAX(a.day) DESC NULLS LAST, COUNT(DISTINCT r.article) DESC",
        rs -> {
          Long last = Jdbc.longOrNull(rs, "last");
          return new RoleView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong("n"),
              last == null ? null : LocalDate.ofEpochDay(last));
        }, id);
    List<ClaimView> statements = new ArrayList<>();
    for (long c : db.query("SELECT id FROM claims WHERE source_key = ? ORDER BY day DESC NULLS LAST, id DESC LIMIT 10",
        rs -> rs.getLong(1), "actor:" + id)) {
      statements.add(claimView(c));
    }
    List<EventView> events = events("SELECT DISTINCT ev.article, ev.idx, a.day FROM events ev JOIN article_actors aa"
        + " ON aa.article = ev.article AND (aa.entity = ev.actor_entity OR aa.entity = ev.target_entity)"
        + " JOIN articles a ON a.seq = ev.article WHERE aa.actor = ? ORDER BY a.day DESC NULLS LAST, ev.article DESC, ev.idx"
        + " LIMIT 10", id);
    List<QuotedBy> quotedBy = new ArrayList<>();
    for (Object[] r : db.query("SELECT a.outlet, COUNT(*) AS n, MAX(a.seq) AS latest FROM claims c JOIN articles a"
        + " ON a.seq = c.article WHERE c.source_key = ? GROUP BY a.outlet ORDER BY COUNT(*) DESC, a.outlet NULLS LAST LIMIT 10",
        rs -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)}, "actor:" + id)) {
      quotedBy.add(new QuotedBy(r[0] == null ? "(unknown outlet)" : (String) r[0], (Long) r[1], summary((Long) r[2])));
    }
    List<ActorSummary> related = new ArrayList<>();
    for (long other : db.query("SELECT aa2.actor FROM article_actors aa JOIN article_actors aa2 ON aa2.article = aa.article"
        + " AND aa2.actor <> aa.actor WHERE aa.actor = ? GROUP BY aa2.actor ORDER BY COUNT(DISTINCT aa2.article) DESC,"
        + " aa2.actor LIMIT 8", rs -> rs.getLong(1), id)) {
      related.addAll(db.query("SELECT " + ACTOR_COLUMNS + " FROM actors WHERE id = ?", SqlQueries::actor, other));
    }
    return Optional.of(new ActorProfile(a, aliases, titles, roles, statements, events, quotedBy, related));
  }

  // ---- events and timelines

  /** The events {@code keySql} selects ({article, idx} rows, in the order wanted), as views. */
  private List<EventView> events(String keySql, Object... args) throws SQLException {
    List<long[]> keys = db.query(keySql, rs -> new long[] {rs.getLong(1), rs.getLong(2)}, args);
    Map<Long, List<Integer>> byArticle = new LinkedHashMap<>();
    keys.forEach(k -> byArticle.computeIfAbsent(k[0], x -> new ArrayList<>()).add((int) k[1]));
    List<Long> seqs = new ArrayList<>(byArticle.keySet());
    Map<Long, Map<Integer, EventView>> views = eventViews(byArticle, summaries(seqs), texts(seqs));
    List<EventView> out = new ArrayList<>();
    for (long[] k : keys) {
      EventView e = views.getOrDefault(k[0], Map.of()).get((int) k[1]);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  private ArticleSummary summary(long seq) throws SQLException {
    return db.first("SELECT " + ArticleRows.SUMMARY_COLUMNS + " FROM articles a WHERE a.seq = ?", ArticleRows::summary, seq);
  }

  List<StatedTime> futureDates(List<String> articleIds) throws SQLException {
    List<StatedTime> out = new ArrayList<>();
    if (articleIds.isEmpty()) {
      return out;
    }
    List<Object[]> rows = db.query("SELECT a.id, t.article, t.value, t.start_off, t.end_off, s.start_off, s.end_off"
        + " FROM times t JOIN articles a ON a.seq = t.article LEFT JOIN sentences s ON s.article = t.article"
        + " AND s.start_off <= t.start_off AND t.end_off <= s.end_off WHERE a.id IN "
        + Db.placeholders(articleIds.size()) + " AND t.relation = 'FUTURE' AND t.type = 'DATE'"
        + " ORDER BY t.article, t.idx",
        rs -> new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
            rs.getObject(6) == null ? null : rs.getInt(6), rs.getObject(7) == null ? null : rs.getInt(7)},
        articleIds.toArray());
    if (rows.isEmpty()) {
      return out;
    }
    Set<Long> seqs = new LinkedHashSet<>();
    rows.forEach(r -> seqs.add((Long) r[1]));
    Map<Long, String> texts = new HashMap<>();
    for (Object[] r : db.query("SELECT seq, text FROM articles WHERE seq IN " + Db.placeholders(seqs.size()),
        rs -> new Object[] {rs.getLong(1), rs.getString(2)}, seqs.toArray())) {
      texts.put((Long) r[0], (String) r[1]);
    }
    for (Object[] r : rows) {
      String text = texts.getOrDefault((Long) r[1], "");
      int st = Math.min((Integer) r[3], text.length());
      int en = Math.min(Math.max(st, (Integer) r[4]), text.length());
      String words = text.substring(st, en);
      String sentence = words;
      if (r[5] != null && r[6] != null) {
        int ss = Math.min((Integer) r[5], text.length());
        sentence = Spaces.collapse(text.substring(ss, Math.min(Math.max(ss, (Integer) r[6]), text.length()))
            .strip());
      }
      out.add(new StatedTime((String) r[0], (String) r[2], words, sentence));
    }
    return out;
  }

  /** How many values one {@code IN} list of a batched query holds. */
  private static final int IN_CHUNK = 200;

  List<TimelineEntry> timeline(TimelineQuery q) throws SQLException {
    List<Long> articles;
    Set<Long> actorIds = null;
    if (q.actor() != null) {
      actorIds = actorIds(q.actor());
      articles = new ArrayList<>();
      for (long id : actorIds) {
        articles.addAll(db.query("SELECT aa.article FROM article_actors aa JOIN articles a ON a.seq = aa.article"
            + " WHERE aa.actor = ? GROUP BY aa.article, a.day ORDER BY a.day DESC NULLS LAST, aa.article DESC LIMIT ?",
            rs -> rs.getLong(1), id, q.limit()));
      }
    } else if (q.story() != null) {
      articles = db.query("SELECT seq FROM articles WHERE story = ? ORDER BY day DESC NULLS LAST, seq DESC LIMIT ?",
          rs -> rs.getLong(1), q.story(), q.limit());
    } else {
      SearchResult r = search(SearchQuery.of(q.query()).withLimit(q.limit()).byDate(true));
      articles = r.hits().stream().map(h -> h.article().seq()).toList();
    }
    List<Long> seqs = new ArrayList<>(new LinkedHashSet<>(articles));
    Map<Long, ArticleSummary> summaries = summaries(seqs);
    Map<Long, List<Integer>> keys = timelineEvents(seqs, actorIds);
    List<Long> needText = new ArrayList<>();
    for (long seq : seqs) {
      ArticleSummary s = summaries.get(seq);
      if (s != null && (keys.containsKey(seq) || s.title() == null)) {
        needText.add(seq);
      }
    }
    Map<Long, String> texts = texts(needText);
    Map<Long, Map<Integer, EventView>> events = eventViews(keys, summaries, texts);
    List<TimelineEntry> out = new ArrayList<>();
    for (long seq : seqs) {
      ArticleSummary s = summaries.get(seq);
      if (s == null) {
        continue;
      }
      List<Integer> idxs = keys.getOrDefault(seq, List.of());
      if (idxs.isEmpty() || q.story() != null) {
        // a story's timeline shows each of its articles, with the events they report
        out.add(new TimelineEntry(s.day(), s.published(), "article",
            s.title() == null ? lead(texts.get(seq)) : s.title(), s));
      }
      for (int idx : idxs) {
        EventView e = events.getOrDefault(seq, Map.of()).get(idx);
        if (e == null) {
          continue;
        }
        DuePeriod p = DuePeriod.parse(e.when(), s.day());
        LocalDate date = p != null ? p.from() : s.day();
        out.add(new TimelineEntry(date, e.when() != null ? e.when() : s.published(), "event", describe(e), s));
      }
    }
    out.removeIf(e -> (q.from() != null && (e.date() == null || e.date().isBefore(q.from())))
        || (q.to() != null && (e.date() == null || e.date().isAfter(q.to()))));
    out.sort(Comparator.comparing(TimelineEntry::date, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(e -> e.article().seq()));
    return out.size() > q.limit() ? out.subList(out.size() - q.limit(), out.size()) : out;
  }

  private static String lead(String text) {
    if (text == null) {
      return "";
    }
    // the lead is in the first 160 characters: collapse no more of the text than that
    String t = Spaces.collapse(text.strip(), 200);
    int dot = t.indexOf(". ");
    return dot > 0 && dot < 160 ? t.substring(0, dot + 1) : t.substring(0, Math.min(160, t.length()));
  }

  /** Summaries of {@code seqs}, in one query per 200 articles. */
  private Map<Long, ArticleSummary> summaries(List<Long> seqs) throws SQLException {
    Map<Long, ArticleSummary> out = new HashMap<>();
    for (ArticleSummary a : db.queryIn("SELECT " + ArticleRows.SUMMARY_COLUMNS + " FROM articles a WHERE a.seq IN IN_LIST",
        seqs, IN_CHUNK, ArticleRows::summary)) {
      out.put(a.seq(), a);
    }
    return out;
  }

  /** Texts of {@code seqs}, in one query per 200 articles. */
  private Map<Long, String> texts(List<Long> seqs) throws SQLException {
    Map<Long, String> out = new HashMap<>();
    for (Object[] r : db.queryIn("SELECT seq, text FROM articles WHERE seq IN IN_LIST", seqs, IN_CHUNK,
        rs -> new Object[] {rs.getLong(1), rs.getString(2)})) {
      out.put((Long) r[0], (String) r[1]);
    }
    return out;
  }

  /**
   * The events a timeline shows of each article, in text order: those whose actor or target is one
   * of {@code actorIds}, or, without actors, the first five that happened or are going on.
   */
  private Map<Long, List<Integer>> timelineEvents(List<Long> seqs, Set<Long> actorIds) throws SQLException {
    Map<Long, Set<Integer>> found = new LinkedHashMap<>();
    if (actorIds != null) {
      if (!actorIds.isEmpty()) {
        for (long id : actorIds) {
          for (long[] k : db.queryIn("SELECT DISTINCT ev.article, ev.idx FROM events ev JOIN article_actors aa"
              + " ON aa.article = ev.article AND (aa.entity = ev.actor_entity OR aa.entity = ev.target_entity)"
              + " WHERE ev.article IN IN_LIST AND aa.actor = ?", seqs, IN_CHUNK,
              rs -> new long[] {rs.getLong(1), rs.getLong(2)}, id)) {
            found.computeIfAbsent(k[0], x -> new java.util.TreeSet<>()).add((int) k[1]);
          }
        }
      }
    } else {
      for (long[] k : db.queryIn("SELECT article, idx FROM events WHERE article IN IN_LIST"
          + " AND modality IN ('HAPPENED', 'ONGOING')", seqs, IN_CHUNK,
          rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
        found.computeIfAbsent(k[0], x -> new java.util.TreeSet<>()).add((int) k[1]);
      }
    }
    Map<Long, List<Integer>> out = new HashMap<>();
    found.forEach((seq, idxs) -> {
      List<Integer> l = new ArrayList<>(idxs);
      out.put(seq, actorIds != null ? l : l.subList(0, Math.min(5, l.size())));
    });
    return out;
  }

  /** The events of {@code keys} as views, read in one query per 200 articles. */
  private Map<Long, Map<Integer, EventView>> eventViews(Map<Long, List<Integer>> keys,
      Map<Long, ArticleSummary> summaries, Map<Long, String> texts) throws SQLException {
    Map<Long, Map<Integer, EventView>> out = new HashMap<>();
    if (keys.isEmpty()) {
      return out;
    }
    for (Object[] r : db.queryIn("SELECT ev.article, ev.idx, ev.start_off, ev.end_off, t.value AS time_value,"
        + " ev.actor_name, ev.action, ev.cameo_code, ev.target_name, ev.place_text, ev.modality FROM events ev"
        + " LEFT JOIN times t ON t.article = ev.article AND t.idx = ev.time_idx WHERE ev.article IN IN_LIST",
        new ArrayList<>(keys.keySet()), IN_CHUNK, rs -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getInt(3),
            rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
            rs.getString(10), rs.getString(11)})) {
      long seq = (Long) r[0];
      int idx = (Integer) r[1];
      if (!keys.get(seq).contains(idx)) {
        continue;
      }
      String text = texts.getOrDefault(seq, "");
      int st = Math.min((Integer) r[2], text.length());
      int en = Math.min(Math.max(st, (Integer) r[3]), text.length());
      out.computeIfAbsent(seq, x -> new HashMap<>()).put(idx, new EventView(summaries.get(seq), idx,
          (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
          Modality.valueOf((String) r[10]), text.substring(st, en)));
    }
    return out;
  }

  static String describe(EventView e) {
    StringBuilder sb = new StringBuilder();
    if (e.actor() != null) {
      sb.append(e.actor()).append(' ');
    }
    sb.append(e.action() != null ? e.action() : e.text());
    if (e.target() != null) {
      sb.append(" → ").append(e.target());
    }
    if (e.place() != null) {
      sb.append(" (").append(e.place()).append(')');
    }
    if (e.cameoCode() != null) {
      sb.append(" [CAMEO ").append(e.cameoCode()).append(']');
    }
    if (e.modality() != Modality.HAPPENED) {
      sb.append(" {").append(e.modality().name().toLowerCase(Locale.ROOT)).append('}');
    }
    return sb.toString();
  }

  // ---- deadlines

  List<Deadline> deadlines(DeadlineQuery q) throws SQLException {
    long today = q.today().toEpochDay();
    List<Deadline> out = new ArrayList<>();
    if (q.articles() != null && q.articles().isEmpty()) {
      return out;
    }
    List<Object> args = new ArrayList<>();
    args.add(today);
    String inArticles = "";
    if (q.articles() != null) {
      inArticles = " AND a.id IN " + Db.placeholders(q.articles().size());
      args.addAll(q.articles());
    }
    // "+a.dup_of": the unary plus keeps SQLite from driving the join by the dup_of index (every
    // original article) instead of the articles asked for or the expectations; PostgreSQL reads
    // it as the same bigint. On the Reuters store it cuts an actor timeline's deadlines ~10x.
    List<Object[]> rows = db.query("SELECT d.article, d.idx, d.due_from, d.due_to, x.what_text, x.kind, x.due,"
        + " x.condition_text, x.consequence_text, x.expected_by_name, a.id AS article_id, x.head, x.outcome,"
        + " x.modality, x.hedge_text FROM expectation_due d"
        + " JOIN expectations x ON x.article = d.article AND x.idx = d.idx JOIN articles a ON a.seq = d.article"
        + " WHERE +a.dup_of IS NULL AND (a.day IS NULL OR a.day <= ?)" + inArticles
        + " ORDER BY d.due_from NULLS LAST, d.article, d.idx LIMIT 20000",
        rs -> new Object[] {rs.getLong(1), rs.getInt(2), Jdbc.longOrNull(rs, "due_from"), Jdbc.longOrNull(rs, "due_to"),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
            rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15)}, args.toArray());
    Map<String, Object[]> resolutions = resolutions(rows, today);
    Set<Long> resolvers = new LinkedHashSet<>();
    resolutions.values().forEach(r -> resolvers.add((Long) r[0]));
    Map<Long, String> texts = texts(new ArrayList<>(resolvers));
    Set<Long> mentioned = new LinkedHashSet<>(resolvers);
    rows.forEach(r -> mentioned.add((Long) r[0]));
    Map<Long, ArticleSummary> summaries = summaries(new ArrayList<>(mentioned));
    for (Object[] r : rows) {
      long article = (Long) r[0];
      int idx = (Integer) r[1];
      Long from = (Long) r[2];
      Long to = (Long) r[3];
      Object[] res = resolutions.get(article + ":" + idx);
      Deadline.Status status;
      if (res != null) {
        status = Deadline.Status.RESOLVED;
      } else if (to == null) {
        status = Deadline.Status.UNDATED;
      } else if (to < today) {
        status = Deadline.Status.OVERDUE;
      } else {
        status = Deadline.Status.UPCOMING;
      }
      if (!q.statuses().contains(status)) {
        continue;
      }
      ArticleSummary by = null;
      String evidence = null;
      if (res != null) {
        by = summaries.get((Long) res[0]);
        String text = texts.getOrDefault((Long) res[0], "");
        evidence = Spaces.collapse(text.substring(Math.min((Integer) res[1], text.length()),
            Math.min((Integer) res[2], text.length())).strip());
      }
      out.add(new Deadline(r[10] + ":x" + idx, status, (String) r[4], (String) r[5], (String) r[6],
          from == null ? null : LocalDate.ofEpochDay(from), to == null ? null : LocalDate.ofEpochDay(to),
          (String) r[7], (String) r[8], (String) r[9], summaries.get(article), by, evidence,
          (String) r[11], (String) r[12], (String) r[13], (String) r[14]));
    }
    out.sort(Comparator.comparing((Deadline d) -> d.status().ordinal())
        .thenComparing(d -> d.status() == Deadline.Status.OVERDUE ? -epoch(d.dueTo()) : epoch(d.dueFrom())));
    return out.subList(0, Math.min(q.limit(), out.size()));
  }

  /**
   * The resolution of each expectation row ("article:idx" to {by_article, start, end}) reported
   * on or before {@code today}: the earliest report, then the best score, then the lowest article.
   */
  private Map<String, Object[]> resolutions(List<Object[]> rows, long today) throws SQLException {
    Map<String, Object[]> best = new HashMap<>();
    Set<Long> articles = new LinkedHashSet<>();
    rows.forEach(r -> articles.add((Long) r[0]));
    if (articles.isEmpty()) {
      return best;
    }
    Map<String, Object[]> all = new HashMap<>();
    for (Object[] r : db.queryIn("SELECT r.article, r.idx, r.by_article, r.start_off, r.end_off, b.day, r.score"
        + " FROM resolutions r JOIN articles b ON b.seq = r.by_article WHERE r.article IN IN_LIST"
        + " AND (b.day IS NULL OR b.day <= ?)", new ArrayList<>(articles), 200,
        rs -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getInt(4), rs.getInt(5),
            Jdbc.longOrNull(rs, "day"), rs.getDouble(7)}, today)) {
      String key = r[0] + ":" + r[1];
      Object[] cur = all.get(key);
      if (cur == null || RESOLUTION_ORDER.compare(r, cur) < 0) {
        all.put(key, r);
      }
    }
    all.forEach((k, r) -> best.put(k, new Object[] {r[2], r[3], r[4]}));
    return best;
  }

  /** Earliest report (undated last), then highest score, then lowest article. */
  private static final Comparator<Object[]> RESOLUTION_ORDER = Comparator
      .comparing((Object[] r) -> (Long) r[5], Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(r -> -(Double) r[6])
      .thenComparing(r -> (Long) r[2]);

  private static long epoch(LocalDate d) {
    return d == null ? Long.MAX_VALUE / 2 : d.toEpochDay();
  }

  // ---- stories

  private static StorySummary story(ResultSet rs) throws SQLException {
    Long f = Jdbc.longOrNull(rs, "first_day");
    Long l = Jdbc.longOrNull(rs, "last_day");
    return new StorySummary(rs.getLong("id"), rs.getString("label"), f == null ? null : LocalDate.ofEpochDay(f),
        l == null ? null : LocalDate.ofEpochDay(l), rs.getLong("size"));
  }

  List<StorySummary> stories(int limit) throws SQLException {
    return db.query("SELECT * FROM stories WHERE size > 0 ORDER BY size DESC, last_day DESC NULLS LAST, id LIMIT ?",
        SqlQueries::story, limit);
  }

  Optional<StoryView> story(long id) throws SQLException {
    StorySummary s = db.first("SELECT * FROM stories WHERE id = ?", SqlQueries::story, id);
    if (s == null) {
      return Optional.empty();
    }
    List<ArticleSummary> arts = db.query("SELECT " + ArticleRows.SUMMARY_COLUMNS + " FROM articles a WHERE a.story = ?"
        + " ORDER BY a.day NULLS LAST, a.seq LIMIT 500", ArticleRows::summary, id);
    List<ActorSummary> actors = new ArrayList<>();
    for (long a : db.query("SELECT aa.actor FROM article_actors aa JOIN articles a ON a.seq = aa.article"
        + " WHERE a.story = ? GROUP BY aa.actor ORDER BY COUNT(DISTINCT aa.article) DESC, aa.actor LIMIT 10",
        rs -> rs.getLong(1), id)) {
      actors.addAll(db.query("SELECT " + ACTOR_COLUMNS + " FROM actors WHERE id = ?", SqlQueries::actor, a));
    }
    return Optional.of(new StoryView(s, arts, actors, timeline(TimelineQuery.ofStory(id, 200))));
  }

  // ---- claims

  private ClaimView claimView(long claim) throws SQLException {
    Object[] row = db.first("SELECT c.*, t.cue_text, t.content_start, t.content_end, f.start_off AS f_start, f.end_off AS f_end"
        + " FROM claims c LEFT JOIN attributions t ON c.kind = 'statement' AND t.article = c.article AND t.idx = c.idx"
        + " LEFT JOIN figures f ON c.kind = 'figure' AND f.article = c.article AND f.idx = c.idx WHERE c.id = ?",
        rs -> {
          boolean statement = rs.getString("kind").equals("statement");
          long article = rs.getLong("article");
          int idx = rs.getInt("idx");
          Object[] x = {rs.getString("kind"), rs.getString("source_label"), rs.getString("source_kind"),
              rs.getInt("anonymous") != 0, rs.getString("cue_text"), rs.getString("text"),
              statement ? rs.getInt("content_start") : rs.getInt("f_start"),
              statement ? rs.getInt("content_end") : rs.getInt("f_end"), article, idx, statement};
          return x;
        }, claim);
    return row == null ? null : toView(row);
  }

  private ClaimView toView(Object[] x) throws SQLException {
    ArticleSummary s = summary((Long) x[8]);
    String id = s.id() + ":" + ((Boolean) x[10] ? "a" : "f") + x[9];
    return new ClaimView(id, s, (String) x[0], (String) x[1], SourceKind.valueOf((String) x[2]), (Boolean) x[3],
        (String) x[4], (String) x[5], (Integer) x[6], (Integer) x[7]);
  }

  private ClaimReport report(long claim) throws SQLException {
    ClaimView v = claimView(claim);
    Claim c = claims.load(claim);
    List<ClaimRelation> related = new ArrayList<>();
    for (Object[] l : db.query("SELECT a, b, relation, score FROM claim_links WHERE a = ? OR b = ?",
        rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDouble(4)}, claim, claim)) {
      long other = (Long) l[0] == claim ? (Long) l[1] : (Long) l[0];
      Claim o = claims.load(other);
      ClaimRules.Link now = o == null ? null : ClaimRules.relate(c, o);
      related.add(new ClaimRelation(claimView(other), ClaimRelation.Relation.valueOf((String) l[2]), (Double) l[3],
          now == null ? "" : now.why()));
    }
    related.sort(Comparator.comparing((ClaimRelation r) -> r.relation().ordinal())
        .thenComparing(r -> r.other().article().day(), Comparator.nullsLast(Comparator.naturalOrder())));
    return new ClaimReport(v, related);
  }

  Optional<ClaimReport> claim(String publicId) throws SQLException {
    Matcher m = CLAIM_ID.matcher(publicId.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a claim id: '" + publicId
          + "' (expected ARTICLE_ID:aN for an attribution or ARTICLE_ID:fN for a figure)");
    }
    Long id = db.longValue("SELECT c.id FROM claims c JOIN articles a ON a.seq = c.article WHERE a.id = ?"
        + " AND c.kind = ? AND c.idx = ?", m.group(1), m.group(2).equals("a") ? "statement" : "figure",
        Long.parseLong(m.group(3)));
    return id == null ? Optional.empty() : Optional.of(report(id));
  }

  List<ClaimReport> sources(String query, int limit) throws SQLException {
    List<String> terms = new ArrayList<>(Terms.claimTerms(query));
    if (terms.isEmpty()) {
      return List.of();
    }
    terms = terms.subList(0, Math.min(6, terms.size()));
    StringBuilder sql = new StringBuilder("SELECT id FROM claims WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    for (String t : terms) {
      sql.append(" AND (' ' || norm || ' ') LIKE ?");
      args.add("% " + t + " %");
    }
    sql.append(" ORDER BY day DESC NULLS LAST, id DESC LIMIT 200");
    return reports(db.query(sql.toString(), rs -> rs.getLong(1), args.toArray()), limit);
  }

  /** Reports for claims, skipping claims already shown as related to an earlier one. */
  private List<ClaimReport> reports(List<Long> ids, int limit) throws SQLException {
    List<ClaimReport> out = new ArrayList<>();
    Set<String> shown = new HashSet<>();
    for (long id : ids) {
      if (out.size() >= limit) {
        break;
      }
      ClaimReport r = report(id);
      if (r.claim() == null || shown.contains(r.claim().id())) {
        continue;
      }
      shown.add(r.claim().id());
      r.related().forEach(x -> shown.add(x.other().id()));
      out.add(r);
    }
    return out;
  }

  List<ClaimReport> related(String relation, int limit) throws SQLException {
    List<Long> ids = db.query("SELECT x FROM (SELECT a AS x FROM claim_links WHERE relation = ?"
        + " UNION ALL SELECT b AS x FROM claim_links WHERE relation = ?) t GROUP BY x ORDER BY COUNT(*) DESC, x LIMIT ?",
        rs -> rs.getLong(1), relation, relation, limit * 5);
    List<ClaimReport> out = reports(ids, limit);
    ClaimRelation.Relation r = ClaimRelation.Relation.valueOf(relation);
    out.removeIf(x -> x.count(r) == 0);
    return out;
  }

  List<ClaimView> anonymousClaims(int limit) throws SQLException {
    List<ClaimView> out = new ArrayList<>();
    for (long id : db.query("SELECT id FROM claims WHERE anonymous = 1 ORDER BY day DESC NULLS LAST, id DESC LIMIT ?",
        rs -> rs.getLong(1), limit)) {
      out.add(claimView(id));
    }
    return out;
  }

  List<FigureView> figures(String query, String unit, int limit) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT c.id, c.article, c.idx, c.source_label, c.period, f.text, f.value,"
        + " f.unit, f.measure_text, f.of_text, f.among_text FROM claims c JOIN figures f ON f.article = c.article"
        + " AND f.idx = c.idx WHERE c.kind = 'figure'");
    List<Object> args = new ArrayList<>();
    if (unit != null) {
      sql.append(" AND f.unit = ?");
      args.add(unit);
    }
    if (query != null) {
      for (String t : Terms.claimTerms(query)) {
        sql.append(" AND (' ' || c.norm || ' ') LIKE ?");
        args.add("% " + t + " %");
      }
    }
    sql.append(" ORDER BY c.day DESC NULLS LAST, c.id DESC LIMIT ?");
    args.add(limit);
    List<FigureView> out = new ArrayList<>();
    for (Object[] r : db.query(sql.toString(), rs -> new Object[] {rs.getLong(2), rs.getInt(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getString(8), rs.getString(9), rs.getString(10),
        rs.getString(11)}, args.toArray())) {
      ArticleSummary s = summary((Long) r[0]);
      out.add(new FigureView(s.id() + ":f" + r[1], s, (String) r[4], (Double) r[5], (String) r[6], (String) r[7],
          (String) r[8], (String) r[9], (String) r[2], (String) r[3]));
    }
    return out;
  }
}
