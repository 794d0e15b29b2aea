package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import dev.dossier.model.Published;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcArchiveReaderTest {

  static final Instant CRAWLED = Instant.parse("2026-03-02T11:22:33Z");
  static final UUID DATED_ID = UUID.fromString("11111111-2222-3333-4444-555555555555");

  static final String DATED_PAGE = "<html><head><meta property=\"og:title\" content=\"Dated story\">"
      + "<meta property=\"og:site_name\" content=\"Crawl Times\">"
      + "<meta property=\"article:published_time\" content=\"2026-03-01T06:00:00Z\">"
      + "<link rel=\"canonical\" href=\"https://times.example/canonical\"></head><body>"
      + "<nav><a href=\"/\">Home</a></nav><p>A story that was crawled the day after it was published, "
      + "with a paragraph long enough to be the article.</p></body></html>";

  static final String UNDATED_PAGE = "<html><body><h1>Undated</h1><p>This page gives no date of its own, "
      + "so the capture time stands in for it, as the reader documents.</p></body></html>";

  /** Writes a small crawl: warcinfo, request, two 200 pages, a 404, an image, a page without text. */
  static byte[] warc(WarcCompression compression) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
      w.write(new Warcinfo.Builder().date(CRAWLED).fields(java.util.Map.of("software", java.util.List.of("test"))).build());
      w.write(new WarcRequest.Builder("https://times.example/dated").date(CRAWLED)
          .body(new HttpRequest.Builder("GET", "/dated").build()).build());
      w.write(response("https://times.example/dated", 200, "text/html; charset=utf-8", DATED_PAGE, DATED_ID));
      w.write(response("https://times.example/missing", 404, "text/html", "<html><body><p>Not found at all, sorry about that.</p></body></html>", UUID.randomUUID()));
      w.write(response("https://times.example/logo.png", 200, "image/png", "\u0089PNG....", UUID.randomUUID()));
      w.write(response("https://times.example/undated", 200, "text/html", UNDATED_PAGE, UUID.randomUUID()));
      w.write(response("https://times.example/index", 200, "text/html",
          "<html><body><nav><a href=\"/a\">A</a> <a href=\"/b\">B</a></nav></body></html>", UUID.randomUUID()));
    }
    return out.toByteArray();
  }

  private static WarcResponse response(String uri, int status, String type, String body, UUID id) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
        .build();
    return new WarcResponse.Builder(uri).date(CRAWLED).recordId(id).body(http).build();
  }

  @Test
  void readsHtmlResponsesAndSkipsEverythingElse() throws IOException {
    for (WarcCompression compression : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
      Collector c = Collector.read(new WarcArchiveReader(), warc(compression), "crawl.warc", ReadOptions.defaults());
      assertThat(c.articles).as(compression.name()).hasSize(2);
      Article dated = c.articles.get(0);
      assertThat(dated.url()).isEqualTo("https://times.example/dated"); // the target URI
      assertThat(dated.title()).isEqualTo("Dated story");
      assertThat(dated.outlet()).isEqualTo("Crawl Times");
      assertThat(dated.published()).isEqualTo(new Published("2026-03-01T06:00:00Z", Published.Precision.INSTANT));
      assertThat(dated.text()).startsWith("A story that was crawled").doesNotContain("Home");
      assertThat(dated.origin().format()).isEqualTo("warc");
      assertThat(dated.origin().record()).isEqualTo(3);
      assertThat(dated.origin().warcRecordId()).isEqualTo("urn:uuid:" + DATED_ID);
      Article undated = c.articles.get(1);
      assertThat(undated.published()).isEqualTo(new Published("2026-03-02T11:22:33Z", Published.Precision.INSTANT));
      assertThat(undated.origin().record()).isEqualTo(6);
      assertThat(c.messages()).containsExactly("crawl.warc#7: warning: no article text in https://times.example/index; skipped");
    }
  }

  @Test
  void aTruncatedWarcGzKeepsTheRecordsBeforeTheBreakAndReportsOneError() throws IOException {
    byte[] whole = warc(WarcCompression.GZIP);
    // cut inside the last-but-one record (the undated page): find where its gzip member starts
    int cut = whole.length - 1;
    int members = 0;
    for (int i = whole.length - 3; i > 0; i--) {
      if ((whole[i] & 0xff) == 0x1f && (whole[i + 1] & 0xff) == 0x8b && whole[i + 2] == 8 && ++members == 2) {
        cut = i + 30;
        break;
      }
    }
    byte[] truncated = Arrays.copyOf(whole, cut);
    Collector c = Collector.read(new WarcArchiveReader(), truncated, "cut.warc.gz", ReadOptions.defaults());
    assertThat(c.articles).extracting(Article::url).containsExactly("https://times.example/dated");
    assertThat(c.errors()).hasSize(1);
    assertThat(c.errors().get(0).toString()).startsWith("cut.warc.gz#6: truncated or corrupt WARC");
  }

  @Test
  void notAWarcIsOneError() {
    Collector c = Collector.read(new WarcArchiveReader(), "WARC/1.1\r\nthis is not a header\r\n\r\n".getBytes(StandardCharsets.UTF_8),
        "junk.warc", ReadOptions.defaults());
    assertThat(c.articles).isEmpty();
    assertThat(c.errors()).hasSize(1);
    assertThat(c.messages().get(0)).startsWith("junk.warc");
  }
}
