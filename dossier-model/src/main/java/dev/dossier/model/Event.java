package dev.dossier.model;

import java.util.Objects;

/**
 * Who did what to whom, coded with CAMEO.
 *
 * @param start first code unit of the clause that states it
 * @param end one past its last code unit
 * @param trigger the words of the action ("visit", "press")
 * @param action a short normalised description ("visit", "make statement")
 * @param cameoCode CAMEO event code ("042"), or null
 * @param cameoRoot CAMEO root code ("04"), or null
 * @param actor who acts, or null
 * @param target whom it is done to, or null
 * @param place where, or null
 * @param placeEntity index in the entities layer of the place, or null
 * @param time index in the times layer of when, or null
 * @param modality happened, expected, possible...
 * @param hedge the hedge or modal words ("may", "is expected to"), or null
 * @param confidence confidence in [0, 1]
 * @param stage the stage that produced it
 */
public record Event(
    int start,
    int end,
    Extent trigger,
    String action,
    String cameoCode,
    String cameoRoot,
    Actor actor,
    Actor target,
    Extent place,
    Integer placeEntity,
    Integer time,
    Modality modality,
    Extent hedge,
    double confidence,
    String stage)
    implements Span {
  public Event {
    Span.check(start, end);
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(stage, "stage");
  }
}
