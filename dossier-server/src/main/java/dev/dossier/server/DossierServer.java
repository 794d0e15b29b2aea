package dev.dossier.server;

import dev.dossier.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;

/**
 * {@code dossier serve}: the REST API ({@code /api/...}, described at {@code /api/openapi.json})
 * and the web UI over one store. Binds {@link ServerConfig#host()} (loopback by default). Every
 * answer carries a strict Content-Security-Policy; errors are JSON {@link ErrorBody}s. Start it
 * once, stop it once; the store stays open and is the caller's to close.
 */
public final class DossierServer implements AutoCloseable {

  /** The UI routes; each answers the page shell, whose script draws the page. */
  static final List<String> PAGES = List.of("/", "/article", "/actor", "/timeline", "/deadlines", "/sources",
      "/search");

  private final ServerConfig config;
  private final List<Endpoint> endpoints;
  private final Javalin app;

  public DossierServer(Store store, ServerConfig config) {
    Objects.requireNonNull(store, "store");
    this.config = Objects.requireNonNull(config, "config");
    this.endpoints = Api.endpoints(store, config);
    Assets assets = new Assets();
    this.app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.startupWatcherEnabled = false;
      c.http.maxRequestSize = config.maxBodyBytes();
      c.http.disableCompression();
      c.jetty.defaultHost = config.host();
      c.router.ignoreTrailingSlashes = true;
      c.http.prefer405over404 = true;
    });
    Protection.install(app, config);
    for (Endpoint e : endpoints) {
      route(e);
    }
    app.get("/api/openapi.json", ctx -> json(ctx, 200, new RawJson(OpenApi.document(endpoints))));
    for (String page : PAGES) {
      app.get(page, ctx -> asset(ctx, assets.get(Assets.SHELL)));
    }
    app.get("/static/{name}", ctx -> {
      Assets.Asset a = assets.get(ctx.pathParam("name"));
      if (a == null) {
        throw ApiException.notFound("no file /static/" + ctx.pathParam("name") + "; the UI has "
            + String.join(", ", assets.names()));
      }
      asset(ctx, a);
    });
  }

  private void route(Endpoint e) {
    io.javalin.http.Handler h = ctx -> {
      if (e.auth()) {
        Protection.checkToken(ctx, config);
      }
      Request r = new Request(ctx, e);
      Object body = e.handler().handle(r);
      json(ctx, body instanceof Created ? 201 : e.status(), body instanceof Created c ? c.body() : body);
    };
    switch (e.method()) {
      case "GET" -> app.get(e.path(), h);
      case "POST" -> app.post(e.path(), h);
      default -> throw new IllegalArgumentException("unsupported method " + e.method() + " for " + e.path());
    }
  }

  static void json(Context ctx, int status, Object body) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(Json.write(body));
  }

  private static void asset(Context ctx, Assets.Asset a) {
    ctx.contentType(a.contentType()).header("Cache-Control", "no-cache").result(a.bytes());
  }

  /** Starts listening; returns this server. */
  public DossierServer start() {
    app.start(config.host(), config.port());
    return this;
  }

  /** The port listened on (the chosen one when the config says 0). */
  public int port() {
    return app.port();
  }

  /** The base URL, {@code http://HOST:PORT}. */
  public String url() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return "http://" + host + ":" + port();
  }

  /** The API's operations, as routed and described. */
  public List<Endpoint> endpoints() {
    return endpoints;
  }

  /** Stops listening; the store is left open. */
  @Override
  public void close() {
    app.stop();
  }

  /** A handler's answer that created something: written with status 201. */
  public record Created(Object body) {}
}
