package dev.dossier.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.nlp.train.Hashing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape features are hashed without building the shape: the keys must not change. */
class ShapeHashTest {

  static final List<String> WORDS = List.of("", "a", "Netanyahu", "U.S.", "McDonald's", "1,250.5",
      "COVID-19", "aaaaaaaaaaaaaaaaaaaa", "XXXXxxxxDDDD1234", "Ärzte", "naïve", "\u201c", "--", "2026-01-05T10:00",
      "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "x1y2z3a4b5c6d7e8");

  @Test
  void nerShapeHashIsTheHashOfTheShape() {
    for (String w : WORDS) {
      assertThat(NerFeatures.shapeHash(w, false)).as(w).isEqualTo(Hashing.hash(NerFeatures.shape(w, false)));
      assertThat(NerFeatures.shapeHash(w, true)).as(w).isEqualTo(Hashing.hash(NerFeatures.shape(w, true)));
    }
  }

  @Test
  void stepsHashLikeTheString() {
    long h = Hashing.FNV_START;
    for (char c : "Xx.d".toCharArray()) {
      h = Hashing.step(h, c);
    }
    assertThat(Hashing.mix(h)).isEqualTo(Hashing.hash("Xx.d"));
  }
}
