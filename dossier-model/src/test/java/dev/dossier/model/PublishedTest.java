package dev.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedTest {
  @Test
  void parsesEachPrecision() {
    assertThat(Published.parse("2025")).isEqualTo(new Published("2025", Published.Precision.YEAR));
    assertThat(Published.parse("2025-12").precision()).isEqualTo(Published.Precision.MONTH);
    assertThat(Published.parse("2025-12-29").anchorDate()).isEqualTo(LocalDate.of(2025, 12, 29));
    Published p = Published.parse("2025-12-29T23:30:00-05:00");
    assertThat(p.precision()).isEqualTo(Published.Precision.INSTANT);
    assertThat(p.anchorDate()).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(Published.parse("Mon, 29 Dec 2025 10:00:00 GMT").anchorDate())
        .isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(Published.parse("2025-12-29 10:00:00").value()).isEqualTo("2025-12-29T10:00:00Z");
  }

  @Test
  void eachValueKeepsItsOwnAnchorDateWhenAskedInTurns() {
    Published day = Published.parse("2031-03-04");
    Published sameDay = Published.parse("2031-03-04");
    Published instant = Published.parse("2031-03-05T01:00:00+09:00");
    Published month = Published.parse("2031-07");
    for (int round = 0; round < 3; round++) {
      assertThat(day.anchorDate()).isEqualTo(LocalDate.of(2031, 3, 4));
      assertThat(instant.anchorDate()).isEqualTo(LocalDate.of(2031, 3, 5));
      assertThat(instant.anchorDate()).isEqualTo(LocalDate.of(2031, 3, 5));
      assertThat(month.anchorDate()).isEqualTo(LocalDate.of(2031, 7, 1));
      assertThat(sameDay.anchorDate()).isEqualTo(LocalDate.of(2031, 3, 4));
      assertThat(new Published("2031", Published.Precision.YEAR).anchorDate()).isEqualTo(LocalDate.of(2031, 1, 1));
      assertThatThrownBy(() -> new Published("2031-02-30", Published.Precision.DAY).anchorDate())
          .isInstanceOf(java.time.format.DateTimeParseException.class);
    }
  }

  @Test
  void namesTheBadValue() {
    assertThatThrownBy(() -> Published.parse("yesterday"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'yesterday'");
  }
}
