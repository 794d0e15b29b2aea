package dev.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Something the article says is coming: a scheduled event, a deadline, an expected action, a
 * possible outcome.
 *
 * @param start first code unit of the statement
 * @param end one past its last code unit
 * @param what what is expected, as written ("budget deadline", "the scheduled October 2026 vote")
 * @param kind "scheduled", "deadline", "expected action" or "possible outcome"
 * @param due normalised due date or range (TIMEX3 value, e.g. "2026-03"), or null
 * @param time index in the times layer of the due date, or null
 * @param condition under what condition ("if negotiations fail"), or null
 * @param consequence what follows ("could collapse the government"), or null
 * @param expectedBy who expects it, or null when the article itself says so
 * @param hedge hedge words ("increasingly possible", "may"), or null
 * @param modality expected, possible, conditional...
 * @param event index in the events layer of the expected event, or null
 * @param stage the stage that produced it
 * @param head the normalised head of what is expected ("election" for "the scheduled October
 *     2026 vote", "budget deadline", "Phase 2"), or null
 * @param outcome the normalised consequence ("government collapse" for "collapse the
 *     government"), or null
 * @param content what the expected item would include or consist of ("further Israeli
 *     withdrawals and discussions over postwar governance in Gaza"), or null
 * @param includes the items of the content, normalised ("further withdrawals", "postwar
 *     governance"); never null, empty when there is no content
 */
public record Expectation(
    int start,
    int end,
    Extent what,
    String kind,
    String due,
    Integer time,
    Extent condition,
    Extent consequence,
    Actor expectedBy,
    Extent hedge,
    Modality modality,
    Integer event,
    String stage,
    String head,
    String outcome,
    Extent content,
    List<String> includes)
    implements Span {
  public Expectation {
    Span.check(start, end);
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(stage, "stage");
    includes = includes == null ? List.of() : List.copyOf(includes);
  }

  /** An expectation without a normalised head, outcome or content. */
  public Expectation(int start, int end, Extent what, String kind, String due, Integer time, Extent condition,
      Extent consequence, Actor expectedBy, Extent hedge, Modality modality, Integer event, String stage) {
    this(start, end, what, kind, due, time, condition, consequence, expectedBy, hedge, modality, event, stage,
        null, null, null, List.of());
  }
}
