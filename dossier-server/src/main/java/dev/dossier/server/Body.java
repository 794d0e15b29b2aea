package dev.dossier.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a request body, refusing it (413) once it passes the limit, whether or not it declared its length. */
final class Body {
  private Body() {}

  /**
   * @throws ApiException 413 when the body is over {@code max} bytes
   */
  static byte[] read(Context ctx, long max) {
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (b.length > max) {
        throw new ApiException(413, "the request body is over the limit of " + max + " bytes");
      }
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request body", e);
    }
  }
}
