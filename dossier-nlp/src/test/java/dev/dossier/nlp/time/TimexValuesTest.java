package dev.dossier.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** TIMEX3 value writing: the zero padding that replaced {@code String.format}. */
class TimexValuesTest {

  @Test
  void paddingAgreesWithFormatOverSignsAndWidths() {
    int[] values = {0, 1, 9, 10, 99, 100, 999, 1000, 2026, 12345, -1, -5, -99, -100, -2026,
        Integer.MAX_VALUE, Integer.MIN_VALUE};
    for (int width = 1; width <= 5; width++) {
      for (int v : values) {
        assertThat(TimexValues.padded(v, width))
            .as("%d at width %d", v, width)
            .isEqualTo(String.format(Locale.ROOT, "%0" + width + "d", v));
      }
    }
  }

  @Test
  void writesDaysMonthsYearsAndWeeks() {
    assertThat(TimexValues.day(LocalDate.of(987, 3, 4))).isEqualTo("0987-03-04");
    assertThat(TimexValues.month(2026, 11)).isEqualTo("2026-11");
    assertThat(TimexValues.year(33)).isEqualTo("0033");
    assertThat(TimexValues.week(LocalDate.of(2025, 12, 29))).isEqualTo("2026-W01");
    assertThat(TimexValues.quarter(2025, 3)).isEqualTo("2025-Q3");
  }
  @Test
  void aDayValueIsItsOwnIntervalWhenLocalDateParseReadsItAndNoneOtherwise() {
    for (String v : new String[] {"2031-03-04", "2032-02-29", "0001-01-01", "2031-02-30", "2031-02-29", "2031-13-01",
        "2031-00-10", "2031-04-31", "2031-04-00", "2031/03/04", "2031-03/04", "2031x03-04", "2031-12-31T10:00"}) {
      LocalDate d;
      try {
        d = LocalDate.parse(v.substring(0, 10));
      } catch (java.time.format.DateTimeParseException e) {
        d = null;
      }
      LocalDate[] got = TimexValues.interval(v);
      if (d == null) {
        assertThat(got).as(v).isNull();
      } else {
        assertThat(got).as(v).containsExactly(d, d);
      }
    }
    assertThat(TimexValues.interval("2031-03-04")).containsExactly(LocalDate.of(2031, 3, 4), LocalDate.of(2031, 3, 4));
  }
}
