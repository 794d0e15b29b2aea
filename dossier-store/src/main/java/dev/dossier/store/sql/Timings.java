package dev.dossier.store.sql;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Time summed per named part, for measuring where storage time goes: the CPU time of the thread
 * that did it ({@link #cpu}), which unlike wall time does not grow when other processes compete
 * for the processors. Thread-safe.
 */
public final class Timings {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The current thread's CPU time in nanoseconds (wall time where the JVM cannot tell). */
  public static long cpu() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

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
    parts.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%-20s %8.2f s CPU  %,10d calls%n", k, v[0] / 1e9, v[1])));
    return sb.toString();
  }
}
