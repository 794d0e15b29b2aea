package dev.dossier.store.crossdoc;

import dev.dossier.model.Analysis;
import dev.dossier.model.Event;
import dev.dossier.model.Expectation;
import dev.dossier.model.Layers;
import dev.dossier.model.Modality;
import dev.dossier.model.Sentence;
import dev.dossier.model.TimeExpression;
import dev.dossier.store.sql.Db;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tracks expectations across articles. Each expectation is stored with its due period ({@link
 * DuePeriod}, anchored on the publication day) and its key words (what is expected, its head, and
 * the expected event's action; not the word "deadline"). A later article resolves it when it is in the same story or shares an
 * actor, and one of its sentences states at least {@value #COVER} of the key words (and at least
 * {@value #MIN_SHARED}) as done: not inside one of its own expectations, not in an event that is
 * only expected, possible, conditional or denied (or, without events, not with future or hedge
 * words, counting a scheduling word after a determiner, "on its scheduled date", as a description). Resolution works in both directions, so ingest order does not matter. Not thread-safe;
 * runs inside the store's write transaction.
 */
public final class ExpectationTracker {

  static final double COVER = 0.6;
  static final int MIN_SHARED = 2;
  private static final int MAX_TERMS = 8;
  /** Most earlier expectations (of the story, of the actors) a new article is compared with. */
  private static final int EARLIER = 100;
  private static final int ACTOR_CHUNK = 16;
  private static final Set<String> NOT_DONE = Set.of("will", "would", "could", "may", "might", "expected",
      "expect", "expects", "plan", "plans", "planned", "if", "unless", "whether", "should", "shall", "likely",
      "possible", "possibly", "deadline", "due", "upcoming", "scheduled", "looming", "waiting", "awaiting", "until");
  private static final Set<String> ATTRIBUTIVE = Set.of("scheduled", "planned", "expected", "upcoming", "looming",
      "possible", "likely", "due");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our", "this",
      "that", "these", "those");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"'\u201d\u2019)]*\\s+");

  private final Db db;
  /** The latest publication day stored (null: not read yet), to skip looking for later articles. */
  private Long latestDay;
  /** The stored expectations and their actors, in memory (null: read them first). */
  private ExpectationIndex index;

  public ExpectationTracker(Db db) {
    this.db = db;
  }

  /** The key words of an expectation. */
  static Set<String> keyTerms(Expectation x, List<Event> events) {
    Set<String> t = new LinkedHashSet<>(Terms.content(x.what().text()));
    if (x.head() != null) {
      t.addAll(Terms.content(x.head()));
    }
    t.remove(Terms.stem("deadline")); // what a deadline is for is done, never the deadline itself
    if (x.event() != null && x.event() < events.size()) {
      Event e = events.get(x.event());
      if (e.action() != null) {
        t.addAll(Terms.content(e.action()));
      }
      t.addAll(Terms.content(e.trigger().text()));
    }
    List<String> l = new ArrayList<>(t);
    return new LinkedHashSet<>(l.subList(0, Math.min(MAX_TERMS, l.size())));
  }

  /** A sentence of a possible resolving article. */
  record Clause(int start, int end, Set<String> terms, boolean notDone) {}

  /** Records the article's expectations and resolutions it takes part in, either way. */
  public void track(long seq, Analysis a, LocalDate day, long story, Collection<Long> actors) throws SQLException {
    Long dayValue = day == null ? null : day.toEpochDay();
    record(seq, a, day, dayValue, story, actors);
    ExpectationIndex index = index();
    if (dayValue == null || !index.anyBefore(dayValue)) {
      return; // nothing earlier to resolve
    }
    resolveEarlier(seq, a, dayValue, story, actors, index);
  }

  /**
   * Records the article's expectations (and their actors), and resolutions of them by later
   * stored articles. The parts of {@link #track} are methods of their own so that the JIT
   * compiles each alone: the whole, inlined, took C2 seconds per compilation, and each uncommon
   * trap in it compiled all of it again.
   */
  private void record(long seq, Analysis a, LocalDate day, Long dayValue, long story, Collection<Long> actors)
      throws SQLException {
    List<Expectation> xs = a.layer(Layers.EXPECTATIONS);
    List<Event> events = a.layer(Layers.EVENTS);
    List<TimeExpression> times = a.layer(Layers.TIMES);
    List<Object[]> dueRows = new ArrayList<>();
    List<Long> later = null;
    Map<Long, List<Clause>> laterClauses = new HashMap<>();
    for (int k = 0; k < xs.size(); k++) {
      Expectation x = xs.get(k);
      String due = x.due() != null ? x.due()
          : x.time() != null && x.time() < times.size() ? times.get(x.time()).value() : null;
      DuePeriod p = DuePeriod.parse(due, day);
      Set<String> terms = keyTerms(x, events);
      dueRows.add(new Object[] {seq, k, p == null ? null : p.from().toEpochDay(), p == null ? null : p.to().toEpochDay(),
          String.join(" ", terms), dayValue, story});
      if (dayValue != null && terms.size() >= MIN_SHARED && dayValue < latestDay()) {
        if (later == null) {
          later = related(seq, story, actors, dayValue, true);
        }
        for (long l : later) {
          List<Clause> clauses = laterClauses.get(l);
          if (clauses == null) {
            clauses = clauses(l);
            laterClauses.put(l, clauses);
          }
          best(clauses, terms, seq, k, l);
        }
      }
    }
    if (dayValue != null && latestDay != null && dayValue > latestDay) {
      latestDay = dayValue;
    }
    db.batch("INSERT INTO expectation_due (article, idx, due_from, due_to, terms, day, story)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", dueRows);
    ExpectationIndex index = index();
    for (Object[] r : dueRows) {
      index.addDue(new ExpectationIndex.Due(seq, ((Integer) r[1]).longValue(), (String) r[4], dayValue, story));
    }
    if (!xs.isEmpty() && dayValue != null) {
      List<Object[]> actorRows = new ArrayList<>();
      for (long actor : new java.util.TreeSet<>(actors)) {
        actorRows.add(new Object[] {actor, dayValue, seq});
      }
      db.batch("INSERT INTO expectation_actors (actor, day, article) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
          actorRows);
      for (Object[] r : actorRows) {
        index.addActor((Long) r[0], dayValue, seq);
      }
    }
  }

  /** Resolves earlier expectations of the story and of the article's actors by this article's sentences. */
  private void resolveEarlier(long seq, Analysis a, long dayValue, long story, Collection<Long> actors,
      ExpectationIndex index) throws SQLException {
    List<Clause> mine = clauses(a);
    Set<String> vocab = new LinkedHashSet<>();
    for (Clause c : mine) {
      if (!c.notDone()) {
        vocab.addAll(c.terms()); // only a sentence stating something done can resolve
      }
    }
    if (vocab.isEmpty()) {
      return;
    }
    // earlier expectations of the same story or of an article sharing an actor, latest first
    Map<List<Long>, String> cands = new LinkedHashMap<>();
    List<ExpectationIndex.Due> rows = new ArrayList<>(index.ofStory(story, dayValue, EARLIER));
    if (!actors.isEmpty()) {
      // per chunk of actors, the articles latest first (as the queries did: see ExpectationIndex)
      for (long article : index.articlesOfChunks(new ArrayList<>(new java.util.TreeSet<>(actors)), ACTOR_CHUNK,
          dayValue, EARLIER)) {
        rows.addAll(index.ofArticle(article));
      }
    }
    for (ExpectationIndex.Due r : rows) {
      List<Long> key = List.of(r.article(), r.idx());
      if (key.get(0) != seq) {
        cands.putIfAbsent(key, r.terms());
      }
    }
    for (Map.Entry<List<Long>, String> c : cands.entrySet()) {
      String termText = c.getValue();
      if (termText == null || wordsIn(termText, vocab) < MIN_SHARED) {
        continue; // cannot share enough: no set to build (most candidates)
      }
      Set<String> terms = termText.isEmpty() ? Set.of()
          : new LinkedHashSet<>(Arrays.asList(termText.split(" ")));
      if (terms.size() >= MIN_SHARED && Terms.intersection(terms, vocab) >= MIN_SHARED) {
        best(mine, terms, c.getKey().get(0), c.getKey().get(1), seq);
      }
    }
  }

  /**
   * How many of the space-separated words of {@code text} are in {@code vocab}, repeats counted:
   * at least the number of distinct words shared, so below {@code MIN_SHARED} the words cannot
   * share enough.
   */
  static int wordsIn(String text, Set<String> vocab) {
    int n = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf(' ', start);
      if (end < 0) {
        end = text.length();
      }
      if (vocab.contains(text.substring(start, end))) {
        n++;
      }
      start = end + 1;
    }
    return n;
  }

  /**
   * The latest publication day of a stored article other than those being linked now: articles
   * are mostly ingested in date order, so there is seldom a later one to look at.
   */
  private long latestDay() throws SQLException {
    if (latestDay == null) {
      Long d = db.longValue("SELECT MAX(day) FROM articles");
      latestDay = d == null ? Long.MIN_VALUE : d;
    }
    return latestDay;
  }

  /** Forgets the latest day and the expectations in memory (after a rollback, or when an article is replaced). */
  public void forget() {
    latestDay = null;
    index = null;
  }

  private ExpectationIndex index() throws SQLException {
    if (index == null) {
      index = ExpectationIndex.load(db);
    }
    return index;
  }

  private void best(List<Clause> clauses, Set<String> terms, long article, long idx, long by) throws SQLException {
    Clause best = null;
    double bestScore = 0;
    for (Clause c : clauses) {
      if (c.notDone()) {
        continue;
      }
      int shared = Terms.intersection(terms, c.terms());
      double cover = (double) shared / terms.size();
      if (shared >= MIN_SHARED && cover >= COVER && cover > bestScore) {
        best = c;
        bestScore = cover;
      }
    }
    if (best != null) {
      db.update("INSERT INTO resolutions (article, idx, by_article, start_off, end_off, score) VALUES (?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT DO NOTHING", article, idx, by, best.start(), best.end(), bestScore);
    }
  }

  /** Articles in the same story or sharing an actor, published after (or before) the day. */
  private List<Long> related(long seq, long story, Collection<Long> actors, long day, boolean later) throws SQLException {
    String cmp = later ? ">" : "<";
    Set<Long> out = new LinkedHashSet<>(db.query("SELECT seq FROM articles WHERE story = ? AND seq <> ? AND day " + cmp
        + " ? ORDER BY day, seq LIMIT 100", rs -> rs.getLong(1), story, seq, day));
    List<Long> ids = new ArrayList<>(actors);
    for (int i = 0; i < ids.size() && i < 10; i++) {
      out.addAll(db.query("SELECT aa.article FROM article_actors aa JOIN articles ar ON ar.seq = aa.article"
          + " WHERE aa.actor = ? AND aa.article <> ? AND ar.day " + cmp + " ? ORDER BY ar.day"
          + (later ? "" : " DESC") + ", aa.article LIMIT 50", rs -> rs.getLong(1), ids.get(i), seq, day));
    }
    return new ArrayList<>(out);
  }

  /** The sentences of a stored article. */
  private List<Clause> clauses(long article) throws SQLException {
    String text = db.first("SELECT text FROM articles WHERE seq = ?", rs -> rs.getString(1), article);
    if (text == null) {
      return List.of();
    }
    List<int[]> spans = db.query("SELECT start_off, end_off FROM sentences WHERE article = ? ORDER BY idx",
        rs -> new int[] {rs.getInt(1), rs.getInt(2)}, article);
    List<int[]> expected = db.query("SELECT start_off, end_off FROM expectations WHERE article = ?",
        rs -> new int[] {rs.getInt(1), rs.getInt(2)}, article);
    List<Object[]> evs = db.query("SELECT start_off, end_off, modality FROM events WHERE article = ?",
        rs -> new Object[] {rs.getInt(1), rs.getInt(2), rs.getString(3)}, article);
    List<int[]> done = new ArrayList<>();
    List<int[]> notDone = new ArrayList<>();
    for (Object[] e : evs) {
      Modality m = Modality.valueOf((String) e[2]);
      (m == Modality.HAPPENED || m == Modality.ONGOING ? done : notDone).add(new int[] {(int) e[0], (int) e[1]});
    }
    return clauses(text, spans, expected, done, notDone, !evs.isEmpty());
  }

  /** The sentences of an article in memory. */
  static List<Clause> clauses(Analysis a) {
    List<int[]> spans = new ArrayList<>();
    for (Sentence s : a.layer(Layers.SENTENCES)) {
      spans.add(new int[] {s.start(), s.end()});
    }
    List<int[]> expected = new ArrayList<>();
    for (Expectation x : a.layer(Layers.EXPECTATIONS)) {
      expected.add(new int[] {x.start(), x.end()});
    }
    List<int[]> done = new ArrayList<>();
    List<int[]> notDone = new ArrayList<>();
    for (Event e : a.layer(Layers.EVENTS)) {
      boolean d = e.modality() == Modality.HAPPENED || e.modality() == Modality.ONGOING;
      (d ? done : notDone).add(new int[] {e.start(), e.end()});
    }
    return clauses(a.text(), spans, expected, done, notDone, a.has(Layers.EVENTS) && !a.layer(Layers.EVENTS).isEmpty());
  }

  private static List<Clause> clauses(String text, List<int[]> spans, List<int[]> expected, List<int[]> done,
      List<int[]> notDone, boolean haveEvents) {
    if (spans.isEmpty()) {
      spans = split(text);
    }
    List<Clause> out = new ArrayList<>();
    for (int[] s : spans) {
      int start = Math.max(0, Math.min(s[0], text.length()));
      int end = Math.max(start, Math.min(s[1], text.length()));
      String sentence = text.substring(start, end);
      boolean blocked = overlapsAny(start, end, expected);
      if (!blocked) {
        // a sentence with future or conditional words is not done, even when it also reports a
        // statement that was made ("have said they will vote against the budget unless ...")
        blocked = notDone(sentence)
            || haveEvents && overlapsAny(start, end, notDone) && !overlapsAny(start, end, done);
      }
      out.add(new Clause(start, end, Terms.contentSet(sentence), blocked));
    }
    return out;
  }

  /**
   * Whether a sentence says something is not (yet) done: words of the future or of a condition
   * ({@link #futureWords}), or a negated verb ("did not want to suspend payments", "has never
   * met", "no need for an emergency meeting", "failed to pass"), which reports the expected thing
   * not happening. A negated noun ("opened with no agreement", "ended without a breakthrough")
   * does not count: the thing it says was done still was.
   */
  static boolean notDone(String sentence) {
    List<String> ws = Terms.words(sentence);
    return futureWords(ws) || Terms.negatedVerb(ws);
  }

  /**
   * Whether words say the sentence is not (yet) done. A scheduling or possibility word used as an
   * adjective after a determiner ("on its scheduled date", "the expected result") describes a
   * thing, not the sentence, so it does not count.
   */
  static boolean futureWords(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (NOT_DONE.contains(w) && !(ATTRIBUTIVE.contains(w) && i > 0 && DETERMINERS.contains(words.get(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsAny(int start, int end, List<int[]> spans) {
    for (int[] x : spans) {
      if (x[0] < end && start < x[1]) {
        return true;
      }
    }
    return false;
  }

  /** Sentence spans by punctuation, for articles without a sentences layer. */
  static List<int[]> split(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text);
    int start = 0;
    while (m.find()) {
      out.add(new int[] {start, m.end()});
      start = m.end();
    }
    if (start < text.length()) {
      out.add(new int[] {start, text.length()});
    }
    return out;
  }
}
