package dev.dossier.store.crossdoc;

import dev.dossier.model.Analysis;
import dev.dossier.model.Attribution;
import dev.dossier.model.Layers;
import dev.dossier.store.sql.Db;
import dev.dossier.store.sql.SqlStore;
import dev.dossier.store.sql.Timings;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Links a newly stored article to the others, in dependency order: near-duplicates, actors,
 * story, claims, expectations. Runs inside the store's write transaction, so an article's links
 * are committed with it or not at all. Not thread-safe.
 */
public final class CrossDocLinker {

  /**
   * What linking found.
   *
   * @param actors actor id of each resolved entity index
   * @param duplicate the original this article copies, or null
   * @param story the story it joined or started
   * @param sourceKinds the kinds of source its attributions cite
   */
  public record Result(Map<Integer, Long> actors, DuplicateDetector.Match duplicate, long story,
      Set<String> sourceKinds) {}

  private final DuplicateDetector duplicates;
  private final ActorResolver actors;
  private final StoryClusterer stories;
  private final ClaimLinker claims;
  private final ExpectationTracker expectations;

  public CrossDocLinker(Db db) {
    duplicates = new DuplicateDetector(db);
    actors = new ActorResolver(db);
    stories = new StoryClusterer(db);
    claims = new ClaimLinker(db);
    expectations = new ExpectationTracker(db);
  }

  /**
   * Forgets what linking keeps in memory; called when a transaction rolls back and when an
   * article is replaced (its copies' claims change group).
   */
  public void forget() {
    duplicates.forget();
    actors.forget();
    stories.forget();
    claims.forget();
    expectations.forget();
  }

  /**
   * Writes the rows linking held back to write once per transaction (counters and bands), so
   * they commit with the articles; called before each commit, and before an article is deleted.
   */
  public void flush() throws SQLException {
    duplicates.flush();
    actors.flushContexts();
    stories.flush();
    claims.flush();
  }

  /** Links the article stored under {@code seq}; {@code fp} is its duplicate fingerprint. */
  public Result link(long seq, Analysis a, LocalDate day, DuplicateDetector.Fingerprint fp) throws SQLException {
    return link(seq, a, day, fp, Set.of());
  }

  /**
   * {@link #link(long, Analysis, LocalDate, DuplicateDetector.Fingerprint)} for an article that
   * replaces a stored one whose copies are {@code copies}: none of them is taken for its original.
   */
  public Result link(long seq, Analysis a, LocalDate day, DuplicateDetector.Fingerprint fp, Set<Long> copies)
      throws SQLException {
    long t0 = Timings.cpu();
    DuplicateDetector.Match dup = duplicates.detect(seq, a.article(), fp, copies);
    long t1 = Timings.cpu();
    Map<Integer, Long> byEntity = actors.resolve(seq, a, day);
    long t2 = Timings.cpu();
    Map<Long, Integer> mentions = new HashMap<>();
    var entities = a.layer(Layers.ENTITIES);
    byEntity.forEach((e, actor) -> mentions.merge(actor, Math.max(1, entities.get(e).mentions().size()), Integer::sum));
    long story = stories.assign(seq, a, day, mentions, dup == null ? null : dup.original());
    Map<Long, String> renamed = actors.takeRenamed();
    if (!renamed.isEmpty()) {
      stories.followRenames(renamed, seq); // labels naming an actor by its old name follow it now
    }
    long t3 = Timings.cpu();
    claims.link(seq, a, day, byEntity, dup == null ? seq : dup.original(), story);
    long t4 = Timings.cpu();
    expectations.track(seq, a, day, story, mentions.keySet());
    long t5 = Timings.cpu();
    SqlStore.TIMINGS.add("  near-duplicates", t1 - t0);
    SqlStore.TIMINGS.add("  actors", t2 - t1);
    SqlStore.TIMINGS.add("  stories", t3 - t2);
    SqlStore.TIMINGS.add("  claims", t4 - t3);
    SqlStore.TIMINGS.add("  expectations", t5 - t4);
    Set<String> kinds = new TreeSet<>();
    for (Attribution at : a.layer(Layers.ATTRIBUTIONS)) {
      kinds.add(at.sourceKind().name());
    }
    return new Result(byEntity, dup, story, kinds);
  }
}
