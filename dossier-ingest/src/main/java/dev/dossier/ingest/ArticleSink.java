package dev.dossier.ingest;

import dev.dossier.model.Article;

/** Receives what readers produce. Called on the reading thread, in input order. */
public interface ArticleSink {

  /** One article read successfully. */
  void article(Article article);

  /** A problem with an input or a record; reading goes on with the rest. */
  void problem(IngestProblem problem);
}
