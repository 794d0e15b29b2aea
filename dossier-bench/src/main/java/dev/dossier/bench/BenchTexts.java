package dev.dossier.bench;

import dev.dossier.model.Article;
import dev.dossier.model.Origin;
import dev.dossier.model.Published;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Benchmark articles, built at run time from text outside the project (never committed): the seed
 * article from {@code dossier.examples} and BBC News articles from {@code dossier.data}, joined into
 * articles of about {@code words} words, chosen with a fixed seed.
 */
final class BenchTexts {

  /** Words in a seed-sized article (the motivating article has about 550). */
  static final String SEED_SIZED = "550";
  /** Words in a long article. */
  static final String LONG = "5000";
  /** Articles per benchmark, cycled through. */
  static final int COUNT = 20;
  /** The fixed seed that chooses them. */
  static final long SEED = 42L;

  private BenchTexts() {}

  /**
   * The benchmark articles of about {@code words} words: {@link #COUNT} of them, dated (so times
   * are anchored as in a real article) and chosen with {@link #SEED}.
   */
  static List<Article> benchArticles(int words) {
    List<Article> out = new ArrayList<>();
    int i = 0;
    for (String t : articles(words, COUNT, SEED)) {
      out.add(Article.builder().url("bench:" + words + "/" + i++).outlet("Bench").text(t)
          .published(Published.parse("2026-01-05")).origin(Origin.file("bench", "text")).build());
    }
    return out;
  }

  static Path data() {
    return Path.of(System.getProperty("dossier.data", "../shared/data"));
  }

  static Path examples() {
    return Path.of(System.getProperty("dossier.examples", "../shared/examples"));
  }

  /**
   * {@code count} articles of about {@code words} words each.
   *
   * @throws UncheckedIOException naming the folder when the corpora are missing
   */
  static List<String> articles(int words, int count, long seed) {
    List<Path> files = new ArrayList<>();
    Path bbc = data().resolve("bbc-news");
    try (Stream<Path> s = Files.walk(bbc)) {
      s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("README"))
          .sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException("benchmarks need the BBC News corpus at " + bbc
          + " (set -Ddossier.data=...)", e);
    }
    Random rnd = new Random(seed);
    List<String> out = new ArrayList<>();
    Path seedArticle = examples().resolve("seed-article.txt");
    if (Files.exists(seedArticle) && words <= 1500) {
      out.add(read(seedArticle));
    }
    while (out.size() < count) {
      StringBuilder sb = new StringBuilder();
      while (sb.toString().split("\\s+").length < words) {
        sb.append(read(files.get(rnd.nextInt(files.size())))).append("\n\n");
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      try {
        return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
      } catch (IOException e2) {
        throw new UncheckedIOException("cannot read " + p, e2);
      }
    }
  }
}
