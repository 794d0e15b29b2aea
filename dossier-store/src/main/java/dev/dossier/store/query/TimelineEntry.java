package dev.dossier.store.query;

import dev.dossier.store.ArticleSummary;
import java.time.LocalDate;

/**
 * One line of a timeline.
 *
 * @param date the day it is placed on (the event's own date when known, else publication day), or
 *     null when undated
 * @param when the date as the article gives it (a TIMEX3 value or the publication value), or null
 * @param kind "event", "expectation" or "article"
 * @param text what happened or what the article is about
 * @param article the article it comes from
 */
public record TimelineEntry(LocalDate date, String when, String kind, String text, ArticleSummary article) {}
