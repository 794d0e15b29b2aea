package dev.dossier.cli;

import dev.dossier.nlp.time.timeml.TimeMlDocument;
import dev.dossier.nlp.time.timeml.TimeMlTagger;
import dev.dossier.nlp.time.timeml.TimeMlWriter;
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

/** {@code dossier timeml}: tags TempEval-3 style documents with Dossier's TIMEX3s. */
@Command(name = "timeml", mixinStandardHelpOptions = true,
    description = {"Tag TimeML documents (.tml, .TE3input) with Dossier's TIMEX3 time expressions.",
        "Reads the document creation time from <DCT>, ignores any TIMEX3 (and other markup) already "
            + "in <TEXT>, and writes OUT_DIR/NAME.tml with the text's characters unchanged and "
            + "Dossier's <TIMEX3 tid type value> tags inserted. A range is written as two TIMEX3s, "
            + "one per end point. Exit code 2 when some files failed; the rest are still written."})
final class TimemlCommand implements Callable<Integer> {

  /** The input files read, by name ending ("wsj_0006.tml", "APW19980807.0261.TE3input"). */
  private static final String[] SUFFIXES = {".TE3input", ".tml"};

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN_DIR", description = "Directory of .tml or .TE3input files.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT_DIR", description = "Directory to write NAME.tml files to (created).")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<List<Path>> listed = CorpusFiles.list("timeml", in, out, err, SUFFIXES);
    if (listed.isEmpty()) {
      return 1;
    }
    List<Path> files = listed.get();
    TimeMlTagger tagger = new TimeMlTagger();
    TimeMlWriter writer = new TimeMlWriter();
    int failed = 0;
    int times = 0;
    long nanos = 0;
    for (Path f : files) {
      try {
        TimeMlDocument doc = TimeMlDocument.parse(Files.readString(f, StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        List<TimeMlWriter.Tag> tags = tagger.tag(doc, f.toString(),
            w -> err.println("dossier timeml: " + f + ": " + w));
        nanos += System.nanoTime() - t0;
        times += tags.size();
        Files.writeString(out.resolve(CorpusFiles.baseName(f, SUFFIXES) + ".tml"), writer.write(doc, tags),
            StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        failed++;
        String msg = String.valueOf(e.getMessage());
        err.println("dossier timeml: " + (msg.contains(f.toString()) ? msg : f + ": " + msg));
      }
    }
    err.printf("dossier timeml: %d documents, %d TIMEX3 written to %s (tagging %.1f ms), %d failed%n",
        files.size() - failed, times, out, nanos / 1e6, failed);
    err.flush();
    return failed > 0 ? Main.EXIT_SOME_FAILED : 0;
  }
}
