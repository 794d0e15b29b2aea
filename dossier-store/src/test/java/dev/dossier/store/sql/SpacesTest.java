package dev.dossier.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpacesTest {

  @Test
  void collapsesEveryRunOfWhitespaceAsTheRegularExpressionDoes() {
    assertThat(Spaces.collapse("a  b\t\n c\r\nd")).isEqualTo("a b c d");
    // a no-break space and an em space are no \s: they stay
    assertThat(Spaces.collapse("a\u00a0 b\u2003c")).isEqualTo("a\u00a0 b\u2003c");
    String alphabet = "ab. \t\n\r\f\u000b\u00a0\u2003é";
    Random random = new Random(7);
    for (int k = 0; k < 2000; k++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      String expected = s.replaceAll("\\s+", " ");
      assertThat(Spaces.collapse(s)).as("'%s'", s).isEqualTo(expected);
      int limit = random.nextInt(30);
      assertThat(Spaces.collapse(s, limit)).as("'%s' limited to %d", s, limit)
          .isEqualTo(expected.substring(0, Math.min(limit, expected.length())));
    }
  }
}
