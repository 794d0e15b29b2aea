package dev.dossier.server;

import dev.dossier.model.SourceKind;
import dev.dossier.store.Store;
import dev.dossier.store.query.ClaimReport;
import dev.dossier.store.query.ClaimView;
import dev.dossier.store.query.Deadline;
import dev.dossier.store.query.DeadlineQuery;
import dev.dossier.store.query.StorySummary;
import dev.dossier.store.query.StoryView;
import dev.dossier.store.query.TimelineEntry;
import dev.dossier.store.query.TimelineQuery;
import dev.dossier.store.search.SearchQuery;
import dev.dossier.store.search.SearchResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Timelines, deadlines, search with facets, stories and sources of claims. */
final class QueryApi {

  private static final List<String> STATUSES = lower(Deadline.Status.values());
  private static final List<String> KINDS = lower(SourceKind.values());
  private static final Param TODAY = Param.date("today", "the day to measure against (default: the server's today)");

  private QueryApi() {}

  static List<Endpoint> endpoints(Store store, ServerConfig config) {
    return List.of(
        Endpoint.get("/api/timeline", "timeline", "Events, expectations and articles by date, with deadlines",
            "Give exactly one of actor, story or q. Past events and expected ones share one axis: the store's events, "
                + "expectations and articles, and (kind 'expected') the future dates its articles mention, each with "
                + "its sentence. Deadlines are the expectations stated in the timeline's articles, with their status "
                + "on today.",
            List.of(Param.text("actor", "an actor id or name"),
                Param.integer("story", 1, Integer.MAX_VALUE, null, "a story id"),
                Param.text("q", "search words"), Param.date("from", "earliest date"), Param.date("to", "latest date"),
                TODAY, Param.integer("limit", 1, Request.MAX_WINDOW, 300, "most entries")),
            Endpoint.Response.one(Views.Timeline.class, "the timeline"),
            r -> timeline(store, r, today(r, config))),
        Endpoint.get("/api/deadlines", "deadlines", "Expectations with their status on a day",
            "Upcoming, overdue and resolved (by a later article) expectations; undated ones only when asked for.",
            Api.paged(Param.choice("status", STATUSES, null, "statuses to list (default: upcoming, overdue, resolved)")
                .asRepeatable(), TODAY),
            Endpoint.Response.page(Deadline.class, "a page of deadlines"),
            r -> {
              Set<Deadline.Status> st = EnumSet.noneOf(Deadline.Status.class);
              r.choices("status").forEach(s -> st.add(Deadline.Status.valueOf(s.toUpperCase(Locale.ROOT))));
              LocalDate day = today(r, config);
              return r.window(n -> store.deadlines(new DeadlineQuery(st, day, n)));
            }),
        Endpoint.get("/api/search", "search", "Full-text search with facets",
            "Facets (outlet, actor, month, source_kind) count every match, not only this page.",
            Api.paged(Param.text("q", "search words (Lucene syntax); empty matches every article"),
                Param.text("actor", "only articles mentioning this actor (exact name, as in the actor facet)"),
                Param.text("outlet", "only articles from this outlet"), Param.date("from", "earliest publication day"),
                Param.date("to", "latest publication day"),
                Param.choice("source_kind", KINDS, null, "only articles citing a source of this kind"),
                Param.choice("sort", List.of("relevance", "date"), "relevance", "order of the hits")),
            Endpoint.Response.one(Views.SearchPage.class, "hits and facet counts"),
            r -> search(store, r)),
        Endpoint.get("/api/stories", "stories", "Stories, the largest (then latest) first", "", Api.paged(),
            Endpoint.Response.page(StorySummary.class, "a page of stories"), r -> r.window(store::stories)),
        Endpoint.get("/api/stories/{id}", "stories", "A story with its articles, actors and timeline", "",
            List.of(Param.path("id", "a story id")), Endpoint.Response.one(StoryView.class, "the story"),
            r -> {
              long id = number(r.path("id"), "id");
              return store.story(id).orElseThrow(() -> ApiException.notFound("no story " + id + " (see /api/stories)"));
            }),
        Endpoint.get("/api/sources", "sources", "Who says a claim, and who agrees or contradicts",
            "Give q (words of the claim) or filter. Each claim has its source (named or anonymous, with its kind) and "
                + "the claims of other articles that corroborate, contradict or only repeat it.",
            Api.paged(Param.text("q", "words of the claim"),
                Param.choice("filter", List.of("corroborated", "contradictions", "anonymous"), null,
                    "list claims with such relations instead of matching words")),
            Endpoint.Response.page(ClaimReport.class, "a page of claims with their relations"),
            r -> sources(store, r)),
        Endpoint.get("/api/claims/{id}", "sources", "One claim with its relations", "",
            List.of(Param.path("id", "a claim id, ARTICLE_ID:aN (attribution) or ARTICLE_ID:fN (figure)")),
            Endpoint.Response.one(ClaimReport.class, "the claim"),
            r -> claim(store, r.path("id"))));
  }

