package dev.dossier.server;

import dev.dossier.ingest.ArticleSink;
import dev.dossier.ingest.Format;
import dev.dossier.ingest.IngestProblem;
import dev.dossier.ingest.Metadata;
import dev.dossier.ingest.ReadOptions;
import dev.dossier.ingest.Sources;
import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Published;
import dev.dossier.model.json.AnalysisJson;
import dev.dossier.store.PutResult;
import dev.dossier.store.Store;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes, each behind the bearer token: articles (text, HTML or JSONL) analysed here and stored,
 * and analyses made elsewhere stored as they are. Bodies are bounded by the server's body limit.
 */
final class IngestApi {

  static final List<String> ARTICLE_TYPES = List.of("text/plain", "text/html", "application/x-ndjson",
      "application/jsonl");

  private IngestApi() {}

  static List<Endpoint> endpoints(Store store, ServerConfig config) {
    Lazy analyzer = new Lazy(config);
    long max = config.maxBodyBytes();
    List<Param> meta = List.of(Param.text("title", "headline (text and HTML bodies)"),
        Param.text("outlet", "publishing outlet"), Param.text("published", "publication date, YYYY-MM-DD or ISO time"),
        Param.text("url", "canonical URL"), Param.flag("replace", "re-analyse and replace an article stored already"));
    return List.of(
        new Endpoint("POST", "/api/articles", "ingest", "Analyse and store articles",
            "The body is one article's text (text/plain), one page (text/html) or JSON Lines, one article per line "
                + "(application/x-ndjson). Needs 'Authorization: Bearer TOKEN'. Answers 201 when something was stored.",
            meta, Endpoint.Response.one(Views.IngestResult.class, "what was stored, and problems"), 200, true,
            ARTICLE_TYPES, r -> articles(store, r, analyzer, max)),
        new Endpoint("POST", "/api/analyses", "ingest", "Store an analysis made elsewhere",
            "The body is one dossier-analysis JSON document (application/json), stored without re-analysis.",
            List.of(Param.flag("replace", "replace an article stored already")),
            Endpoint.Response.one(Views.IngestResult.class, "what was stored"), 200, true, List.of("application/json"),
            r -> analysis(store, r, max)));
  }

  private static Object articles(Store store, Request r, Lazy analyzer, long max) {
    Format format = switch (mediaType(r)) {
      case "text/plain" -> Format.TEXT;
      case "text/html" -> Format.HTML;
      default -> Format.JSONL;
    };
    Published published = null;
    if (r.text("published") != null) {
      try {
        published = Published.parse(r.text("published"));
      } catch (IllegalArgumentException e) {
        throw ApiException.badParameter("published", "'published' must be a date or time, got '"
            + r.text("published") + "'");
      }
    }
    Metadata m = new Metadata(r.text("title"), r.text("outlet"), published, r.text("url"), null, null);
    byte[] body = Body.read(r.context(), max);
    if (body.length == 0) {
      throw new ApiException(400, "the request body is empty: send the article");
    }
    List<Article> read = new ArrayList<>();
    List<Views.Problem> problems = new ArrayList<>();
    new Sources().readStream(new ByteArrayInputStream(body), "request",
        new ReadOptions(format, m, body.length + 1L, false, ReadOptions.DEFAULT_FETCH_TIMEOUT), new ArticleSink() {
          @Override
          public void article(Article a) {
            read.add(a);
          }

          @Override
          public void problem(IngestProblem p) {
            problems.add(new Views.Problem(p.locator(), p.message(), p.fatal()));
          }
        });
    if (read.isEmpty()) {
      throw new ApiException(422, "no article could be read from the body"
          + (problems.isEmpty() ? "" : ": " + problems.get(0).message()));
    }
    boolean replace = r.flag("replace");
    List<Analysis> analyses = new ArrayList<>();
    for (Article a : read) {
      if (!replace && store.contains(a.id())) {
        analyses.add(store.get(a.id()).orElseThrow());
      } else {
        analyses.add(analyzer.get().apply(a));
      }
    }
    return result(store, analyses, replace, problems);
  }

  private static Object analysis(Store store, Request r, long max) {
    mediaType(r);
    Analysis a;
    try {
      a = AnalysisJson.fromJson(new String(Body.read(r.context(), max), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new ApiException(422, e.getMessage());
    }
    return result(store, List.of(a), r.flag("replace"), List.of());
  }

  private static Object result(Store store, List<Analysis> analyses, boolean replace, List<Views.Problem> problems) {
    List<PutResult> put = store.putAll(analyses, replace);
    store.flush();
    List<Views.Stored> stored = new ArrayList<>();
    boolean created = false;
    for (int i = 0; i < analyses.size(); i++) {
      String id = analyses.get(i).article().id();
      created |= put.get(i) != PutResult.SKIPPED;
      stored.add(new Views.Stored(id, analyses.get(i).article().title(), put.get(i).name(),
          store.summary(id).orElse(null), "/api/articles/" + id));
    }
    Views.IngestResult res = new Views.IngestResult(stored, problems);
    return created ? new DossierServer.Created(res) : res;
  }

  /** The request's media type, checked against what the endpoint accepts (415 otherwise). */
  private static String mediaType(Request r) {
    String ct = r.context().contentType();
    String type = ct == null ? "" : ct.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!r.endpoint().bodyTypes().contains(type)) {
      throw new ApiException(415, "Content-Type must be one of " + String.join(", ", r.endpoint().bodyTypes())
          + ", got '" + (ct == null ? "" : ct) + "'");
    }
    return type;
  }

  /** The analysis function, made on first use (the models load only when something is ingested). */
  private static final class Lazy {
    private final ServerConfig config;
    private Function<Article, Analysis> fn;

    Lazy(ServerConfig config) {
      this.config = config;
    }

    synchronized Function<Article, Analysis> get() {
      if (fn == null) {
        fn = config.analyzer().get();
      }
      return fn;
    }
  }
}
