package dev.dossier.cli;

import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.event.CameoEvaluator;
import dev.dossier.nlp.event.CameoLexicon;
import dev.dossier.nlp.event.EventStage;
import dev.dossier.nlp.event.PetrarchActors;
import dev.dossier.nlp.event.PetrarchRecords;
import dev.dossier.nlp.event.PetrarchRecords.Triple;
import dev.dossier.nlp.event.PetrarchVerbs;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier cameo}: codes a PETRARCH validation file and scores it against its gold triples. */
@Command(name = "cameo", mixinStandardHelpOptions = true,
    description = {"Code the sentences of a PETRARCH validation file (PETR.UnitTest.records.xml) with "
        + "Dossier's event layer and score the (source, target, code) triples against its gold codings: "
        + "share found, false positives, root-code accuracy.",
        "Actor codes come from the PETRARCH actor and agent dictionaries in --dictionaries (the ones the "
            + "file's <Environment> names, else Phoenix.*.actors.txt and Phoenix.agents.txt) applied to the "
            + "words naming each actor; event codes from Dossier's own lexicon unless --verbs says otherwise. "
            + "The dictionaries are read at run time and never copied into Dossier."})
final class CameoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.xml", description = "PETRARCH validation file.")
  Path file;

  @Option(names = "--dictionaries", paramLabel = "DIR", required = true,
      description = "Directory of PETRARCH2 dictionaries (actors, agents, verbs).")
  Path dictionaries;

  @Option(names = "--verbs", paramLabel = "SOURCE", defaultValue = "dossier",
      description = "Event codes from: dossier (the shipped lexicon), petrarch (the verb dictionary the file "
          + "names, in DIR) or both (PETRARCH entries first). Default: ${DEFAULT-VALUE}.")
  String verbs;

  @Option(names = "--verb-file", paramLabel = "NAME",
      description = "Verb dictionary in DIR to use instead of the one the file names (e.g. CAMEO.2.0.txt).")
  String verbFile;

  @Option(names = "--errors", description = "Print each sentence whose triples differ from the gold: its id, "
      + "category and text, the gold and produced triples, the gold ones missed and the false positives.")
  boolean errors;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file)) {
      err.println("dossier cameo: " + file + ": no such file");
      return 1;
    }
    if (!Files.isDirectory(dictionaries)) {
      err.println("dossier cameo: " + dictionaries + ": not a directory");
      return 1;
    }
    PetrarchRecords records = PetrarchRecords.read(file);
    List<Path> actorFiles = named(records.actorFile(), "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt");
    List<Path> agentFiles = named(records.agentFile(), "Phoenix.agents.txt");
    if (actorFiles.isEmpty()) {
      err.println("dossier cameo: no actor dictionary found in " + dictionaries);
      return 1;
    }
    CameoLexicon lexicon = CameoLexicon.shipped();
    if (!verbs.equals("dossier")) {
      String name = verbFile != null ? verbFile : records.verbFile() != null ? records.verbFile() : "CAMEO.2.0.txt";
      Path v = dictionaries.resolve(name);
      if (!Files.isRegularFile(v)) {
        err.println("dossier cameo: " + v + ": no such verb dictionary");
        return 1;
      }
      CameoLexicon petrarch = CameoLexicon.of(PetrarchVerbs.read(v));
      switch (verbs) {
        case "petrarch" -> lexicon = petrarch;
        case "both" -> lexicon = lexicon.after(petrarch);
        default -> {
          err.println("dossier cameo: --verbs must be dossier, petrarch or both, not " + verbs);
          return 1;
        }
      }
      err.println("dossier cameo: " + petrarch.size() + " verb entries read from " + v);
    }
    PetrarchActors actors = PetrarchActors.read(actorFiles, agentFiles);
    List<String> discards = List.of();
    if (records.discardFile() != null && Files.isRegularFile(dictionaries.resolve(records.discardFile()))) {
      try {
        discards = CameoEvaluator.discards(Files.readAllLines(dictionaries.resolve(records.discardFile()),
            java.nio.charset.StandardCharsets.ISO_8859_1));
      } catch (java.io.IOException e) {
        err.println("dossier cameo: cannot read " + records.discardFile() + ": " + e.getMessage());
        return 1;
      }
    }
    CameoEvaluator eval = new CameoEvaluator(StandardPipeline.create(new EventStage(lexicon, actors::names)), actors,
        discards);
    CameoEvaluator.Score s = eval.score(records.sentences(), o -> {
      Set<Triple> gold = new LinkedHashSet<>(o.record().gold());
      if (errors && !gold.equals(o.predicted())) {
        Set<Triple> missed = new LinkedHashSet<>(gold);
        missed.removeAll(o.predicted());
        Set<Triple> extra = new LinkedHashSet<>(o.predicted());
        extra.removeAll(gold);
        out.println(o.record().id() + "\t" + o.record().category() + "\t" + o.record().text());
        out.println("  gold:   " + show(gold));
        out.println("  dossier:" + show(o.predicted()));
        out.println("  missed: " + show(missed));
        out.println("  false:  " + show(extra));
      }
    });
    out.printf("sentences %d coded (%d testing broken parse input left out), gold triples %d, produced %d%n",
        s.sentences(), records.sentences().size() - s.sentences(), s.gold(), s.predicted());
    out.printf("found %d of %d gold triples: %.1f%%%n", s.found(), s.gold(), 100 * s.recall());
    out.printf("false positives %d of %d produced: %.1f%%%n", s.predicted() - s.found(), s.predicted(),
        100 * s.falsePositives());
    out.printf("root-code accuracy %.1f%% (%d of %d gold triples whose actor pair was produced)%n",
        100 * s.rootAccuracy(), s.rootCorrect(), s.pairs());
    out.println("by category (found/gold, produced):");
    for (Map.Entry<String, int[]> e : s.byCategory().entrySet()) {
      out.printf("  %-10s %3d/%-3d %3d%n", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]);
    }
    out.flush();
    return 0;
  }

  private List<Path> named(String fromFile, String... fallback) {
    List<Path> out = new ArrayList<>();
    if (fromFile != null && Files.isRegularFile(dictionaries.resolve(fromFile))) {
      out.add(dictionaries.resolve(fromFile));
      return out;
    }
    for (String f : fallback) {
      if (Files.isRegularFile(dictionaries.resolve(f))) {
        out.add(dictionaries.resolve(f));
      }
    }
    return out;
  }

  private static String show(Set<Triple> t) {
    StringBuilder b = new StringBuilder();
    for (Triple x : t) {
      b.append(' ').append(x.source()).append('>').append(x.target()).append(':').append(x.code());
    }
    return b.toString();
  }
}
