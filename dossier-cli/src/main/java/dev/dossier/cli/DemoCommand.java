package dev.dossier.cli;

import dev.dossier.ingest.ArticleSink;
import dev.dossier.ingest.IngestProblem;
import dev.dossier.ingest.ReadOptions;
import dev.dossier.ingest.Sources;
import dev.dossier.model.Article;
import dev.dossier.model.Origin;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.store.Ingestor;
import dev.dossier.store.Store;
import dev.dossier.store.Stores;
import dev.dossier.store.query.Briefing;
import dev.dossier.store.query.BriefingText;
import dev.dossier.store.search.SearchQuery;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier demo}: ingests the bundled demo articles and prints a briefing. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingest the bundled demo articles into a fresh store and print a briefing: top actors with roles, "
        + "the story's timeline, deadlines, a corroborated claim, a contradiction, anonymous sources, poll figures.",
        "The store is temporary unless --data or --keep is given."})
final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "Ingest into this store instead of a temporary one.")
  String data;

  @Option(names = "--keep", description = "Keep the temporary store and print where it is.")
  boolean keep;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD",
      description = "The day deadlines are measured against (default: the day after the latest demo article).")
  LocalDate today;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path articles = DemoArticles.extract();
    Path tempStore = data == null ? Files.createTempDirectory("dossier-demo-store") : null;
    String location = data != null ? data : tempStore.toString();
    long failed;
    try {
      Pipeline pipeline = StandardPipeline.create();
      try (Store s = Stores.open(location)) {
        Ingestor ing = new Ingestor(s, pipeline::analyze, Math.max(1, threads), 16, false, new ConsoleListener(new Progress(err, true), err, false));
        new Sources().read(List.of(articles.toString()), System.in, ReadOptions.defaults(), new ArticleSink() {
          @Override
          public void article(Article a) {
            ing.submit(inProject(a, articles.getParent()));
          }

          @Override
          public void problem(IngestProblem p) {
            if (p.fatal()) {
              ing.problem(p.locator(), p.message(), p.cause());
            }
          }
        });
        Ingestor.Stats st = ing.finish();
        failed = st.failed();
        LocalDate day = today != null ? today : latestDay(s).plusDays(1);
        out.println("ingested " + st.stored() + " demo articles (" + st.skipped() + " already stored) into "
            + (tempStore != null && !keep ? "a temporary store" : location));
        out.println();
        out.print(BriefingText.render(Briefing.of(s, day, 5)));
      }
      if (tempStore != null && keep) {
        out.println();
        out.println("the store is kept in " + tempStore + "; query it with --data " + tempStore
            + " (for example: dossier actor Netanyahu --data " + tempStore + ")");
      }
    } finally {
      delete(articles.getParent());
      if (tempStore != null && !keep) {
        delete(tempStore);
      }
    }
    out.flush();
    return failed > 0 ? Main.EXIT_SOME_FAILED : 0;
  }

  /**
   * The article with its origin named as in the project ({@code demo/articles/...}), not by the
   * temporary directory it was read from, which is gone once the demo ends.
   */
  static Article inProject(Article a, Path extracted) {
    Origin o = a.origin();
    Path source = Path.of(o.source());
    if (!source.startsWith(extracted)) {
      return a;
    }
    String inDemo = "demo/" + extracted.relativize(source).toString().replace(java.io.File.separatorChar, '/');
    return a.toBuilder().origin(new Origin(inDemo, o.format(), o.line(), o.record(), o.warcRecordId(), o.sourceId()))
        .build();
  }

  private static LocalDate latestDay(Store s) {
    var hits = s.search(new SearchQuery(null, null, null, null, null, null, true, 1, 0)).hits();
    return hits.isEmpty() || hits.get(0).article().day() == null ? LocalDate.now() : hits.get(0).article().day();
  }

  private static void delete(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
