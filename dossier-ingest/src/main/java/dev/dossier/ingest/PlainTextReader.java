package dev.dossier.ingest;

import dev.dossier.model.Origin;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a plain-text article (UTF-8, or UTF-16 with a byte-order mark) up to {@link
 * ReadOptions#maxBytes()}. Its metadata is {@link ReadOptions#metadata()}; {@link Sources} merges a
 * {@code .json} sidecar into it, the flags winning. Invalid UTF-8 is replaced and reported as a
 * warning. Stateless and thread-safe.
 */
public final class PlainTextReader implements ArticleReader {

  @Override
  public Format format() {
    return Format.TEXT;
  }

  @Override
  public void read(InputStream in, String location, ReadOptions options, ArticleSink sink) throws IOException {
    Decoded d = Decoded.utf8(Inputs.readAll(in, options.maxBytes()));
    if (d.malformed()) {
      sink.problem(IngestProblem.warning(location, d.warning(0)));
    }
    String text = d.text();
    if (text.isBlank()) {
      throw new IngestException("no text (the file is blank)");
    }
    sink.article(options.metadata().toBuilder()
        .text(text)
        .origin(Origin.file(location, format().id()))
        .build());
  }
}
