package dev.dossier.store.query;

import dev.dossier.store.ArticleSummary;
import java.util.List;

/**
 * A story with its articles and actors.
 *
 * @param story the story
 * @param articles its articles by publication day
 * @param actors the actors mentioned in most of its articles
 * @param timeline its events and articles in date order
 */
public record StoryView(StorySummary story, List<ArticleSummary> articles, List<ActorSummary> actors,
    List<TimelineEntry> timeline) {}
