package dev.dossier.store.sql;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Wall time summed per named part, for measuring where storage time goes. Thread-safe. */
public final class Timings {
  private final Map<String, long[]> parts = new LinkedHashMap<>();

  public synchronized void add(String part, long nanos) {
    long[] v = parts.computeIfAbsent(part, k -> new long[2]);
    v[0] += nanos;
    v[1]++;
  }

  /** One line per part: total seconds and calls. */
  @Override
  public synchronized String toString() {
    StringBuilder sb = new StringBuilder();
    parts.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%-20s %8.2f s  %,10d calls%n", k, v[0] / 1e9, v[1])));
    return sb.toString();
  }
}
