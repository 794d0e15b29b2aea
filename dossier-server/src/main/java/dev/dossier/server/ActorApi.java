package dev.dossier.server;

import dev.dossier.store.Store;
import dev.dossier.store.query.ActorProfile;
import dev.dossier.store.query.ActorSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Actors: search by name, profile (roles, positions, events, who quotes them), network. */
final class ActorApi {

  private static final Param ID = Param.path("id", "an actor id, or a name (the best match is taken)");

  private ActorApi() {}

  static List<Endpoint> endpoints(Store store) {
    return List.of(
        Endpoint.get("/api/actors", "actors", "Actors by name, or those in the most articles",
            "With q, actors whose name or alias matches (case- and accent-insensitively), best first; without, "
                + "actors mentioned in the most articles.",
            Api.paged(Param.text("q", "words of the actor's name or alias")),
            Endpoint.Response.page(ActorSummary.class, "a page of actors"),
            r -> {
              String q = r.text("q");
              return r.window(n -> q == null ? store.topActors(n) : store.findActors(q, n));
            }),
        Endpoint.get("/api/actors/{id}", "actors", "An actor's profile",
            "Roles over time, titles, statements (positions), events, the outlets that quote it, related actors.",
            List.of(ID), Endpoint.Response.one(ActorProfile.class, "the actor's profile"),
            r -> profile(store, r.path("id"))),
        Endpoint.get("/api/actors/{id}/network", "actors", "An actor and the actors it appears with",
            "The actor, its related actors, and edges between actors that appear together.", List.of(ID),
            Endpoint.Response.one(Views.Network.class, "nodes and edges"),
            r -> network(store, profile(store, r.path("id")))));
  }

  static ActorProfile profile(Store store, String idOrName) {
    return store.actor(idOrName).orElseThrow(() -> ApiException.notFound("no actor '" + idOrName
        + "' (find actors at /api/actors?q=NAME)"));
  }

  /** The center joined to each related actor, and related actors joined to one another when they list each other. */
  static Views.Network network(Store store, ActorProfile center) {
    Map<Long, ActorSummary> nodes = new LinkedHashMap<>();
    nodes.put(center.actor().id(), center.actor());
    for (ActorSummary a : center.related()) {
      nodes.putIfAbsent(a.id(), a);
    }
    Set<Views.Edge> edges = new LinkedHashSet<>();
    for (ActorSummary a : center.related()) {
      edges.add(edge(center.actor().id(), a.id()));
      store.actor(Long.toString(a.id())).ifPresent(p -> {
        for (ActorSummary b : p.related()) {
          if (b.id() != a.id() && nodes.containsKey(b.id()) && b.id() != center.actor().id()) {
            edges.add(edge(a.id(), b.id()));
          }
        }
      });
    }
    return new Views.Network(center.actor(), new ArrayList<>(nodes.values()), new ArrayList<>(edges));
  }

  private static Views.Edge edge(long a, long b) {
    return new Views.Edge(Math.min(a, b), Math.max(a, b));
  }
}
