package dev.dossier.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * What every answer gets whatever its route: security headers (a Content-Security-Policy that
 * allows only the server's own scripts and styles and no inline code), a body size check before
 * any handler reads, and JSON error bodies for refused requests, unknown paths and failures.
 */
final class Protection {

  /** Scripts, styles, images and fetches only from this server; nothing inline, no frames, no plugins. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** Request attribute set once an error body is written, so the 404 fallback leaves it alone. */
  private static final String WRITTEN = "dossier.error";

  private Protection() {}

  static void install(Javalin app, ServerConfig config) {
    app.before(ctx -> {
      headers(ctx);
      long length = ctx.req().getContentLengthLong();
      if (length > config.maxBodyBytes()) {
        throw new ApiException(413, "the request body is " + length + " bytes, over the limit of "
            + config.maxBodyBytes() + " bytes");
      }
    });
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.parameter()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), message(ctx, e), null));
    app.exception(Exception.class, (e, ctx) -> {
      System.err.println("dossier serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      e.printStackTrace();
      error(ctx, 500, "the server failed to answer: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()), null);
    });
    app.error(404, ctx -> {
      if (ctx.attribute(WRITTEN) == null) {
        error(ctx, 404, notFound(ctx), null);
      }
    });
    app.error(405, ctx -> error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path(), null));
  }

  private static String notFound(Context ctx) {
    return "no such page or endpoint: " + ctx.method() + " " + ctx.path() + " (the API is described at /api/openapi.json)";
  }

  private static String message(Context ctx, HttpResponseException e) {
    if (e.getStatus() == 404) {
      return notFound(ctx);
    }
    if (e.getStatus() == 413) {
      return "the request body is over the size limit";
    }
    return e.getMessage() == null || e.getMessage().isBlank() ? ErrorBody.reason(e.getStatus()) : e.getMessage();
  }

  static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
  }

  static void error(Context ctx, int status, String message, String parameter) {
    headers(ctx);
    if (status == 401) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"dossier\"");
    }
    ctx.attribute(WRITTEN, Boolean.TRUE);
    DossierServer.json(ctx, status, new ErrorBody(status, ErrorBody.reason(status), message, parameter, ctx.path()));
  }

  /**
   * Checks the bearer token of a request that writes to the store, in constant time.
   *
   * @throws ApiException 403 when ingest is disabled (no token configured), 401 when the token is
   *     missing or wrong
   */
  static void checkToken(Context ctx, ServerConfig config) {
    if (config.token() == null) {
      throw new ApiException(403, "ingest is disabled: start the server with a token (dossier serve --token-file FILE)");
    }
    String h = ctx.header("Authorization");
    if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ApiException(401, "this request writes to the store: send 'Authorization: Bearer TOKEN'");
    }
    byte[] given = h.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, config.token().getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(401, "wrong bearer token");
    }
  }
}
