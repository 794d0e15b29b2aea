package dev.dossier.server;

import dev.dossier.store.ArticleSummary;
import dev.dossier.store.query.ActorSummary;
import dev.dossier.store.query.Deadline;
import dev.dossier.store.query.TimelineEntry;
import dev.dossier.store.search.FacetCount;
import dev.dossier.store.search.SearchHit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The response records of the API that are not store query records. */
public final class Views {
  private Views() {}

  /**
   * What the server is and what it allows.
   *
   * @param name "dossier"
   * @param version the Dossier version and commit
   * @param articles how many articles are stored
   * @param today the day deadlines and the timeline's "today" are measured against
   * @param ingest whether POST /api/articles and /api/analyses are enabled (a token is set)
   * @param maxBodyBytes the largest request body accepted
   * @param maxLimit the largest page size
   */
  public record Info(String name, String version, long articles, LocalDate today, boolean ingest, long maxBodyBytes,
      int maxLimit) {}

  /**
   * An actor and the actors it appears with, for drawing a network.
   *
   * @param center the actor
   * @param nodes the actor and its related actors
   * @param edges pairs of node ids that appear together (each related actor is joined to the
   *     center; two related actors are joined when one lists the other among its own related)
   */
  public record Network(ActorSummary center, List<ActorSummary> nodes, List<Edge> edges) {}

  /**
   * Two actors that appear together.
   *
   * @param from one actor id
   * @param to the other
   */
  public record Edge(long from, long to) {}

  /**
   * A timeline with the deadlines of its articles.
   *
   * @param subject what it is about (an actor's name, a story's label, or the query)
   * @param today the day of the "today" marker
   * @param entries events, expectations, articles and the future dates the articles mention
   *     (kind "expected"), by date
   * @param deadlines expectations stated in the timeline's articles, with their status on today
   */
  public record Timeline(String subject, LocalDate today, List<TimelineEntry> entries, List<Deadline> deadlines) {}

  /**
   * A page of search hits with facet counts over every match.
   *
   * @param total how many articles match
   * @param offset hits skipped
   * @param limit most hits on a page
   * @param next path and query of the next page, or null
   * @param hits this page's hits
   * @param facets per dimension (outlet, actor, month, source_kind), the most frequent values
   */
  public record SearchPage(long total, int offset, int limit, String next, List<SearchHit> hits,
      Map<String, List<FacetCount>> facets) {}

  /**
   * What an ingest request did.
   *
   * @param stored one line per article read, in input order
   * @param problems inputs or records that could not be read or stored
   */
  public record IngestResult(List<Stored> stored, List<Problem> problems) {}

  /**
   * One article of an ingest request.
   *
   * @param id the article id
   * @param title headline, or null
   * @param result INSERTED, REPLACED or SKIPPED (already stored)
   * @param article the stored article's metadata
   * @param href the API path of the article
   */
  public record Stored(String id, String title, String result, ArticleSummary article, String href) {}

  /**
   * A problem with part of an ingest request.
   *
   * @param location where ({@code request:LINE}, {@code request#RECORD})
   * @param message what was wrong
   * @param fatal whether the record was lost (false for a warning)
   */
  public record Problem(String location, String message, boolean fatal) {}
}
