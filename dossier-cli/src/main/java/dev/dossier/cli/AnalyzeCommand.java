package dev.dossier.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.dossier.ingest.ArticleSink;
import dev.dossier.ingest.IngestProblem;
import dev.dossier.ingest.ReadOptions;
import dev.dossier.ingest.Sources;
import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.json.AnalysisJson;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier analyze}: reads the inputs, runs the standard pipeline on each article and prints
 * its Analysis JSON, storing nothing. Problems go to standard error as {@code FILE[:LINE|#RECORD]:
 * message}; the batch goes on; the exit code is 2 when any input or article failed.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Analyse articles and print their Analysis JSON (schema dossier.analysis/1).",
        "Nothing is stored. Problems are printed to standard error as FILE[:LINE|#RECORD]: message; "
            + "the other inputs are still analysed. Exit code 0 when everything was read, 2 when some "
            + "input failed, 1 on a usage or internal error."},
    footer = {"", "Examples:",
        "  dossier analyze article.txt --date 2025-12-29",
        "  dossier analyze page.html crawl.warc.gz feed.xml --output jsonl",
        "  cat items.jsonl | dossier analyze - --output text"})
final class AnalyzeCommand implements Callable<Integer> {

  enum Output { json, jsonl, text, list }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "Files, directories (read recursively) or - for standard input (default: -).")
  List<String> files = List.of("-");

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT",
      description = "json (one document; an array when there are several articles), jsonl (one "
          + "compact line per article), text (every fact, one per line, with its [start,end) offsets) or list (read only, no analysis: one "
          + "tab-separated line per article: origin, format, published, outlet, characters, title). "
          + "Default: ${DEFAULT-VALUE}.")
  Output output = Output.json;

  @Mixin
  InputOptions input = new InputOptions();

  @Override
  public Integer call() {
    ReadOptions options = input.toReadOptions();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Printer printer = new Printer(out, output);
    Reporter reporter = new Reporter(err, input.debug);
    Pipeline pipeline = output == Output.list ? null : StandardPipeline.create();
    new Sources().read(files, System.in, options, new ArticleSink() {
      @Override
      public void article(Article article) {
        if (output == Output.list) {
          printer.list(article);
          return;
        }
        Analysis a;
        try {
          a = pipeline.analyze(article);
        } catch (RuntimeException e) {
          reporter.problem(new IngestProblem(article.origin().locator(), "analysis failed: " + e, true, e));
          return;
        } catch (OutOfMemoryError e) {
          reporter.problem(new IngestProblem(article.origin().locator(), "not enough memory to analyse "
              + "this article (" + article.text().length() + " characters); split it, or give Java more "
              + "heap with DOSSIER_JAVA_OPTS (see docs/ingest.md, Limits)", true, null));
          return;
        }
        printer.print(a);
      }

      @Override
      public void problem(IngestProblem p) {
        reporter.problem(p);
      }
    });
    printer.finish();
    return reporter.failures > 0 ? Main.EXIT_SOME_FAILED : 0;
  }

  /** Prints problems to standard error. */
  private static final class Reporter {
    private final PrintWriter err;
    private final boolean debug;
    int failures;

    Reporter(PrintWriter err, boolean debug) {
      this.err = err;
      this.debug = debug;
    }

    void problem(IngestProblem p) {
      if (p.fatal()) {
        failures++;
      }
      err.println(p);
      if (debug && p.cause() != null) {
        p.cause().printStackTrace(err);
      }
      err.flush();
    }
  }

  /**
   * Streams analyses to standard output. With {@code json}, one article is printed as one object
   * and several as an array: the first is held back until the second arrives or the input ends.
   */
  private static final class Printer {
    private static final ObjectWriter PRETTY = AnalysisJson.mapper().writerWithDefaultPrettyPrinter()
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final ObjectWriter COMPACT = AnalysisJson.mapper().writer()
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final PrintWriter out;
    private final Output output;
    private Analysis held;
    private int printed;

    Printer(PrintWriter out, Output output) {
      this.out = out;
      this.output = output;
    }

    void print(Analysis a) {
      switch (output) {
        case jsonl -> {
          write(COMPACT, a);
          out.println();
        }
        case text -> out.println(TextReport.of(a));
        case json -> {
          if (printed == 0 && held == null) {
            held = a;
            return;
          }
          if (held != null) {
            out.print("[\n");
            write(PRETTY, held);
            held = null;
          }
          out.print(",\n");
          write(PRETTY, a);
        }
      }
      printed++;
      out.flush();
    }

    void list(Article a) {
      out.println(String.join("\t", a.origin().locator(), a.origin().format(),
          a.published() == null ? "-" : a.published().value(), a.outlet() == null ? "-" : a.outlet(),
          String.valueOf(a.text().length()), a.title() == null ? "-" : a.title()));
      out.flush();
    }

    void finish() {
      if (output == Output.json) {
        if (held != null) {
          write(PRETTY, held);
          out.println();
        } else if (printed > 0) {
          out.println("\n]");
        }
      }
      out.flush();
    }

    private void write(ObjectWriter w, Analysis a) {
      try {
        w.writeValue(out, a);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
