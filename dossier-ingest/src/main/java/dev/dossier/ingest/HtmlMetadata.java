package dev.dossier.ingest;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dossier.model.Published;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page's article metadata, most specific source first:
 *
 * <ul>
 *   <li>title: JSON-LD {@code headline}, {@code og:title}, {@code twitter:title}, the first {@code
 *       <h1>}, {@code <title>} (without a trailing " | Outlet");
 *   <li>published: JSON-LD {@code datePublished}, {@code article:published_time}, common {@code
 *       <meta>} dates ({@code pubdate}, {@code date}, {@code dc.date.issued}...), a {@code <time
 *       datetime>} marked as the publication date, then the first {@code <time datetime>};
 *   <li>outlet: JSON-LD {@code publisher} name, {@code og:site_name}, {@code application-name};
 *   <li>author: JSON-LD {@code author} names, {@code <meta name=author>}, {@code article:author}
 *       (unless a URL), {@code dc.creator}, {@code rel=author} link text;
 *   <li>url: {@code <link rel=canonical>}, {@code og:url}, JSON-LD {@code url} or {@code
 *       mainEntityOfPage}, then the page's own address when it is http(s);
 *   <li>language: {@code <html lang>}, JSON-LD {@code inLanguage}, {@code og:locale}.
 * </ul>
 *
 * JSON-LD may be one object, an array or an {@code @graph}; {@code @id} references to the
 * publisher or author are followed. Malformed JSON-LD and unparseable dates are skipped. Stateless
 * and thread-safe.
 */
