package dev.dossier.nlp.time;

/** Calendar and clock units, with how TIMEX3 writes a duration of them. */
enum Unit {
  SECOND("S", true, 1),
  MINUTE("M", true, 1),
  HOUR("H", true, 1),
  DAY("D", false, 1),
  WEEK("W", false, 1),
  MONTH("M", false, 1),
  QUARTER("Q", false, 1),
  YEAR("Y", false, 1),
  DECADE("Y", false, 10),
  CENTURY("Y", false, 100),
  MILLENNIUM("Y", false, 1000);

  /** The ISO 8601 designator of a duration in this unit. */
  final String designator;
  /** Whether the designator belongs after the {@code T} of a duration. */
  final boolean clock;
  /** How many designator units one of this unit is (a decade is 10 Y). */
  final int factor;

  Unit(String designator, boolean clock, int factor) {
    this.designator = designator;
    this.clock = clock;
    this.factor = factor;
  }

  /** The next smaller unit a fraction of this unit is written in (half a year is 6 months). */
  Unit smaller() {
    return switch (this) {
      case MINUTE -> SECOND;
      case HOUR -> MINUTE;
      case DAY -> HOUR;
      case WEEK -> DAY;
      case MONTH -> DAY;
      case QUARTER, YEAR -> MONTH;
      case DECADE, CENTURY, MILLENNIUM -> YEAR;
      default -> null;
    };
  }

  /** How many {@link #smaller()} units make one of this unit. */
  int inSmaller() {
    return switch (this) {
      case MINUTE, HOUR -> 60;
      case DAY -> 24;
      case WEEK -> 7;
      case MONTH -> 30;
      case QUARTER -> 3;
      case YEAR -> 12;
      case DECADE -> 10;
      case CENTURY -> 100;
      case MILLENNIUM -> 1000;
      default -> 1;
    };
  }
}
