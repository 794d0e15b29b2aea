package dev.dossier.store.search;

import dev.dossier.store.ArticleSummary;

/**
 * One matching article.
 *
 * @param article the article
 * @param score relevance (higher is better; 0 when ordering by date)
 * @param snippet the passage around the first match, or the opening
 */
public record SearchHit(ArticleSummary article, double score, String snippet) {}
