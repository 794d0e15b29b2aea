package dev.dossier.model;

import java.util.Objects;

/**
 * Something the article says is coming: a scheduled event, a deadline, an expected action, a
 * possible outcome.
 *
 * @param start first code unit of the statement
 * @param end one past its last code unit
 * @param what what is expected ("budget deadline", "the scheduled October 2026 vote")
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
    String stage)
    implements Span {
  public Expectation {
    Span.check(start, end);
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(stage, "stage");
  }
}
