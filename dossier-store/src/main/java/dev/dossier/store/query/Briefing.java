package dev.dossier.store.query;

import dev.dossier.model.SourceKind;
import dev.dossier.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * A one-page summary of a store, built only from the {@link Store} queries: what {@code dossier
 * demo} prints.
 *
 * @param articles stored articles
 * @param today the day deadlines are measured against
 * @param actors the most mentioned actors with their profiles
 * @param story the largest story, with its timeline, or null
 * @param upcoming expectations due from today
 * @param overdue expectations past due and not resolved
 * @param resolved expectations a later article reports done
 * @param corroborated claims corroborated by an independent source
 * @param contradictions claims contradicted by another
 * @param anonymous claims from unnamed sources
 * @param polls figures given by polls and surveys (or percentages when none are)
 */
public record Briefing(
    long articles, LocalDate today, List<ActorProfile> actors, StoryView story, List<Deadline> upcoming,
    List<Deadline> overdue, List<Deadline> resolved, List<ClaimReport> corroborated,
    List<ClaimReport> contradictions, List<ClaimView> anonymous, List<FigureView> polls) {

  /** Builds the briefing with up to {@code n} items per section. */
  public static Briefing of(Store store, LocalDate today, int n) {
    Objects.requireNonNull(today, "today");
    List<ActorProfile> actors = new ArrayList<>();
    for (ActorSummary a : store.topActors(n)) {
      store.actor(Long.toString(a.id())).ifPresent(actors::add);
    }
    List<StorySummary> stories = store.stories(1);
    StoryView story = stories.isEmpty() ? null : store.story(stories.get(0).id()).orElse(null);
    List<FigureView> polls = new ArrayList<>();
    for (FigureView f : store.figures(null, null, 200)) {
      if (polls.size() < n && isPoll(store, f)) {
        polls.add(f);
      }
    }
    if (polls.isEmpty()) {
      polls = store.figures(null, "%", n);
    }
    return new Briefing(store.count(), today, actors, story,
        store.deadlines(new DeadlineQuery(EnumSet.of(Deadline.Status.UPCOMING), today, n)),
        store.deadlines(new DeadlineQuery(EnumSet.of(Deadline.Status.OVERDUE), today, n)),
        store.deadlines(new DeadlineQuery(EnumSet.of(Deadline.Status.RESOLVED), today, n)),
        store.corroborated(n), store.contradictions(n), store.anonymousClaims(n), polls);
  }

  private static boolean isPoll(Store store, FigureView f) {
    return store.claim(f.claimId()).map(r -> r.claim().sourceKind() == SourceKind.POLL_OR_DOCUMENT).orElse(false);
  }
}
