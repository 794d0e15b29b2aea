package dev.dossier.store.crossdoc;

import dev.dossier.model.Analysis;
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
 * Groups articles into stories, incrementally: an article joins the story whose profile (actors
 * and content words, weighted by inverse document frequency) is most similar to its own, among
 * stories active within {@value #WINDOW_DAYS} days of it, when the cosine similarity reaches
 * {@value #JOIN}, more for larger stories ({@link #joinAt}), and the article names one of the
 * story's actors (or none); otherwise it starts a story. A near-duplicate joins its original's story. Words
 * found in more than {@value #BOILERPLATE_SHARE} of all articles (Reuters' "dlrs", "pct", "net",
 * "cts", "shr") are not story words. Not thread-safe; runs inside the store's write transaction.
 */
public final class StoryClusterer {

  static final double JOIN = 0.25;
  /**
   * How long a story stays open after its last article: six weeks, as a developing story (a
   * budget between its readings, talks between rounds) can go quiet for a month.
   */
  static final int WINDOW_DAYS = 42;
  /**
   * How much more similar an article must be to join a story, per doubling of the story's size
   * ({@link #joinAt}): a story's profile grows general as it grows (the party, the country), and
   * at one threshold for all it took in any article about them.
   */
  static final double GROWTH = 0.3;
  private static final int PROBE_FEATURES = 6;
  private static final int CANDIDATES = 3;
  /** How many of the latest stories holding a probed term are looked at. */
  private static final int PROBE_STORIES = 60;
  /** A story keeps the words of its first articles and the weights of those words in later ones. */
  private static final int MAX_STORY_TERMS = 300;
  /** A word in more than this share of all articles is boilerplate, not a story's word. */
  static final double BOILERPLATE_SHARE = 0.05;
  /** ... once there are this many articles to tell. */
  static final int BOILERPLATE_MIN_DOCS = 200;
  private static final int CACHED_STORIES = 2_000;
  private static final int CACHED_TERMS = 400_000;

  private final Db db;
  private final LruCache<Long, Map<String, Double>> profiles = new LruCache<>(CACHED_STORIES);
  /** Document frequencies of recently seen features (0: none stored). */
  private final LruCache<String, Long> dfs = new LruCache<>(CACHED_TERMS);
  /**
   * Whether {@link #dfs} holds every term of {@code term_df} (read whole when it fits, and nothing
   * dropped since), so a term it lacks has none stored and is not looked up; null: not known yet.
   */
  private Boolean dfsWhole;
  /**
   * Document frequencies to add to {@code term_df}, and story words to add to {@code story_terms},
   * held back until the transaction ends ({@link #flush}): written once per transaction instead of
   * once per article. Reads from those tables add them.
   */
  private final Map<String, Long> heldDf = new TreeMap<>();
  private final Map<Long, Map<String, Double>> heldTerms = new TreeMap<>();
  /** The stories of each term and their days, in memory (null: read them first). */
  private StoryProbes probes;

  public StoryClusterer(Db db) {
    this.db = db;
  }

  /**
   * Assigns the article to a story and returns the story id.
   *
   * @param actors actor ids of the article's entities with their mention counts
   * @param duplicateOf the original's sequence number for a near-duplicate, or null
   */
  public long assign(long seq, Analysis a, LocalDate day, Map<Long, Integer> actors, Long duplicateOf)
      throws SQLException {
    Map<String, Double> features = features(a, actors);
    long n = seq; // the number of articles ever given a sequence number (SELECT MAX(seq) once it is stored)
    Map<String, Long> df = df(features.keySet());
    for (String f : features.keySet()) {
      heldDf.merge(f, 1L, Long::sum); // written at the end of the transaction (flush)
      dfs.put(f, df.getOrDefault(f, 0L) + 1);
    }
    if (n >= BOILERPLATE_MIN_DOCS) {
      // words in a large share of all articles ("dlrs", "pct", "net", "cts", "shr", "blah") tell no
      // story apart from another; weighting them down is not enough to keep them from lumping
      features.keySet().removeIf(f -> f.startsWith("t:") && df.getOrDefault(f, 0L) + 1 > BOILERPLATE_SHARE * n);
    }
    Map<String, Double> idf = idf(features.keySet(), df, n);
    Long story = null;
    if (duplicateOf != null) {
      story = db.longValue("SELECT story FROM articles WHERE seq = ?", duplicateOf);
    }
    if (story == null && !features.isEmpty()) {
      story = bestStory(features, idf, day);
    }
    Long dayValue = day == null ? null : day.toEpochDay();
    Map<String, Double> profile;
    StoryProbes probes = probes();
    if (story == null) {
      story = db.longValue("INSERT INTO stories (label, first_day, last_day, size, terms) VALUES (?, ?, ?, 0, 0) RETURNING id",
          "", dayValue, dayValue);
      probes.days(story, dayValue, dayValue);
      profile = new LinkedHashMap<>();
      profiles.put(story, profile);
    } else {
      profile = profile(story);
    }
    int added = addFeatures(story, profile, features, probes);
    if (dayValue != null) {
      Long[] d = probes.days(story);
      Long first = d == null ? null : d[0];
      Long last = d == null ? null : d[1];
      probes.days(story, first == null || first > dayValue ? dayValue : first,
          last == null || last < dayValue ? dayValue : last);
    }
    long size = dayValue == null
        ? db.longValue("UPDATE stories SET size = size + 1, terms = terms + ? WHERE id = ? RETURNING size",
            added, story)
        : db.longValue("UPDATE stories SET size = size + 1, terms = terms + ?,"
            + " first_day = CASE WHEN first_day IS NULL OR first_day > ? THEN ? ELSE first_day END,"
            + " last_day = CASE WHEN last_day IS NULL OR last_day < ? THEN ? ELSE last_day END WHERE id = ? RETURNING size",
            added, dayValue, dayValue, dayValue, dayValue, story);
    probes.size(story, size);
    if (Long.bitCount(size) == 1) { // relabel at sizes 1, 2, 4, 8...: labels settle as stories grow
      db.update("UPDATE stories SET label = ? WHERE id = ?", label(story, n), story);
    }
    return story; // written with the article row
  }

  /**
   * Rewrites, now, the labels that name an actor just renamed ({@link ActorResolver#takeRenamed}:
   * "Israeli, ..." once the actor is "Israel"), instead of leaving them until their stories next
   * reach a power of two. A label names the actor when one of its actors, before the colon, is
   * the actor's old name; the stories looked at are those whose terms hold the actor. The new
   * label is written as {@link #assign} writes one, from the story's terms as they are now.
   *
   * @param renamed actor id to the name it had
   * @param n the number of articles given a sequence number (as {@link #assign} takes it)
   */
  public void followRenames(Map<Long, String> renamed, long n) throws SQLException {
    for (Map.Entry<Long, String> r : renamed.entrySet()) {
      List<Long> stories = probes().stories("a:" + r.getKey());
      if (stories.isEmpty()) {
        continue;
      }
      List<Object[]> labels = db.queryIn("SELECT id, label FROM stories WHERE id IN IN_LIST", stories, 100,
          rs -> new Object[] {rs.getLong(1), rs.getString(2)});
      for (Object[] l : labels) {
        if (namesActor((String) l[1], r.getValue())) {
          long story = (Long) l[0];
          db.update("UPDATE stories SET label = ? WHERE id = ?", label(story, n), story);
        }
      }
    }
  }

  /**
   * Whether a label ({@link #label(List, List, List)}: "A", "A, B", "A: w, w" or "A, B: w, w")
   * has {@code name} among its actors.
   */
  static boolean namesActor(String label, String name) {
    if (label == null || name == null || name.isEmpty()) {
      return false;
    }
    int colon = label.lastIndexOf(": "); // the words after it are single words, without ": "
    String actors = colon < 0 ? label : label.substring(0, colon);
    return actors.equals(name) || actors.startsWith(name + ", ") || actors.endsWith(", " + name);
  }

  /**
   * Adds the article's features to its story's profile (held back for {@code story_terms}, and
   * in memory) and returns how many terms the story gained. A method of its own so that the JIT
   * compiles it apart from {@link #assign}, whose whole, inlined, took C2 seconds per compilation.
   */
  private int addFeatures(long story, Map<String, Double> profile, Map<String, Double> features, StoryProbes probes) {
    List<Object[]> updates = new ArrayList<>();
    List<Object[]> inserts = new ArrayList<>();
    for (Map.Entry<String, Double> f : features.entrySet()) {
      if (profile.containsKey(f.getKey())) {
        updates.add(new Object[] {f.getValue(), story, f.getKey()});
      } else if (profile.size() + inserts.size() < MAX_STORY_TERMS) {
        inserts.add(new Object[] {story, f.getKey(), f.getValue()});
      }
    }
    for (Object[] u : updates) {
      heldTerms.computeIfAbsent(story, k -> new TreeMap<>()).merge((String) u[2], (Double) u[0], Double::sum);
    }
    for (Object[] i : inserts) {
      heldTerms.computeIfAbsent(story, k -> new TreeMap<>()).merge((String) i[1], (Double) i[2], Double::sum);
    }
    for (Object[] u : updates) {
      profile.merge((String) u[2], (Double) u[0], Double::sum);
    }
    for (Object[] i : inserts) {
      profile.put((String) i[1], (Double) i[2]);
      probes.addTerm((String) i[1], story);
    }
    return inserts.size();
  }

  /**
   * Writes the rows held back since the last call: document frequencies and story words (their
   * weights added to those stored), in key order. Called before the transaction commits.
   */
  public void flush() throws SQLException {
    List<Object[]> dfRows = new ArrayList<>(heldDf.size());
    heldDf.forEach((t, n) -> dfRows.add(new Object[] {t, n}));
    db.batch("INSERT INTO term_df (term, df) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET df = term_df.df + excluded.df",
        dfRows);
    heldDf.clear();
    List<Object[]> termRows = new ArrayList<>();
    heldTerms.forEach((story, terms) -> terms.forEach((t, w) -> termRows.add(new Object[] {story, t, w})));
    db.batch("INSERT INTO story_terms (story, term, weight) VALUES (?, ?, ?)"
        + " ON CONFLICT (story, term) DO UPDATE SET weight = story_terms.weight + excluded.weight", termRows);
    heldTerms.clear();
  }

  /** Forgets the cached story profiles and the rows held back (after a rollback, or when a story shrinks). */
  public void forget() {
    profiles.clear();
    dfs.clear();
    dfsWhole = null;
    probes = null;
    heldDf.clear();
    heldTerms.clear();
  }

  private StoryProbes probes() throws SQLException {
    if (probes == null) {
      probes = StoryProbes.load(db);
    }
    return probes;
  }

  /** An article's features: {@code a:ACTOR_ID} and {@code t:TERM}, with weights. */
  static Map<String, Double> features(Analysis a, Map<Long, Integer> actors) {
    Map<String, Double> f = new LinkedHashMap<>();
    actors.entrySet().stream()
        .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
        .limit(8)
        .forEach(e -> f.put("a:" + e.getKey(), (double) Math.min(5, e.getValue()) + 1));
    for (String t : new java.util.LinkedHashSet<>(Terms.keywords(a.article().title()))) {
      if (!isNumber(t)) {
        f.merge("t:" + t, 2.0, Double::sum);
      }
    }
    String text = a.text();
    Map<String, Integer> tf = new HashMap<>();
    for (String t : Terms.keywords(text.substring(0, Math.min(text.length(), 1500)))) {
      if (!isNumber(t)) {
        tf.merge(t, 1, Integer::sum);
      }
    }
    tf.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(12)
        .forEach(e -> f.merge("t:" + e.getKey(), (double) Math.min(3, e.getValue()), Double::sum));
    return f;
  }

  private static boolean isNumber(String t) {
    return !t.isEmpty() && Character.isDigit(t.charAt(0));
  }

  private Long bestStory(Map<String, Double> features, Map<String, Double> idf, LocalDate day) throws SQLException {
    List<Map.Entry<String, Double>> probe = new ArrayList<>(features.entrySet());
    probe.sort((x, y) -> Double.compare(y.getValue() * idf.get(y.getKey()), x.getValue() * idf.get(x.getKey())));
    Map<Long, Double> shared = new HashMap<>();
    for (Map.Entry<String, Double> p : probe.subList(0, Math.min(PROBE_FEATURES, probe.size()))) {
      List<Long> stories = new ArrayList<>();
      // the latest 60 stories of the term (SELECT ... FROM story_terms ... ORDER BY story DESC LIMIT 60)
      for (Object[] r : probes().latest(p.getKey(), PROBE_STORIES)) {
        Long first = (Long) r[1];
        Long last = (Long) r[2];
        if (day == null || first == null
            || (last >= day.toEpochDay() - WINDOW_DAYS && first <= day.toEpochDay() + WINDOW_DAYS)) {
          stories.add((Long) r[0]);
        }
      }
      for (long s : stories) {
        shared.merge(s, idf.get(p.getKey()), Double::sum);
      }
    }
    List<Map.Entry<Long, Double>> cands = new ArrayList<>(shared.entrySet());
    cands.sort(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Long best = null;
    double bestScore = 0;
    for (Map.Entry<Long, Double> c : cands.subList(0, Math.min(CANDIDATES, cands.size()))) {
      Map<String, Double> profile = profile(c.getKey());
      double s = cosine(features, profile, idf);
      if (s >= joinAt(probes().size(c.getKey())) && s >= bestScore && sharesActor(features, profile)) {
        best = c.getKey();
        bestScore = s;
      }
    }
    return best;
  }

  /**
   * Whether an article may be of a story by its actors: it names none, or one the story names.
   */
  static boolean sharesActor(Map<String, Double> features, Map<String, Double> profile) {
    boolean any = false;
    for (String f : features.keySet()) {
      if (f.startsWith("a:")) {
        if (profile.containsKey(f)) {
          return true;
        }
        any = true;
      }
    }
    return !any;
  }

  /** The similarity an article needs to join a story of {@code size} articles. */
  static double joinAt(long size) {
    return JOIN * (1 + GROWTH * Math.log(Math.max(1, size)) / Math.log(2));
  }

  /** A story's terms with their weights, from the cache or read once (the cache then kept in step). */
  private Map<String, Double> profile(long story) throws SQLException {
    Map<String, Double> m = profiles.get(story);
    if (m != null) {
      return m;
    }
    Map<String, Double> read = new TreeMap<>(); // the order the query gives: by term
    for (Object[] r : db.query("SELECT term, weight FROM story_terms WHERE story = ?",
        rs -> new Object[] {rs.getString(1), rs.getDouble(2)}, story)) {
      read.put((String) r[0], (Double) r[1]);
    }
    Map<String, Double> held = heldTerms.get(story);
    if (held != null) {
      held.forEach((t, w) -> read.merge(t, w, Double::sum));
    }
    m = new LinkedHashMap<>(read);
    profiles.put(story, m);
    return m;
  }

  /** Cosine of idf-weighted vectors; terms without a known idf weigh 1. */
  static double cosine(Map<String, Double> a, Map<String, Double> b, Map<String, Double> idf) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      double f = idf.getOrDefault(e.getKey(), 1.0); // looked up once, the same products as before
      double w = e.getValue() * f;
      na += w * w;
      Double o = b.get(e.getKey());
      if (o != null) {
        dot += w * o * f;
      }
    }
    for (Map.Entry<String, Double> e : b.entrySet()) {
      double w = e.getValue() * idf.getOrDefault(e.getKey(), 1.0);
      nb += w * w;
    }
    return dot == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  private static Map<String, Double> top(Map<String, Double> m, int n) {
    Map<String, Double> out = new LinkedHashMap<>();
    m.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n).forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /**
   * Whether every stored document frequency is in {@link #dfs}: the first time, {@code term_df}
   * is read whole into it when it fits (once per process and after each rollback); true until the
   * cache drops a term.
   */
  private boolean dfsWhole() throws SQLException {
    if (dfsWhole == null) {
      long rows = db.longValue("SELECT COUNT(*) FROM term_df");
      dfsWhole = rows <= dfs.capacity() / 2; // room for the terms still to come before dropping any
      if (dfsWhole) {
        db.query("SELECT term, df FROM term_df", rs -> dfs.putIfAbsent(rs.getString(1), rs.getLong(2)));
      }
    }
    if (dfs.evicted()) {
      dfsWhole = false;
    }
    return dfsWhole;
  }

  /** The stored document frequency of each term that has one: cached, the others read in one query. */
  private Map<String, Long> df(java.util.Collection<String> terms) throws SQLException {
    Map<String, Long> df = new HashMap<>();
    List<String> missing = new ArrayList<>();
    boolean whole = dfsWhole(); // first, so that terms it reads are found below
    for (String t : terms) {
      Long n = dfs.get(t);
      if (n == null) {
        missing.add(t);
      } else if (n > 0) {
        df.put(t, n);
      }
    }
    if (!missing.isEmpty() && !whole) {
      for (Object[] r : db.queryIn("SELECT term, df FROM term_df WHERE term IN IN_LIST", missing, 32,
          rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
        df.put((String) r[0], (Long) r[1]);
      }
    }
    for (String t : missing) {
      Long held = heldDf.get(t);
      if (held != null) {
        df.merge(t, held, Long::sum);
      }
      dfs.put(t, df.getOrDefault(t, 0L));
    }
    return df;
  }

  /** Inverse document frequency of each term, from the stored document frequencies. */
  private static Map<String, Double> idf(java.util.Collection<String> terms, Map<String, Long> df, long n) {
    Map<String, Double> idf = new HashMap<>();
    for (String t : terms) {
      idf.put(t, Math.log((n + 1.0) / (df.getOrDefault(t, 0L) + 1.0)) + 1.0);
    }
    return idf;
  }

  private String label(long story, long n) throws SQLException {
    Map<String, Double> profile = top(profile(story), 60);
    Map<String, Double> idf = idf(profile.keySet(), df(profile.keySet()), n);
    List<Map.Entry<String, Double>> scored = new ArrayList<>();
    for (Map.Entry<String, Double> e : profile.entrySet()) {
      scored.add(Map.entry(e.getKey(), e.getValue() * idf.get(e.getKey())));
    }
    scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<String> actors = new ArrayList<>();
    List<String> otherNames = new ArrayList<>();
    for (Map.Entry<String, Double> e : scored) {
      if (e.getKey().startsWith("a:") && actors.size() < 2) {
        long actor = Long.parseLong(e.getKey().substring(2));
        String name = db.first("SELECT name FROM actors WHERE id = ?", rs -> rs.getString(1), actor);
        if (name != null && !nameWords(actors).containsAll(nameWords(List.of(name)))) {
          actors.add(name);
          otherNames.addAll(db.query("SELECT name FROM actor_names WHERE actor = ? ORDER BY n DESC, name LIMIT "
              + OTHER_NAMES, rs -> rs.getString(1), actor));
        }
      }
    }
    return label(actors, otherNames, scored.stream().filter(e -> e.getKey().startsWith("t:"))
        .map(e -> e.getKey().substring(2)).toList());
  }

  /** How many of a label actor's other names (its most used) hold back words. */
  private static final int OTHER_NAMES = 10;

  /**
   * "ACTOR, ACTOR: word, word, word": the two top actors (the caller skips an actor whose name's
   * words are all in those of one before it: no "Bank" after "Bank of England"), then the three
   * top words that are not already a word of one of their names, or of the other names they are
   * called by ("israeli" is not repeated after "Israel", also called "Israeli").
   */
  static String label(List<String> actors, List<String> otherNames, List<String> words) {
    Set<String> named = nameWords(actors);
    named.addAll(nameWords(otherNames));
    List<String> kept = words.stream().filter(w -> !named.contains(w)).limit(3).toList();
    String label = String.join(", ", actors);
    if (!kept.isEmpty()) {
      label = label.isEmpty() ? String.join(", ", kept) : label + ": " + String.join(", ", kept);
    }
    return label;
  }

  /** The words of the names as a story's terms are written ({@link Terms#words}: lower case, no accents). */
  static Set<String> nameWords(List<String> names) {
    Set<String> words = new HashSet<>();
    for (String n : names) {
      words.addAll(Terms.words(n));
    }
    return words;
  }
}
