package dev.dossier.model;

import java.util.Objects;

/**
 * A time expression normalised TimeML-style and anchored on the publication date.
 *
 * @param start first code unit
 * @param end one past its last code unit
 * @param text the covered text
 * @param type TIMEX3 type
 * @param value TIMEX3 value: {@code 2026-03}, {@code 2026-W01}, {@code 2025-Q3}, {@code P2Y},
 *     {@code PRESENT_REF}, {@code XXXX-10}; for a range, {@code begin..end} ({@code 2019..2021})
 * @param rangeBegin for a range, the value of its beginning; otherwise null
 * @param rangeEnd for a range, the value of its end; otherwise null
 * @param mod TIMEX3 mod (START, MID, END, APPROX, BEFORE, AFTER...), or null
 * @param relation past, present or future relative to the publication date
 * @param stage the stage that produced it
 * @param rangeBeginSpan for a range, where its beginning is written ("2019" in "between 2019 and
 *     2021"); otherwise null
 * @param rangeEndSpan for a range, where its end is written; otherwise null
 * @param anchor the date or time the value was computed from when the expression is relative:
 *     the publication date for "this week", the time last mentioned for "a year earlier"; null for
 *     absolute expressions ("Oct. 7, 2023") and when there was nothing to anchor on
 */
public record TimeExpression(
    int start,
    int end,
    String text,
    TimeType type,
    String value,
    String rangeBegin,
    String rangeEnd,
    String mod,
    TimeRelation relation,
    String stage,
    Extent rangeBeginSpan,
    Extent rangeEndSpan,
    String anchor)
    implements Span {
  public TimeExpression {
    Span.check(start, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(stage, "stage");
    if ((rangeBegin == null) != (rangeEnd == null)) {
      throw new IllegalArgumentException(
          "a range needs both rangeBegin and rangeEnd, got " + rangeBegin + " and " + rangeEnd);
    }
  }

  /** A time that is not a range. */
  public TimeExpression(int start, int end, String text, TimeType type, String value, String mod,
      TimeRelation relation, String stage, String anchor) {
    this(start, end, text, type, value, null, null, mod, relation, stage, null, null, anchor);
  }
}
