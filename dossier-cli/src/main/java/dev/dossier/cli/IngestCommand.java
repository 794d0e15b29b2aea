package dev.dossier.cli;

import dev.dossier.ingest.ArticleSink;
import dev.dossier.ingest.ByteLines;
import dev.dossier.ingest.IngestProblem;
import dev.dossier.ingest.Sources;
import dev.dossier.model.Article;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.store.Ingestor;
import dev.dossier.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier ingest}: reads, analyses and stores articles. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read, analyse and store articles (idempotent: articles already stored are skipped, so an "
        + "interrupted ingest resumes). A progress line goes to standard error, then a summary.",
        "Exit code 2 when some inputs failed; the rest are stored."})
final class IngestCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SOURCE", arity = "1..*",
      description = "Files, directories (read recursively) or - for standard input.")
  List<String> sources;

  @Mixin
  InputOptions input = new InputOptions();

  @Mixin
  StoreOptions store = new StoreOptions();

  @Option(names = "--threads", paramLabel = "N",
      description = "Analysis threads (default: the number of processors, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--batch", paramLabel = "N", description = "Most articles per transaction (default: ${DEFAULT-VALUE}).")
  int batch = 256;

  @Option(names = "--replace", description = "Analyse and store again articles that are already stored.")
  boolean replace;

  @Option(names = "--analyzed",
      description = "The sources are Analysis JSON Lines (from 'dossier analyze -o jsonl'): store them as they are.")
  boolean analyzed;

  @Option(names = "--timings", description = "Print where storage time went (article row, layers, linking...).")
  boolean timings;

  @Option(names = {"-q", "--quiet"}, description = "No progress line.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = new Progress(err, quiet);
    Pipeline pipeline = analyzed ? null : StandardPipeline.create();
    List<String> skipped = new ArrayList<>();
    try (Store s = store.open()) {
      Ingestor ingestor = new Ingestor(s, analyzed ? ConsoleListener::notAnalyzed : pipeline::analyze, Math.max(1, threads), batch, replace,
          new ConsoleListener(progress, err, input.debug));
      if (analyzed) {
        readAnalyzed(ingestor);
      } else {
        new Sources().read(sources, System.in, input.toReadOptions(), new ArticleSink() {
          @Override
          public void article(Article article) {
            ingestor.submit(article);
          }

          @Override
          public void problem(IngestProblem p) {
            if (p.fatal()) {
              ingestor.problem(p.locator(), p.message(), p.cause());
            } else {
              progress.clear();
              err.println(p);
            }
          }

          @Override
          public void skipped(String file, String reason) {
            skipped.add(file + " (" + reason + ")");
          }
        });
      }
      Ingestor.Stats st = ingestor.finish();
      progress.clear();
      out.println(summary(st, s.count(), store.location()));
      if (!skipped.isEmpty()) {
        out.println(skippedLine(skipped));
      }
      if (timings) {
        out.print("storage time by part:\n" + dev.dossier.store.sql.SqlStore.TIMINGS);
        out.print(dev.dossier.store.sql.Db.profile()); // with -Ddossier.sqlprofile=true
      }
      out.flush();
      return st.failed() > 0 ? Main.EXIT_SOME_FAILED : 0;
    }
  }


  /**
   * Submits each line of every source as one Analysis JSON document, as bytes: decoding them to
   * a string here and encoding it again for the stored form cost a copy of the whole input twice.
   * A line that is not well-formed UTF-8 fails, named by its file and line; the other lines of
   * the file are read on.
   */
  private void readAnalyzed(Ingestor ingestor) throws IOException {
    for (String src : sources) {
      try (InputStream in = src.equals("-") ? System.in : Files.newInputStream(Path.of(src))) {
        ByteLines lines = new ByteLines(in, Integer.MAX_VALUE - 16);
        while (lines.next()) {
          byte[] line = Arrays.copyOf(lines.bytes(), lines.length());
          if (blank(line)) {
            continue;
          }
          ingestor.submitJson(line, src + ":" + lines.number()); // parsed on the analysis threads
        }
      } catch (IOException e) {
        ingestor.problem(src, "cannot read: " + e.getMessage(), e);
      }
    }
  }

  /** Whether the line is only white space ({@link String#isBlank} of its UTF-8 text). */
  static boolean blank(byte[] line) {
    for (byte b : line) {
      if (b < 0) {
        return new String(line, StandardCharsets.UTF_8).isBlank();
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  /** Most skipped files named in the summary; the rest are counted. */
  static final int SKIPPED_NAMED = 10;

  /** "skipped 2 files of directories that are not articles: demo/README.md (documentation), ...". */
  static String skippedLine(List<String> skipped) {
    String named = String.join(", ", skipped.subList(0, Math.min(SKIPPED_NAMED, skipped.size())));
    return String.format(Locale.ROOT, "skipped %,d file%s of directories that %s not articles (name a file to read it): %s%s",
        skipped.size(), skipped.size() == 1 ? "" : "s", skipped.size() == 1 ? "is" : "are", named,
        skipped.size() > SKIPPED_NAMED ? String.format(Locale.ROOT, " and %,d more", skipped.size() - SKIPPED_NAMED) : "");
  }

  static String summary(Ingestor.Stats s, long total, String location) {
    double wall = s.wallNanos() / 1e9;
    double analysis = s.analysisNanos() / 1e9;
    double storage = s.storageNanos() / 1e9;
    double staging = s.stagingNanos() / 1e9;
    long analysed = s.stored();
    return String.format(Locale.ROOT,
        "ingested into %s: %,d read, %,d stored, %,d already stored, %,d failed; %,d articles in the store%n"
            + "time %.1f s, %.0f articles/s; analysis %.1f s (summed over threads, %.0f articles/s per thread), "
            + "staging %.1f s (summed over threads), storage %.1f s (one writer, %.0f articles/s, %.2f ms per article;"
            + " %.1f s CPU, %.2f ms per article)",
        location, s.read(), s.stored(), s.skipped(), s.failed(), total, wall, s.perSecond(), analysis,
        analysis == 0 ? 0 : analysed / analysis, staging, storage, storage == 0 ? 0 : s.stored() / storage,
        s.stored() == 0 ? 0 : s.storageNanos() / 1e6 / s.stored(), s.storageCpuNanos() / 1e9,
        s.stored() == 0 ? 0 : s.storageCpuNanos() / 1e6 / s.stored());
  }
}
