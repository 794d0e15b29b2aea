package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.nlp.ner.NerModel;
import dev.dossier.nlp.pos.PosModel;
import dev.dossier.nlp.train.FeatureIndex;
import dev.dossier.nlp.train.LinearChain;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier train prune} on a four-feature tagger written for this test. */
class PruneCommandTest extends CliTest {

  /** Largest weight 8; feature 2's weights are all below 0.008 (eps 0.001), the others are not. */
  private static Path model(Path dir) throws Exception {
    long[] keys = {1, 2, 3, 4};
    float[] w = {8f, -1f, 0f, 0.003f, -0.002f, 0f, 0.5f, 0f, 0f, 0f, 0f, -0.3f};
    float[] trans = new float[9];
    LinearChain chain = new LinearChain(new String[] {"NN", "VB", "DT"}, new FeatureIndex(keys), w, trans,
        new float[3], new float[3]);
    PosModel.save(dir, chain, new ObjectMapper().createObjectNode().put("name", "test-pos"));
    return dir;
  }

  @Test
  void writesTheModelWithoutItsNearZeroFeaturesAndAPrunedBlock(@TempDir Path tmp) throws Exception {
    Path from = model(tmp.resolve("from"));
    String sourceSha = NerModel.sha256(from.resolve(PosModel.MODEL_FILE));
    Path out = tmp.resolve("out");
    assertThat(run("train", "prune", "--model", "pos", "--from", from.toString(), "--eps", "0.001", "--out",
        out.toString(), "--dev-score", "tokenAccuracy=90.5", "--dev-scorer", "a test")).isZero();

    assertThat(PosModel.load(from).tagger().model().featureCount()).isEqualTo(4);
    assertThat(PosModel.load(out).tagger().model().featureCount()).isEqualTo(3);
    JsonNode m = new ObjectMapper().readTree(Files.readString(out.resolve(PosModel.MANIFEST_FILE)));
    assertThat(m.path("name").asText()).isEqualTo("test-pos");
    JsonNode p = m.path("pruned");
    assertThat(p.path("source").path("sha256").asText()).isEqualTo(sourceSha);
    assertThat(p.path("source").path("features").toString()).isEqualTo("[4]");
    assertThat(p.path("features").toString()).isEqualTo("[3]");
    assertThat(p.path("eps").toString()).isEqualTo("[0.001]");
    assertThat(p.path("dev").path("tokenAccuracy").asDouble()).isEqualTo(90.5);
    assertThat(p.path("dev").path("scorer").asText()).isEqualTo("a test");

    // pruning the pruned model again with the same eps: the same file, still naming the trained model
    Path again = tmp.resolve("again");
    assertThat(run("train", "prune", "--model", "pos", "--from", out.toString(), "--eps", "0.001", "--out",
        again.toString())).isZero();
    assertThat(Files.readAllBytes(again.resolve(PosModel.MODEL_FILE)))
        .isEqualTo(Files.readAllBytes(out.resolve(PosModel.MODEL_FILE)));
    JsonNode m2 = new ObjectMapper().readTree(Files.readString(again.resolve(PosModel.MANIFEST_FILE)));
    assertThat(m2.path("pruned").path("source").path("sha256").asText()).isEqualTo(sourceSha);

    // again with a smaller eps: what the first pruning dropped stays dropped, and the manifest says so
    Path smaller = tmp.resolve("smaller");
    assertThat(run("train", "prune", "--model", "pos", "--from", out.toString(), "--eps", "0.0001", "--out",
        smaller.toString())).isZero();
    assertThat(PosModel.load(smaller).tagger().model().featureCount()).isEqualTo(3);
    JsonNode m3 = new ObjectMapper().readTree(Files.readString(smaller.resolve(PosModel.MANIFEST_FILE)));
    assertThat(m3.path("pruned").path("eps").toString()).isEqualTo("[0.001]");
  }

  @Test
  void epsZeroRewritesTheModelByteForByte(@TempDir Path tmp) throws Exception {
    Path from = model(tmp.resolve("from"));
    Path out = tmp.resolve("out");
    assertThat(run("train", "prune", "--model", "pos", "--from", from.toString(), "--eps", "0", "--out",
        out.toString())).isZero();
    assertThat(Files.readAllBytes(out.resolve(PosModel.MODEL_FILE)))
        .isEqualTo(Files.readAllBytes(from.resolve(PosModel.MODEL_FILE)));
  }

  @Test
  void refusesMoreThanTwoEps(@TempDir Path tmp) throws Exception {
    Path from = model(tmp.resolve("from"));
    assertThat(run("train", "prune", "--model", "pos", "--from", from.toString(), "--eps", "0.1,0.2,0.3", "--out",
        tmp.resolve("out").toString())).isNotZero();
    assertThat(tmp.resolve("out")).doesNotExist();
  }
}
