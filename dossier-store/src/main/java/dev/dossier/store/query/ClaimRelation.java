package dev.dossier.store.query;

/**
 * How another claim relates to a claim.
 *
 * @param other the other claim
 * @param relation what the relation is
 * @param score similarity of the two contents in [0, 1]
 * @param why a short explanation for a person ("same figure 48 % from an independent source",
 *     "values differ: 48 % vs 41 %", "near-duplicate article")
 */
public record ClaimRelation(ClaimView other, Relation relation, double score, String why) {

  /** The kinds of relation between two claims. */
  public enum Relation {
    /** Independent sources say the same thing. */
    CORROBORATES,
    /** The two are incompatible: different figures for the same thing, or opposite statements. */
    CONTRADICTS,
    /** The same thing said again by a source that is not independent (wire copy, same source). */
    REPEATS
  }
}
