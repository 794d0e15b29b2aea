package dev.dossier.model;

import java.util.Objects;

/**
 * A claim and who it is attributed to.
 *
 * @param start first code unit of the whole relation (source, cue and content together)
 * @param end one past its last code unit
 * @param source who says it ("Axios", "officials close to the prime minister"), or null when
 *     implicit
 * @param sourceEntity index in the entities layer of the resolved source, or null
 * @param sourceKind what kind of source it is
 * @param anonymous whether the source is unnamed
 * @param affiliation for an anonymous source, whatever affiliation the text gives ("Israeli",
 *     "close to the prime minister"), or null
 * @param cue the words of saying ("reported", "according to", "cited by")
 * @param cueLemma normalised cue ("report", "according to")
 * @param content what is attributed
 * @param direct whether the content is a direct quotation
 * @param parent index of the attribution this one is nested in (a claim reported inside another
 *     source's report), or null
 * @param relay who passed the claim on ("the network" in "a Gallup poll cited by the network"),
 *     or null
 * @param relayEntity index in the entities layer of the relay, or null
 * @param confidence confidence in [0, 1]
 * @param stage the stage that produced it
 */
public record Attribution(
    int start,
    int end,
    Extent source,
    Integer sourceEntity,
    SourceKind sourceKind,
    boolean anonymous,
    String affiliation,
    Extent cue,
    String cueLemma,
    Extent content,
    boolean direct,
    Integer parent,
    Extent relay,
    Integer relayEntity,
    double confidence,
    String stage)
    implements Span {
  public Attribution {
    Span.check(start, end);
    Objects.requireNonNull(sourceKind, "sourceKind");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(stage, "stage");
  }
}
