package dev.dossier.cli;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.store.Ingestor;
import java.io.PrintWriter;

/**
 * What the storing commands ({@code ingest}, {@code load}, {@code demo}) show while they store: the
 * progress line, and each failed article or input as {@code LOCATOR: MESSAGE} on standard error,
 * with its stack trace when {@code debug}.
 */
final class ConsoleListener implements Ingestor.Listener {

  private final Progress progress;
  private final PrintWriter err;
  private final boolean debug;

  ConsoleListener(Progress progress, PrintWriter err, boolean debug) {
    this.progress = progress;
    this.err = err;
    this.debug = debug;
  }

  @Override
  public void progress(Ingestor.Stats stats) {
    progress.update(stats);
  }

  @Override
  public void problem(String locator, String message, Throwable cause) {
    progress.clear();
    err.println(locator + ": " + message);
    if (debug && cause != null) {
      cause.printStackTrace(err);
    }
    err.flush();
  }

  /** The analyser of an ingest whose articles all come analysed: reaching it is a bug. */
  static Analysis notAnalyzed(Article a) {
    throw new IllegalStateException("article " + a.id() + " arrived without its analysis");
  }
}
