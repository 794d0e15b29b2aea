package dev.dossier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dossier.model.Origin;
import dev.dossier.model.Published;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines, one article object per line, streaming: memory is bounded by the longest line
 * ({@link ReadOptions#maxBytes()}). Fields (documented in {@code docs/ingest.md}): {@code text}
 * (required; {@code body} and {@code content} are accepted instead), and optionally {@code title},
 * {@code url}, {@code outlet}, {@code published}, {@code author}, {@code language} and {@code id}.
 * A bad line is reported as {@code FILE:LINE: ...} and the rest are read; blank lines are skipped.
 * Stateless and thread-safe.
 */
public final class JsonlReader implements ArticleReader {

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  static final List<String> TEXT_FIELDS = List.of("text", "body", "content");

  @Override
  public Format format() {
    return Format.JSONL;
  }

  @Override
  public void read(InputStream in, String location, ReadOptions options, ArticleSink sink) throws IOException {
    ByteLines lines = new ByteLines(in, options.maxBytes());
    int articles = 0;
    int bad = 0;
    while (lines.next()) {
      String loc = location + ":" + lines.number();
      if (lines.tooLong()) {
        sink.problem(IngestProblem.error(loc, "line is over the limit of " + options.maxBytes()
            + " bytes (raise it with --max-bytes); skipped"));
        bad++;
        continue;
      }
      Decoded d = Decoded.utf8(lines.bytes(), 0, lines.length());
      if (d.text().isBlank()) {
        continue;
      }
      if (d.malformed()) {
        sink.problem(IngestProblem.warning(loc, d.warning(lines.start())));
      }
      try {
        sink.article(article(d.text(), location, lines.number(), options, sink, loc));
        articles++;
      } catch (IngestException e) {
        sink.problem(new IngestProblem(loc, e.getMessage(), true, e.getCause()));
        bad++;
      }
    }
    if (articles == 0 && bad == 0) {
      throw new IngestException("no JSON lines (the file is blank)");
    }
  }

  private static dev.dossier.model.Article article(String line, String location, int number,
      ReadOptions options, ArticleSink sink, String loc) throws IngestException {
    JsonNode n;
    try {
      n = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IngestException("malformed JSON: " + e.getOriginalMessage() + " at column "
          + e.getLocation().getColumnNr(), e);
    }
    if (n == null || !n.isObject()) {
      throw new IngestException("expected a JSON object, found " + (n == null ? "nothing" : n.getNodeType().toString().toLowerCase()));
    }
    String text = null;
    for (String f : TEXT_FIELDS) {
      JsonNode v = n.get(f);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        text = v.asText();
        break;
      }
    }
    if (text == null) {
      throw new IngestException("no article text: expected a non-empty string field \"text\" "
          + "(or \"body\", \"content\")");
    }
    Published published = null;
    String date = string(n, "published");
    if (date != null) {
      try {
        published = Published.parse(date);
      } catch (IllegalArgumentException e) {
        sink.problem(IngestProblem.warning(loc, "ignored \"published\": " + e.getMessage()));
      }
    }
    Metadata m = new Metadata(string(n, "title"), string(n, "outlet"), published, string(n, "url"),
        string(n, "author"), HtmlMetadata.normalizeLanguage(string(n, "language")));
    return m.or(options.metadata()).toBuilder()
        .text(text)
        .origin(new Origin(location, "jsonl", number, null, null, string(n, "id")))
        .build();
  }

  /** A string, number or (for authors) array-of-strings field as text; null when absent. */
  private static String string(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> {
        if (x.isValueNode()) {
          parts.add(x.asText());
        }
      });
      return parts.isEmpty() ? null : String.join(", ", parts);
    }
    return v.isValueNode() ? v.asText() : null;
  }
}
