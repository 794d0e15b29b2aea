package dev.dossier.ingest;

import dev.dossier.model.Article;
import dev.dossier.model.Origin;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a plain-text article. Metadata comes from the {@link ReadOptions} (command-line flags);
 * {@link Sources} also applies a {@code .json} sidecar next to the file.
 */
public final class PlainTextReader implements ArticleReader {

  @Override
  public Format format() {
    return Format.TEXT;
  }

  @Override
  public void read(InputStream in, String location, ReadOptions options, ArticleSink sink) throws IOException {
    Decoded d = Decoded.utf8(in.readAllBytes());
    if (d.malformed()) {
      sink.problem(IngestProblem.warning(location, "invalid UTF-8 at byte " + d.firstMalformedByte()
          + "; decoded with replacement characters"));
    }
    String text = d.text();
    if (text.isBlank()) {
      sink.problem(IngestProblem.error(location, "no text (the file is empty or blank)"));
      return;
    }
    sink.article(Article.builder()
        .text(text)
        .title(options.title())
        .outlet(options.outlet())
        .published(options.published())
        .origin(Origin.file(location, format().id()))
        .build());
  }
}
