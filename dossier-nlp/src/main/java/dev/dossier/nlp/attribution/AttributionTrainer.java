package dev.dossier.nlp.attribution;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.model.Analysis;
import dev.dossier.model.Attribution;
import dev.dossier.model.Extent;
import dev.dossier.model.Layers;
import dev.dossier.model.Token;
import dev.dossier.nlp.train.LinearChain;
import dev.dossier.nlp.train.StructuredPerceptron;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Trains the attribution tagger on a PolNeAR train split with the averaged structured perceptron,
 * one sequence per paragraph, and writes it with a manifest holding the data checksums, the
 * parameters and the dev scores. With more than one fold the first pass learns cue labels only
 * (its decisions are not pulled about by the long, hard content boundaries) and the second pass
 * learns all labels reading the first pass's cue labels, jackknifed over the folds. Deterministic.
 * Not thread-safe.
 */
public final class AttributionTrainer {

  /** Training parameters. */
  public record Config(int epochs, int minCount, long seed, int folds, boolean allAnnotators,
      boolean firstPassSources, int firstPassEpochs) {

    /** Training on the first annotator's file of each text, a first pass of cues only. */
    public Config(int epochs, int minCount, long seed, int folds) {
      this(epochs, minCount, seed, folds, false, false, 0);
    }

    /** The first pass's epochs as many as the second's. */
    public Config(int epochs, int minCount, long seed, int folds, boolean allAnnotators, boolean firstPassSources) {
      this(epochs, minCount, seed, folds, allAnnotators, firstPassSources, 0);
    }

    /** Passes over the data for the first pass (and its jackknife folds): {@code firstPassEpochs}, else {@code epochs}. */
    int firstEpochs() {
      return firstPassEpochs > 0 ? firstPassEpochs : epochs;
    }

    /** The last label kind the first pass learns (cue, source or content). */
    int firstPassKinds() {
      return folds <= 1 ? AttributionLabels.CONTENT : firstPassSources ? AttributionLabels.SOURCE : AttributionLabels.CUE;
    }

    String firstPassName() {
      return new String[] {"cues", "cues and sources", "cues, sources and contents"}[firstPassKinds()];
    }
  }

  private AttributionTrainer() {}

