package dev.dossier.cli;

import dev.dossier.nlp.time.timeml.MeantimeConverter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier meantime-timeml}: MEANTIME CAT XML to TimeML gold for the TempEval-3 scorer. */
@Command(name = "meantime-timeml", mixinStandardHelpOptions = true,
    description = {"Convert MEANTIME (NewsReader CAT XML) documents to TempEval-3 TimeML gold.",
        "Writes OUT_DIR/NAME.tml per IN_DIR/NAME.xml: the text rebuilt from the tokens (the date line, "
            + "which is the creation time, goes to <DCT>), with the corpus's TIMEX3s. Prints how many "
            + "TIMEX3s the corpus has and how many were written. Exit code 2 when some files failed."})
final class MeantimeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN_DIR", description = "A MEANTIME corpus directory of .xml files.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT_DIR", description = "Directory to write NAME.tml files to (created).")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<List<Path>> listed = CorpusFiles.list("meantime-timeml", in, out, err, ".xml");
    if (listed.isEmpty()) {
      return 1;
    }
    List<Path> files = listed.get();
    MeantimeConverter converter = new MeantimeConverter();
    int failed = 0;
    int timexes = 0;
    int skipped = 0;
    int dcts = 0;
    for (Path f : files) {
      try {
        MeantimeConverter.Result r = converter.convert(Files.readString(f, StandardCharsets.UTF_8));
        Files.writeString(out.resolve(CorpusFiles.baseName(f, ".xml") + ".tml"), r.timeml(),
            StandardCharsets.UTF_8);
        timexes += r.timexes();
        skipped += r.skippedWithoutTokens();
        dcts += r.hasDct() ? 1 : 0;
      } catch (IOException | RuntimeException e) {
        failed++;
        err.println("dossier meantime-timeml: " + f + ": " + e.getMessage());
      }
    }
    err.printf("dossier meantime-timeml: %d documents; TIMEX3 in the corpus: %d = %d creation times "
        + "+ %d in the text (written) + %d without tokens (skipped); %d failed%n",
        files.size() - failed, dcts + timexes + skipped, dcts, timexes, skipped, failed);
    err.flush();
    return failed > 0 ? Main.EXIT_SOME_FAILED : 0;
  }
}
