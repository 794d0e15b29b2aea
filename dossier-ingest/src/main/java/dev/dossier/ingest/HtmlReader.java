package dev.dossier.ingest;

import dev.dossier.model.Article;
import dev.dossier.model.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads one HTML page (up to {@link ReadOptions#maxBytes()}) with jsoup: the main text from {@link
 * HtmlExtractor}, the metadata from {@link HtmlMetadata}, the user's metadata filling the gaps. The
 * character set comes from a byte-order mark, then a {@code <meta charset>}, else UTF-8 (invalid
 * UTF-8 is replaced and reported as a warning). A page without article text is an error. Stateless
 * and thread-safe.
 */
public final class HtmlReader implements ArticleReader {

  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.-]+)");

  /**
   * A parsed page.
   *
   * @param metadata what the page says about itself
   * @param text the main text, "" when none was found
   */
  record Page(Metadata metadata, String text) {}

  @Override
  public Format format() {
    return Format.HTML;
  }

  @Override
  public void read(InputStream in, String location, ReadOptions options, ArticleSink sink) throws IOException {
    byte[] bytes = Inputs.readAll(in, options.maxBytes());
    Page page = parse(bytes, null, location, location, sink);
    sink.article(article(page, options.metadata(), Origin.file(location, format().id())));
  }

  /**
   * Decodes and parses a page, reporting a lossy decoding to {@code sink} as a warning.
   *
   * @param charsetHint the charset a transport declared (HTTP {@code Content-Type}), or null
   * @param address the page's URL (for relative links and as a last-resort url), or a file path
   * @param locator where problems are reported ({@code FILE} or {@code FILE#RECORD})
   */
  static Page parse(byte[] bytes, String charsetHint, String address, String locator, ArticleSink sink) {
    Decoded d = decode(bytes, charsetHint);
    if (d.malformed()) {
      sink.problem(IngestProblem.warning(locator, d.warning(0)));
    }
    return parse(d.text(), address);
  }

  /** Parses already-decoded HTML: a whole page or a fragment such as a feed item's content. */
  static Page parse(String html, String address) {
    String base = address != null && address.matches("(?i)https?://.*") ? address : "";
    Document doc = Jsoup.parse(html, base);
    return new Page(HtmlMetadata.read(doc, base), EXTRACTOR.extract(doc));
  }

  /**
   * The article of a page: its text, its metadata with {@code fallback} filling the gaps.
   *
   * @throws IngestException when the page has no article text
   */
  static Article article(Page page, Metadata fallback, Origin origin) throws IngestException {
    if (page.text().isBlank()) {
      throw new IngestException("no article text in the HTML (only navigation, links, scripts or "
          + "other page furniture)");
    }
    return page.metadata().or(fallback).toBuilder().text(page.text()).origin(origin).build();
  }

  private static Decoded decode(byte[] bytes, String hint) {
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xef || (bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff)) {
      return Decoded.utf8(bytes); // byte-order marks
    }
    Charset cs = charset(hint);
    if (cs == null) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      cs = m.find() ? charset(m.group(1)) : null;
    }
    if (cs == null || cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII)) {
      return Decoded.utf8(bytes);
    }
    return Decoded.decode(bytes, 0, bytes.length, cs, 0);
  }

  /** A supported charset by name (latin-1 read as windows-1252, as browsers do), or null. */
  static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1")) {
      n = "windows-1252";
    }
    try {
      return Charset.forName(n);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
