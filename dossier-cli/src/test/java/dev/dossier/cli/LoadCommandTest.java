package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Origin;
import dev.dossier.model.Published;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.parquet.PartWriter;
import dev.dossier.store.Store;
import dev.dossier.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier load} on fact tables in the Spark job's layout (written here without Spark, two
 * parts): every analysis is stored exactly as it was computed, a second load skips them, and a bad
 * file or a row of an article its part lacks is reported while the rest load. (dossier-spark's
 * AnalyzeJobTest loads the job's real output the same way.)
 */
class LoadCommandTest {

  @TempDir
  static Path dir;

  static List<Analysis> analyses;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  static Article article(String name, String text, String day) {
    return Article.builder().url("https://test.example/" + name).outlet("Test Wire").title(name)
        .published(Published.parse(day)).text(text).origin(Origin.file("/in/" + name, "text")).build();
  }

  @BeforeAll
  static void analyse() {
    Pipeline p = StandardPipeline.create();
    analyses = Stream.of(
        article("ferry", "The harbour council of Kestrel voted on Tuesday to extend the ferry service until March, "
            + "its chairwoman, Anna Berg, said. Fares will rise by 4 percent next year.", "2026-01-06"),
        article("strike", "Dock workers in Kestrel ended a two-week strike on Monday after the port authority "
            + "agreed to raise wages, union leaders said.", "2026-01-05"),
        article("fares", "Rail fares across Ostmark will rise in March, the transport ministry said on Tuesday, "
            + "the first increase in three years. A poll by Nordvik Research found 61 percent of commuters opposed it.",
            "2026-01-06"))
        .map(p::analyze).toList();
  }

  @Test
  void storesTheAnalysesAsTheyWereComputed() throws Exception {
    Path facts = dir.resolve("facts");
    PartWriter.write(facts, 0, analyses.subList(0, 2));
    PartWriter.write(facts, 1, analyses.subList(2, 3));
    Path store = dir.resolve("store");

    Result r = run("load", facts.toString(), "--data", store.toString(), "--quiet");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("3 read, 3 stored, 0 already stored, 0 failed; 3 articles in the store");
    try (Store s = Stores.open(store.toString())) {
      for (Analysis a : analyses) {
        assertThat(s.get(a.article().id())).contains(a);
      }
    }

    Result again = run("load", facts.toString(), "--data", store.toString(), "--quiet");
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("3 read, 0 stored, 3 already stored");
    assertThat(run("search", "ferry", "--data", store.toString()).out()).contains("1 matching articles");
  }

  @Test
  void reportsBadFilesAndRowsAndLoadsTheRest() throws Exception {
    Path facts = dir.resolve("bad");
    PartWriter.write(facts, 0, analyses.subList(0, 1));
    PartWriter.write(facts, 1, analyses.subList(1, 2));
    // part 1 loses its article row: its layer rows name an article the part does not hold
    try (Stream<Path> s = Files.list(facts.resolve("articles"))) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-00001")).toList()) {
        Files.delete(p);
      }
    }
    Files.writeString(facts.resolve("tokens").resolve("part-00002-broken.parquet"), "not parquet");
    Path store = dir.resolve("bad-store");

    Result r = run("load", facts.toString(), dir.resolve("missing").toString(), "--data", store.toString(), "--quiet");
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Main.EXIT_SOME_FAILED);
    assertThat(r.out()).contains("1 stored").contains("1 articles in the store");
    assertThat(r.err())
        .contains("tokens/part-00002-broken.parquet: cannot read")
        .contains("row of article " + analyses.get(1).article().id() + ", which is not in the matching part")
        .contains("missing holds no 'articles' table");
    try (Store s = Stores.open(store.toString())) {
      assertThat(s.get(analyses.get(0).article().id())).contains(analyses.get(0));
      assertThat(s.contains(analyses.get(1).article().id())).isFalse();
    }
  }
}
