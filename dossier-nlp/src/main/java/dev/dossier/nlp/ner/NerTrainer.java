package dev.dossier.nlp.ner;

import dev.dossier.nlp.eval.ConllDocument;
import dev.dossier.nlp.eval.ConllReader;
import dev.dossier.nlp.eval.ConllSentence;
import dev.dossier.nlp.eval.SpanScore;
import dev.dossier.nlp.train.LinearChain;
import dev.dossier.nlp.train.StructuredPerceptron;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Trains the two-pass NER tagger with the averaged structured perceptron. The second pass learns
 * from first-pass labels that were predicted on held-out folds of the training documents
 * (jackknifing), so it sees first-pass errors as they occur on new text. Deterministic for a given
 * configuration. Not thread-safe.
 */
public final class NerTrainer {

  /**
   * @param epochs perceptron passes per model
   * @param folds jackknife folds for the second pass's first-pass labels; 0 trains one pass only
   * @param minCount features seen fewer times in training are dropped
   * @param seed shuffling seed
   * @param usePos whether to use the part-of-speech column
   */
  public record Config(int epochs, int folds, int minCount, long seed, boolean usePos) {}

  /** A training or evaluation document with its gold BILOU labels. */
  public record Example(NerDocument doc, int[] gold) {}

  private final NerFeatures features;
  private final Config config;
  private final Consumer<String> log;

  public NerTrainer(NerFeatures features, Config config, Consumer<String> log) {
    this.features = features;
    this.config = config;
    this.log = log == null ? s -> { } : log;
  }

  /**
   * Examples from CoNLL documents: the token is the first column, the POS tag the second (when
   * {@code usePos} and there are at least three columns), the gold tag the last.
   */
  public static List<Example> examples(List<ConllDocument> docs, boolean usePos) {
    List<Example> out = new ArrayList<>();
    for (ConllDocument d : docs) {
      out.add(example(d, usePos));
    }
    return out;
  }

