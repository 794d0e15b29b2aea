package dev.dossier.store.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DuePeriodTest {

  private static final LocalDate ANCHOR = LocalDate.of(2025, 12, 29);

  private static DuePeriod p(String v) {
    return DuePeriod.parse(v, ANCHOR);
  }

  private static DuePeriod of(String from, String to) {
    return new DuePeriod(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void placesCalendarValues() {
    assertThat(p("2026-03-15")).isEqualTo(of("2026-03-15", "2026-03-15"));
    assertThat(p("2026-03-15T10:00")).isEqualTo(of("2026-03-15", "2026-03-15"));
    assertThat(p("2026-02")).isEqualTo(of("2026-02-01", "2026-02-28"));
    assertThat(p("2026")).isEqualTo(of("2026-01-01", "2026-12-31"));
    assertThat(p("202X")).isEqualTo(of("2020-01-01", "2029-12-31"));
    assertThat(p("2026-W01")).isEqualTo(of("2025-12-29", "2026-01-04"));
    assertThat(p("2026-W01-WE")).isEqualTo(of("2026-01-03", "2026-01-04"));
    assertThat(p("2026-Q1")).isEqualTo(of("2026-01-01", "2026-03-31"));
    assertThat(p("2026-H2")).isEqualTo(of("2026-07-01", "2026-12-31"));
    assertThat(p("2026-SU").from()).isEqualTo(LocalDate.of(2026, 6, 21));
  }

  @Test
  void placesRelativeValuesOnTheAnchor() {
    assertThat(p("XXXX-10")).isEqualTo(of("2026-10-01", "2026-10-31"));
    assertThat(p("XXXX-12-31")).isEqualTo(of("2025-12-31", "2025-12-31"));
    assertThat(p("P2Y")).isEqualTo(of("2025-12-29", "2027-12-29"));
    assertThat(p("PRESENT_REF")).isEqualTo(of("2025-12-29", "2025-12-29"));
    assertThat(DuePeriod.parse("XXXX-10", null)).isNull();
  }

  @Test
  void joinsRangesAndRejectsTheRest() {
    assertThat(p("2019..2021")).isEqualTo(of("2019-01-01", "2021-12-31"));
    assertThat(p("2026-03..2026-04")).isEqualTo(of("2026-03-01", "2026-04-30"));
    assertThat(p("FUTURE_REF")).isNull();
    assertThat(p("2026-13")).isNull();
    assertThat(p("")).isNull();
    assertThat(p(null)).isNull();
    assertThat(p("soon")).isNull();
  }
}
