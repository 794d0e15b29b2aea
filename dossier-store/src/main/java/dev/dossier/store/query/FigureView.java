package dev.dossier.store.query;

import dev.dossier.store.ArticleSummary;

/**
 * A figure an article gives.
 *
 * @param claimId public claim id of the figure ({@code ARTICLE_ID:fN})
 * @param article the article
 * @param text the number as written ("48%")
 * @param value the value
 * @param unit the unit, or null
 * @param measure what is measured, or null
 * @param of of what, or null
 * @param among among whom, or null
 * @param source who gives it, or null
 * @param when when it holds (a TIMEX3 value), or null
 */
public record FigureView(
    String claimId, ArticleSummary article, String text, double value, String unit, String measure,
    String of, String among, String source, String when) {}
