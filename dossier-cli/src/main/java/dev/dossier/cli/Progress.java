package dev.dossier.cli;

import dev.dossier.store.Ingestor;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress line on standard error: redrawn in place on a terminal, printed every ten seconds
 * otherwise. Thread-safe.
 */
final class Progress {

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private long lastDraw;
  private int lastLength;

  Progress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
    this.terminal = System.console() != null;
  }

  synchronized void update(Ingestor.Stats s) {
    if (quiet) {
      return;
    }
    long now = System.nanoTime();
    long every = terminal ? 200_000_000L : 10_000_000_000L;
    if (now - lastDraw < every) {
      return;
    }
    lastDraw = now;
    String line = line(s);
    if (terminal) {
      err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
      lastLength = line.length();
    } else {
      err.println(line);
    }
    err.flush();
  }

  /** Clears the line before other output on a terminal. */
  synchronized void clear() {
    if (terminal && lastLength > 0) {
      err.print("\r" + " ".repeat(lastLength) + "\r");
      err.flush();
      lastLength = 0;
    }
  }

  static String line(Ingestor.Stats s) {
    int width = 24;
    long done = s.stored() + s.skipped() + s.failed();
    int filled = s.read() == 0 ? 0 : (int) Math.min(width, width * done / Math.max(1, s.read()));
    return String.format(Locale.ROOT, "[%s%s] %,d read, %,d stored, %,d already stored, %,d errors, %.0f articles/s",
        "#".repeat(filled), "-".repeat(width - filled), s.read(), s.stored(), s.skipped(), s.failed(), s.perSecond());
  }
}