final class HtmlMetadata {
  private HtmlMetadata() {}

  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();

  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
      "askpublicnewsarticle", "blogposting", "liveblogposting", "report", "socialmediaposting");

  private static final List<String> META_DATES = List.of("article:published_time", "og:article:published_time",
      "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
      "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
      "article.published", "original-publish-date", "cxenseparse:recs:publishtime");

  static Metadata read(Document doc, String baseUri) {
    Map<String, String> meta = metaTags(doc);
    JsonNode ld = jsonLdArticle(doc);
    Map<String, JsonNode> ids = ld == null ? Map.of() : idIndex(doc);

    String outlet = first(
        ld == null ? null : name(ld.get("publisher"), ids),
        meta.get("og:site_name"),
        meta.get("application-name"));

    String title = first(
        ld == null ? null : text(ld.get("headline")),
        meta.get("og:title"),
        meta.get("twitter:title"),
        meta.get("dc.title"),
        doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text(),
        stripOutlet(doc.title(), outlet));

    List<String> dates = new ArrayList<>();
    if (ld != null) {
      dates.add(text(ld.get("datePublished")));
    }
    for (String k : META_DATES) {
      dates.add(meta.get(k));
    }
    for (Element t : doc.select("time[itemprop=datePublished], time[pubdate], [itemprop=datePublished][content]")) {
      dates.add(t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content"));
    }
    Element firstTime = doc.selectFirst("article time[datetime], main time[datetime], time[datetime]");
    if (firstTime != null) {
      dates.add(firstTime.attr("datetime"));
    }
    Published published = firstDate(dates);

    String metaAuthor = meta.get("article:author");
    if (metaAuthor != null && metaAuthor.matches("(?i)https?://.*")) {
      metaAuthor = null;
    }
    Element relAuthor = doc.selectFirst("a[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
    String author = first(
        ld == null ? null : names(ld.get("author"), ids),
        meta.get("author"),
        metaAuthor,
        meta.get("dc.creator"),
        meta.get("parsely-author"),
        meta.get("sailthru.author"),
        relAuthor == null ? null : relAuthor.text());

    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    String url = first(
        canonical == null ? null : absolute(canonical),
        meta.get("og:url"),
        ld == null ? null : text(ld.get("url")),
        ld == null ? null : idOrText(ld.get("mainEntityOfPage")),
        baseUri != null && baseUri.matches("(?i)https?://.*") ? baseUri : null);

    Element html = doc.selectFirst("html");
    String language = first(
        html == null ? null : html.attr("lang"),
        ld == null ? null : text(ld.get("inLanguage")),
        meta.get("og:locale"),
        meta.get("content-language"));

    return new Metadata(title, outlet, published, url, author, normalizeLanguage(language));
  }

  /** {@code <meta>} contents by lower-case {@code property}, {@code name}, {@code itemprop} or {@code http-equiv}; first wins. */
  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
        String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          out.putIfAbsent(key, content);
        }
      }
    }
    return out;
  }

  private static List<JsonNode> jsonLdNodes(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = LENIENT.readTree(s.data());
      } catch (Exception e) {
        continue; // malformed JSON-LD is common and never fatal
      }
      collect(root, out, 0);
    }
    return out;
  }

  private static void collect(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 4) {
      return;
    }
    if (n.isArray()) {
      n.forEach(c -> collect(c, out, depth + 1));
    } else if (n.isObject()) {
      out.add(n);
      collect(n.get("@graph"), out, depth + 1);
    }
  }

  private static JsonNode jsonLdArticle(Document doc) {
    for (JsonNode n : jsonLdNodes(doc)) {
      if (types(n).stream().anyMatch(ARTICLE_TYPES::contains)) {
        return n;
      }
    }
    return null;
  }

  private static Map<String, JsonNode> idIndex(Document doc) {
    Map<String, JsonNode> ids = new HashMap<>();
    for (JsonNode n : jsonLdNodes(doc)) {
      String id = text(n.get("@id"));
      if (id != null) {
        ids.putIfAbsent(id, n);
      }
    }
    return ids;
  }

  private static Set<String> types(JsonNode n) {
    Set<String> out = new LinkedHashSet<>();
    JsonNode t = n.get("@type");
    if (t != null && t.isArray()) {
      t.forEach(x -> out.add(x.asText().toLowerCase(Locale.ROOT)));
    } else if (t != null) {
      out.add(t.asText().toLowerCase(Locale.ROOT));
    }
    out.removeIf(s -> s.isEmpty());
    return out.stream().map(s -> s.substring(s.lastIndexOf('/') + 1)).collect(java.util.stream.Collectors.toSet());
  }

  /** The name of a person or organisation given as a string, an object or an {@code @id} reference. */
  private static String name(JsonNode n, Map<String, JsonNode> ids) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : name(n.get(0), ids);
    }
    if (n.isTextual()) {
      return n.asText();
    }
    String name = text(n.get("name"));
    if (name == null && n.has("@id")) {
      JsonNode target = ids.get(n.get("@id").asText());
      if (target != null && target != n) {
        name = text(target.get("name"));
      }
    }
    return name;
  }

  private static String names(JsonNode n, Map<String, JsonNode> ids) {
    if (n == null || !n.isArray()) {
      return name(n, ids);
    }
    List<String> all = new ArrayList<>();
    for (JsonNode c : n) {
      String s = name(c, ids);
      if (s != null && !s.isBlank() && !all.contains(s.strip())) {
        all.add(s.strip());
      }
    }
    return all.isEmpty() ? null : String.join(", ", all);
  }

  private static String idOrText(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isTextual()) {
      return n.asText();
    }
    String id = text(n.get("@id"));
    return id != null && id.contains("#") ? id.substring(0, id.indexOf('#')) : id;
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : text(n.get(0));
    }
    return n.isValueNode() ? n.asText() : null;
  }

  private static Published firstDate(List<String> candidates) {
    for (String c : candidates) {
      if (c == null || c.isBlank()) {
        continue;
      }
      try {
        return Published.parse(c.strip());
      } catch (IllegalArgumentException e) {
        // not a date we read; try the next source
      }
    }
    return null;
  }

  private static String absolute(Element link) {
    String abs = link.absUrl("href");
    return abs.isEmpty() ? link.attr("href") : abs;
  }

  /**
   * A {@code <title>} without the site name after it: the outlet's name when known, else whatever
   * follows the last unambiguous separator ({@code |} or {@code ::}) when enough is left.
   */
  private static String stripOutlet(String title, String outlet) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String t = title.strip();
    if (outlet != null) {
      for (String sep : List.of(" | ", " - ", " \u2013 ", " \u2014 ", " :: ")) {
        if (t.endsWith(sep + outlet)) {
          return t.substring(0, t.length() - sep.length() - outlet.length());
        }
      }
    }
    int cut = Math.max(t.lastIndexOf(" | "), t.lastIndexOf(" :: "));
    if (cut > 0 && HtmlExtractor.words(t.substring(0, cut)) >= 3) {
      return t.substring(0, cut).strip();
    }
    return t;
  }

  /** {@code en_GB} or {@code en-gb} to {@code en-GB}; null or unparseable to null. */
  static String normalizeLanguage(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String t = Locale.forLanguageTag(tag.strip().replace('_', '-')).toLanguageTag();
    return t.equals("und") ? null : t;
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v != null && !(v instanceof String s && s.isBlank())) {
        return v;
      }
    }
    return null;
  }
}
