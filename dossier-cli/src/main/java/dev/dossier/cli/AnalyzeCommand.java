package dev.dossier.cli;

import dev.dossier.ingest.ArticleSink;
import dev.dossier.ingest.IngestProblem;
import dev.dossier.ingest.Sources;
import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.json.AnalysisJson;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier analyze}: prints the Analysis JSON of each input, storing nothing. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Analyse articles and print their Analysis JSON (schema dossier.analysis/1).",
        "Nothing is stored. Exit code 2 when some inputs failed; the rest are still printed."})
final class AnalyzeCommand implements Callable<Integer> {

  enum Output { json, jsonl, text }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "Files, directories (read recursively) or - for standard input (default: -).")
  List<String> files = List.of("-");

  @Mixin
  InputOptions input = new InputOptions();

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT",
      description = "json (one pretty document, an array for several inputs), jsonl (one line per article) or text. Default: ${DEFAULT-VALUE}.")
  Output output = Output.json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = StandardPipeline.create();
    int[] counts = new int[2];
    boolean[] first = {true};
    boolean array = output == Output.json && (files.size() > 1 || isDirectoryInput());
    if (array) {
      out.print('[');
    }
    new Sources().read(files, System.in, input.toReadOptions(), new ArticleSink() {
      @Override
      public void article(Article article) {
        Analysis a;
        try {
          a = pipeline.analyze(article);
        } catch (RuntimeException e) {
          problem(new IngestProblem(article.origin().locator(), e.getMessage(), true, e));
          return;
        }
        counts[0]++;
        switch (output) {
          case json -> {
            if (array && !first[0]) {
              out.print(',');
            }
            out.println(AnalysisJson.toJson(a, true));
          }
          case jsonl -> out.println(AnalysisJson.toJson(a, false));
          case text -> out.println(TextReport.of(a));
        }
        first[0] = false;
        out.flush();
      }

      @Override
      public void problem(IngestProblem p) {
        if (p.fatal()) {
          counts[1]++;
        }
        err.println(p);
        if (input.debug && p.cause() != null) {
          p.cause().printStackTrace(err);
        }
        err.flush();
      }
    });
    if (array) {
      out.println(']');
    }
    out.flush();
    return counts[1] > 0 ? Main.EXIT_SOME_FAILED : 0;
  }

  private boolean isDirectoryInput() {
    return files.stream().anyMatch(f -> java.nio.file.Files.isDirectory(java.nio.file.Path.of(f)));
  }
}
