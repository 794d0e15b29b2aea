package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.model.json.AnalysisJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoArticlesTest {

  /** The source folder; surefire runs in the module directory. */
  private static final Path SOURCE = Path.of("..", "demo");

  @Test
  void indexListsExactlyTheFilesInTheDemoFolder() throws IOException {
    List<String> onDisk;
    try (Stream<Path> walk = Files.walk(SOURCE.resolve("articles"))) {
      onDisk = walk.filter(Files::isRegularFile)
          .map(p -> SOURCE.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
    assertThat(DemoArticles.index()).containsExactlyInAnyOrderElementsOf(onDisk);
  }

  @Test
  void extractsEveryIndexedFileByteForByte(@TempDir Path tmp) throws IOException {
    Path articles = DemoArticles.extractTo(tmp);
    assertThat(articles).isEqualTo(tmp.resolve("articles"));
    for (String name : DemoArticles.index()) {
      assertThat(Files.readAllBytes(tmp.resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(SOURCE.resolve(name)));
    }
    long txt = count(articles, ".txt");
    assertThat(txt).isEqualTo(7);
    assertThat(count(articles, ".html")).isEqualTo(2);
    assertThat(count(articles, ".xml")).isEqualTo(1);
  }

  @Test
  void everyTextArticleHasACompleteSidecarAndAReasonableLength() throws IOException {
    for (String name : DemoArticles.index()) {
      if (!name.endsWith(".txt")) {
        continue;
      }
      String text = Files.readString(SOURCE.resolve(name), StandardCharsets.UTF_8);
      int words = text.strip().split("\\s+").length;
      assertThat(words).as(name + " words").isBetween(150, 400);
      Path side = SOURCE.resolve(name.replaceAll("\\.txt$", ".json"));
      JsonNode n = AnalysisJson.mapper().readTree(side.toFile());
      for (String field : List.of("title", "outlet", "published", "url", "author")) {
        assertThat(n.hasNonNull(field)).as(side + " has " + field).isTrue();
      }
      assertThat(n.get("published").asText()).startsWith(name.substring(name.indexOf('/') + 1, name.indexOf('/') + 11));
    }
  }

  private static final List<String> NUMBERS = List.of("Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven",
      "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen");

  /**
   * demo/README.md's count, date range and table of articles agree with the folder: one row per
   * article (a feed counts its items), every file named, the range from the first to the last row.
   */
  @Test
  void readmeCountsAndDatesTheArticlesThatShip() throws IOException {
    String readme = Files.readString(SOURCE.resolve("README.md"), StandardCharsets.UTF_8);
    long articles = 0;
    for (String name : DemoArticles.index()) {
      if (name.endsWith(".txt") || name.endsWith(".html")) {
        articles++;
      } else if (name.endsWith(".xml")) {
        String feed = Files.readString(SOURCE.resolve(name), StandardCharsets.UTF_8);
        articles += feed.split("<item>", -1).length - 1;
      }
    }
    String table = readme.substring(readme.indexOf("## The articles"), readme.indexOf("## What the demo can show"));
    List<String> rows = table.lines().filter(l -> l.matches("\\| \\d{4}-\\d{2}-\\d{2} \\|.*")).toList();
    assertThat(rows).hasSize((int) articles);
    for (String name : DemoArticles.index()) {
      if (!name.endsWith(".json")) {
        String file = name.substring(name.indexOf('/') + 1);
        assertThat(table).as(file).contains("`" + file);
      }
    }
    List<String> days = rows.stream().map(r -> r.substring(2, 12)).sorted().toList();
    assertThat(readme).startsWith("# Demo articles\n\n" + NUMBERS.get((int) articles) + " short news articles");
    assertThat(readme).contains("(" + days.get(0) + " to " + days.get(days.size() - 1) + ")");
  }

  /** The project writes its own demo text: no run of eight words may come from the seed article. */
  @Test
  void sharesNoEightWordRunWithTheSeedArticle() throws IOException {
    String examples = System.getProperty("dossier.examples");
    Assumptions.assumeTrue(examples != null && Files.isRegularFile(Path.of(examples, "seed-article.txt")),
        "dossier.examples not available");
    Set<String> seed = shingles(Files.readString(Path.of(examples, "seed-article.txt")));
    for (String name : DemoArticles.index()) {
      Set<String> mine = shingles(Files.readString(SOURCE.resolve(name)));
      mine.retainAll(seed);
      assertThat(mine).as(name).isEmpty();
    }
  }

  private static Set<String> shingles(String text) {
    String[] w = text.toLowerCase(Locale.ROOT).replaceAll("<[^>]*>", " ").split("[^\\p{L}\\p{N}%]+");
    List<String> words = Stream.of(w).filter(s -> !s.isEmpty()).toList();
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 8 <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + 8)));
    }
    return out;
  }

  private static long count(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
    }
  }
}
