package dev.dossier.store.query;

import dev.dossier.model.Modality;
import dev.dossier.store.ArticleSummary;

/**
 * An event as queries show it.
 *
 * @param article the article that reports it
 * @param idx its index in the article's events layer
 * @param when the event's time value when the article gives one, otherwise null
 * @param actor who acts, or null
 * @param action what ("visit", "make statement")
 * @param cameoCode CAMEO code, or null
 * @param target whom it is done to, or null
 * @param place where, or null
 * @param modality happened, expected...
 * @param text the clause that states it
 */
public record EventView(
    ArticleSummary article, int idx, String when, String actor, String action, String cameoCode,
    String target, String place, Modality modality, String text) {}