  public static Example example(ConllDocument d, boolean usePos) {
    int n = d.tokens();
    String[] words = new String[n];
    String[] pos = usePos ? new String[n] : null;
    int[] gold = new int[n];
    int[] starts = new int[d.sentences().size()];
    int k = 0;
    for (int s = 0; s < starts.length; s++) {
      ConllSentence cs = d.sentences().get(s);
      starts[s] = k;
      String[] w = cs.words();
      String[] tags = cs.column(-1);
      int[] g;
      try {
        g = NerLabels.fromIob(tags);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + cs.line() + ": " + e.getMessage(), e);
      }
      String[] p = usePos && cs.rows().get(0).length >= 3 ? cs.column(1) : null;
      for (int t = 0; t < w.length; t++, k++) {
        words[k] = w[t];
        gold[k] = g[t];
        if (pos != null) {
          pos[k] = p == null ? null : p[t];
        }
      }
    }
    return new Example(new NerDocument(words, pos, starts), gold);
  }

  /** Trains the tagger on {@code train}; {@code dev}, when not null, is scored after each pass. */
  public NerTagger train(List<Example> train, List<Example> dev) {
    StructuredPerceptron p = new StructuredPerceptron(NerLabels.labels(), NerLabels.allowedTransitions(),
        NerLabels.allowedStart(), NerLabels.allowedEnd());
    log.accept("first pass on " + train.size() + " documents");
    LinearChain first = p.train(sequences(train, null), config.epochs(), config.minCount(), config.seed(),
        log, dev == null ? null : (e, m) -> log.accept("  dev F1 after epoch " + e + ": "
            + f1(new NerTagger(features, m, null), dev)));
    if (config.folds() <= 1) {
      return new NerTagger(features, first, null);
    }
    List<int[]> jack = new ArrayList<>(train.size());
    for (int i = 0; i < train.size(); i++) {
      jack.add(null);
    }
    for (int f = 0; f < config.folds(); f++) {
      List<Example> in = new ArrayList<>();
      for (int i = 0; i < train.size(); i++) {
        if (i % config.folds() != f) {
          in.add(train.get(i));
        }
      }
      log.accept("fold " + (f + 1) + " of " + config.folds());
      LinearChain m = p.train(sequences(in, null), config.epochs(), config.minCount(), config.seed(), null, null);
      NerTagger t = new NerTagger(features, m, null);
      for (int i = f; i < train.size(); i += config.folds()) {
        jack.set(i, t.tagFirstPass(train.get(i).doc()));
      }
    }
    log.accept("second pass");
    NerTagger[] holder = new NerTagger[1];
    LinearChain second = p.train(sequences(train, jack), config.epochs(), config.minCount(), config.seed() + 1,
        log, dev == null ? null : (e, m) -> log.accept("  dev F1 after epoch " + e + ": "
            + f1(new NerTagger(features, first, m), dev)));
    holder[0] = new NerTagger(features, first, second);
    return holder[0];
  }

  private List<StructuredPerceptron.Sequence> sequences(List<Example> docs, List<int[]> firstPass) {
    List<StructuredPerceptron.Sequence> out = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      Example ex = docs.get(d);
      long[][] keys = features.extract(ex.doc(), firstPass == null ? null : firstPass.get(d));
      NerDocument doc = ex.doc();
      for (int s = 0; s < doc.sentences().length; s++) {
        int a = doc.sentences()[s];
        int b = doc.sentenceEnd(s);
        out.add(new StructuredPerceptron.Sequence(java.util.Arrays.copyOfRange(keys, a, b),
            java.util.Arrays.copyOfRange(ex.gold(), a, b)));
      }
    }
    return out;
  }

  /** Scores {@code tagger} on {@code docs}. */
  public static SpanScore score(NerTagger tagger, List<Example> docs) {
    SpanScore sc = new SpanScore();
    for (Example ex : docs) {
      int[] pred = tagger.tag(ex.doc(), null);
      NerDocument d = ex.doc();
      for (int s = 0; s < d.sentences().length; s++) {
        int a = d.sentences()[s];
        int b = d.sentenceEnd(s);
        sc.add(NerLabels.toIob2(ex.gold(), a, b), NerLabels.toIob2(pred, a, b));
      }
    }
    return sc;
  }

  private static String f1(NerTagger t, List<Example> dev) {
    return String.format(java.util.Locale.ROOT, "%.2f", score(t, dev).prf(null)[2]);
  }

  /**
   * Trains on a CoNLL file, scores on a dev file and writes a model directory with its manifest.
   *
   * @param clusters the word-cluster file the features read (copied into {@code out})
   * @param commit the code version recorded in the manifest
   * @return the dev score
   * @throws java.io.IOException if a file cannot be read or written
   */
  public static SpanScore buildModel(java.nio.file.Path trainFile, java.nio.file.Path devFile,
      java.nio.file.Path clusters, Config config, java.nio.file.Path out, String commit, Consumer<String> log)
      throws java.io.IOException {
    WordClusters wc;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(clusters)) {
      wc = WordClusters.read(in);
    }
    NerFeatures f = new NerFeatures(wc, Gazetteer.empty());
    List<Example> train = examples(ConllReader.read(trainFile), config.usePos());
    List<Example> devDocs = examples(ConllReader.read(devFile), config.usePos());
    NerTagger tagger = new NerTrainer(f, config, log).train(train, null);
    SpanScore score = score(tagger, devDocs);
    log.accept(score.table());
    com.fasterxml.jackson.databind.node.ObjectNode m =
        new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    m.put("name", "dossier-ner-conll2003");
    m.put("description", "Two-pass averaged structured perceptron over BILOU labels; see docs/ner.md");
    m.put("created", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    m.put("codeVersion", commit == null ? "unknown" : commit);
    m.put("labels", String.join(" ", NerLabels.TYPES));
    com.fasterxml.jackson.databind.node.ArrayNode data = m.putArray("training");
    data.addObject().put("path", trainFile.toString()).put("sha256", NerModel.sha256(trainFile));
    m.putObject("clusters").put("path", clusters.toString()).put("sha256", NerModel.sha256(clusters))
        .put("builtBy", "dossier train clusters (exchange clustering of unlabelled news text)");
    com.fasterxml.jackson.databind.node.ObjectNode p = m.putObject("parameters");
    p.put("epochs", config.epochs()).put("folds", config.folds()).put("minCount", config.minCount())
        .put("seed", config.seed()).put("usePos", config.usePos());
    com.fasterxml.jackson.databind.node.ObjectNode d = m.putObject("dev");
    d.put("path", devFile.toString()).put("sha256", NerModel.sha256(devFile));
    for (String t : score.types()) {
      scores(d.putObject(t), score.prf(t));
    }
    scores(d.putObject("overall"), score.prf(null));
    NerModel.save(out, tagger, clusters, m);
    return score;
  }

  private static void scores(com.fasterxml.jackson.databind.node.ObjectNode n, double[] prf) {
    n.put("precision", Math.round(prf[0] * 100) / 100.0).put("recall", Math.round(prf[1] * 100) / 100.0)
        .put("f1", Math.round(prf[2] * 100) / 100.0);
  }
}
