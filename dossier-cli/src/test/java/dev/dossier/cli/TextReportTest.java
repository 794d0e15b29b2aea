package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextReportTest {

  @Test
  void quotesOnOneLineAndCutLongTextsWholeCharactersOnly() {
    assertThat(TextReport.quote("two\n  lines ")).isEqualTo("\"two lines\"");
    String text = "x".repeat(88) + "\uD83D\uDE00" + "tail"; // an emoji whose two chars straddle the cut
    String q = TextReport.quote(text);
    assertThat(q).endsWith("…\"").hasSizeLessThanOrEqualTo(92);
    assertThat(q.substring(1, q.length() - 2)).isEqualTo("x".repeat(88));
    assertThat(TextReport.quote("y".repeat(90))).isEqualTo("\"" + "y".repeat(90) + "\"");
  }

  @Test
  void numbersAreWrittenWithoutATrailingZero() {
    assertThat(TextReport.number(76.0)).isEqualTo("76");
    assertThat(TextReport.number(3.1)).isEqualTo("3.1");
    assertThat(TextReport.number(1.5e9)).isEqualTo("1500000000");
  }
}
