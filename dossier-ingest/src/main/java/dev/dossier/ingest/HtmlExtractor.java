package dev.dossier.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main text of a news page and drops the page furniture around it.
 *
 * <p>Three passes. (1) Pruning: elements that are never article text (scripts, styles, forms,
 * {@code nav}, {@code header}, {@code footer}, {@code aside}, {@code figure} and captions, hidden
 * elements, ARIA landmarks for navigation and banners) and elements whose class or id names page
 * furniture (ad, share, related, comments, newsletter, cookie, breadcrumb, caption, byline...),
 * unless such an element holds most of the page's paragraph text. (2) Blocks: the text of each
 * block-level element, with its word count and link density. (3) Density: blocks of eight words or
 * more with little link text vote for their parent (and half for their grandparent), like
 * Readability; the best-scoring container and its strong siblings are the article; inside them a
 * block is kept unless it is mostly links, a heading of one word, or a short boilerplate line
 * ("Advertisement", "Read more", "Subscribe..."). Paragraphs are separated by a blank line; a
 * {@code <br>} is a line break.
 *
 * <p>Stateless and thread-safe; the document passed in is not modified.
 */
final class HtmlExtractor {

  private static final String DROP_TAGS = "script, style, noscript, template, iframe, object, embed, svg, "
      + "canvas, video, audio, picture, img, map, form, button, input, select, textarea, label, nav, "
      + "header, footer, aside, figure, figcaption, menu, dialog, head, link, meta";

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private static final Set<String> DROP_ROLES = Set.of("navigation", "banner", "contentinfo",
      "complementary", "dialog", "alertdialog", "search", "menu", "menubar", "toolbar", "form");

  /** Words in class or id names that mark page furniture (matched on parts split at - _ and case). */
  private static final Set<String> FURNITURE = Set.of(
      "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit",
      "dfp", "gpt", "sponsor", "sponsored", "promo", "promotion", "promoted", "share", "sharing",
      "sharebar", "social", "related", "recommended", "recirc", "recirculation", "outbrain",
      "taboola", "comment", "comments", "disqus", "newsletter", "subscribe", "subscription", "signup",
      "paywall", "cookie", "cookies", "consent", "gdpr", "breadcrumb", "breadcrumbs", "nav", "navbar",
      "navigation", "menu", "footer", "sidebar", "widget", "masthead", "ticker", "banner", "caption",
      "credit", "credits", "byline", "bio", "tags", "toolbar", "popup", "modal", "overlay",
      "trending", "popular", "mostread", "player", "skip");

  private static final Set<String> HIDDEN_CLASSES =
      Set.of("sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "hidden", "hide");

  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "body",
      "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
      "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "address", "center", "details",
      "summary", "hr", "figure", "hgroup", "fieldset", "legend", "header", "footer", "nav", "aside");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** Short lines that are furniture wherever they appear. */
  private static final Pattern BOILERPLATE_LINE = Pattern.compile("(?i)^\\W*(advertisement|advertisements|"
      + "ad|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?|"
      + "read more|read next|more on this story|related( articles| stories| coverage| content)?|"
      + "see also|share( this( article| story| page)?)?|print|email|comments?( \\(\\d+\\))?|"
      + "sign up|subscribe( now)?|log ?in|sign ?in|follow us|skip to (main )?content|"
      + "(all rights reserved.*)|(©|\\(c\\)|copyright).*)\\W*$");

