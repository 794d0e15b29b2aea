package dev.dossier.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The web UI's files, read once from the jar ({@code dev/dossier/server/web/}). Only the files
 * listed here are served, so no request path reaches the class path. Immutable and thread-safe.
 */
final class Assets {

  /** A file and its media type. */
  record Asset(byte[] bytes, String contentType) {}

  /** The page shell every UI route answers; its script reads the path and draws the page. */
  static final String SHELL = "index.html";

  private static final List<String> FILES = List.of(SHELL, "app.css", "common.js", "article.js", "actor.js",
      "timeline.js", "deadlines.js", "sources.js", "search.js", "main.js", "favicon.svg");

  private final Map<String, Asset> files = new LinkedHashMap<>();

  Assets() {
    for (String name : FILES) {
      try (InputStream in = Assets.class.getResourceAsStream("web/" + name)) {
        if (in == null) {
          throw new IllegalStateException("missing web resource " + name + " (is the jar built from a full checkout?)");
        }
        files.put(name, new Asset(in.readAllBytes(), type(name)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read web resource " + name, e);
      }
    }
  }

  /** The file with this name, or null. */
  Asset get(String name) {
    return files.get(name);
  }

  /** The names served under {@code /static/}. */
  List<String> names() {
    return List.copyOf(files.keySet());
  }

  private static String type(String name) {
    if (name.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (name.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (name.endsWith(".svg")) {
      return "image/svg+xml";
    }
    throw new IllegalArgumentException("no media type for " + name);
  }
}
