package dev.dossier.cli;

import dev.dossier.model.Analysis;
import dev.dossier.parquet.ParquetFacts;
import dev.dossier.store.Ingestor;
import dev.dossier.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier load}: stores the analyses of a directory of fact tables written by the Spark job
 * (dossier-spark's AnalyzeJob), as they are: nothing is analysed again.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = {"Bulk-load the Parquet fact tables the Spark job wrote (DIR/articles, DIR/tokens, ...) into the "
        + "store, without analysing again. Idempotent: articles already stored are skipped, so an interrupted "
        + "load resumes. Records that fail validation (an offset past the text, an id that does not match the "
        + "article, a missing index...) are reported and their article is not stored.",
        "Exit code 2 when some records or files failed; the rest are stored."})
final class LoadCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PARQUET_DIR", arity = "1..*",
      description = "Output directories of the Spark job (local paths).")
  List<Path> dirs;

  @Mixin
  StoreOptions store = new StoreOptions();

  @Option(names = "--batch", paramLabel = "N", description = "Most articles per transaction (default: ${DEFAULT-VALUE}).")
  int batch = 256;

  @Option(names = "--replace", description = "Replace articles that are already stored.")
  boolean replace;

  @Option(names = {"-q", "--quiet"}, description = "No progress line.")
  boolean quiet;

  @Option(names = "--debug", description = "Print stack traces of failures.")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = new Progress(err, quiet);
    try (Store s = store.open()) {
      Ingestor ingestor = new Ingestor(s, ConsoleListener::notAnalyzed, Runtime.getRuntime().availableProcessors(), Math.max(1, batch), replace,
          new ConsoleListener(progress, err, debug));
      Ingestor.Stats st;
      try {
        read(ingestor);
      } finally {
        // also after an Error, so the writer thread stops and the process can exit
        st = ingestor.finish();
      }
      progress.clear();
      out.println(summary(st, s.count(), store.location()));
      out.flush();
      return st.failed() > 0 ? Main.EXIT_SOME_FAILED : 0;
    }
  }

  private void read(Ingestor ingestor) {
    for (Path dir : dirs) {
      try {
        new ParquetFacts(dir).read(new ParquetFacts.Sink() {
          @Override
          public void analysis(Analysis analysis, String locator) {
            ingestor.submit(analysis);
          }

          @Override
          public void problem(String locator, String message, Throwable cause) {
            ingestor.problem(dir.resolve(locator).toString(), message, cause);
          }
        });
      } catch (IOException e) {
        ingestor.problem(dir.toString(), e.getMessage(), e);
      }
    }
  }

  static String summary(Ingestor.Stats s, long total, String location) {
    double wall = s.wallNanos() / 1e9;
    return String.format(Locale.ROOT,
        "loaded into %s: %,d read, %,d stored, %,d already stored, %,d failed; %,d articles in the store%n"
            + "time %.1f s, %.0f articles/s (storage %.1f s)",
        location, s.read(), s.stored(), s.skipped(), s.failed(), total, wall, s.perSecond(), s.storageNanos() / 1e9);
  }

}
