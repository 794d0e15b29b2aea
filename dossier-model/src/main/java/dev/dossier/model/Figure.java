package dev.dossier.model;

import java.util.Objects;

/**
 * A number the article gives, with what it measures.
 *
 * @param start first code unit of the number with its unit ("76%")
 * @param end one past its last code unit
 * @param text the covered text
 * @param value the numeric value (76 for "76%", 1.5e9 for "$1.5 billion")
 * @param unit "%", an ISO 4217 currency code, "people", "count", or another unit word
 * @param measure what is measured ("approval"), or null
 * @param of of what ("U.S. leadership"), or null
 * @param among among whom ("Israelis"), or null
 * @param attribution index of the attribution that gives it, or null
 * @param sourceEntity index in the entities layer of who gives it ("Gallup"), or null
 * @param time index in the times layer of when it holds, or null
 * @param comparison comparison words ("compared with just"), or null
 * @param comparedTo index in this layer of the figure it is compared with, or null
 * @param stage the stage that produced it
 */
public record Figure(
    int start,
    int end,
    String text,
    double value,
    String unit,
    Extent measure,
    Extent of,
    Extent among,
    Integer attribution,
    Integer sourceEntity,
    Integer time,
    Extent comparison,
    Integer comparedTo,
    String stage)
    implements Span {
  public Figure {
    Span.check(start, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(stage, "stage");
  }
}
