package dev.dossier.store.search;

import java.util.List;
import java.util.Map;

/**
 * What a {@link TextSearch} finds, before the store adds article metadata.
 *
 * @param total how many articles match
 * @param seqs sequence numbers of the requested page, best first
 * @param scores their scores
 * @param facets facet counts; actor values are actor ids
 */
public record Hits(long total, List<Long> seqs, List<Double> scores, Map<String, List<FacetCount>> facets) {}
