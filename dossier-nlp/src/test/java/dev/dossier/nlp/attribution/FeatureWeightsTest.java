package dev.dossier.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureWeightsTest {

  @Test
  void givesEachNameItsWeightAndZeroToOthers() {
    Map<String, Double> w = new HashMap<>();
    Random r = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      w.put("l|w+1=word" + i + "|" + (i % 13), r.nextGaussian());
    }
    w.put("bias", -0.0);
    FeatureWeights table = new FeatureWeights(w);
    for (Map.Entry<String, Double> e : w.entrySet()) {
      assertEquals(e.getValue(), table.get(new String(e.getKey())), e.getKey());
    }
    for (int i = 5_000; i < 10_000; i++) {
      assertEquals(0.0, table.get("l|w+1=word" + i + "|" + (i % 13)));
    }
    assertEquals(0.0, table.get(""));
  }

  @Test
  void namesOfTheSameHashCodeKeepTheirOwnWeights() {
    // "Aa" and "BB" have the same String.hashCode, and so have all their concatenations
    FeatureWeights table = new FeatureWeights(Map.of("Aa", 1.5, "BB", -2.0, "AaBB", 3.0));
    assertEquals(1.5, table.get("Aa"));
    assertEquals(-2.0, table.get("BB"));
    assertEquals(3.0, table.get("AaBB"));
    assertEquals(0.0, table.get("BBAa"));
    assertEquals(0.0, table.get("BBBB"));
  }

  @Test
  void anEmptyTableWeighsNothing() {
    assertEquals(0.0, new FeatureWeights(Map.of()).get("bias"));
  }
}
