package dev.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.model.json.Version;
import dev.dossier.nlp.attribution.AttributionModel;
import dev.dossier.nlp.attribution.AttributionTagger;
import dev.dossier.nlp.eval.ConllReader;
import dev.dossier.nlp.ner.NerModel;
import dev.dossier.nlp.ner.NerTagger;
import dev.dossier.nlp.pos.PosModel;
import dev.dossier.nlp.pos.PosTagger;
import dev.dossier.nlp.pos.PosTrainer;
import dev.dossier.nlp.train.LinearChain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier train prune}: a model directory without its near-zero features, in the same file
 * format, with a "pruned" block in its manifest (docs/performance.md, "Pruned weight tables").
 */
@Command(name = "prune", mixinStandardHelpOptions = true,
    description = {"Drop the features of a trained model whose every label weight is below EPS times the "
        + "pass's largest weight, and write the model in the same format.",
        "The kept weights are unchanged. The manifest keeps its training record and gains a 'pruned' block: "
            + "the source model's checksum and feature counts, EPS, the counts after, the dev scores given "
            + "with --dev-score and the code version. Pruning is deterministic."})
final class PruneCommand implements Callable<Integer> {

  enum Kind { attribution, ner, pos }

  @Option(names = "--model", required = true, paramLabel = "KIND", description = "attribution, ner or pos.")
  Kind kind;

  @Option(names = "--from", required = true, paramLabel = "DIR",
      description = "The model directory to prune (e.g. dossier-nlp/src/main/resources/dev/dossier/nlp/ner).")
  Path from;

  @Option(names = "--eps", required = true, split = ",", paramLabel = "EPS",
      description = "Fraction of the largest weight below which a feature's weights count as zero (e.g. 0.002); "
          + "one value for every pass, or one per pass (first,second).")
  List<Double> eps;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the pruned model.")
  Path out;

  @Option(names = "--dev-score", paramLabel = "NAME=VALUE",
      description = "A dev score of the pruned model from an independent scorer, for the manifest (repeatable).")
  Map<String, Double> devScores = new LinkedHashMap<>();

  @Option(names = "--dev-scorer", paramLabel = "TEXT",
      description = "How the --dev-score figures were computed (the scorer and its command), for the manifest.")
  String devScorer;

  @Option(names = "--pos-dev", paramLabel = "FILE",
      description = "With --model pos: CoNLL dev data; prints the pruned tagger's token accuracy.")
  Path posDev;

  @Override
  public Integer call() throws Exception {
    if (eps.isEmpty() || eps.size() > 2) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--eps: one or two values");
    }
    List<int[]> counts = new ArrayList<>();
    switch (kind) {
      case attribution -> {
        AttributionModel m = AttributionModel.load(from);
        LinearChain first = pruned(m.tagger().model(), counts);
        LinearChain second = m.tagger().second() == null ? null : pruned(m.tagger().second(), counts);
        AttributionModel.save(out, new AttributionTagger(first, second), manifest(m.manifest(),
            AttributionModel.MODEL_FILE, counts));
      }
      case ner -> {
        NerModel m = NerModel.load(from);
        LinearChain first = pruned(m.tagger().first(), counts);
        LinearChain second = m.tagger().second() == null ? null : pruned(m.tagger().second(), counts);
        NerModel.save(out, new NerTagger(m.tagger().features(), first, second), from.resolve(NerModel.CLUSTERS_FILE),
            manifest(m.manifest(), NerModel.MODEL_FILE, counts));
      }
      case pos -> {
        PosModel m = PosModel.load(from);
        LinearChain chain = pruned(m.tagger().model(), counts);
        PosModel.save(out, chain, manifest(m.manifest(), PosModel.MODEL_FILE, counts));
        if (posDev != null) {
          System.err.printf(Locale.ROOT, "dev token accuracy %.2f%%%n",
              PosTrainer.accuracy(new PosTagger(chain), PosTrainer.sentences(ConllReader.read(posDev))));
        }
      }
      default -> throw new AssertionError(kind);
    }
    for (int[] c : counts) {
      System.err.printf(Locale.ROOT, "features %d -> %d (%.1f %%)%n", c[0], c[1], 100.0 * c[1] / Math.max(1, c[0]));
    }
    System.err.println("pruned model written to " + out);
    return 0;
  }

  private LinearChain pruned(LinearChain chain, List<int[]> counts) {
    LinearChain p = chain.pruned(eps(counts.size()));
    counts.add(new int[] {chain.featureCount(), p.featureCount()});
    return p;
  }

  /**
   * The source manifest with a "pruned" block. A source that was itself pruned keeps its original
   * source record, so pruning again (with a larger EPS) still names the trained model.
   */
  private ObjectNode manifest(JsonNode source, String modelFile, List<int[]> counts) throws java.io.IOException {
    ObjectNode m = source.deepCopy();
    JsonNode earlier = source.path("pruned").path("source");
    ObjectNode p = new ObjectMapper().createObjectNode();
    if (earlier.isObject()) {
      p.set("source", earlier.deepCopy());
    } else {
      ObjectNode s = p.putObject("source");
      s.put("sha256", sourceSha256(modelFile));
      ArrayNode before = s.putArray("features");
      counts.forEach(c -> before.add(c[0]));
    }
    // pruning a pruned model again: what is gone stays gone, so the effective eps of a pass is
    // the larger of the earlier one and this one
    JsonNode earlierEps = source.path("pruned").path("eps");
    ArrayNode e = p.putArray("eps");
    for (int i = 0; i < counts.size(); i++) {
      e.add(Math.max(eps(i), earlierEps.path(i).asDouble(0)));
    }
    p.put("rule", "a feature is dropped when every label weight has |q| < eps * 32767 (16-bit units)");
    ArrayNode after = p.putArray("features");
    counts.forEach(c -> after.add(c[1]));
    ObjectNode dev = p.putObject("dev");
    if (devScorer != null) {
      dev.put("scorer", devScorer);
    }
    devScores.forEach(dev::put);
    p.put("codeVersion", Version.get());
    m.set("pruned", p);
    m.remove("files");
    return m;
  }

  /** The SHA-256 of the source model file as read (the loaders checked it against its manifest). */
  private String sourceSha256(String modelFile) throws java.io.IOException {
    return NerModel.sha256(from.resolve(modelFile));
  }

  /** The EPS of pass {@code pass}: the last one given for the passes after it. */
  private double eps(int pass) {
    return eps.get(Math.min(pass, eps.size() - 1));
  }
}
