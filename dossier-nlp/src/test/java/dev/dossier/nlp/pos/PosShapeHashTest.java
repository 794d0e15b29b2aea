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
      assertThat(PosFeatures.shapeHash(w)).as(w).isEqualTo(Hashing.hash(shape(w)));
    }
  }

  /** Xxxx-style shape with repeated classes collapsed, at most 8 long: what {@link PosFeatures#shapeHash} hashes. */
  private static String shape(String w) {
    StringBuilder sb = new StringBuilder(8);
    char prev = 0;
    for (int i = 0; i < w.length() && sb.length() < 8; i++) {
      char c = w.charAt(i);
      char m = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (m != prev) {
        sb.append(m);
      }
      prev = m;
    }
    return sb.toString();
  }
}
