package dev.dossier.nlp.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.nlp.ner.NerModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every shipped model file has the SHA-256 its manifest names. The shipped models are not checked
 * at each start ({@link ModelFiles#verifies}): this test is their check, in every build.
 */
class ShippedModelChecksumsTest {

  private static final String[] MANIFESTS = {
      "/dev/dossier/nlp/attribution/manifest.json",
      "/dev/dossier/nlp/attribution/cue-filter.manifest.json",
      "/dev/dossier/nlp/pos/manifest.json",
      "/dev/dossier/nlp/ner/manifest.json"};

  @Test
  void everyShippedModelFileMatchesItsManifest() throws IOException {
    List<String> checked = new ArrayList<>();
    for (String manifest : MANIFESTS) {
      String dir = manifest.substring(0, manifest.lastIndexOf('/') + 1);
      JsonNode m = new ObjectMapper().readTree(bytes(manifest));
      Iterator<Map.Entry<String, JsonNode>> files = m.path("files").fields();
      assertThat(files.hasNext()).as("files listed in %s", manifest).isTrue();
      while (files.hasNext()) {
        Map.Entry<String, JsonNode> f = files.next();
        assertThat(NerModel.sha256(bytes(dir + f.getKey()))).as("SHA-256 of %s%s", dir, f.getKey())
            .isEqualTo(f.getValue().asText());
        checked.add(f.getKey());
      }
    }
    assertThat(checked).contains("attribution.model.gz", "cue-filter.model.gz", "pos.model.gz", "ner.model.gz",
        "clusters.tsv.gz");
  }

  @Test
  void onlyModelsOutsideTheClassPathAreCheckedAtLoad() {
    assertThat(ModelFiles.verifies(ModelFiles.SHIPPED_PREFIX + "/dev/dossier/nlp/pos/")).isFalse();
    assertThat(ModelFiles.verifies("/home/me/models/pos")).isTrue();
  }

  private static byte[] bytes(String resource) throws IOException {
    try (InputStream in = ShippedModelChecksumsTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return in.readAllBytes();
    }
  }
}
