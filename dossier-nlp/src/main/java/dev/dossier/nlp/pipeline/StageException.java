package dev.dossier.nlp.pipeline;

import dev.dossier.model.Article;

/** A stage failed on an article. The message names the stage and where the article came from. */
public final class StageException extends RuntimeException {
  private final String stage;

  public StageException(String stage, Article article, Throwable cause) {
    super(article.origin().locator() + ": stage '" + stage + "' failed: " + cause.getMessage(), cause);
    this.stage = stage;
  }

  public String stage() {
    return stage;
  }
}
