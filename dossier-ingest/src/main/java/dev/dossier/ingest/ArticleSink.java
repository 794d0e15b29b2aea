package dev.dossier.ingest;

import dev.dossier.model.Article;

/** Receives what readers produce. Called on the reading thread, in input order. */
public interface ArticleSink {

  /** One article read successfully. */
  void article(Article article);

  /** A problem with an input or a record; reading goes on with the rest. */
  void problem(IngestProblem problem);

  /**
   * A file of a directory that was not read because it is plainly not an article ({@link
   * NotArticles}: documentation, a list of files). Ignored by default.
   *
   * @param file the file, as the walk found it
   * @param reason why: "documentation", "a list of files"
   */
  default void skipped(String file, String reason) {}
}
