package dev.dossier.nlp.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KbDatesTest {

  @Test
  void firstAndLastDaysOfEachPrecisionStayTheSameWhenAskedAgain() {
    for (int round = 0; round < 3; round++) {
      assertThat(KbDates.first("2031-02")).isEqualTo(LocalDate.of(2031, 2, 1));
      assertThat(KbDates.last("2031-02")).isEqualTo(LocalDate.of(2031, 2, 28));
      assertThat(KbDates.first("2032")).isEqualTo(LocalDate.of(2032, 1, 1));
      assertThat(KbDates.last("2032")).isEqualTo(LocalDate.of(2032, 12, 31));
      assertThat(KbDates.first("2032-02-29")).isEqualTo(LocalDate.of(2032, 2, 29));
      assertThat(KbDates.last("2032-02-29")).isEqualTo(LocalDate.of(2032, 2, 29));
      assertThat(KbDates.first(null)).isNull();
      assertThat(KbDates.last(null)).isNull();
    }
  }

  @Test
  void aBadDateIsRefusedEveryTime() {
    for (int round = 0; round < 2; round++) {
      assertThatThrownBy(() -> KbDates.first("2031-02-30")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'2031-02-30'");
      assertThatThrownBy(() -> KbDates.last("spring")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'spring'");
      assertThat(KbDates.valid("2031-13")).isFalse();
    }
  }
}
