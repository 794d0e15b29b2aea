package dev.dossier.server;

import dev.dossier.model.json.Version;
import dev.dossier.store.Store;
import java.util.ArrayList;
import java.util.List;

/** The API's operations, in the order the OpenAPI description lists them. */
final class Api {

  /** {@code offset}: items skipped. */
  static final Param OFFSET = Param.integer("offset", 0, Integer.MAX_VALUE, 0, "items to skip (for the next page)");

  /** {@code limit}: the page size. */
  static final Param LIMIT = Param.integer("limit", 1, Request.MAX_LIMIT, 20, "most items on a page");

  private Api() {}

  static List<Endpoint> endpoints(Store store, ServerConfig config) {
    List<Endpoint> all = new ArrayList<>();
    all.add(Endpoint.get("/api", "meta", "What this server is and what it allows", "", List.of(),
        Endpoint.Response.one(Views.Info.class, "server information"),
        r -> new Views.Info("dossier", Version.get(), store.count(), config.today().get(), config.token() != null,
            config.maxBodyBytes(), Request.MAX_LIMIT)));
    all.addAll(ArticleApi.endpoints(store));
    all.addAll(ActorApi.endpoints(store));
    all.addAll(QueryApi.endpoints(store, config));
    all.addAll(IngestApi.endpoints(store, config));
    return List.copyOf(all);
  }

  /** The parameters, with offset and limit appended. */
  static List<Param> paged(Param... params) {
    List<Param> out = new ArrayList<>(List.of(params));
    out.add(OFFSET);
    out.add(LIMIT);
    return out;
  }
}
