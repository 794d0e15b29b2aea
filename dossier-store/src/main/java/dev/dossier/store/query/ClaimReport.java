package dev.dossier.store.query;

import java.util.List;

/**
 * A claim with the claims that corroborate, contradict or repeat it.
 *
 * @param claim the claim
 * @param related the related claims, corroborations first
 */
public record ClaimReport(ClaimView claim, List<ClaimRelation> related) {

  public long count(ClaimRelation.Relation r) {
    return related.stream().filter(x -> x.relation() == r).count();
  }
}
