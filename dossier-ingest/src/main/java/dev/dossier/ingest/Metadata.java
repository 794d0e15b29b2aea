package dev.dossier.ingest;

import dev.dossier.model.Article;
import dev.dossier.model.Published;

/**
 * Article metadata from one place (command-line flags, a sidecar, a page's tags, a feed item). Every
 * field may be null. Immutable.
 *
 * @param title headline
 * @param outlet publishing outlet
 * @param published publication time with its precision
 * @param url canonical URL
 * @param author byline
 * @param language BCP 47 language tag
 */
public record Metadata(String title, String outlet, Published published, String url, String author,
    String language) {

  /** No metadata at all. */
  public static final Metadata NONE = new Metadata(null, null, null, null, null, null);

  public Metadata {
    title = clean(title);
    outlet = clean(outlet);
    url = clean(url);
    author = clean(author);
    language = clean(language);
  }

  /** This metadata, with each missing field taken from {@code fallback}. */
  public Metadata or(Metadata fallback) {
    if (fallback == null || fallback == NONE) {
      return this;
    }
    return new Metadata(
        title != null ? title : fallback.title,
        outlet != null ? outlet : fallback.outlet,
        published != null ? published : fallback.published,
        url != null ? url : fallback.url,
        author != null ? author : fallback.author,
        language != null ? language : fallback.language);
  }

  public Metadata withPublished(Published p) {
    return new Metadata(title, outlet, p, url, author, language);
  }

  public Metadata withUrl(String u) {
    return new Metadata(title, outlet, published, u, author, language);
  }

  /** A builder holding these fields; the caller adds text and origin. */
  Article.Builder toBuilder() {
    return Article.builder()
        .title(title)
        .outlet(outlet)
        .published(published)
        .url(url)
        .author(author)
        .language(language);
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }
}
