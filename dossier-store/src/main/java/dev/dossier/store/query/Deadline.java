package dev.dossier.store.query;

import dev.dossier.store.ArticleSummary;
import java.time.LocalDate;

/**
 * An expectation tracked across articles.
 *
 * @param id public id {@code ARTICLE_ID:xN} (expectation N of the article)
 * @param status upcoming, overdue, resolved or undated, relative to the query's today
 * @param what what is expected
 * @param kind "scheduled", "deadline", "expected action", "possible outcome", or null
 * @param due the due value as normalised (TIMEX3), or null
 * @param dueFrom first day of the due period, or null
 * @param dueTo last day of the due period, or null
 * @param condition under what condition, or null
 * @param consequence what follows, or null
 * @param expectedBy who expects it, or null
 * @param article the article that reports the expectation
 * @param resolvedBy the later article that reports it done, or null
 * @param resolution the words of the resolving article, or null
 * @param head the normalised head of what is expected ("election", "budget deadline"), or null
 * @param outcome the normalised consequence ("government collapse"), or null
 * @param modality expected, possible or conditional (the {@link dev.dossier.model.Modality} name),
 *     or null
 * @param hedge the hedge words ("increasingly possible", "could"), or null
 */
public record Deadline(
    String id, Status status, String what, String kind, String due, LocalDate dueFrom, LocalDate dueTo,
    String condition, String consequence, String expectedBy, ArticleSummary article,
    ArticleSummary resolvedBy, String resolution, String head, String outcome, String modality, String hedge) {

  /** The head when the stage gave one, else what is expected as written. */
  public String label() {
    return head != null ? head : what;
  }

  /** Where an expectation stands. */
  public enum Status {
    /** Due today or later, not resolved. */
    UPCOMING,
    /** Due before today, not resolved. */
    OVERDUE,
    /** A later article reports it happened. */
    RESOLVED,
    /** No due date, not resolved. */
    UNDATED
  }
}
