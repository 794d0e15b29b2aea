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
    var b = options.metadata().toBuilder().text(text).origin(Origin.file(location, format().id()));
    if (options.metadata().title() == null) {
      b.title(headline(text));
    }
    sink.article(b.build());
  }

  /**
   * The first line as the headline, when it stands alone as one: a blank line after it, more text
   * after that, at most 200 characters, a letter in it, and no full stop, colon or comma at its end
   * ("Ad sales boost profits\n\nQuarterly profits rose ..."). Else null. The text keeps the line.
   */
  static String headline(String text) {
    int nl = text.indexOf('\n');
    if (nl < 0) {
      return null;
    }
    String line = text.substring(0, nl).strip();
    int next = nl + 1;
    if (next < text.length() && text.charAt(next) == '\r') {
      next++;
    }
    boolean blankAfter = next < text.length() && text.charAt(next) == '\n';
    if (!blankAfter || line.isEmpty() || line.length() > 200 || text.substring(next).isBlank()
        || line.chars().noneMatch(Character::isLetter)) {
      return null;
    }
    char last = line.charAt(line.length() - 1);
    return last == '.' || last == ':' || last == ',' || last == ';' ? null : line;
  }
}
