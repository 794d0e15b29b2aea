package dev.dossier.store.crossdoc;

import dev.dossier.model.Analysis;
import dev.dossier.model.Entity;
import dev.dossier.model.Layers;
import dev.dossier.store.sql.Db;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Resolves each entity of an article to an actor across articles. An entity linked to the
 * knowledge base joins the actor with its {@code kbId} (adopting an unlinked actor of the same
 * name and type when there is exactly one); a linked actor first seen by a demonym is renamed
 * after the first proper name linked to it ({@link #nameRank}). An unlinked entity joins an actor of the same
 * normalised name and type (or, for a one-word person name, a person whose last name it is) when
 * their contexts (the other actors and titles around them) are similar enough, or when either
 * has too little context to tell; otherwise it starts a new actor, so two people who share a name
 * in unrelated contexts stay apart. Not thread-safe; runs inside the store's write transaction.
 */
public final class ActorResolver {

  /** Context similarity (cosine) above which a same-name entity joins an actor. */
  static final double SAME_CONTEXT = 0.1;
  /**
   * The same for a person's full name (two words or more): two people of one full name are rare
   * in one news store, so any context they share is enough ("David Blunkett" on schools and on
   * policing), while two homonyms in unrelated contexts (nothing shared) stay apart.
   */
  static final double SAME_FULL_NAME_CONTEXT = 0.02;
  /** Fewer context terms than this on either side: too little to tell people apart. */
  static final int THIN_CONTEXT = 4;
  private static final int CONTEXT_TERMS_KEPT = 20;
  /** How many of an actor's strongest context terms are compared. */
  private static final int CONTEXT_TERMS_READ = 100;

  /** Most actors of one name (or last name) compared with an entity, those in the most articles. */
  private static final int CANDIDATES = 20;

  /** How many actors' contexts are kept in memory. */
  private static final int CACHED_ACTORS = 10_000;

  private final Db db;
  private final LruCache<Long, Context> contexts = new LruCache<>(CACHED_ACTORS);
  /** The actors by name, knowledge-base id and article count, in memory (null: read them first). */
  private ActorIndex index;
  /** The ids of new actors, when the store lets the writer give them. */
  private final IdSequence newIds;
  /** Rows of the article being resolved, written together at its end ({@link #flush}). */
  private final List<Object[]> inserts = new ArrayList<>();
  private final List<Object[]> names = new ArrayList<>();
  private final List<Object[]> counts = new ArrayList<>();
  /**
   * Context weights to add to {@code actor_context}, by actor and term, held back until the
   * transaction ends ({@link #flushContexts}): an actor's terms are written once per transaction,
   * not once per article. Reads of contexts add them. (The weights are whole numbers, so the sums
   * are the same in any order.)
   */
  private final Map<Long, Map<String, Double>> heldContext = new TreeMap<>();
  /** Whether the article being resolved has a publication day (which update {@link #flush} runs). */
  private boolean dated;
  /** Actors renamed while resolving the article, with the name each had before ({@link #takeRenamed}). */
  private final Map<Long, String> renamed = new LinkedHashMap<>();

  public ActorResolver(Db db) {
    this.db = db;
    this.newIds = new IdSequence(db, "actors");
  }

  /**
   * Links the article's entities and records them in {@code article_actors}.
   *
   * @return the actor id of each entity index that was resolved
   */
  public Map<Integer, Long> resolve(long seq, Analysis a, LocalDate day) throws SQLException {
    List<Entity> entities = a.layer(Layers.ENTITIES);
    Map<Integer, Long> out = new LinkedHashMap<>();
    if (entities.isEmpty()) {
      return out;
    }
    Map<String, Double> articleContext = new HashMap<>();
    for (Entity e : entities) {
      String n = Terms.normalizeName(e.name());
      if (!n.isEmpty()) {
        articleContext.merge("e:" + n, (double) Math.min(3, e.mentions().size()), Double::sum);
      }
    }
    Set<Long> counted = new HashSet<>();
    List<Object[]> links = new ArrayList<>();
    Long dayValue = day == null ? null : day.toEpochDay();
    for (int i = 0; i < entities.size(); i++) {
      resolveEntity(seq, i, entities.get(i), articleContext, dayValue, counted, links, out);
    }
    flush(dayValue != null);
    db.batch("INSERT INTO article_actors (article, entity, actor, mentions) VALUES (?, ?, ?, ?)", links);
    return out;
  }

  /**
   * Resolves entity {@code i} and queues its rows. Split from {@link #resolve} so that the JIT
   * compiles the loop body on its own: the whole method, inlined, took C2 seconds per compilation,
   * and every uncommon trap in it compiled all of it again.
   */
  private void resolveEntity(long seq, int i, Entity e, Map<String, Double> articleContext, Long dayValue,
      Set<Long> counted, List<Object[]> links, Map<Integer, Long> out) throws SQLException {
    String norm = Terms.normalizeName(e.name());
    if (norm.isEmpty()) {
      return;
    }
    Map<String, Double> ctx = context(e, norm, articleContext);
    String type = e.type().name();
    if (type.equals("PERSON")) {
      norm = Terms.withoutHonorific(norm); // "Mr Howard" is Howard
    }
    ActorIndex index = index();
    dated = dayValue != null;
    Long actor = e.kbId() != null ? byKb(e.kbId(), norm, type) : byName(norm, type, ctx);
    if (actor == null) {
      actor = insert(e.kbId(), e.name(), norm, type, dayValue);
      index.add(actor, e.kbId(), norm, lastToken(norm), type, 0, e.name());
      contexts.put(actor, new Context(new HashMap<>()));
    } else if (e.kbId() != null && nameRank(type) > nameRank(index.type(actor))) {
      rename(actor, e.name(), norm, type);
    }
    int mentions = Math.max(1, e.mentions().size());
    names.add(new Object[] {actor, e.name(), mentions});
    // the counters, and for an unlinked actor its name: the one it is called by most (actor_names)
    int newArticle = counted.add(actor) ? 1 : 0;
    index.countArticles(actor, newArticle);
    int unlinked = e.kbId() == null ? 1 : 0;
    counts.add(dayValue != null
        ? new Object[] {newArticle, mentions, dayValue, dayValue, dayValue, dayValue, unlinked, actor, actor}
        : new Object[] {newArticle, mentions, unlinked, actor, actor});
    holdContext(actor, ctx);
    links.add(new Object[] {seq, i, actor, mentions});
    out.put(i, actor);
  }

  /** The context an entity is compared by: the article's other entities and its own titles. */
  private static Map<String, Double> context(Entity e, String norm, Map<String, Double> articleContext) {
    Map<String, Double> ctx = new HashMap<>(articleContext);
    ctx.remove("e:" + norm);
    for (String t : e.titles()) {
      String tn = Terms.normalizeName(t);
      if (!tn.isEmpty()) {
        ctx.merge("t:" + tn, 2.0, Double::sum);
      }
    }
    return ctx;
  }

  /** Adds the strongest terms of {@code ctx} to the actor's context: held back, and in the cache. */
  private void holdContext(Long actor, Map<String, Double> ctx) {
    List<Map.Entry<String, Double>> top = new ArrayList<>(ctx.entrySet());
    top.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    Context cached = contexts.get(actor);
    Map<String, Double> held = heldContext.computeIfAbsent(actor, k -> new TreeMap<>());
    for (Map.Entry<String, Double> t : top.subList(0, Math.min(CONTEXT_TERMS_KEPT, top.size()))) {
      held.merge(t.getKey(), t.getValue(), Double::sum); // written at the end of the transaction
      if (cached != null) {
        cached.add(t.getKey(), t.getValue());
      }
    }
  }

  private static final String NAME = "name = CASE WHEN ? = 1 AND kb_id IS NULL THEN (SELECT name FROM actor_names"
      + " WHERE actor = ? ORDER BY n DESC, LENGTH(name) DESC, name LIMIT 1) ELSE name END";
  private static final String COUNT_DATED = "UPDATE actors SET articles = articles + ?, mentions = mentions + ?,"
      + " first_day = CASE WHEN first_day IS NULL OR first_day > ? THEN ? ELSE first_day END,"
      + " last_day = CASE WHEN last_day IS NULL OR last_day < ? THEN ? ELSE last_day END, " + NAME + " WHERE id = ?";
  private static final String COUNT_UNDATED = "UPDATE actors SET articles = articles + ?, mentions = mentions + ?, "
      + NAME + " WHERE id = ?";
  private static final String INSERT = "INSERT INTO actors (kb_id, name, norm, last_token, type, articles, mentions,"
      + " first_day, last_day";

  /**
   * A new actor's id: given by the store and its row queued when the dialect allows ({@link
   * dev.dossier.store.sql.Dialect#lastIdSql}), else inserted now.
   */
  private long insert(String kbId, String name, String norm, String type, Long day) throws SQLException {
    if (!newIds.available()) {
      return db.longValue(INSERT + ") VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?) RETURNING id",
          kbId, name, norm, lastToken(norm), type, day, day);
    }
    long id = newIds.next();
    inserts.add(new Object[] {kbId, name, norm, lastToken(norm), type, day, day, id});
    return id;
  }

  /**
   * Writes the queued rows, in the order resolution made them: new actors, then names, then for
   * each entity its actor's counters and name (the most used name, over all the article's names:
   * what the last of an actor's updates in entity order gives).
   */
  private void flush(boolean dated) throws SQLException {
    db.batch(INSERT + ", id) VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?, ?)", inserts);
    inserts.clear();
    db.batch("INSERT INTO actor_names (actor, name, n) VALUES (?, ?, ?)"
        + " ON CONFLICT (actor, name) DO UPDATE SET n = actor_names.n + excluded.n", names);
    names.clear();
    db.batch(dated ? COUNT_DATED : COUNT_UNDATED, counts);
    counts.clear();
  }

  /**
   * Writes the context weights held back since the last call (added to those stored), in key
   * order. Called before the transaction commits.
   */
  public void flushContexts() throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    heldContext.forEach((actor, terms) -> terms.forEach((t, w) -> rows.add(new Object[] {actor, t, w})));
    db.batch("INSERT INTO actor_context (actor, term, weight) VALUES (?, ?, ?)"
        + " ON CONFLICT (actor, term) DO UPDATE SET weight = actor_context.weight + excluded.weight", rows);
    heldContext.clear();
  }

  /** Forgets the cached contexts and actors and the queued rows (after a rollback). */
  public void forget() {
    heldContext.clear();
    contexts.clear();
    index = null;
    newIds.forget();
    inserts.clear();
    names.clear();
    counts.clear();
    renamed.clear();
  }

  /**
   * The actors renamed since the last call, each with the name it had before the article that
   * renamed it (so that story labels naming it can follow: {@link StoryClusterer#followRenames}).
   */
  public Map<Long, String> takeRenamed() {
    if (renamed.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> out = new LinkedHashMap<>(renamed);
    renamed.clear();
    return out;
  }

  private ActorIndex index() throws SQLException {
    if (index == null) {
      index = ActorIndex.load(db);
    }
    return index;
  }

  private Long byKb(String kbId, String norm, String type) throws SQLException {
    Long id = index().withKb(kbId);
    if (id != null) {
      return id;
    }
    List<Long> unlinked = index().unlinked(norm, type);
    if (unlinked.size() == 1) {
      flush(dated); // the actor may be queued, and its name is chosen while it is unlinked
      db.update("UPDATE actors SET kb_id = ? WHERE id = ?", kbId, unlinked.get(0));
      index().link(unlinked.get(0), kbId);
      return unlinked.get(0);
    }
    return null;
  }

  /**
   * How well an entity of this type names a linked actor: a proper name (a linked one carries the
   * knowledge base's canonical name) above other kinds, a demonym (NORP: "Israeli" of Israel) last.
   */
  static int nameRank(String type) {
    if (type == null) {
      return -1;
    }
    return switch (type) {
      case "GPE", "ORG", "PERSON", "LOC" -> 2;
      case "NORP" -> 0;
      default -> 1;
    };
  }

  /**
   * Names a linked actor after a better entity than the one that created it (the country after
   * its demonym): the same row and id, a new name, norm and type; the old name stays among its
   * names ({@code actor_names}).
   */
  private void rename(long actor, String name, String norm, String type) throws SQLException {
    flush(dated); // the actor's row may be queued
    if (!renamed.containsKey(actor)) {
      String before = db.first("SELECT name FROM actors WHERE id = ?", rs -> rs.getString(1), actor);
      if (before != null && !before.equals(name)) {
        renamed.put(actor, before);
      }
    }
    db.update("UPDATE actors SET name = ?, norm = ?, last_token = ?, type = ? WHERE id = ?", name, norm,
        lastToken(norm), type, actor);
    index().rename(actor, name, norm, lastToken(norm), type);
  }

  private Long byName(String norm, String type, Map<String, Double> ctx) throws SQLException {
    boolean person = type.equals("PERSON");
    if (!person) {
      Long party = party(norm);
      if (party != null) {
        return party;
      }
    }
    boolean lone = person && norm.indexOf(' ') < 0;
    List<Long> same = index().named(norm, type, CANDIDATES);
    List<Long> surname = lone ? index().withLastName(norm, norm, CANDIDATES) : List.of();
    List<Long> all = new ArrayList<>(same);
    all.addAll(surname);
    Map<Long, Map<String, Double>> contexts = contexts(all);
    if (lone) {
      // a lone surname ("Mr Howard") is first the full name it shares context with ("Michael Howard"),
      // even once an actor of the surname alone exists
      Long full = bySurname(surname, ctx, contexts);
      if (full != null) {
        return full;
      }
    }
    double enough = person && !lone ? SAME_FULL_NAME_CONTEXT : SAME_CONTEXT;
    Long best = null;
    double bestScore = -1;
    boolean thinHere = ctx.size() < THIN_CONTEXT;
    for (Long c : same) {
      Map<String, Double> actorCtx = contexts.getOrDefault(c, Map.of());
      double s = cosine(ctx, actorCtx);
      boolean thin = thinHere || actorCtx.size() < THIN_CONTEXT;
      if ((s >= enough || thin) && s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    return best;
  }

  /**
   * The full name a lone surname stands for: among the persons of that last name whose context it
   * shares ({@value #SAME_CONTEXT}), the only one, or the one in at least twice as many articles
   * as any other (the name's best-known bearer); else null.
   */
  private Long bySurname(List<Long> surname, Map<String, Double> ctx, Map<Long, Map<String, Double>> contexts) {
    List<Long> matching = new ArrayList<>();
    for (Long c : surname) {
      if (cosine(ctx, contexts.getOrDefault(c, Map.of())) >= SAME_CONTEXT) {
        matching.add(c);
      }
    }
    if (matching.size() <= 1) {
      return matching.isEmpty() ? null : matching.get(0);
    }
    matching.sort((x, y) -> Long.compare(index.articles(y), index.articles(x)));
    return index.articles(matching.get(0)) >= 2 * index.articles(matching.get(1)) ? matching.get(0) : null;
  }

  /**
   * The party a short or nicknamed name of an organisation or group stands for ("Tory", "the
   * Conservatives", "Labour": {@link Terms#partyNames}), when an organisation of that name is
   * known: the one in most articles. Null otherwise.
   */
  private Long party(String norm) {
    Long best = null;
    for (String p : Terms.partyNames(norm)) {
      for (Long c : index.named(p, "ORG", 1)) {
        if (best == null || index.articles(c) > index.articles(best)) {
          best = c;
        }
      }
    }
    return best;
  }

  /**
   * The strongest {@value #CONTEXT_TERMS_READ} context terms of each actor: from the cache, the
   * others read in one query and cached.
   */
  private Map<Long, Map<String, Double>> contexts(List<Long> actors) throws SQLException {
    Map<Long, Map<String, Double>> out = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    for (Long a : actors) {
      Context c = contexts.get(a);
      if (c == null) {
        missing.add(a);
      } else {
        out.put(a, c.strongest());
      }
    }
    if (missing.isEmpty()) {
      return out;
    }
    Map<Long, Map<String, Double>> loaded = new HashMap<>();
    for (Long a : missing) {
      loaded.put(a, new HashMap<>());
    }
    for (Object[] r : db.queryIn("SELECT actor, term, weight FROM actor_context WHERE actor IN IN_LIST", missing, 8,
        rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getDouble(3)})) {
      loaded.get((Long) r[0]).put((String) r[1], (Double) r[2]);
    }
    for (Map.Entry<Long, Map<String, Double>> e : loaded.entrySet()) {
      Map<String, Double> held = heldContext.get(e.getKey());
      if (held != null) {
        held.forEach((t, w) -> e.getValue().merge(t, w, Double::sum));
      }
      Context c = new Context(e.getValue());
      contexts.put(e.getKey(), c);
      out.put(e.getKey(), c.strongest());
    }
    return out;
  }

  /** Every context term of an actor with its weight, and its strongest terms (computed when asked). */
  private static final class Context {
    private final Map<String, Double> all;
    private Map<String, Double> strongest;

    Context(Map<String, Double> all) {
      this.all = all;
    }

    void add(String term, double weight) {
      all.merge(term, weight, Double::sum);
      strongest = null;
    }

    Map<String, Double> strongest() {
      if (strongest == null) {
        if (all.size() <= CONTEXT_TERMS_READ) {
          strongest = all;
        } else {
          List<Map.Entry<String, Double>> es = new ArrayList<>(all.entrySet());
          es.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
          Map<String, Double> top = new HashMap<>();
          for (Map.Entry<String, Double> x : es.subList(0, CONTEXT_TERMS_READ)) {
            top.put(x.getKey(), x.getValue());
          }
          strongest = top;
        }
      }
      return strongest;
    }
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double w = b.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot == 0 ? 0 : dot / (norm(a) * norm(b));
  }

  private static double norm(Map<String, Double> v) {
    double s = 0;
    for (double x : v.values()) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  static String lastToken(String norm) {
    int sp = norm.lastIndexOf(' ');
    return sp < 0 ? norm : norm.substring(sp + 1);
  }
}