  /**
   * Trains on {@code train}, scores each epoch on {@code dev}, writes the last epoch's model.
   *
   * @return the dev scores of the written model
   * @throws IOException if a file cannot be read or written
   */
  public static SpanScores buildModel(List<PolnearCorpus.Doc> train, List<PolnearCorpus.Doc> dev, Path trainDir,
      Path devDir, Config config, Path out, String commit, Consumer<String> log) throws IOException {
    AttributionFeatures features = new AttributionFeatures();
    List<AttributionInput> inputs = new ArrayList<>();
    List<int[]> golds = new ArrayList<>();
    List<int[]> cueGolds = new ArrayList<>();
    for (PolnearCorpus.Doc d : train) {
      inputs.add(AttributionInput.of(d.analysis()));
      golds.add(goldLabels(d.analysis(), d.gold(), AttributionLabels.CONTENT));
      cueGolds.add(goldLabels(d.analysis(), d.gold(), config.firstPassKinds()));
    }
    List<AttributionTagger.FirstPass> priors = new ArrayList<>(
        java.util.Collections.nCopies(train.size(), (AttributionTagger.FirstPass) null));
    int[] textIndex = new int[train.size()];
    java.util.Map<String, Integer> texts = new java.util.HashMap<>();
    for (int i = 0; i < train.size(); i++) {
      textIndex[i] = texts.computeIfAbsent(train.get(i).name(), x -> texts.size());
    }
    if (config.folds() > 1) {
      for (int fold = 0; fold < config.folds(); fold++) {
        List<Integer> held = new ArrayList<>();
        List<StructuredPerceptron.Sequence> seqs = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
          if (textIndex[i] % config.folds() == fold) { // every annotation of a text in one fold
            held.add(i);
          } else {
            sequences(features, inputs.get(i), cueGolds.get(i), null, seqs);
          }
        }
        log.accept("fold " + (fold + 1) + " of " + config.folds() + ": first pass on " + seqs.size() + " paragraphs");
        AttributionTagger t = new AttributionTagger(perceptron().train(seqs, config.firstEpochs(), config.minCount(),
            config.seed(), null, null));
        for (int i : held) {
          priors.set(i, t.firstPassScored(inputs.get(i)));
        }
      }
    }
    List<StructuredPerceptron.Sequence> seqs = new ArrayList<>();
    for (int i = 0; i < train.size(); i++) {
      sequences(features, inputs.get(i), cueGolds.get(i), null, seqs);
    }
    log.accept("first pass (" + config.firstPassName() + "): " + seqs.size()
        + " paragraphs from " + train.size() + " articles");
    LinearChain first = perceptron().train(seqs, config.firstEpochs(), config.minCount(), config.seed(), log,
        (e, m) -> log.accept("  dev after epoch " + e + ": " + evaluate(new AttributionTagger(m), dev)));
    LinearChain second = null;
    if (config.folds() > 1) {
      seqs.clear();
      for (int i = 0; i < train.size(); i++) {
        sequences(features, inputs.get(i), golds.get(i), priors.get(i), seqs);
      }
      log.accept("second pass over the first pass's jackknifed labels");
      LinearChain f = first;
      second = perceptron().train(seqs, config.epochs(), config.minCount(), config.seed(), log,
          (e, m) -> log.accept("  dev after epoch " + e + ": " + evaluate(new AttributionTagger(f, m), dev)));
    }
    AttributionTagger tagger = new AttributionTagger(first, second);
    SpanScores scores = evaluate(tagger, dev);
    ObjectNode m = new ObjectMapper().createObjectNode();
    m.put("name", "dossier-attribution-polnear");
    m.put("description", "Two-pass first-order averaged structured perceptron over BIO labels for attribution "
        + "cues, sources and contents, one sequence per paragraph: the first pass labels " + config.firstPassName()
        + ", the second all three kinds reading the first pass's jackknifed labels; trained on PolNeAR v1.0.0 "
        + "train (" + (config.allAnnotators() ? "every annotator's file" : "first annotator file per text")
        + "); see docs/attributions.md");
    m.put("created", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    m.put("codeVersion", commit == null ? "unknown" : commit);
    m.putArray("training").addObject().put("path", trainDir.toString()).put("articles", texts.size())
        .put("annotationFiles", train.size())
        .put("sha256", treeSha256(trainDir)).put("annotatorFiles", config.allAnnotators() ? "all" : "first per text");
    m.putObject("parameters").put("epochs", config.epochs()).put("firstPassEpochs", config.firstEpochs())
        .put("minCount", config.minCount())
        .put("seed", config.seed()).put("folds", config.folds())
        .put("firstPass", config.firstPassName());
    ObjectNode d = m.putObject("dev");
    d.put("path", devDir.toString()).put("articles", dev.size()).put("sha256", treeSha256(devDir));
    d.put("scorer", "greedy one-to-one token-overlap span F1 in Java (docs/attributions.md gives the "
        + "official ../shared/tools/attribution.py figures)");
    d.put("cueF1", round(scores.f1(0))).put("sourceF1", round(scores.f1(1))).put("contentF1", round(scores.f1(2)));
    AttributionModel.save(out, tagger, m);
    return scores;
  }

  private static StructuredPerceptron perceptron() {
    return new StructuredPerceptron(AttributionLabels.names(), AttributionLabels.allowedTransitions(),
        AttributionLabels.allowedStart(), null);
  }

  private static void sequences(AttributionFeatures features, AttributionInput in, int[] gold,
      AttributionTagger.FirstPass prior, List<StructuredPerceptron.Sequence> out) {
    for (int p = 0; p < in.paragraphCount(); p++) {
      int from = in.paragraphs[p];
      int to = in.paragraphs[p + 1];
      if (to > from) {
        out.add(new StructuredPerceptron.Sequence(prior == null ? features.extract(in, p)
            : features.extract(in, p, prior.labels(), prior.cue()),
            java.util.Arrays.copyOfRange(gold, from, to)));
      }
    }
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }

  /**
   * Gold label per token: innermost kind wins (cue, then source, then content); with
   * kinds after {@code lastKind} left O (for a first pass of cues, or of cues and sources).
   */
  static int[] goldLabels(Analysis a, BratAnnotations gold, int lastKind) {
    List<Token> tokens = a.layer(Layers.TOKENS);
    int n = tokens.size();
    int[] kind = new int[n];
    int[] span = new int[n];
    java.util.Arrays.fill(kind, -1);
    java.util.Arrays.fill(span, -1);
    List<BratAnnotations.Span> spans = gold.spans();
    for (int k = 2; k >= 0; k--) {
      for (int s = 0; s < spans.size(); s++) {
        BratAnnotations.Span x = spans.get(s);
        if (x.kind() != k) {
          continue;
        }
        for (int t : tokensOf(tokens, x.fragments())) {
          kind[t] = k;
          span[t] = s;
        }
      }
    }
    int[] labels = new int[n];
    for (int t = 0; t < n; t++) {
      if (kind[t] < 0 || kind[t] > lastKind) {
        continue;
      }
      boolean cont = t > 0 && span[t - 1] == span[t] && kind[t - 1] == kind[t];
      labels[t] = cont ? AttributionLabels.inside(kind[t]) : AttributionLabels.begin(kind[t]);
    }
    return labels;
  }

