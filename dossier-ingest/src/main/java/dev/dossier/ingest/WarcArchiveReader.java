package dev.dossier.ingest;

import dev.dossier.model.Article;
import dev.dossier.model.Origin;
import dev.dossier.model.Published;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC or WARC.gz file with jwarc, streaming record by record: each {@code response}
 * record holding an HTTP 200 {@code text/html} (or XHTML) page becomes an article through {@link
 * HtmlReader}; every other record is skipped silently. The url is the {@code WARC-Target-URI};
 * the publication date is the page's own, else the {@code WARC-Date} (precision INSTANT); the
 * origin records the record number (1-based, all records counted) and its {@code WARC-Record-ID}.
 * One payload is held in memory at a time, up to {@link ReadOptions#maxBytes()}. A page without
 * article text is a warning (crawls hold index pages); a truncated or corrupt file is reported
 * once, at the record where it breaks, after the records before it were read. Stateless and
 * thread-safe.
 */
public final class WarcArchiveReader implements ArticleReader {

  @Override
  public Format format() {
    return Format.WARC;
  }

  @Override
  public void read(InputStream in, String location, ReadOptions options, ArticleSink sink) throws IOException {
    WarcReader warc;
    try {
      warc = new WarcReader(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new IngestException("not a WARC file: " + message(e), e);
    }
    // the caller owns and closes the stream; jwarc's reader holds nothing else
    int n = 0;
    int articles = 0;
    while (true) {
      Optional<WarcRecord> next;
      try {
        next = warc.next();
      } catch (IOException | RuntimeException e) {
        sink.problem(new IngestProblem(location + "#" + (n + 1), (n == 0 ? "not a WARC file: "
            : "truncated or corrupt WARC after record " + n + ": ") + message(e), true, e));
        return;
      }
      if (next.isEmpty()) {
        break;
      }
      n++;
      if (!(next.get() instanceof WarcResponse response)) {
        continue;
      }
      String loc = location + "#" + n;
      try {
        Article a = article(response, n, location, loc, options, sink);
        if (a != null) {
          sink.article(a);
          articles++;
        }
      } catch (ParsingException e) {
        sink.problem(new IngestProblem(loc, "malformed HTTP response in WARC record: " + message(e), true, e));
      } catch (IngestException e) {
        sink.problem(new IngestProblem(loc, e.getMessage(), true, e.getCause()));
      } catch (IOException e) {
        sink.problem(new IngestProblem(loc, "truncated or corrupt WARC record: " + message(e), true, e));
        return;
      }
    }
    if (n == 0) {
      throw new IngestException("no WARC records");
    }
  }

  /** The article of a response record, or null when the record is not a 200 HTML page or has no text. */
  private static Article article(WarcResponse r, int n, String location, String loc,
      ReadOptions options, ArticleSink sink) throws IOException {
    MediaType blockType = r.contentType();
    if (!blockType.base().toString().toLowerCase(Locale.ROOT).startsWith("application/http")) {
      return null;
    }
    HttpResponse http = r.http();
    if (http.status() != 200) {
      return null;
    }
    MediaType type = http.contentType();
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
      return null;
    }
    byte[] body = Inputs.readAll(http.bodyDecoded().stream(), options.maxBytes());
    String uri = r.target();
    HtmlReader.Page page = HtmlReader.parse(body, type.parameters().get("charset"), uri, loc, sink);
    if (page.text().isBlank()) {
      sink.problem(IngestProblem.warning(loc, "no article text in " + uri + "; skipped"));
      return null;
    }
    Metadata m = page.metadata().withUrl(uri);
    if (m.published() == null) {
      m = m.withPublished(Published.instant(r.date().atOffset(ZoneOffset.UTC)));
    }
    String id = r.id().toString();
    return m.or(options.metadata()).toBuilder()
        .text(page.text())
        .origin(new Origin(location, "warc", null, n, id, null))
        .build();
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : Sidecar.firstLine(m);
  }
}
