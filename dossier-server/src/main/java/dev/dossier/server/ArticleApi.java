package dev.dossier.server;

import dev.dossier.model.Analysis;
import dev.dossier.model.json.AnalysisJson;
import dev.dossier.store.ArticleSummary;
import dev.dossier.store.Store;
import java.util.List;

/** Articles: the list, the article view with its facts, and the stored Analysis JSON. */
final class ArticleApi {

  private static final Param ID = Param.path("id", "the article id (a content hash, as listed)");

  private ArticleApi() {}

  static List<Endpoint> endpoints(Store store) {
    return List.of(
        Endpoint.get("/api/articles", "articles", "Stored articles, in storage order", "", Api.paged(),
            Endpoint.Response.page(ArticleSummary.class, "a page of article summaries"),
            r -> r.page(store.list(r.offset(), r.limit()), store.count())),
        Endpoint.get("/api/articles/{id}", "articles", "An article with every fact found in it",
            "The text, every fact (mention, time, attribution, figure, event, expectation) with its offsets, type, "
                + "value, linked entities and provenance, and the article's entities with their store actors. The "
                + "text is the article's own and untrusted: render it as text.",
            List.of(ID), Endpoint.Response.one(ArticleDoc.class, "the article view"),
            r -> {
              String id = r.path("id");
              ArticleSummary s = store.summary(id).orElseThrow(() -> missing(id));
              Analysis a = store.get(id).orElseThrow(() -> missing(id));
              return ArticleViews.of(s, a, store.entityActors(id));
            }),
        Endpoint.get("/api/articles/{id}/analysis", "articles", "The stored Analysis JSON of an article",
            "Exactly the dossier-analysis document that was stored (docs/analysis-format.md).", List.of(ID),
            Endpoint.Response.one(Object.class, "a dossier-analysis JSON document"),
            r -> {
              String id = r.path("id");
              return new RawJson(AnalysisJson.toJson(store.get(id).orElseThrow(() -> missing(id)), false));
            }));
  }

  static ApiException missing(String id) {
    return ApiException.notFound("no article with id '" + id + "' is stored (list them at /api/articles)");
  }
}
