package dev.dossier.nlp.pos;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.nlp.eval.ConllDocument;
import dev.dossier.nlp.eval.ConllReader;
import dev.dossier.nlp.eval.ConllSentence;
import dev.dossier.nlp.ner.NerModel;
import dev.dossier.nlp.train.LinearChain;
import dev.dossier.nlp.train.StructuredPerceptron;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Trains the part-of-speech tagger on the POS column (the second) of CoNLL-2003-format files with
 * the averaged structured perceptron, and writes it with a manifest. Deterministic. Not thread-safe.
 */
public final class PosTrainer {

  private PosTrainer() {}

  /**
   * @return token accuracy on {@code devFile} in percent
   * @throws IOException if a file cannot be read or written
   */
  public static double buildModel(Path trainFile, Path devFile, int epochs, long seed, Path out, String commit,
      Consumer<String> log) throws IOException {
    List<ConllSentence> train = sentences(ConllReader.read(trainFile));
    List<ConllSentence> dev = sentences(ConllReader.read(devFile));
    TreeSet<String> tagSet = new TreeSet<>();
    for (ConllSentence s : train) {
      for (String t : s.column(1)) {
        tagSet.add(t);
      }
    }
    String[] labels = tagSet.toArray(String[]::new);
    Map<String, Integer> idx = new LinkedHashMap<>();
    for (int i = 0; i < labels.length; i++) {
      idx.put(labels[i], i);
    }
    PosFeatures f = new PosFeatures();
    List<StructuredPerceptron.Sequence> seqs = new ArrayList<>();
    for (ConllSentence s : train) {
      String[] w = s.words();
      String[] t = s.column(1);
      int[] gold = new int[t.length];
      for (int i = 0; i < t.length; i++) {
        gold[i] = idx.get(t[i]);
      }
      seqs.add(new StructuredPerceptron.Sequence(f.extract(w, 0, w.length), gold));
    }
    LinearChain chain = new StructuredPerceptron(labels, null, null, null).train(seqs, epochs, 1, seed, log,
        (e, m) -> log.accept(String.format(java.util.Locale.ROOT, "  dev accuracy after epoch %d: %.2f", e,
            accuracy(new PosTagger(m), dev))));
    double acc = accuracy(new PosTagger(chain), dev);
    ObjectNode m = new ObjectMapper().createObjectNode();
    m.put("name", "dossier-pos-conll2003");
    m.put("description", "First-order averaged structured perceptron over the Penn Treebank tags of the "
        + "CoNLL-2003 POS column (itself automatic, from a memory-based tagger); see docs/ner.md");
    m.put("created", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    m.put("codeVersion", commit == null ? "unknown" : commit);
    m.putArray("training").addObject().put("path", trainFile.toString()).put("sha256", NerModel.sha256(trainFile));
    m.putObject("parameters").put("epochs", epochs).put("seed", seed).put("minCount", 1);
    m.putObject("dev").put("path", devFile.toString()).put("sha256", NerModel.sha256(devFile))
        .put("tokenAccuracy", Math.round(acc * 100) / 100.0);
    PosModel.save(out, chain, m);
    return acc;
  }

  /** The sentences of {@code docs}, each checked to have a POS column. */
  public static List<ConllSentence> sentences(List<ConllDocument> docs) {
    List<ConllSentence> out = new ArrayList<>();
    for (ConllDocument d : docs) {
      for (ConllSentence s : d.sentences()) {
        if (s.rows().get(0).length < 3) {
          throw new IllegalArgumentException("line " + s.line() + ": expected token, POS tag, ... columns");
        }
        out.add(s);
      }
    }
    return out;
  }

  /** Token accuracy (percent) of {@code tagger} against the POS column of {@code sentences}. */
  public static double accuracy(PosTagger tagger, List<ConllSentence> sentences) {
    long ok = 0;
    long all = 0;
    for (ConllSentence s : sentences) {
      String[] w = s.words();
      String[] gold = s.column(1);
      String[] pred = tagger.tag(w, 0, w.length);
      for (int i = 0; i < w.length; i++) {
        ok += gold[i].equals(pred[i]) ? 1 : 0;
        all++;
      }
    }
    return 100.0 * ok / Math.max(1, all);
  }
}
