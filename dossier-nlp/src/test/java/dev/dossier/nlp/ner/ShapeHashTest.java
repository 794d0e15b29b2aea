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
      assertThat(NerFeatures.shapeHash(w, false)).as(w).isEqualTo(Hashing.hash(shape(w, false)));
      assertThat(NerFeatures.shapeHash(w, true)).as(w).isEqualTo(Hashing.hash(shape(w, true)));
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

  /** Xxxx-style shape; short shapes collapse repeated classes ("Xx"), long ones cap runs at 3: what {@link NerFeatures#shapeHash} hashes. */
  private static String shape(String w, boolean collapse) {
    StringBuilder sb = new StringBuilder(Math.min(w.length(), 12));
    char prev = 0;
    int run = 0;
    for (int i = 0; i < w.length() && sb.length() < 12; i++) {
      char c = w.charAt(i);
      char m = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
          : Character.isLetter(c) ? 'x' : c;
      run = m == prev ? run + 1 : 1;
      prev = m;
      if (collapse ? run == 1 : run <= 3) {
        sb.append(m);
      }
    }
    return sb.toString();
  }
}
