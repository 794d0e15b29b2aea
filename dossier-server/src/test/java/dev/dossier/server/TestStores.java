package dev.dossier.server;

import dev.dossier.ingest.ArticleSink;
import dev.dossier.ingest.IngestProblem;
import dev.dossier.ingest.ReadOptions;
import dev.dossier.ingest.Sources;
import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.store.Ingestor;
import dev.dossier.store.Scenario;
import dev.dossier.store.Store;
import dev.dossier.store.Stores;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Stores for the server's tests: the demo articles through the standard pipeline, and the store tests' scenario. */
final class TestStores {

  private static Pipeline pipeline;

  private TestStores() {}

  /** The standard pipeline, made once per test JVM. */
  static synchronized Function<Article, Analysis> analyzer() {
    if (pipeline == null) {
      pipeline = StandardPipeline.create();
    }
    return pipeline::analyze;
  }

  /** The repository's demo/articles folder (the dossier.demo property, set by the POM). */
  static Path demoArticles() {
    Path p = Path.of(System.getProperty("dossier.demo", "../demo")).resolve("articles").toAbsolutePath().normalize();
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("no demo articles at " + p.toAbsolutePath());
    }
    return p;
  }

  /** A new embedded store in {@code dir} holding the demo articles, analysed by the standard pipeline. */
  static Store demo(Path dir) {
    Store s = Stores.embedded(dir);
    List<String> problems = new ArrayList<>();
    Ingestor ing = new Ingestor(s, analyzer(), 2, 16, false, new Ingestor.Listener() {
      @Override
      public void progress(Ingestor.Stats stats) {}

      @Override
      public void problem(String locator, String message, Throwable cause) {
        problems.add(locator + ": " + message);
      }
    });
    new Sources().read(List.of(demoArticles().toString()), InputStream.nullInputStream(), ReadOptions.defaults(),
        new ArticleSink() {
          @Override
          public void article(Article a) {
            ing.submit(a);
          }

          @Override
          public void problem(IngestProblem p) {
            if (p.fatal()) {
              problems.add(p.toString());
            }
          }
        });
    ing.finish();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("demo ingest problems: " + problems);
    }
    s.flush();
    return s;
  }

  /** A new embedded store in {@code dir} holding the store tests' hand-made scenario (seven articles). */
  static Store scenario(Path dir) {
    Store s = Stores.embedded(dir);
    s.putAll(Scenario.all(), false);
    s.flush();
    return s;
  }

  /** A new temporary directory, deleted with everything in it when the test JVM exits. */
  static Path tempDir(String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      return dir;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path dir) {
    try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      System.err.println("could not delete " + dir + ": " + e);
    }
  }
}
