package dev.dossier.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerModelTest {

  @TempDir
  Path dir;

  private void copyShipped() throws IOException {
    for (String f : new String[] {NerModel.MODEL_FILE, NerModel.CLUSTERS_FILE, NerModel.MANIFEST_FILE}) {
      try (InputStream in = NerModel.class.getResourceAsStream(NerModel.RESOURCE_DIR + f)) {
        Files.write(dir.resolve(f), in.readAllBytes());
      }
    }
  }

  @Test
  void shippedModelHasAManifestThatMatches() throws IOException {
    copyShipped();
    NerModel m = NerModel.load(dir);
    assertThat(m.manifest().path("featureVersion").asText()).isEqualTo(NerFeatures.VERSION);
    assertThat(m.manifest().path("training").get(0).path("sha256").asText()).hasSize(64);
    assertThat(m.manifest().path("dev").path("overall").path("f1").asDouble()).isGreaterThan(80);
    assertThat(Files.size(dir.resolve(NerModel.MODEL_FILE))).isLessThan(20L << 20);
  }

  @Test
  void rejectsAModelOfAnotherFeatureVersion() throws IOException {
    copyShipped();
    Path mf = dir.resolve(NerModel.MANIFEST_FILE);
    Files.writeString(mf, Files.readString(mf).replace(NerFeatures.VERSION, "ner-features-0"));
    assertThatThrownBy(() -> NerModel.load(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining("ner-features-0").hasMessageContaining("retrain");
  }

  @Test
  void rejectsAModelFileThatDoesNotMatchItsChecksum() throws IOException {
    copyShipped();
    byte[] b = Files.readAllBytes(dir.resolve(NerModel.MODEL_FILE));
    b[b.length / 2] ^= 1;
    Files.write(dir.resolve(NerModel.MODEL_FILE), b);
    assertThatThrownBy(() -> NerModel.load(dir)).hasMessageContaining(NerModel.MODEL_FILE)
        .hasMessageContaining("SHA-256");
  }
}