  /** Calls to action in short blocks. */
  private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)\\b(subscribe|sign up for|"
      + "become a (member|subscriber|supporter)|reader-supported|support (our|us)|donate|"
      + "newsletter|follow us|download (our|the) app|cookies?|all rights reserved|click here)\\b");

  /** Bylines and time stamps on a line of their own (not a sentence: no closing punctuation). */
  private static final Pattern BYLINE = Pattern.compile("^(?:(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or)\\s+\\p{Lu}.{0,100}"
      + "|(?i:published|updated|posted|last updated|first published)\\b.{0,60})(?<![.!?\"\u201d])$");

  private static final int MIN_CONTENT_WORDS = 8;

  private final boolean nameHints;

  /** An extractor using every signal. */
  HtmlExtractor() {
    this(true);
  }

  /**
   * @param nameHints whether class and id names may mark furniture; off, only tags, ARIA roles,
   *     hidden markers and text density decide (used to measure the density heuristic alone)
   */
  HtmlExtractor(boolean nameHints) {
    this.nameHints = nameHints;
  }

  /** The main text of {@code doc}, or "" when it has none. */
  String extract(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    Element root = body.clone();
    prune(root, nameHints);
    List<Block> blocks = blocks(root);
    if (blocks.isEmpty()) {
      return "";
    }
    Set<Element> containers = mainContainers(blocks);
    Set<String> titles = titles(doc);
    StringBuilder out = new StringBuilder();
    Block previous = null;
    Block previousKept = null;
    for (Block b : blocks) {
      boolean inside = containers.isEmpty() || containers.stream().anyMatch(c -> isInside(b.element, c));
      if (inside && keep(b) && !titles.contains(key(b.text))) {
        if (out.length() > 0) {
          // one <br> between two kept lines of the same element is a line break, anything else a paragraph
          boolean line = b.breaksBefore == 1 && previousKept == previous && previous.element == b.element;
          out.append(line ? "\n" : "\n\n");
        }
        out.append(b.text);
        previousKept = b;
      }
      previous = b;
    }
    return out.toString();
  }

  /** The page's headline in its usual forms, as {@link #key} values: a block equal to one is dropped. */
  private static Set<String> titles(Document doc) {
    Set<String> out = new java.util.HashSet<>();
    String title = doc.title();
    if (!title.isBlank()) {
      out.add(key(title));
      for (String part : title.split("\\s+(?:\\||::|-|\u2013|\u2014)\\s+")) {
        out.add(key(part));
      }
    }
    for (Element m : doc.select("meta[property=og:title], meta[name=twitter:title]")) {
      out.add(key(m.attr("content")));
    }
    out.remove("");
    return out;
  }

  private static String key(String s) {
    return s.replaceAll("[\\s\u00a0]+", " ").strip().toLowerCase(Locale.ROOT);
  }

  // ---- pass 1: pruning

  private static void prune(Element root, boolean nameHints) {
    int paragraphWords = words(root.select("p").text());
    List<Element> drop = new ArrayList<>(root.select(DROP_TAGS));
    for (Element e : root.getAllElements()) {
      if (e == root) {
        continue;
      }
      if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
          || HIDDEN_STYLE.matcher(e.attr("style")).find()
          || DROP_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT).strip())
          || nameHints && isFurnitureName(e)) {
        drop.add(e);
      }
    }
    for (Element e : drop) {
      if (e.parent() == null) {
        continue; // already gone with an ancestor
      }
      if (paragraphWords >= 50 && !e.tagName().equals("script") && !e.tagName().equals("style")
          && words(e.select("p").text()) * 2 > paragraphWords) {
        continue; // a "furniture" element that holds most of the article: a misleading name
      }
      e.remove();
    }
  }

  static boolean isFurnitureName(Element e) {
    String names = (e.className() + " " + e.id()).strip();
    if (names.isEmpty()) {
      return false;
    }
    for (String name : names.split("\\s+")) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (HIDDEN_CLASSES.contains(lower)) {
        return true;
      }
      // split at -, _, digits and lower-to-upper case changes: "adSlot-2" -> ad, slot
      for (String part : name.split("[-_:.\\d]+|(?<=[a-z])(?=[A-Z])")) {
        if (FURNITURE.contains(part.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  // ---- pass 2: blocks

  private static final class Block {
    final Element element;
    final String text;
    final int words;
    final double linkDensity;
    /** How many {@code <br>} separate it from the previous block of the same element (0: none, a new block). */
    final int breaksBefore;

    Block(Element element, String text, int linkChars, int chars, int breaksBefore) {
      this.element = element;
      this.text = text;
      this.words = words(text);
      this.linkDensity = chars == 0 ? 0 : linkChars / (double) chars;
      this.breaksBefore = breaksBefore;
    }
  }

  /**
   * The text runs of the page: one per block-level element's own text, split further at {@code
   * <br>} so that a line such as a byline is judged on its own.
   */
  private static List<Block> blocks(Element root) {
    List<Block> out = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      final List<Element> stack = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      int linkChars;
      int chars;
      int linkDepth;
      int breaks;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.getWholeText();
          text.append(s);
          int visible = s.strip().length();
          chars += visible;
          if (linkDepth > 0) {
            linkChars += visible;
          }
        } else if (node instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("br")) {
            boolean had = flush();
            breaks = had ? 1 : breaks + 1;
          } else if (tag.equals("a")) {
            linkDepth++;
          } else if (BLOCK_TAGS.contains(tag)) {
            flush();
            breaks = 0;
            stack.add(e);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("a")) {
            linkDepth--;
          } else if (BLOCK_TAGS.contains(tag)) {
            flush();
            breaks = 0;
            stack.remove(stack.size() - 1);
          }
        }
      }

      /** Ends the current run; true if it held text. */
      private boolean flush() {
        boolean any = false;
        if (!stack.isEmpty()) {
          String s = normalize(text);
          if (!s.isEmpty()) {
            out.add(new Block(stack.get(stack.size() - 1), s, linkChars, chars, breaks));
            any = true;
          }
        }
        text = new StringBuilder();
        linkChars = 0;
        chars = 0;
        return any;
      }
    }, root);
    return out;
  }

  /** Collapses white space (source line breaks included) to single spaces. */
  private static String normalize(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  // ---- pass 3: density

  private static boolean isContentLike(Block b) {
    return b.words >= MIN_CONTENT_WORDS && b.linkDensity < 0.35 && !HEADINGS.contains(b.element.normalName());
  }

  /** The best-scoring container and those of its siblings that score at least a quarter as well. */
  private static Set<Element> mainContainers(List<Block> blocks) {
    Map<Element, Double> score = new HashMap<>();
    for (Block b : blocks) {
      if (!isContentLike(b)) {
        continue;
      }
      double s = 1 + commas(b.text) + Math.min(b.words / 25.0, 4);
      Element container = isParagraphTag(b.element) && b.element.parent() != null ? b.element.parent() : b.element;
      score.merge(container, s, Double::sum);
      if (container.parent() != null) {
        score.merge(container.parent(), s / 2, Double::sum);
      }
    }
    if (score.isEmpty()) {
      return Set.of();
    }
    Element top = null;
    double best = -1;
    for (Block b : blocks) { // document order breaks ties
      for (Element e : List.of(b.element, parentOr(b.element), parentOr(parentOr(b.element)))) {
        Double s = score.get(e);
        if (s != null && s > best) {
          best = s;
          top = e;
        }
      }
    }
    Set<Element> out = new java.util.LinkedHashSet<>();
    out.add(top);
    if (top.parent() != null) {
      for (Element sib : top.parent().children()) {
        Double s = score.get(sib);
        if (sib != top && s != null && s >= Math.max(3, best / 4)) {
          out.add(sib);
        }
      }
    }
    return out;
  }

  private static Element parentOr(Element e) {
    return e.parent() == null ? e : e.parent();
  }

  private static boolean isParagraphTag(Element e) {
    String t = e.normalName();
    return t.equals("p") || t.equals("li") || t.equals("blockquote") || t.equals("pre") || t.equals("dd")
        || t.equals("td") || HEADINGS.contains(t);
  }

  private static boolean isInside(Element e, Element container) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == container) {
        return true;
      }
    }
    return false;
  }

  private static boolean keep(Block b) {
    String tag = b.element.normalName();
    if (tag.equals("h1") || b.linkDensity > 0.5) {
      return false;
    }
    if (b.words <= 6 && BOILERPLATE_LINE.matcher(b.text).matches()) {
      return false;
    }
    if (b.words < 20 && CALL_TO_ACTION.matcher(b.text).find()) {
      return false;
    }
    if (b.words <= 12 && BYLINE.matcher(b.text).matches()) {
      return false;
    }
    if (HEADINGS.contains(tag)) {
      return b.words >= 2;
    }
    return b.words >= 3 || endsSentence(b.text);
  }

  private static boolean endsSentence(String s) {
    char c = s.charAt(s.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201d' || c == ':';
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ',') {
        n++;
      }
    }
    return n;
  }

  static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = Character.isWhitespace(s.charAt(i));
      if (!ws && !in) {
        n++;
      }
      in = !ws;
    }
    return n;
  }
}
