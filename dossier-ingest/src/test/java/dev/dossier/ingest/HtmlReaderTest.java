package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import dev.dossier.model.Published;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private static final String BODY = """
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Headline in the page</h1>
      <p>The first paragraph of the story has enough words to count as article text for sure.</p>
      <figure><img src="x.jpg"><figcaption>A caption that must not appear in the text.</figcaption></figure>
      <p>The second paragraph follows the photo and ends the story, with a comma or two, here.</p>
      </article>
      <div class="comments"><p>A reader's comment that is long enough to look like a paragraph of text.</p></div>
      <footer>Copyright 2026</footer></body>""";

  @Test
  void readsOpenGraphAndMetaTags() {
    Article a = read("""
        <!DOCTYPE html><html lang="en-gb"><head>
        <title>Title tag | The Outlet</title>
        <meta property="og:title" content="Open Graph title">
        <meta property="og:site_name" content="The Outlet">
        <meta property="article:published_time" content="2026-01-05T09:30:00+01:00">
        <meta name="author" content="Jo Writer">
        <link rel="canonical" href="https://outlet.example/story">
        </head>""" + BODY + "</html>");
    assertThat(a.title()).isEqualTo("Open Graph title");
    assertThat(a.outlet()).isEqualTo("The Outlet");
    assertThat(a.published()).isEqualTo(new Published("2026-01-05T09:30:00+01:00", Published.Precision.INSTANT));
    assertThat(a.author()).isEqualTo("Jo Writer");
    assertThat(a.url()).isEqualTo("https://outlet.example/story");
    assertThat(a.language()).isEqualTo("en-GB");
    assertThat(a.origin().format()).isEqualTo("html");
    assertThat(a.text()).isEqualTo("The first paragraph of the story has enough words to count as article text for sure."
        + "\n\nThe second paragraph follows the photo and ends the story, with a comma or two, here.");
  }

  @Test
  void jsonLdGraphWinsAndFollowsIdReferences() {
    Article a = read("""
        <html><head>
        <meta property="og:title" content="OG title">
        <meta property="og:site_name" content="OG Site">
        <meta property="article:published_time" content="2026-01-01T00:00:00Z">
        <script type="application/ld+json">{ this is not json </script>
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebPage","@id":"https://n.example/a#page","url":"https://n.example/a"},
          {"@type":["NewsArticle"],"headline":"LD headline","datePublished":"2026-01-05T08:00:00+02:00",
           "author":[{"@type":"Person","name":"Ana One"},{"@id":"https://n.example/#p2"}],
           "publisher":{"@id":"https://n.example/#org"},"mainEntityOfPage":{"@id":"https://n.example/a#page"},
           "inLanguage":"en"},
          {"@type":"Person","@id":"https://n.example/#p2","name":"Ben Two"},
          {"@type":"NewsMediaOrganization","@id":"https://n.example/#org","name":"LD News"}]}
        </script></head>""" + BODY + "</html>");
    assertThat(a.title()).isEqualTo("LD headline");
    assertThat(a.outlet()).isEqualTo("LD News");
    assertThat(a.published().value()).isEqualTo("2026-01-05T08:00:00+02:00");
    assertThat(a.author()).isEqualTo("Ana One, Ben Two");
    assertThat(a.url()).isEqualTo("https://n.example/a");
  }

  @Test
  void fallsBackOnTimeElementH1AndTitle() {
    Article a = read("<html><head><title>Headline in the page | Small Paper</title></head>"
        + BODY.replace("<article>", "<article><time datetime=\"2026-02-03\">3 Feb</time>") + "</html>");
    assertThat(a.title()).isEqualTo("Headline in the page");
    assertThat(a.published()).isEqualTo(new Published("2026-02-03", Published.Precision.DAY));
    assertThat(a.outlet()).isNull();
    assertThat(a.author()).isNull();
    assertThat(a.url()).isNull();
    assertThat(a.text()).doesNotContain("Headline in the page", "caption", "comment", "Home", "Copyright");
  }

  @Test
  void userMetadataFillsOnlyWhatThePageLacks() {
    ReadOptions flags = new ReadOptions(null, Published.parse("2026-03-01"), "Flag Outlet", "Flag title",
        ReadOptions.DEFAULT_MAX_BYTES, false);
    Article undated = Collector.read(new HtmlReader(), "<html>" + BODY + "</html>", "p.html", flags).only();
    assertThat(undated.published().value()).isEqualTo("2026-03-01");
    assertThat(undated.outlet()).isEqualTo("Flag Outlet");
    assertThat(undated.title()).isEqualTo("Headline in the page");
    Article dated = Collector.read(new HtmlReader(), "<html><head><meta property=\"article:published_time\" "
        + "content=\"2026-01-02\"></head>" + BODY + "</html>", "p.html", flags).only();
    assertThat(dated.published().value()).isEqualTo("2026-01-02");
  }

  @Test
  void decodesTheDeclaredCharset() {
    String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Le caf\u00e9 du port a rouvert "
        + "ses portes mardi apr\u00e8s deux mois de travaux, a dit la mairie.</p></body></html>";
    Collector c = Collector.read(new HtmlReader(), html.getBytes(Charset.forName("windows-1252")), "c.html",
        ReadOptions.defaults());
    assertThat(c.only().text()).contains("caf\u00e9", "apr\u00e8s");
    assertThat(c.problems).isEmpty();
  }

  @Test
  void invalidUtf8InAPageIsAWarning() {
    byte[] ok = "<html><body><p>Tr".getBytes(StandardCharsets.UTF_8);
    byte[] rest = "s bien, the minister said of the talks on Monday, adding more words.</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[ok.length + 1 + rest.length];
    System.arraycopy(ok, 0, all, 0, ok.length);
    all[ok.length] = (byte) 0xE8; // latin-1 è in a UTF-8 page
    System.arraycopy(rest, 0, all, ok.length + 1, rest.length);
    Collector c = Collector.read(new HtmlReader(), all, "bad.html", ReadOptions.defaults());
    assertThat(c.only().text()).startsWith("Tr\ufffds bien");
    assertThat(c.messages()).containsExactly("bad.html: warning: invalid UTF-8 at byte " + ok.length
        + "; decoded with replacement characters");
  }

  @Test
  void aPageWithoutBodyTextIsAnError() throws Exception {
    Collector c = Collector.read(new HtmlReader(), HtmlExtractionQualityTest.resource("html/no-text.html"),
        "no-text.html", ReadOptions.defaults());
    assertThat(c.articles).isEmpty();
    assertThat(c.messages()).containsExactly("no-text.html: no article text in the HTML (only navigation, "
        + "links, scripts or other page furniture)");
  }

  @Test
  void singleBreaksAreLineBreaksAndDoubleBreaksParagraphs() {
    Article a = read("<html><body><div>First line of an address, long enough to be content here.<br>"
        + "Second line of the same paragraph, also long enough to count.<br><br>"
        + "A new paragraph after two breaks, with a full sentence in it.</div></body></html>");
    assertThat(a.text()).isEqualTo("First line of an address, long enough to be content here.\n"
        + "Second line of the same paragraph, also long enough to count.\n\n"
        + "A new paragraph after two breaks, with a full sentence in it.");
  }

  @Test
  void furnitureNamesAreMatchedOnWordsNotSubstrings() {
    assertThat(furniture("ad-slot")).isTrue();
    assertThat(furniture("adContainer")).isTrue();
    assertThat(furniture("share-bar")).isTrue();
    assertThat(furniture("comment-list")).isTrue();
    assertThat(furniture("lead-image")).isFalse();
    assertThat(furniture("headline")).isFalse();
    assertThat(furniture("article-body")).isFalse();
    assertThat(furniture("shadow thread")).isFalse();
  }

  private static boolean furniture(String cls) {
    return HtmlExtractor.isFurnitureName(new org.jsoup.nodes.Element("div").attr("class", cls));
  }

  private static Article read(String html) {
    Collector c = Collector.read(new HtmlReader(), html, "page.html", ReadOptions.defaults());
    assertThat(c.problems).isEmpty();
    return c.only();
  }
}
