package dev.dossier.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.dossier.model.Origin;
import dev.dossier.model.Published;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome (up to {@link ReadOptions#maxBytes()}),
 * one article per item: its content ({@code content:encoded} or Atom {@code content}, else {@code
 * description} or {@code summary}), HTML turned into text by {@link HtmlExtractor}; the item's
 * title, link, date and author; the feed's title as outlet and its language. Nothing is fetched
 * unless {@link ReadOptions#fetch()}; then each item's link is fetched (within {@link
 * ReadOptions#fetchTimeout()}) and its page text used, the feed's content being the fallback. Each
 * article's origin records the item number (1-based, in feed order) and its guid or id. DOCTYPEs
 * are refused (no external entities). Stateless and thread-safe.
 */
public final class FeedReader implements ArticleReader {

  private static final Pattern HTML_TAG = Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z]|!--)");

  private final Format format;

  /** @param format {@link Format#RSS} or {@link Format#ATOM}: which detected format it serves (both are read) */
  public FeedReader(Format format) {
    if (format != Format.RSS && format != Format.ATOM) {
      throw new IllegalArgumentException("a feed reader serves rss or atom, not " + format.id());
    }
    this.format = format;
  }

  @Override
  public Format format() {
    return format;
  }

  @Override
  public void read(InputStream in, String location, ReadOptions options, ArticleSink sink) throws IOException {
    byte[] bytes = Inputs.readAll(in, options.maxBytes());
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(bytes), true));
    } catch (FeedException | IllegalArgumentException e) {
      throw new IngestException("not a valid RSS or Atom feed: " + Sidecar.firstLine(e.getMessage()), e);
    }
    String kind = feed.getFeedType() != null && feed.getFeedType().startsWith("atom") ? "atom" : "rss";
    Metadata feedMeta = new Metadata(null, feed.getTitle(), null, null, null,
        HtmlMetadata.normalizeLanguage(feed.getLanguage()));
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      throw new IngestException("the feed has no items");
    }
    PageFetcher fetcher = options.fetch() ? new PageFetcher(options.fetchTimeout()) : null;
    int n = 0;
    for (SyndEntry e : entries) {
      n++;
      String loc = location + "#" + n;
      try {
        sink.article(article(e, n, kind, location, loc, feedMeta, options, fetcher, sink));
      } catch (IngestException ex) {
        sink.problem(new IngestProblem(loc, ex.getMessage(), true, ex.getCause()));
      }
    }
  }

  private static dev.dossier.model.Article article(SyndEntry e, int n, String kind, String location,
      String loc, Metadata feedMeta, ReadOptions options, PageFetcher fetcher, ArticleSink sink)
      throws IngestException {
    String link = e.getLink();
    Metadata item = new Metadata(e.getTitle(), null, published(e), link, author(e), null)
        .or(feedMeta);
    String text = text(e);
    Metadata page = Metadata.NONE;
    if (fetcher != null && link != null) {
      try {
        PageFetcher.Fetched f = fetcher.fetch(link, options.fetchTimeout(), options.maxBytes());
        HtmlReader.Page p = HtmlReader.parse(f.body(), f.charset(), f.finalUrl(), loc, sink);
        if (!p.text().isBlank()) {
          text = p.text();
          page = p.metadata();
        } else {
          sink.problem(IngestProblem.warning(loc, "fetched " + link + " but found no article text in it"
              + (text.isBlank() ? "" : "; using the feed's content")));
        }
      } catch (IngestException ex) {
        sink.problem(IngestProblem.warning(loc, "could not fetch " + link + ": " + ex.getMessage()
            + (text.isBlank() ? "" : "; using the feed's content")));
      }
    }
    if (text.isBlank()) {
      throw new IngestException("feed item has no content" + (fetcher == null && link != null
          ? " (--fetch would download " + link + ")" : ""));
    }
    Origin origin = new Origin(location, kind, null, n, null, e.getUri());
    return item.or(page).or(options.metadata()).toBuilder().text(text).origin(origin).build();
  }

  /** The richest content of an item, as text. */
  private static String text(SyndEntry e) {
    List<String> candidates = new ArrayList<>();
    for (SyndContent c : e.getContents()) {
      candidates.add(c.getValue());
    }
    if (e.getDescription() != null) {
      candidates.add(e.getDescription().getValue());
    }
    String best = "";
    for (String c : candidates) {
      if (c == null || c.isBlank()) {
        continue;
      }
      String t = HTML_TAG.matcher(c).find() ? HtmlReader.parse(c, e.getLink()).text() : c.strip();
      if (t.length() > best.length()) {
        best = t;
      }
    }
    return best;
  }

  private static Published published(SyndEntry e) {
    Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    return d == null ? null : Published.instant(d.toInstant().atOffset(ZoneOffset.UTC));
  }

  private static String author(SyndEntry e) {
    if (e.getAuthor() != null && !e.getAuthor().isBlank()) {
      return e.getAuthor();
    }
    List<String> names = new ArrayList<>();
    for (SyndPerson p : e.getAuthors()) {
      if (p.getName() != null && !p.getName().isBlank()) {
        names.add(p.getName().strip());
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }
}
