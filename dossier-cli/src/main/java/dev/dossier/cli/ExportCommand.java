package dev.dossier.cli;

import dev.dossier.store.Store;
import dev.dossier.store.export.ExportFormat;
import dev.dossier.store.export.Exporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier export}: writes the store in a standard format. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export every stored article: jsonl (Analysis JSON Lines), events-jsonl (one JSON line per "
        + "event), csv (a file per table), gdelt-tsv (GDELT-style event rows), timeml (a .tml per article), brat "
        + "(.txt and .ann per article, attributions). Columns and fields: docs/export.md.",
        "jsonl, events-jsonl and gdelt-tsv go to standard output unless --out is given; the others need --out."})
final class ExportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", required = true,
      description = "jsonl, events-jsonl, csv, gdelt-tsv, timeml or brat.")
  String format;

  @Option(names = "--out", paramLabel = "DIR", description = "Output directory (created when missing).")
  Path out;

  @Mixin
  StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    ExportFormat f = ExportFormat.parse(format);
    PrintWriter stdout = spec.commandLine().getOut();
    try (Store s = store.openExisting()) {
      long n = Exporter.export(s, f, stdout, out);
      if (out != null) {
        spec.commandLine().getErr().println("exported " + n + " articles as " + f.id() + " to " + out);
      }
    }
    stdout.flush();
    return 0;
  }
}
