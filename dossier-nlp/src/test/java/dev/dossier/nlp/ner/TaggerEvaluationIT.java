package dev.dossier.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.nlp.eval.ConllReader;
import dev.dossier.nlp.eval.SpanScore;
import dev.dossier.nlp.pos.PosModel;
import dev.dossier.nlp.pos.PosTrainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The shipped NER and POS models on CoNLL++ dev score what their manifests record (the manifests'
 * figures are the ones docs/ner.md gives, there checked with the independent
 * {@code ../shared/tools/conll_ner.py}). Fails when a model file and its manifest drift apart, or a
 * feature or decoding change moves accuracy. Skipped when {@code dossier.data} lacks the corpus.
 */
class TaggerEvaluationIT {

  private static final Offset<Double> SAME = Offset.offset(0.005);

  private static Path dev() {
    String d = System.getProperty("dossier.data");
    assumeTrue(d != null, "dossier.data not set");
    Path dev = Path.of(d, "conll2003", "conllpp_dev.txt");
    assumeTrue(Files.isRegularFile(dev), "no corpus at " + dev);
    return dev;
  }

  /**
   * The dev figure the manifest gives for the model file it ships: that of its {@code pruned}
   * block when the model was pruned after training ({@code dossier train prune}), else the
   * trainer's {@code dev} figure.
   */
  static double shippedDevScore(JsonNode manifest, String... path) {
    JsonNode pruned = manifest.path("pruned").path("dev");
    JsonNode n = pruned.isMissingNode() ? manifest.path("dev") : pruned;
    for (String p : path) {
      n = n.path(p);
    }
    assertThat(n.isNumber()).as("manifest figure " + String.join(".", path) + " in " + manifest).isTrue();
    return n.asDouble();
  }

  @Test
  void nerScoresItsManifestFigureOnDev() throws IOException {
    Path dev = dev();
    NerModel model = NerModel.shipped();
    // the trainer's own scorer, the one that wrote the manifest's figure
    SpanScore score = NerTrainer.score(model.tagger(), NerTrainer.examples(ConllReader.read(dev), false));
    System.out.println("NER conllpp_dev\n" + score.table());
    double f1 = score.prf(null)[2];
    assertThat(f1).isCloseTo(shippedDevScore(model.manifest(), "overall", "f1"), SAME);
    assertThat(f1).isGreaterThan(92.5);
  }

  @Test
  void posScoresItsManifestFigureOnDev() throws IOException {
    Path dev = dev();
    PosModel model = PosModel.shipped();
    double accuracy = PosTrainer.accuracy(model.tagger(), PosTrainer.sentences(ConllReader.read(dev)));
    System.out.println("POS conllpp_dev token accuracy " + accuracy);
    assertThat(accuracy).isCloseTo(shippedDevScore(model.manifest(), "tokenAccuracy"), SAME);
    assertThat(accuracy).isGreaterThan(95.0);
  }
}
