package dev.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one web page for {@code --fetch}: http(s) only, redirects followed, the whole exchange
 * bounded by a timeout and the body by a byte limit. Used only when the user asks for it.
 * Thread-safe.
 */
final class PageFetcher {

  /** A fetched page: its bytes and the charset its {@code Content-Type} declared (or null). */
  record Fetched(byte[] body, String charset, String finalUrl) {}

  private final HttpClient client;

  PageFetcher(Duration timeout) {
    client = HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /**
   * @throws IngestException saying why the page could not be fetched (bad URL, status, type,
   *     size, timeout)
   */
  Fetched fetch(String url, Duration timeout, long maxBytes) throws IngestException {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new IngestException("not a URL: " + url, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IngestException("not an http(s) URL: " + url);
    }
    HttpRequest req = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("User-Agent", "Dossier (+https://github.com/dossier-dev/dossier)")
        .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
        .GET()
        .build();
    try {
      HttpResponse<InputStream> resp = client.sendAsync(req, HttpResponse.BodyHandlers.ofInputStream())
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      try (InputStream body = resp.body()) {
        if (resp.statusCode() != 200) {
          throw new IngestException("HTTP status " + resp.statusCode());
        }
        String type = resp.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("html")) {
          throw new IngestException("not an HTML page (Content-Type: " + type + ")");
        }
        String charset = null;
        int at = type.indexOf("charset=");
        if (at >= 0) {
          charset = type.substring(at + 8).replaceAll("[\"';].*", "").strip();
        }
        return new Fetched(Inputs.readAll(body, maxBytes), charset, resp.uri().toString());
      }
    } catch (TimeoutException e) {
      throw new IngestException("timed out after " + timeout.toMillis() + " ms", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause() == null ? e : e.getCause();
      if (c instanceof java.net.http.HttpTimeoutException) {
        // the client's own request or connect timeout: the same limit as above, the same message
        throw new IngestException("timed out after " + timeout.toMillis() + " ms", c);
      }
      throw new IngestException(c.getMessage() == null ? c.toString() : c.getMessage(), c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IngestException("interrupted", e);
    } catch (IngestException e) {
      throw e;
    } catch (IOException e) {
      throw new IngestException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }
  }
}
