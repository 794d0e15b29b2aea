package dev.dossier.cli;

import dev.dossier.model.json.Version;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.model.Analysis;
import dev.dossier.model.Layers;
import dev.dossier.nlp.attribution.AttributionModel;
import dev.dossier.nlp.attribution.AttributionTrainer;
import dev.dossier.nlp.attribution.CueFilterTrainer;
import dev.dossier.nlp.attribution.PolnearCorpus;
import dev.dossier.nlp.ner.NerTrainer;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.nlp.pos.PosTrainer;
import dev.dossier.nlp.train.WordClusterBuilder;
import dev.dossier.store.export.Brat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier train}: rebuilds the shipped models from the corpora. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train Dossier's models (each command reproduces a shipped model; see docs/ner.md).",
    subcommands = {TrainCommand.Ner.class, TrainCommand.Pos.class, TrainCommand.Clusters.class, PruneCommand.class,
        TrainCommand.Attribution.class, TrainCommand.CueFilter.class, CommandLine.HelpCommand.class})
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

  /** {@code dossier train attribution}. */
  @Command(name = "attribution", mixinStandardHelpOptions = true,
      description = {"Train the attribution tagger (cues, sources, contents) on PolNeAR.",
          "Each split directory holds text/NAME.txt and attributions/NAME[_annotator].ann."})
  static final class Attribution implements Callable<Integer> {
    @Mixin
    PolnearOptions polnear;

    @Option(names = "--dev", required = true, paramLabel = "DIR", description = "PolNeAR dev split, scored into the manifest.")
    Path dev;

    @Option(names = "--epochs", defaultValue = "10", description = "Perceptron passes (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--min-count", defaultValue = "2", description = "Rarer features are dropped (default ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--folds", defaultValue = "4",
        description = "Folds for the first pass's jackknifed labels that train the second pass; 1 trains one pass (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", defaultValue = "7", description = "Shuffling seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--all-annotators",
        description = "Train on every annotator's file of a text, not only the first.")
    boolean allAnnotators;

    @Option(names = "--first-pass-epochs", defaultValue = "0",
        description = "Perceptron passes for the first pass and its folds; 0 takes --epochs (default ${DEFAULT-VALUE}).")
    int firstPassEpochs;

    @Option(names = "--first-pass-sources",
        description = "The first pass learns sources as well as cues (with --folds above 1).")
    boolean firstPassSources;

    @Override
    public Integer call() throws Exception {
      Pipeline pre = StandardPipeline.upToEntities();
      long t0 = System.nanoTime();
      var trainDocs = PolnearCorpus.read(polnear.train, polnear.metadata, pre, allAnnotators);
      var devDocs = PolnearCorpus.read(dev, polnear.metadata, pre);
      System.err.printf(java.util.Locale.ROOT, "analysed %d train and %d dev articles in %.1f s%n", trainDocs.size(),
          devDocs.size(), (System.nanoTime() - t0) / 1e9);
      var scores = AttributionTrainer.buildModel(trainDocs, devDocs, polnear.train, dev,
          new AttributionTrainer.Config(epochs, minCount, seed, folds, allAnnotators, firstPassSources,
              firstPassEpochs), polnear.out, polnear.codeVersion(), System.err::println);
      System.err.println("dev: " + scores + "\nmodel written to " + polnear.out);
      return 0;
    }
  }

  /** {@code dossier train cue-filter}. */
  @Command(name = "cue-filter", mixinStandardHelpOptions = true,
      description = {"Train the filter that drops false attribution cues (docs/cue-filter.md) on PolNeAR train.",
          "Runs the attribution tagger and rules over the train texts and learns which cues overlap a gold cue."})
  static final class CueFilter implements Callable<Integer> {
    @Mixin
    PolnearOptions polnear;

    @Option(names = "--taggers", split = ",", paramLabel = "DIR",
        description = "Attribution models; text i of the sorted train names is read by model i mod K, which should "
            + "be trained without it (scripts/cue-filter-folds.sh). Default: the shipped model for every text.")
    List<Path> taggers;

    @Option(names = "--iterations", defaultValue = "300", description = "AdaGrad steps (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--l2", defaultValue = "1.0", description = "L2 penalty (default ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--cv-folds", defaultValue = "5",
        description = "Folds of texts for the cross-validated threshold (default ${DEFAULT-VALUE}).")
    int cvFolds;

    @Option(names = "--threshold", defaultValue = "NaN",
        description = "A fixed probability threshold instead of the cross-validated one.")
    double threshold;

    @Option(names = "--first-pass",
        description = "Features read the tagger's first pass (its cue confidence); the stage then runs it twice.")
    boolean firstPass;

    @Option(names = "--keep-contents",
        description = "Learn to keep an attribution whose content overlaps a gold content as well as one whose cue "
            + "overlaps a gold cue (protects content recall).")
    boolean keepContents;

    @Option(names = "--punctuation-cues",
        description = "Decide on cues with no letter or digit too (rule-made dashes and colons); by default they are kept.")
    boolean punctuation;

    @Option(names = "--spare-quotations",
        description = "Keep every attribution of a direct quotation (decide only on the others).")
    boolean spareQuotations;

    @Option(names = "--context",
        description = "Add the context feature group (cue words, second words around it, cue-content gap, "
            + "source shape, content end, paragraph place; docs/cue-filter.md).")
    boolean context;

    @Option(names = "--cv-l2", split = ",", paramLabel = "L2",
        description = "Further L2 penalties whose cross-validated cue and content curves are logged (no model for them).")
    List<Double> cvL2 = List.of();

    @Option(names = "--cv-out", paramLabel = "DIR",
        description = "Write brat files of the train texts before (DIR/unfiltered) and after (DIR/filtered) "
            + "the cross-validated filters, for the official scorer.")
    Path cvOut;

    @Option(names = "--cv-out-thresholds", split = ",", paramLabel = "T",
        description = "With --cv-out, also write the train texts after the cross-validated filters at these "
            + "thresholds (DIR/filtered-T), for choosing the threshold with the official scorer.")
    List<Double> cvOutThresholds = List.of();

    @Override
    public Integer call() throws Exception {
      Pipeline pre = StandardPipeline.upToEntities();
      var docs = PolnearCorpus.read(polnear.train, polnear.metadata, pre, true);
      List<AttributionModel> models = new java.util.ArrayList<>();
      List<String> names = new java.util.ArrayList<>();
      if (taggers == null || taggers.isEmpty()) {
        models.add(AttributionModel.shipped());
        names.add("shipped " + AttributionModel.shipped().id());
      } else {
        for (Path p : taggers) {
          AttributionModel m = AttributionModel.load(p);
          models.add(m);
          names.add(p + " " + m.id());
        }
      }
      var result = CueFilterTrainer.buildModel(docs, polnear.train, models, names,
          new CueFilterTrainer.Config(iterations, l2, cvFolds, threshold, firstPass, keepContents, punctuation,
              !spareQuotations, context, cvL2), polnear.out, polnear.codeVersion(), System.err::println);
      if (cvOut != null) {
        Map<String, Analysis> byName = new java.util.HashMap<>();
        docs.forEach(d -> byName.putIfAbsent(d.name(), d.analysis()));
        write(cvOut.resolve("unfiltered"), byName, result.unfiltered());
        write(cvOut.resolve("filtered"), byName, result.filtered());
        for (double t : cvOutThresholds) {
          write(cvOut.resolve("filtered-" + t), byName, result.filteredAt().apply(t));
        }
      }
      System.err.println("filter written to " + polnear.out);
      return 0;
    }

    private static void write(Path dir, Map<String, Analysis> byName,
        Map<String, List<dev.dossier.model.Attribution>> found) throws java.io.IOException {
      java.nio.file.Files.createDirectories(dir);
      for (var e : found.entrySet()) {
        java.nio.file.Files.writeString(dir.resolve(e.getKey() + ".ann"),
            Brat.of(byName.get(e.getKey()).with(Layers.ATTRIBUTIONS, e.getValue())),
            java.nio.charset.StandardCharsets.UTF_8);
      }
    }
  }

  /** The options both PolNeAR trainers take: the train split, its metadata, the output, the code version. */
  static final class PolnearOptions {
    @Option(names = "--train", required = true, paramLabel = "DIR", description = "PolNeAR train split.")
    Path train;

    @Option(names = "--metadata", paramLabel = "FILE", description = "PolNeAR metadata.tsv (publication dates).")
    Path metadata;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the trained model.")
    Path out;

    @Option(names = "--code-version", paramLabel = "TEXT",
        description = "Code version for the manifest, e.g. the commit trained from (default: the Dossier version).")
    String codeVersion;

    String codeVersion() {
      return codeVersion == null ? Version.get() : codeVersion;
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
