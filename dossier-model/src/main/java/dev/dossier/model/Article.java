package dev.dossier.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article as read from a source, before analysis. Immutable.
 *
 * @param id stable identifier: the first 24 hex digits of SHA-256 over the canonical url (or, when
 *     there is none, the outlet), a NUL, and the text. The same article read twice gets the same
 *     id; the same wire text published by two outlets gets two ids and one {@code contentHash}.
 * @param contentHash SHA-256 (hex) of the text alone, for exact-duplicate detection
 * @param url canonical URL, or null
 * @param outlet publishing outlet ("Reuters", "CNN"), or null
 * @param title headline, or null
 * @param author byline, or null
 * @param published publication time with its precision, or null when unknown
 * @param language BCP 47 language tag ("en"), never null
 * @param text the article body; every offset in an {@link Analysis} points into it; never null
 * @param origin where it was read from; never null
 */
public record Article(
    String id,
    String contentHash,
    String url,
    String outlet,
    String title,
    String author,
    Published published,
    String language,
    String text,
    Origin origin) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A copy with a different publication date (for example from a {@code --date} flag). */
  public Article withPublished(Published newPublished) {
    return new Article(id, contentHash, url, outlet, title, author, newPublished, language, text, origin);
  }

  /** A builder to start from this article, e.g. to override metadata. The id is recomputed. */
  public Builder toBuilder() {
    return new Builder()
        .url(url)
        .outlet(outlet)
        .title(title)
        .author(author)
        .published(published)
        .language(language)
        .text(text)
        .origin(origin);
  }

  /** SHA-256 of a string's UTF-8 bytes, in lower-case hex. */
  public static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Builds an {@link Article}, computing its id and content hash. Not thread-safe. */
  public static final class Builder {
    private String url;
    private String outlet;
    private String title;
    private String author;
    private Published published;
    private String language = "en";
    private String text;
    private Origin origin;

    private Builder() {}

    public Builder url(String v) {
      url = blankToNull(v);
      return this;
    }

    public Builder outlet(String v) {
      outlet = blankToNull(v);
      return this;
    }

    public Builder title(String v) {
      title = blankToNull(v);
      return this;
    }

    public Builder author(String v) {
      author = blankToNull(v);
      return this;
    }

    public Builder published(Published v) {
      published = v;
      return this;
    }

    public Builder language(String v) {
      language = v == null || v.isBlank() ? "en" : v.strip();
      return this;
    }

    public Builder text(String v) {
      text = v;
      return this;
    }

    public Builder origin(Origin v) {
      origin = v;
      return this;
    }

    /**
     * @throws IllegalStateException if text or origin is missing
     */
    public Article build() {
      if (text == null) {
        throw new IllegalStateException("an article needs a text");
      }
      if (origin == null) {
        throw new IllegalStateException("an article needs an origin");
      }
      String key = url != null ? url : outlet != null ? outlet : "";
      String id = sha256(key + '\u0000' + text).substring(0, 24);
      return new Article(id, sha256(text), url, outlet, title, author, published, language, text, origin);
    }

    private static String blankToNull(String v) {
      return v == null || v.isBlank() ? null : v.strip();
    }
  }
}
