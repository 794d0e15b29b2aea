package dev.dossier.cli;

import dev.dossier.model.json.Version;
import dev.dossier.nlp.ner.NerTrainer;
import dev.dossier.nlp.pos.PosTrainer;
import dev.dossier.nlp.train.WordClusterBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier train}: rebuilds the shipped models from the corpora. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train Dossier's models (each command reproduces a shipped model; see docs/ner.md).",
    subcommands = {TrainCommand.Ner.class, TrainCommand.Pos.class, TrainCommand.Clusters.class, CommandLine.HelpCommand.class})
final class TrainCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code dossier train ner}. */
  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "Train the NER model on CoNLL-2003-format data and write a model directory with its manifest.")
  static final class Ner implements Callable<Integer> {
    @Option(names = "--train", required = true, paramLabel = "FILE", description = "Training data (CoNLL, IOB1/IOB2).")
    Path train;

    @Option(names = "--dev", required = true, paramLabel = "FILE", description = "Development data, scored into the manifest.")
    Path dev;

    @Option(names = "--clusters", required = true, paramLabel = "FILE",
        description = "Word clusters from 'dossier train clusters'.")
    Path clusters;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the model.")
    Path out;

    @Option(names = "--epochs", defaultValue = "8", description = "Perceptron passes (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--folds", defaultValue = "5",
        description = "Jackknife folds for the second pass; 0 trains one pass (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--min-count", defaultValue = "1", description = "Drop rarer features (default ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--seed", defaultValue = "7", description = "Shuffling seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
      NerTrainer.buildModel(train, dev, clusters, new NerTrainer.Config(epochs, folds, minCount, seed, false), out,
          Version.get(), System.err::println);
      System.err.println("model written to " + out);
      return 0;
    }
  }

  /** {@code dossier train pos}. */
  @Command(name = "pos", mixinStandardHelpOptions = true,
      description = "Train the part-of-speech tagger on the POS column of CoNLL-2003-format data.")
  static final class Pos implements Callable<Integer> {
    @Option(names = "--train", required = true, paramLabel = "FILE", description = "Training data (token POS ...).")
    Path train;

    @Option(names = "--dev", required = true, paramLabel = "FILE", description = "Development data, scored into the manifest.")
    Path dev;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the model.")
    Path out;

    @Option(names = "--epochs", defaultValue = "8", description = "Perceptron passes (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "7", description = "Shuffling seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
      double acc = PosTrainer.buildModel(train, dev, epochs, seed, out, Version.get(),
          System.err::println);
      System.err.printf(java.util.Locale.ROOT, "dev token accuracy %.2f%%; model written to %s%n", acc, out);
      return 0;
    }
  }

  /** {@code dossier train clusters}. */
  @Command(name = "clusters", mixinStandardHelpOptions = true,
      description = {"Induce word classes from unlabelled news text (predictive exchange clustering).",
          "SOURCE: Reuters-21578 .sgm files or directory, directories of .txt articles, or the GMB .csv."})
  static final class Clusters implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output (.tsv.gz).")
    Path out;

    @Option(names = "--sizes", split = ",", defaultValue = "64,256,1024",
        description = "Class counts, one column each (default ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--min-count", defaultValue = "3", description = "Rarer words stay unclustered (default ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--iterations", defaultValue = "12", description = "Exchange passes (default ${DEFAULT-VALUE}).")
    int iterations;

    @Parameters(paramLabel = "SOURCE", arity = "1..*")
    List<Path> sources;

    @Override
    public Integer call() throws Exception {
      WordClusterBuilder.build(sources, sizes, minCount, iterations, out, System.err::println);
      return 0;
    }
  }
}
