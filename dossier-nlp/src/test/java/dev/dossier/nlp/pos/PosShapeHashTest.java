package dev.dossier.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.nlp.train.Hashing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape feature is hashed without building the shape: the keys must not change. */
class PosShapeHashTest {

  @Test
  void shapeHashIsTheHashOfTheShape() {
    for (String w : List.of("", "a", "Netanyahu", "U.S.", "McDonald's", "1,250.5", "COVID-19", "aaaaaaaaaaaa",
        "XxXxXxXxXxXx", "\u00c4rzte", "na\u00efve", "\u201c", "--", "2026-01-05T10:00", "x1y2z3a4b5c6d7e8")) {
      assertThat(PosFeatures.shapeHash(w)).as(w).isEqualTo(Hashing.hash(PosFeatures.shape(w)));
    }
  }
}
