package dev.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dossier.cli.Main;
import dev.dossier.ingest.IngestProblem;
import dev.dossier.ingest.ReadOptions;
import dev.dossier.ingest.Sources;
import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.model.StageRun;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.parquet.FactTables;
import dev.dossier.parquet.ParquetFacts;
import dev.dossier.store.Store;
import dev.dossier.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on local[2] over a Reuters-21578 subset (plus the seed article and a bad JSONL line)
 * writes tables whose facts, read back, equal what {@code dossier analyze} computes for the same
 * articles: the same calls (Sources, then the standard pipeline) in one thread.
 */
class AnalyzeJobTest {

  private static final int STORIES = 120;

  @TempDir
  static Path tmp;

  static SparkSession spark;
  static Path input;
  static Path output;
  static AnalyzeJob.Result result;

  @BeforeAll
  static void run() throws Exception {
    assumeTrue(Files.isDirectory(ReutersSubset.corpus()), "Reuters-21578 not at " + ReutersSubset.corpus());
    input = Files.createDirectories(tmp.resolve("in"));
    Path jsonl = input.resolve("reuters.jsonl");
    assertThat(ReutersSubset.write(jsonl, STORIES)).isEqualTo(STORIES);
    Files.writeString(jsonl, "{not json\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Path seed = Path.of(System.getProperty("dossier.examples", "../../shared/examples"), "seed-article.txt");
    if (Files.exists(seed)) {
      Files.copy(seed, input.resolve("seed-article.txt"));
    }
    output = tmp.resolve("out");
    spark = SparkSession.builder().master("local[2]").appName("dossier-test")
        .config("spark.ui.enabled", "false").getOrCreate();
    result = AnalyzeJob.run(spark, new AnalyzeJob.Options(List.of(input.toString()), output.toString(), null, 4, false));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static Map<String, Analysis> expected;

  /** What dossier analyze computes for every article of the input (computed once). */
  private static synchronized Map<String, Analysis> expected() {
    if (expected != null) {
      return expected;
    }
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> articles = new Sources().readAll(List.of(input.toString()), ReadOptions.defaults(), problems);
    Pipeline p = StandardPipeline.create();
    Map<String, Analysis> out = new LinkedHashMap<>();
    for (Article a : articles) {
      out.put(a.id(), p.analyze(a));
    }
    expected = out;
    return out;
  }

  private static Map<String, Analysis> loaded(List<String> problems) throws Exception {
    Map<String, Analysis> out = new LinkedHashMap<>();
    new ParquetFacts(output).read(new ParquetFacts.Sink() {
      @Override
      public void analysis(Analysis a, String locator) {
        assertThat(out.put(a.article().id(), a)).as("article %s delivered twice", a.article().id()).isNull();
      }

      @Override
      public void problem(String locator, String message, Throwable cause) {
        problems.add(locator + ": " + message);
      }
    });
    return out;
  }

  @Test
  void factsEqualThoseOfOneThreadAnalysis() throws Exception {
    Map<String, Analysis> expected = expected();
    List<String> problems = new ArrayList<>();
    Map<String, Analysis> actual = loaded(problems);

    assertThat(problems).isEmpty();
    assertThat(expected).hasSizeGreaterThanOrEqualTo(STORIES);
    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    long facts = 0;
    for (Analysis e : expected.values()) {
      Analysis a = actual.get(e.article().id());
      assertThat(a.article()).isEqualTo(e.article());
      for (LayerKey<?> k : Layers.ALL) {
        assertThat(a.layer(k)).as("%s of %s", k.id(), e.article().origin().locator()).isEqualTo(e.layer(k));
        facts += e.layer(k).size();
      }
      assertThat(a.runs().stream().map(StageRun::stage).toList())
          .isEqualTo(e.runs().stream().map(StageRun::stage).toList());
      assertThat(a).isEqualTo(e);
    }
    assertThat(facts).as("facts compared").isGreaterThan(10_000);
    assertThat(result.analysed()).isEqualTo(expected.size());
    assertThat(result.rows().get("tokens")).isEqualTo(
        expected.values().stream().mapToLong(x -> x.layer(Layers.TOKENS).size()).sum());
  }

  @Test
  void badRecordsAreReportedAndSkipped() throws Exception {
    assertThat(result.problems()).singleElement().asString()
        .startsWith(input.resolve("reuters.jsonl") + ":" + (STORIES + 1) + ":");
    assertThat(Files.readAllLines(output.resolve("_problems.txt"))).isEqualTo(result.problems());
  }

  @Test
  void modelsAreLoadedOncePerExecutor() {
    // local mode: the driver is the one executor; four partitions ran on two task threads
    assertThat(result.partitions()).isEqualTo(4);
    assertThat(ExecutorPipeline.builds()).isEqualTo(1);
  }

  @Test
  void everyLayerHasItsTable() {
    for (String t : FactTables.names()) {
      assertThat(output.resolve(t).resolve("_SUCCESS")).as(t).exists();
    }
  }

  @Test
  void dossierLoadStoresTheFactsOfOneThreadAnalysis() throws Exception {
    Map<String, Analysis> expected = expected();
    Path dir = tmp.resolve("store");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "load", output.toString(), "--data",
        dir.toString(), "--quiet");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains(String.format(Locale.ROOT, "%,d stored, 0 already stored, 0 failed",
        expected.size()));
    try (Store s = Stores.open(dir.toString())) {
      assertThat(s.count()).isEqualTo(expected.size());
      for (Analysis e : expected.values()) {
        assertThat(s.get(e.article().id())).as(e.article().origin().locator()).contains(e);
      }
    }
    StringWriter again = new StringWriter();
    assertThat(Main.run(new PrintWriter(again, true), new PrintWriter(new StringWriter(), true), "load",
        output.toString(), "--data", dir.toString(), "--quiet")).isZero();
    assertThat(again.toString()).contains("0 stored, " + expected.size() + " already stored");
  }
}
