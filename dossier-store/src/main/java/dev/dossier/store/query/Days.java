package dev.dossier.store.query;

import java.time.LocalDate;

/** How listings write a span of publication days. */
public final class Days {

  private Days() {}

  /** "2026-01-05 to 2026-03-02", "2026-01-05" for one day, "undated" when no article has a date. */
  public static String span(LocalDate first, LocalDate last) {
    if (first == null && last == null) {
      return "undated";
    }
    if (first == null || last == null || first.equals(last)) {
      return String.valueOf(first == null ? last : first);
    }
    return first + " to " + last;
  }

  /** The day, or "undated". */
  public static String of(LocalDate day) {
    return day == null ? "undated" : day.toString();
  }
}
