package dev.dossier.store.query;

import dev.dossier.model.SourceKind;
import dev.dossier.store.ArticleSummary;

/**
 * A claim: an attributed statement or a figure, with who says it.
 *
 * @param id public claim id: {@code ARTICLE_ID:aN} for attribution N, {@code ARTICLE_ID:fN} for
 *     figure N
 * @param article the article it appears in
 * @param kind "statement" or "figure"
 * @param source who says it, as the text names it ("officials close to the prime minister"), or the
 *     outlet when the article says it itself
 * @param sourceKind the kind of source
 * @param anonymous whether the source is unnamed
 * @param cue the words of saying, or null
 * @param text the content (statement) or the figure with what it measures
 * @param start first code unit of the content in the article text
 * @param end one past its last code unit
 */
public record ClaimView(
    String id, ArticleSummary article, String kind, String source, SourceKind sourceKind,
    boolean anonymous, String cue, String text, int start, int end) {}
