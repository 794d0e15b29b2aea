package dev.dossier.store.query;

import java.util.List;

/**
 * What the store knows about an actor.
 *
 * @param actor the actor
 * @param aliases the names articles use for it, most frequent first
 * @param titles title and role words found with its mentions ("Prime Minister")
 * @param roles roles from the knowledge base, as given by the articles
 * @param statements what it is reported to say (its positions), latest first
 * @param events recent events where it acts or is the target, latest first
 * @param quotedBy outlets that quote it, most quotes first
 * @param related actors mentioned most often in the same articles
 */
public record ActorProfile(
    ActorSummary actor, List<String> aliases, List<String> titles, List<RoleView> roles,
    List<ClaimView> statements, List<EventView> events, List<QuotedBy> quotedBy,
    List<ActorSummary> related) {}
