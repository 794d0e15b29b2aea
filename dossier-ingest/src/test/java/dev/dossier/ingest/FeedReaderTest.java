package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.dossier.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

  private static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
           xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Harbour Weekly</title>
          <link>https://weekly.example/</link>
          <description>News from the harbour</description>
          <language>en-gb</language>
          <item>
            <title>Ferry timetable changes</title>
            <link>LINK1</link>
            <guid isPermaLink="false">hw-001</guid>
            <dc:creator>Sam Reed</dc:creator>
            <pubDate>Mon, 05 Jan 2026 09:00:00 +0100</pubDate>
            <description>Short teaser.</description>
            <content:encoded><![CDATA[<p>The winter ferry will leave an hour earlier from Monday, the operator said, to avoid the evening storms.</p>
              <figure><img src="f.jpg"><figcaption>The ferry at the quay.</figcaption></figure>
              <p>Passengers with season tickets need not change them, according to a notice at the terminal.</p>]]></content:encoded>
          </item>
          <item>
            <title>Quay repairs begin</title>
            <link>LINK2</link>
            <guid>https://weekly.example/quay</guid>
            <pubDate>Tue, 06 Jan 2026 12:30:00 GMT</pubDate>
            <description>Repairs to the north quay began on Tuesday and will last until the end of March.</description>
          </item>
          <item>
            <title>Headline only</title>
            <link>LINK3</link>
          </item>
        </channel>
      </rss>""";

  private static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Valley Notes</title>
        <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
        <updated>2026-02-02T10:00:00Z</updated>
        <entry>
          <title>Bridge reopens</title>
          <link href="https://notes.example/bridge"/>
          <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
          <published>2026-02-01T08:15:00+01:00</published>
          <updated>2026-02-02T09:00:00Z</updated>
          <author><name>Kim Lee</name></author>
          <summary>The bridge is open again.</summary>
          <content type="html">&lt;p&gt;The old bridge reopened to traffic on Sunday after six weeks of repairs, the county said.&lt;/p&gt;</content>
        </entry>
        <entry>
          <title>Plain text entry</title>
          <link href="https://notes.example/plain"/>
          <id>tag:notes.example,2026:plain</id>
          <updated>2026-02-02T10:00:00Z</updated>
          <author><name>Ann Ho</name></author>
          <content type="text">Council budget hearings start on Thursday at noon.</content>
        </entry>
      </feed>""";

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
  private String base;

  @BeforeEach
  void startLocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/story", ex -> {
      requests.incrementAndGet();
      byte[] page = ("<html><head><meta property=\"og:site_name\" content=\"Page Site\"></head><body>"
          + "<nav><a href=\"/\">Home</a></nav><p>The full story from the web page, which is much longer "
          + "than the feed's teaser, with details the feed left out.</p></body></html>").getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, page.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(page);
      }
    });
    server.createContext("/slow", ex -> {
      requests.incrementAndGet();
      try {
        release.await(30, java.util.concurrent.TimeUnit.SECONDS); // longer than any client timeout
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ex.sendResponseHeaders(500, -1);
      ex.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  private String rss() {
    return RSS.replace("LINK1", base + "/story").replace("LINK2", base + "/slow").replace("LINK3", base + "/story");
  }

  @Test
  void readsEveryRssItemWithItsContentAndNeverTouchesTheNetwork() {
    Collector c = Collector.read(new FeedReader(Format.RSS), rss(), "feed.xml", ReadOptions.defaults());
    assertThat(requests.get()).isZero();
    assertThat(c.articles).hasSize(2);
    Article first = c.articles.get(0);
    assertThat(first.title()).isEqualTo("Ferry timetable changes");
    assertThat(first.outlet()).isEqualTo("Harbour Weekly");
    assertThat(first.author()).isEqualTo("Sam Reed");
    assertThat(first.url()).isEqualTo(base + "/story");
    assertThat(first.published().value()).isEqualTo("2026-01-05T08:00:00Z");
    assertThat(first.language()).isEqualTo("en-GB");
    assertThat(first.text()).isEqualTo("The winter ferry will leave an hour earlier from Monday, the operator said, "
        + "to avoid the evening storms.\n\nPassengers with season tickets need not change them, according to a "
        + "notice at the terminal.");
    assertThat(first.origin().format()).isEqualTo("rss");
    assertThat(first.origin().record()).isEqualTo(1);
    assertThat(first.origin().sourceId()).isEqualTo("hw-001");
    Article second = c.articles.get(1);
    assertThat(second.text()).isEqualTo("Repairs to the north quay began on Tuesday and will last until the end of March.");
    assertThat(second.origin().record()).isEqualTo(2);
    assertThat(second.author()).isNull();
    assertThat(c.messages()).containsExactly("feed.xml#3: feed item has no content (--fetch would download "
        + base + "/story)");
  }

  @Test
  void fetchDownloadsEachItemLinkWithATimeout() {
    ReadOptions fetch = ReadOptions.defaults().withFetch(true, Duration.ofMillis(2500));
    Collector c = Collector.read(new FeedReader(Format.RSS), rss(), "feed.xml", fetch);
    assertThat(requests.get()).isEqualTo(3);
    assertThat(c.articles).hasSize(3);
    assertThat(c.articles.get(0).text()).startsWith("The full story from the web page");
    assertThat(c.articles.get(0).title()).isEqualTo("Ferry timetable changes"); // the item's metadata wins
    assertThat(c.articles.get(0).outlet()).isEqualTo("Harbour Weekly");
    assertThat(c.articles.get(1).text()).startsWith("Repairs to the north quay"); // the feed's, after the timeout
    assertThat(c.articles.get(2).text()).startsWith("The full story from the web page");
    assertThat(c.messages()).containsExactly("feed.xml#2: warning: could not fetch " + base
        + "/slow: timed out after 2500 ms; using the feed's content");
  }

  @Test
  void readsAtomEntries() {
    Collector c = Collector.read(new FeedReader(Format.ATOM), ATOM, "notes.atom", ReadOptions.defaults());
    assertThat(c.problems).isEmpty();
    assertThat(c.articles).hasSize(2);
    Article a = c.articles.get(0);
    assertThat(a.title()).isEqualTo("Bridge reopens");
    assertThat(a.outlet()).isEqualTo("Valley Notes");
    assertThat(a.author()).isEqualTo("Kim Lee");
    assertThat(a.url()).isEqualTo("https://notes.example/bridge");
    assertThat(a.published().value()).isEqualTo("2026-02-01T07:15:00Z");
    assertThat(a.text()).isEqualTo("The old bridge reopened to traffic on Sunday after six weeks of repairs, the county said.");
    assertThat(a.origin().format()).isEqualTo("atom");
    assertThat(a.origin().sourceId()).isEqualTo("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
    Article b = c.articles.get(1);
    assertThat(b.text()).isEqualTo("Council budget hearings start on Thursday at noon.");
    assertThat(b.published().value()).isEqualTo("2026-02-02T10:00:00Z"); // updated, for want of published
    assertThat(b.origin().record()).isEqualTo(2);
  }

  @Test
  void aMalformedFeedIsOneError() {
    Collector c = Collector.read(new FeedReader(Format.RSS), "<rss version=\"2.0\"><channel><title>x</title><item>",
        "broken.xml", ReadOptions.defaults());
    assertThat(c.articles).isEmpty();
    assertThat(c.messages()).singleElement().asString().startsWith("broken.xml: not a valid RSS or Atom feed: ");
  }

  @Test
  void doctypesAreRefused() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<rss version=\"2.0\"><channel><title>t</title><item><title>i</title><description>&x;</description>"
        + "</item></channel></rss>";
    Collector c = Collector.read(new FeedReader(Format.RSS), xxe, "xxe.xml", ReadOptions.defaults());
    assertThat(c.articles).isEmpty();
    assertThat(c.messages()).singleElement().asString().startsWith("xxe.xml: not a valid RSS or Atom feed");
  }
}
