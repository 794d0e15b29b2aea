package dev.dossier.nlp.attribution;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.model.Analysis;
import dev.dossier.model.Attribution;
import dev.dossier.model.Layers;
import dev.dossier.model.Token;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Trains {@link CueFilter} on PolNeAR train: runs the attribution tagger and assembler over the
 * train texts (with K tagger models, text i of the sorted names is read by model i mod K, which
 * should be trained on the other texts: the tagger errs less on the texts it was trained on), labels
 * each top-level attribution by whether its cue overlaps a gold cue of the annotator file (the
 * official scorer's rule), fits L2-regularised logistic regression, chooses the threshold that
 * maximises cue F1 over cross-validated probabilities (folds of texts, text i in fold i mod
 * {@code cvFolds}) and writes the model fitted on everything with a manifest. The cue rates of
 * the features come, for each text, from the gold of the texts its tagger model did not read.
 * Deterministic. Not thread-safe.
 */
public final class CueFilterTrainer {

  /**
   * Training parameters.
   *
   * @param iterations full-batch AdaGrad steps
   * @param l2 L2 penalty on the summed log loss
   * @param cvFolds folds of texts for the cross-validated threshold
   * @param threshold a fixed threshold, or NaN to choose it by cross-validation
   * @param firstPass whether the features read the tagger's first pass (its cue confidence)
   * @param keepContents whether an attribution whose content overlaps a gold content is to be kept
   *     too (learned as a keep), not only one whose cue overlaps a gold cue
   * @param punctuation whether cues with no letter or digit are decided too (else always kept)
   * @param quotes whether attributions of a direct quotation are decided too (else always kept)
   * @param context whether the features include {@link CueFilterFeatures#context the context group}
   * @param otherL2 further L2 penalties whose cross-validated curves are logged (for choosing
   *     {@code l2} on train; no model is written for them)
   */
  public record Config(int iterations, double l2, int cvFolds, double threshold, boolean firstPass,
      boolean keepContents, boolean punctuation, boolean quotes, boolean context, List<Double> otherL2) {

    /** Without the context group. */
    public Config(int iterations, double l2, int cvFolds, double threshold, boolean firstPass,
        boolean keepContents, boolean punctuation, boolean quotes) {
      this(iterations, l2, cvFolds, threshold, firstPass, keepContents, punctuation, quotes, false, List.of());
    }
  }

  /** Cue P/R/F1 on the train texts by the approximate (per-file, overlap) count of {@link #score}. */
  public record Cue(double precision, double recall, double f1) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.2f R %.2f F1 %.2f", precision, recall, f1);
    }
  }

  /**
   * What training gives: the filter, the cross-validated cue scores before and after it, and the
   * attributions of each train text before and after the cross-validated filters (by text name),
   * for scoring with the official scorer; {@code filteredAt} gives them after the cross-validated
   * filters at another threshold.
   */
  public record Result(CueFilter filter, double threshold, Cue before, Cue after,
      Map<String, List<Attribution>> unfiltered, Map<String, List<Attribution>> filtered,
      java.util.function.DoubleFunction<Map<String, List<Attribution>>> filteredAt) {}

  private record Text(String name, Analysis analysis, AttributionInput input, int[] labels,
      AttributionTagger.FirstPass first, List<Attribution> found) {}

  /** One attribution of one annotator file: {@code keep} is what the model learns, {@code cue} is scored. */
  private record Example(int text, int[] features, boolean keep, boolean cue, boolean content, boolean decided) {}

  /** One annotator file's system spans (the examples of each distinct cue and content) and its gold counts. */
  private record FileSpans(List<int[]> cues, List<int[]> contents, int goldCues, int goldContents) {}

  private CueFilterTrainer() {}

  /**
   * Trains on {@code train} (every annotator's file, as {@link PolnearCorpus#read(Path, Path,
   * dev.dossier.nlp.pipeline.Pipeline, boolean)} gives them) and writes the filter to {@code out}.
   *
   * @param taggers the tagger models; text i of the sorted names is read by {@code taggers.get(i % K)}
   * @throws IOException if the model cannot be written
   */
  public static Result buildModel(List<PolnearCorpus.Doc> train, Path trainDir, List<AttributionModel> taggers,
      List<String> taggerNames, Config config, Path out, String codeVersion, Consumer<String> log) throws IOException {
    List<String> names = new ArrayList<>(new TreeSet<>(train.stream().map(PolnearCorpus.Doc::name).toList()));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    int k = taggers.size();
    Map<String, PolnearCorpus.Doc> firstDoc = new LinkedHashMap<>();
    for (PolnearCorpus.Doc d : train) {
      firstDoc.putIfAbsent(d.name(), d);
    }
    AttributionAssembler assembler = new AttributionAssembler();
    List<Text> texts = names.parallelStream().map(n -> {
      Analysis a = firstDoc.get(n).analysis();
      AttributionInput in = AttributionInput.of(a);
      AttributionTagger tagger = taggers.get(index.get(n) % k).tagger();
      AttributionTagger.Tagging tagging = tagger.tagWithFirstPass(in);
      int[] labels = tagging.labels();
      AttributionTagger.FirstPass first = config.firstPass() ? tagging.first() : null;
      return new Text(n, a, in, labels, first, assembler.assemble(in, labels, tagging.first(),
          a.layer(Layers.MENTIONS), a.layer(Layers.ENTITIES), AttributionStage.NAME));
    }).toList();
    log.accept("tagged and assembled " + texts.size() + " train texts with " + k + " tagger model(s)");

    List<Map<String, int[]>> foldCounts = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      foldCounts.add(new HashMap<>());
    }
    for (PolnearCorpus.Doc d : train) {
      countRates(d, foldCounts.get(index.get(d.name()) % k));
    }
    Map<String, int[]> all = sum(foldCounts, -1);
    List<Map<String, int[]>> foldRates = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      foldRates.add(k == 1 ? all : sum(foldCounts, f));
    }

    Map<String, Integer> dict = new LinkedHashMap<>();
    List<Example> examples = new ArrayList<>();
    List<FileSpans> files = new ArrayList<>();
    for (PolnearCorpus.Doc d : train) {
      int t = index.get(d.name());
      Text x = texts.get(t);
      List<int[]> gold = goldCues(d);
      List<int[]> contents = goldSpans(d, AttributionLabels.CONTENT);
      List<int[]> spans = new ArrayList<>();
      List<int[]> contentSpans = new ArrayList<>();
      Map<Long, Integer> seen = new HashMap<>();
      Map<Long, Integer> seenContents = new HashMap<>();
      for (Attribution a : x.found()) {
        if (a.parent() != null) {
          continue;
        }
        List<String> fs = CueFilterFeatures.of(x.input(), x.labels(), x.first(), a, foldRates.get(t % k),
            config.context());
        int[] ids = fs.stream().mapToInt(s -> dict.computeIfAbsent(s, z -> dict.size())).toArray();
        boolean cue = overlaps(x.analysis().text(), a.cue().start(), a.cue().end(), gold);
        boolean content = a.content() != null
            && overlaps(x.analysis().text(), a.content().start(), a.content().end(), contents);
        boolean keep = cue || config.keepContents() && content;
        boolean decided = CueFilter.decides(a, config.punctuation(), config.quotes());
        examples.add(new Example(t, ids, keep, cue, content, decided));
        group(spans, seen, ((long) a.cue().start() << 32) | a.cue().end(), examples.size() - 1);
        if (a.content() != null) {
          group(contentSpans, seenContents, ((long) a.content().start() << 32) | a.content().end(),
              examples.size() - 1);
        }
      }
      files.add(new FileSpans(spans, contentSpans, distinctSpans(d, AttributionLabels.CUE),
          distinctSpans(d, AttributionLabels.CONTENT)));
    }
    long positives = examples.stream().filter(Example::cue).count();
    long keeps = examples.stream().filter(Example::keep).count();
    log.accept(String.format(Locale.ROOT, "%d examples (%d true cues, %d false; %d to keep), %d features",
        examples.size(), positives, examples.size() - positives, keeps, dict.size()));

    for (double l2 : config.otherL2()) {
      Config other = new Config(config.iterations(), l2, config.cvFolds(), config.threshold(), config.firstPass(),
          config.keepContents(), config.punctuation(), config.quotes(), config.context(), List.of());
      logCurve("l2 " + l2, crossValidate(examples, dict.size(), other, new ArrayList<>()), examples, files, log);
    }
    List<double[]> cvWeights = new ArrayList<>();
    double[] cvProb = crossValidate(examples, dict.size(), config, cvWeights);
    Cue before = score(cvProb, Double.NEGATIVE_INFINITY, examples, files, false);
    double threshold = config.threshold();
    if (Double.isNaN(threshold)) {
      threshold = 0;
      double best = before.f1();
      for (int s = 1; s < 100; s++) {
        Cue c = score(cvProb, s / 100.0, examples, files, false);
        if (c.f1() > best + 1e-9) {
          best = c.f1();
          threshold = s / 100.0;
        }
      }
    }
    logCurve("l2 " + config.l2(), cvProb, examples, files, log);
    Cue after = score(cvProb, threshold, examples, files, false);
    Cue contentBefore = score(cvProb, Double.NEGATIVE_INFINITY, examples, files, true);
    Cue contentAfter = score(cvProb, threshold, examples, files, true);
    log.accept("cross-validated cue on train: before " + before + ", after " + after + " at threshold " + threshold);
    log.accept("cross-validated content on train: before " + contentBefore + ", after " + contentAfter);

    String[] names2 = new String[dict.size()];
    dict.forEach((s, i) -> names2[i] = s);
    Map<String, List<Attribution>> unfiltered = new LinkedHashMap<>();
    for (Text x : texts) {
      unfiltered.put(x.name(), x.found());
    }
    List<Map<String, Double>> cvMaps = cvWeights.stream().map(w -> weightMap(w, names2)).toList();
    java.util.function.DoubleFunction<Map<String, List<Attribution>>> filteredAt = at -> {
      Map<String, List<Attribution>> kept = new LinkedHashMap<>();
      for (Text x : texts) {
        int t = index.get(x.name());
        CueFilter cv = new CueFilter(cvMaps.get(t % config.cvFolds()), foldRates.get(t % k), at,
            config.firstPass(), config.punctuation(), config.quotes(), config.context(), null);
        kept.put(x.name(), cv.apply(x.input(), x.labels(), x.first(), x.found()));
      }
      return kept;
    };
    Map<String, List<Attribution>> filtered = filteredAt.apply(threshold);

    double[] w = fit(examples.stream().filter(Example::decided).toList(), dict.size(), config);
    ObjectNode m = new ObjectMapper().createObjectNode();
    m.put("name", "dossier-cue-filter-polnear");
    m.put("description", "Logistic regression keeping or dropping each assembled attribution by whether its cue is "
        + "a true cue, trained on the attribution pipeline's output over PolNeAR v1.0.0 train (every annotator's "
        + "file), each text read by a tagger model trained without it; see docs/cue-filter.md");
    m.put("created", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    m.put("codeVersion", codeVersion == null ? "unknown" : codeVersion);
    m.putArray("training").addObject().put("path", trainDir.toString()).put("articles", names.size())
        .put("annotationFiles", train.size()).put("sha256", AttributionTrainer.treeSha256(trainDir))
        .put("annotatorFiles", "all");
    ArrayNode tg = m.putArray("taggers");
    taggerNames.forEach(tg::add);
    m.putObject("parameters").put("iterations", config.iterations()).put("l2", config.l2())
        .put("cvFolds", config.cvFolds()).put("firstPassFeatures", config.firstPass()).put("threshold", threshold).put("taggerFolds", k)
        .put("examples", examples.size()).put("trueCues", positives).put("keepContents", config.keepContents()).put("decidesPunctuationCues", config.punctuation())
        .put("decidesQuotations", config.quotes()).put("contextFeatures", config.context()).put("kept", keeps).put("features", dict.size());
    m.putObject("trainCrossValidation")
        .put("scorer", "per annotator file, a cue counted true when it overlaps a gold cue (approximates "
            + "../shared/tools/attribution.py)")
        .put("cueBefore", before.toString()).put("cueAfter", after.toString())
        .put("contentBefore", contentBefore.toString()).put("contentAfter", contentAfter.toString());
    Map<String, Double> weights = weightMap(w, names2);
    Map<String, int[]> rates = new HashMap<>();
    all.forEach((l, c) -> {
      if (c[1] >= 3) {
        rates.put(l, c);
      }
    });
    CueFilter.save(out, weights, rates, threshold, config.firstPass(), config.punctuation(), config.quotes(),
        config.context(), m);
    return new Result(CueFilter.load(out), threshold, before, after, unfiltered, filtered, filteredAt);
  }

  /** Counts, per lemma, its tokens inside a gold cue and all its tokens of the file. */
  private static void countRates(PolnearCorpus.Doc d, Map<String, int[]> counts) {
    List<int[]> gold = goldCues(d);
    String text = d.analysis().text();
    for (Token t : d.analysis().layer(Layers.TOKENS)) {
      String lemma = t.lemma() == null ? t.text().toLowerCase(Locale.ROOT) : t.lemma();
      int[] c = counts.computeIfAbsent(lemma, z -> new int[2]);
      c[0] += overlaps(text, t.start(), t.end(), gold) ? 1 : 0;
      c[1]++;
    }
  }

  /** The sum of the counts of every fold but {@code except}. */
  private static Map<String, int[]> sum(List<Map<String, int[]>> folds, int except) {
    Map<String, int[]> out = new HashMap<>();
    for (int f = 0; f < folds.size(); f++) {
      if (f == except) {
        continue;
      }
      folds.get(f).forEach((l, c) -> {
        int[] s = out.computeIfAbsent(l, z -> new int[2]);
        s[0] += c[0];
        s[1] += c[1];
      });
    }
    return out;
  }

  /** Adds example {@code i} to the group of span {@code key} (a new group for a new span). */
  private static void group(List<int[]> groups, Map<Long, Integer> seen, long key, int i) {
    Integer g = seen.get(key);
    if (g == null) {
      seen.put(key, groups.size());
      groups.add(new int[] {i});
    } else {
      int[] old = groups.get(g);
      int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
      grown[old.length] = i;
      groups.set(g, grown);
    }
  }

  /** The number of distinct gold spans of one kind of a file. */
  private static int distinctSpans(PolnearCorpus.Doc d, int kind) {
    return (int) d.gold().spans().stream().filter(s -> s.kind() == kind)
        .map(s -> java.util.Arrays.deepToString(s.fragments())).distinct().count();
  }

  /**
   * Each example's probability from the model fitted on the other CV folds of texts (1 for an
   * example the filter does not decide); the folds' weights are added to {@code weights}.
   */
  private static double[] crossValidate(List<Example> examples, int features, Config config, List<double[]> weights) {
    double[] prob = new double[examples.size()];
    for (int f = 0; f < config.cvFolds(); f++) {
      int fold = f;
      List<Example> fit = examples.stream().filter(e -> e.decided() && e.text() % config.cvFolds() != fold).toList();
      double[] w = fit(fit, features, config);
      weights.add(w);
      for (int i = 0; i < examples.size(); i++) {
        if (examples.get(i).text() % config.cvFolds() == fold) {
          prob[i] = examples.get(i).decided() ? probability(w, examples.get(i).features()) : 1;
        }
      }
    }
    return prob;
  }

  private static void logCurve(String what, double[] prob, List<Example> examples, List<FileSpans> files,
      Consumer<String> log) {
    StringBuilder curve = new StringBuilder("cross-validated cue F1 (content F1) by threshold, " + what + ":");
    for (double s : new double[] {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5}) {
      curve.append(String.format(Locale.ROOT, " %.2f→%.2f (%.2f)", s, score(prob, s, examples, files, false).f1(),
          score(prob, s, examples, files, true).f1()));
    }
    log.accept(curve.toString());
  }

  /** The gold cue fragments of a file, identical spans once. */
  private static List<int[]> goldCues(PolnearCorpus.Doc d) {
    return goldSpans(d, AttributionLabels.CUE);
  }

  /** The gold fragments of one kind of a file, identical spans once. */
  private static List<int[]> goldSpans(PolnearCorpus.Doc d, int kind) {
    List<int[]> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (BratAnnotations.Span s : d.gold().spans()) {
      if (s.kind() == kind && seen.add(java.util.Arrays.deepToString(s.fragments()))) {
        for (int[] f : s.fragments()) {
          out.add(f);
        }
      }
    }
    return out;
  }

  /** Whether {@code [s, e)} shares a non-space character with one of the fragments (a scorer token). */
  static boolean overlaps(String text, int s, int e, List<int[]> fragments) {
    for (int[] f : fragments) {
      for (int i = Math.max(s, f[0]); i < Math.min(e, f[1]); i++) {
        if (!Character.isWhitespace(text.charAt(i))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Cue (or content) P/R/F1 with the attributions whose probability is at least {@code threshold}:
   * per file, a cue (content) span is kept when one of its attributions is, true when it overlaps a
   * gold cue (content).
   */
  private static Cue score(double[] prob, double threshold, List<Example> examples, List<FileSpans> files,
      boolean contents) {
    long gold = 0;
    long sys = 0;
    long match = 0;
    for (FileSpans file : files) {
      gold += contents ? file.goldContents() : file.goldCues();
      for (int[] span : contents ? file.contents() : file.cues()) {
        boolean kept = false;
        for (int i : span) {
          kept |= prob[i] >= threshold;
        }
        if (kept) {
          sys++;
          Example e = examples.get(span[0]);
          match += (contents ? e.content() : e.cue()) ? 1 : 0;
        }
      }
    }
    double p = sys == 0 ? 0 : 100.0 * match / sys;
    double r = gold == 0 ? 0 : 100.0 * match / gold;
    return new Cue(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /** Full-batch AdaGrad on the L2-regularised log loss; deterministic. */
  static double[] fit(List<Example> examples, int features, Config config) {
    double[] w = new double[features];
    double[] g2 = new double[features];
    double[] grad = new double[features];
    double eta = 0.5;
    for (int it = 0; it < config.iterations(); it++) {
      for (int j = 0; j < features; j++) {
        grad[j] = config.l2() * w[j];
      }
      for (Example e : examples) {
        double d = probability(w, e.features()) - (e.keep() ? 1 : 0);
        for (int j : e.features()) {
          grad[j] += d;
        }
      }
      for (int j = 0; j < features; j++) {
        if (grad[j] != 0) {
          g2[j] += grad[j] * grad[j];
          w[j] -= eta * grad[j] / Math.sqrt(g2[j]);
        }
      }
    }
    return w;
  }

  private static double probability(double[] w, int[] features) {
    double z = 0;
    for (int j : features) {
      z += w[j];
    }
    return 1 / (1 + Math.exp(-z));
  }

  private static Map<String, Double> weightMap(double[] w, String[] names) {
    Map<String, Double> out = new HashMap<>();
    for (int j = 0; j < w.length; j++) {
      if (w[j] != 0) {
        out.put(names[j], w[j]);
      }
    }
    return out;
  }
}
