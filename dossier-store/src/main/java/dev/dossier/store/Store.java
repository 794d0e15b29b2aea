package dev.dossier.store;

import dev.dossier.model.Analysis;
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
import dev.dossier.store.search.SearchQuery;
import dev.dossier.store.search.SearchResult;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps analysed articles and every fact in them, links them across articles, and answers
 * queries. Open one with {@link Stores}.
 *
 * <p>Writes are idempotent by article id and atomic per call: after a crash at any moment an
 * article is either stored whole, with its cross-document links and (once the store is reopened)
 * its search document, or not at all. Implementations are thread-safe; calls are serialised.
 * Every method throws {@link StoreException} when the underlying database or index fails.
 */
public interface Store extends AutoCloseable {

  /** Stores an analysis unless an article with its id is stored already. */
  default PutResult put(Analysis analysis) {
    return putAll(List.of(analysis), false).get(0);
  }

  /**
   * Stores analyses in one transaction, in order.
   *
   * @param replace whether an article stored already is replaced (for a re-analysis); otherwise
   *     it is skipped
   * @return what happened to each, in order
   */
  List<PutResult> putAll(List<Analysis> analyses, boolean replace);

  /**
   * An analysis with the work on it that needs no store (serialising it, its fingerprints), made
   * by {@link #stage} on any thread and stored by {@link #putStaged} of the same store.
   *
   * @param analysis the analysis
   * @param work what the store computed ahead, or null
   */
  record Staged(Analysis analysis, Object work) {}

  /**
   * Does ahead, on the calling thread, the part of storing an analysis that needs no store
   * access, so that writers spend their transaction on the database. Thread-safe.
   */
  default Staged stage(Analysis analysis) {
    return new Staged(analysis, null);
  }

  /**
   * {@link #stage(Analysis)} of an analysis read from its Analysis JSON {@code json}, which the
   * store may keep as the stored form instead of serialising the analysis again.
   */
  default Staged stage(Analysis analysis, String json) {
    return stage(analysis);
  }

  /** {@link #stage(Analysis, String)} of the JSON as well-formed UTF-8 bytes (not changed afterwards). */
  default Staged stage(Analysis analysis, byte[] utf8Json) {
    return stage(analysis, new String(utf8Json, StandardCharsets.UTF_8));
  }

  /** {@link #putAll} of staged analyses. */
  default List<PutResult> putStaged(List<Staged> staged, boolean replace) {
    return putAll(staged.stream().map(Staged::analysis).toList(), replace);
  }

  /** Whether an article with this id is stored. */
  boolean contains(String articleId);

  /** Which of these article ids are stored (one look-up for many, for resuming an ingest). */
  default Set<String> storedIds(Collection<String> articleIds) {
    Set<String> out = new HashSet<>();
    for (String id : articleIds) {
      if (contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /** The stored analysis, exactly as it was put, or empty. */
  Optional<Analysis> get(String articleId);

  /** A stored article's metadata (with its story and the article it copies), or empty. */
  Optional<ArticleSummary> summary(String articleId);

  /**
   * The cross-document actor each entity of a stored article was resolved to: entity index (in
   * the article's entities layer) to actor id. Entities without an actor are absent; empty when
   * the article is not stored.
   */
  Map<Integer, Long> entityActors(String articleId);

  /** Stored articles in storage order. */
  List<ArticleSummary> list(int offset, int limit);

  /** How many articles are stored. */
  long count();

  /** Calls {@code consumer} with every stored analysis, in storage order. */
  void forEach(Consumer<Analysis> consumer);

  /** Checks the database and the search index against each other. */
  Verification verify();

  /** Makes the search index durable now (it is also committed regularly and on close). */
  void flush();

  /** Full-text search with filters and facets. */
  SearchResult search(SearchQuery query);

  /** Actors whose name or alias matches (case- and accent-insensitively), best first. */
  List<ActorSummary> findActors(String name, int limit);

  /** Actors mentioned in the most articles. */
  List<ActorSummary> topActors(int limit);

  /** An actor's profile, by name (best match) or by id. */
  Optional<ActorProfile> actor(String nameOrId);

  /** Events and articles about an actor, a story or a query, by date. */
  List<TimelineEntry> timeline(TimelineQuery query);

  /**
   * The time expressions of these articles that point past their publication (relation FUTURE,
   * type DATE), each with its sentence, in article then text order.
   */
  List<StatedTime> futureDates(List<String> articleIds);

  /** Expectations with their status relative to the query's day. */
  List<Deadline> deadlines(DeadlineQuery query);

  /** Stories with the most articles (then latest) first. */
  List<StorySummary> stories(int limit);

  /** A story with its articles. */
  Optional<StoryView> story(long id);

  /** Claims whose content matches the query, each with who agrees and who contradicts. */
  List<ClaimReport> sources(String query, int limit);

  /** One claim by its public id ({@code ARTICLE_ID:aN} or {@code ARTICLE_ID:fN}). */
  Optional<ClaimReport> claim(String claimId);

  /** Claims corroborated by at least one independent source, most corroborated first. */
  List<ClaimReport> corroborated(int limit);

  /** Claims contradicted by another, with both sources. */
  List<ClaimReport> contradictions(int limit);

  /** Claims attributed to unnamed sources, latest first. */
  List<ClaimView> anonymousClaims(int limit);

  /** Figures whose text or measure matches the query (null: all), optionally of one unit. */
  List<FigureView> figures(String query, String unit, int limit);

  /** Closes the store, committing the search index. */
  @Override
  void close();
}