  static List<Integer> tokensOf(List<Token> tokens, int[][] fragments) {
    List<Integer> out = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      Token tok = tokens.get(t);
      for (int[] f : fragments) {
        if (tok.start() < f[1] && tok.end() > f[0]) {
          out.add(t);
          break;
        }
      }
    }
    return out;
  }

  /** Span scores of the whole stage (tagger and assembler) against the gold of {@code docs}. */
  public static SpanScores evaluate(AttributionTagger tagger, List<PolnearCorpus.Doc> docs) {
    SpanScores sc = new SpanScores();
    AttributionAssembler asm = new AttributionAssembler();
    for (PolnearCorpus.Doc d : docs) {
      Analysis a = d.analysis();
      AttributionInput in = AttributionInput.of(a);
      List<Attribution> sys = asm.assemble(in, tagger.tag(in), a.layer(Layers.MENTIONS), a.layer(Layers.ENTITIES),
          AttributionStage.NAME);
      List<Token> tokens = a.layer(Layers.TOKENS);
      for (int k = 0; k < 3; k++) {
        List<java.util.Set<Integer>> g = new ArrayList<>();
        for (BratAnnotations.Span s : d.gold().spans()) {
          if (s.kind() == k) {
            java.util.Set<Integer> ts = new java.util.TreeSet<>(tokensOf(tokens, s.fragments()));
            if (!ts.isEmpty() && !g.contains(ts)) {
              g.add(ts);
            }
          }
        }
        List<java.util.Set<Integer>> s = new ArrayList<>();
        for (Attribution at : sys) {
          Extent x = k == 0 ? at.cue() : k == 1 ? at.source() : at.content();
          if (x != null) {
            java.util.Set<Integer> ts = new java.util.TreeSet<>(tokensOf(tokens, new int[][] {{x.start(), x.end()}}));
            if (!s.contains(ts)) {
              s.add(ts);
            }
          }
        }
        sc.add(k, g, s);
      }
    }
    return sc;
  }

  /** SHA-256 over the sorted relative paths and contents of every file under {@code dir}. */
  static String treeSha256(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        md.update(dir.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update(Files.readAllBytes(p));
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Greedy one-to-one token-overlap matching per kind. Not thread-safe. */
  public static final class SpanScores {
    private final long[] gold = new long[3];
    private final long[] sys = new long[3];
    private final long[] match = new long[3];

    void add(int k, List<java.util.Set<Integer>> g, List<java.util.Set<Integer>> s) {
      gold[k] += g.size();
      sys[k] += s.size();
      List<double[]> pairs = new ArrayList<>();
      for (int i = 0; i < g.size(); i++) {
        for (int j = 0; j < s.size(); j++) {
          int common = 0;
          for (int t : s.get(j)) {
            common += g.get(i).contains(t) ? 1 : 0;
          }
          if (common > 0) {
            pairs.add(new double[] {2.0 * common / (g.get(i).size() + s.get(j).size()), i, j});
          }
        }
      }
      pairs.sort((a, b) -> Double.compare(b[0], a[0]));
      boolean[] gu = new boolean[g.size()];
      boolean[] su = new boolean[s.size()];
      for (double[] p : pairs) {
        int i = (int) p[1];
        int j = (int) p[2];
        if (!gu[i] && !su[j]) {
          gu[i] = true;
          su[j] = true;
          match[k]++;
        }
      }
    }

    public double f1(int k) {
      double p = sys[k] == 0 ? 0 : (double) match[k] / sys[k];
      double r = gold[k] == 0 ? 0 : (double) match[k] / gold[k];
      return p + r == 0 ? 0 : 200 * p * r / (p + r);
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 3; k++) {
        double p = sys[k] == 0 ? 0 : 100.0 * match[k] / sys[k];
        double r = gold[k] == 0 ? 0 : 100.0 * match[k] / gold[k];
        sb.append(String.format(Locale.ROOT, "%s P %.1f R %.1f F1 %.1f; ", AttributionLabels.KINDS[k], p, r, f1(k)));
      }
      return sb.toString().trim();
    }
  }
}
