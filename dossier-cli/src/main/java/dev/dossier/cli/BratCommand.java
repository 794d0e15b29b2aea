package dev.dossier.cli;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Origin;
import dev.dossier.model.Published;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.attribution.AttributionModel;
import dev.dossier.nlp.attribution.AttributionStage;
import dev.dossier.nlp.attribution.CueFilter;
import dev.dossier.nlp.attribution.PolnearCorpus;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.store.export.Brat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier brat}: attributions of plain-text articles as brat standoff in PolNeAR's scheme. */
@Command(name = "brat", mixinStandardHelpOptions = true,
    description = {"Find the attributions of .txt articles and write them as brat standoff (.ann) files.",
        "PolNeAR convention: T lines labelled Source, Cue, Content and Attribution (the trigger, on the cue), "
            + "and E lines 'Attribution:Tn Content:Tn Cue:Tn Source:Tn'. Offsets are characters of the .txt "
            + "file as read (UTF-8). Exit code 2 when some files failed; the rest are still written."})
final class BratCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN_DIR", description = "Directory of .txt articles.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT_DIR", description = "Directory to write NAME.ann files to (created).")
  Path out;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date of every article.")
  LocalDate date;

  @Option(names = "--metadata", paramLabel = "FILE",
      description = "A TSV with 'filename' and 'publication_date' columns (PolNeAR's metadata.tsv) for per-article dates.")
  Path metadata;

  @Option(names = "--model", paramLabel = "DIR", description = "An attribution model directory instead of the shipped one.")
  Path model;

  @Option(names = "--no-cue-filter",
      description = "Keep every assembled attribution: no learned cue filter (docs/cue-filter.md).")
  boolean noCueFilter;

  @Option(names = "--cue-filter", paramLabel = "DIR",
      description = "A cue filter directory (dossier train cue-filter --out) instead of the shipped one.")
  Path cueFilter;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (noCueFilter && cueFilter != null) {
      err.println("dossier brat: --no-cue-filter and --cue-filter exclude each other");
      return 1;
    }
    Optional<List<Path>> listed = CorpusFiles.list("brat", in, out, err, ".txt");
    if (listed.isEmpty()) {
      return 1;
    }
    List<Path> files = listed.get();
    try {
      // brat itself needs the span and relation types to show the files
      Files.writeString(out.resolve("annotation.conf"), Brat.ANNOTATION_CONF,
          StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      err.println("dossier brat: cannot write " + out.resolve("annotation.conf") + ": " + e.getMessage());
      return 1;
    }
    Map<String, LocalDate> dates = metadata == null ? Map.of() : PolnearCorpus.dates(metadata);
    Pipeline pre = StandardPipeline.upToEntities();
    CueFilter filter = noCueFilter ? CueFilter.none() : cueFilter == null ? CueFilter.shipped() : CueFilter.load(cueFilter);
    AttributionStage stage = new AttributionStage(model == null ? AttributionModel.shipped() : AttributionModel.load(model),
        filter);
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger relations = new AtomicInteger();
    long t0 = System.nanoTime();
    files.parallelStream().forEach(f -> {
      String name = CorpusFiles.baseName(f, ".txt");
      try {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        Article.Builder b = Article.builder().text(text).origin(Origin.file(f.toString(), "text"));
        LocalDate d = dates.getOrDefault(name, date);
        if (d != null) {
          b.published(Published.day(d));
        }
        Analysis a = stage.apply(pre.analyze(b.build()));
        relations.addAndGet(a.layer(dev.dossier.model.Layers.ATTRIBUTIONS).size());
        Files.writeString(out.resolve(name + ".ann"), Brat.of(a), StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        failed.incrementAndGet();
        synchronized (err) {
          err.println("dossier brat: " + f + ": " + e.getMessage());
        }
      }
    });
    err.printf(java.util.Locale.ROOT, "dossier brat: %d articles, %d attributions written to %s in %.1f s, %d failed%n",
        files.size() - failed.get(), relations.get(), out, (System.nanoTime() - t0) / 1e9, failed.get());
    err.flush();
    return failed.get() > 0 ? Main.EXIT_SOME_FAILED : 0;
  }
}
