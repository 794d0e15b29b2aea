package dev.dossier.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.model.Published;
import dev.dossier.model.json.AnalysisJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code .json} file next to a plain-text article that gives its metadata: {@code NAME.json}
 * or {@code NAME.txt.json} beside {@code NAME.txt}, with the fields {@code title}, {@code outlet},
 * {@code published}, {@code url}, {@code author} and {@code language}. Stateless.
 */
final class Sidecar {
  private Sidecar() {}

  /** The sidecar of a text file, or null when there is none. */
  static Path find(Path textFile) {
    String name = textFile.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      Path side = textFile.resolveSibling(name.substring(0, dot) + ".json");
      if (Files.isRegularFile(side)) {
        return side;
      }
    }
    Path side = textFile.resolveSibling(name + ".json");
    return Files.isRegularFile(side) ? side : null;
  }

  /**
   * Reads a sidecar.
   *
   * @throws IngestException naming what is wrong when it is not a JSON object or a field is bad
   */
  static Metadata read(Path side) throws IngestException {
    JsonNode n;
    try {
      n = AnalysisJson.mapper().readTree(side.toFile());
    } catch (IOException e) {
      throw new IngestException("not valid JSON: " + firstLine(e.getMessage()), e);
    }
    if (n == null || !n.isObject()) {
      throw new IngestException("not a JSON object");
    }
    Published p = null;
    String date = text(n, "published");
    if (date != null) {
      try {
        p = Published.parse(date);
      } catch (IllegalArgumentException e) {
        throw new IngestException("\"published\": " + e.getMessage(), e);
      }
    }
    return new Metadata(text(n, "title"), text(n, "outlet"), p, text(n, "url"), text(n, "author"),
        text(n, "language"));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