  private static ClaimReport claim(Store store, String id) {
    try {
      return store.claim(id).orElseThrow(() -> ApiException.notFound("no claim '" + id + "'"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("id", e.getMessage());
    }
  }

  private static LocalDate today(Request r, ServerConfig config) {
    LocalDate d = r.date("today");
    return d != null ? d : config.today().get();
  }

  static Views.Timeline timeline(Store store, Request r, LocalDate today) {
    String actor = r.text("actor");
    Integer story = r.integer("story");
    String q = r.text("q");
    int given = (actor != null ? 1 : 0) + (story != null ? 1 : 0) + (q != null ? 1 : 0);
    if (given != 1) {
      throw ApiException.badParameter(actor == null ? "actor" : "story",
          "give exactly one of actor, story or q (got " + given + ")");
    }
    LocalDate from = r.date("from");
    LocalDate to = r.date("to");
    checkRange(from, to);
    String subject = q;
    if (actor != null) {
      // the name only: the full profile (roles, statements, network) is not needed here
      subject = store.findActors(actor, 1).stream().findFirst()
          .orElseThrow(() -> ApiException.notFound("no actor '" + actor
              + "' (find actors at /api/actors?q=NAME)")).name();
    } else if (story != null) {
      subject = store.story(story).orElseThrow(() -> ApiException.notFound("no story " + story)).story().label();
    }
    List<TimelineEntry> entries = ExpectedDates.merge(store, store.timeline(new TimelineQuery(actor,
        story == null ? null : story.longValue(), q, from, to, r.integer("limit"))), from, to);
    Set<String> articles = new HashSet<>();
    entries.forEach(e -> {
      if (e.article() != null) {
        articles.add(e.article().id());
      }
    });
    // only the expectations of the timeline's own articles, selected by the store
    List<Deadline> deadlines = store.deadlines(new DeadlineQuery(EnumSet.allOf(Deadline.Status.class), today,
        Request.MAX_WINDOW).inArticles(articles));
    return new Views.Timeline(subject, today, entries, deadlines);
  }

  private static Views.SearchPage search(Store store, Request r) {
    LocalDate from = r.date("from");
    LocalDate to = r.date("to");
    checkRange(from, to);
    String kind = r.choice("source_kind");
    SearchQuery q = new SearchQuery(r.text("q"), r.text("actor"), r.text("outlet"), from, to,
        kind == null ? null : SourceKind.valueOf(kind.toUpperCase(Locale.ROOT)), "date".equals(r.choice("sort")),
        r.limit(), r.offset());
    SearchResult res;
    try {
      res = store.search(q);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("q", e.getMessage());
    }
    boolean more = r.offset() + res.hits().size() < res.total();
    return new Views.SearchPage(res.total(), r.offset(), r.limit(), more ? r.nextLink(r.offset() + r.limit()) : null,
        res.hits(), res.facets());
  }

  private static Page<ClaimReport> sources(Store store, Request r) {
    String q = r.text("q");
    String filter = r.choice("filter");
    if ((q == null) == (filter == null)) {
      throw ApiException.badParameter("q", "give either q (words of the claim) or filter, not " + (q == null
          ? "neither" : "both"));
    }
    return r.window(n -> switch (filter == null ? "q" : filter) {
      case "corroborated" -> store.corroborated(n);
      case "contradictions" -> store.contradictions(n);
      case "anonymous" -> withRelations(store, store.anonymousClaims(n));
      default -> store.sources(q, n);
    });
  }

  private static List<ClaimReport> withRelations(Store store, List<ClaimView> claims) {
    List<ClaimReport> out = new ArrayList<>();
    for (ClaimView c : claims) {
      out.add(store.claim(c.id()).orElse(new ClaimReport(c, List.of())));
    }
    return out;
  }

  private static void checkRange(LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badParameter("from", "from " + from + " is after to " + to);
    }
  }

  private static long number(String v, String name) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, "'" + name + "' must be a whole number, got '" + v + "'");
    }
  }

  private static List<String> lower(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
  }
}
