package dev.dossier.store.query;

import dev.dossier.store.ArticleSummary;

/**
 * An outlet that quotes an actor.
 *
 * @param outlet the outlet, or "(unknown outlet)"
 * @param quotes how many attributions to the actor it publishes
 * @param latest its latest article quoting the actor
 */
public record QuotedBy(String outlet, long quotes, ArticleSummary latest) {}
