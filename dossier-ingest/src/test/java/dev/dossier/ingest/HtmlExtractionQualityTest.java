package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Measures main-text extraction against hand-written gold text: word-level precision, recall and
 * F1 (bag of words), and whether the paragraphs match exactly. The figures are printed (and
 * recorded in docs/ingest.md); the assertions hold the floor.
 */
class HtmlExtractionQualityTest {

  private static final Path DEMO = Path.of("..", "demo", "articles");

  record Case(String name, String html, String gold) {}

  record Score(double precision, double recall, boolean exact) {
    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    // the demo pages: gold is the article's own paragraphs, selected by their known container
    out.add(demo("2025-12-29-levant-herald-cairo-talks.html", "div.story-body > p"));
    out.add(demo("2025-12-30-eastgate-cairo-round.html", "div.article__content > p"));
    for (String name : List.of("table-layout", "wordpress-tags", "br-paragraphs", "split-body")) {
      out.add(new Case(name, resource("html/" + name + ".html"), resource("html/" + name + ".expected.txt").strip()));
    }
    return out;
  }

  @Test
  void extractsTheArticleTextOfEveryPage() throws IOException {
    HtmlExtractor full = new HtmlExtractor(true);
    HtmlExtractor densityOnly = new HtmlExtractor(false);
    System.out.printf(Locale.ROOT, "%-44s %-26s %-26s%n", "page", "all signals P/R/F1 exact", "density only P/R/F1 exact");
    for (Case c : cases()) {
      Score a = score(full.extract(Jsoup.parse(c.html())), c.gold());
      Score d = score(densityOnly.extract(Jsoup.parse(c.html())), c.gold());
      System.out.printf(Locale.ROOT, "%-44s %.3f/%.3f/%.3f %-5s   %.3f/%.3f/%.3f %-5s%n", c.name(),
          a.precision(), a.recall(), a.f1(), a.exact(), d.precision(), d.recall(), d.f1(), d.exact());
      assertThat(a.exact()).as(c.name() + " with all signals").isTrue();
      assertThat(d.f1()).as(c.name() + " by density alone").isGreaterThanOrEqualTo(0.85);
    }
  }

  @Test
  void droppedFurnitureNeverLeaksIntoTheDemoText() throws IOException {
    String text = new HtmlExtractor().extract(Jsoup.parse(Files.readString(DEMO.resolve("2025-12-29-levant-herald-cairo-talks.html"))));
    assertThat(text).doesNotContain("Advertisement", "savings account", "Share on", "Read more",
        "How the first phase", "Photo:", "Graphic:", "DavidK", "Three hours of talks", "Most read",
        "Morning Briefing", "All rights reserved", "cookies", "Breaking", "diplomatic correspondent");
    assertThat(text.split("\n\n")).hasSize(7);
  }

  static Score score(String got, String gold) {
    Map<String, Integer> g = bag(gold);
    Map<String, Integer> x = bag(got);
    int overlap = 0;
    for (Map.Entry<String, Integer> e : x.entrySet()) {
      overlap += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
    }
    int nx = x.values().stream().mapToInt(Integer::intValue).sum();
    int ng = g.values().stream().mapToInt(Integer::intValue).sum();
    return new Score(nx == 0 ? 0 : overlap / (double) nx, ng == 0 ? 0 : overlap / (double) ng,
        got.strip().equals(gold.strip()));
  }

  private static Map<String, Integer> bag(String s) {
    Map<String, Integer> m = new HashMap<>();
    for (String w : s.split("\\s+")) {
      if (!w.isEmpty()) {
        m.merge(w, 1, Integer::sum);
      }
    }
    return m;
  }

  private static Case demo(String file, String goldSelector) throws IOException {
    String html = Files.readString(DEMO.resolve(file));
    Document doc = Jsoup.parse(html);
    String gold = doc.select(goldSelector).stream().map(Element::text).collect(Collectors.joining("\n\n"));
    return new Case("demo/" + file, html, gold);
  }

  static String resource(String name) throws IOException {
    try (InputStream in = HtmlExtractionQualityTest.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

}
