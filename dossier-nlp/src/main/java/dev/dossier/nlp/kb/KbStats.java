package dev.dossier.nlp.kb;

import dev.dossier.model.EntityType;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts describing a knowledge base.
 *
 * @param actors number of actors
 * @param curated of which curated
 * @param byType actors per type
 * @param byCategory actors per category ("-" for none)
 * @param bySource actors per source
 * @param aliases names and aliases, canonical names included
 * @param demonyms demonyms
 * @param roles role intervals
 * @param withRoles actors with at least one role
 * @param mergedImports imported actors merged into curated ones
 */
public record KbStats(int actors, int curated, Map<EntityType, Integer> byType, Map<String, Integer> byCategory,
    Map<String, Integer> bySource, int aliases, int demonyms, int roles, int withRoles, int mergedImports) {

  static KbStats of(KnowledgeBase kb) {
    Map<EntityType, Integer> types = new TreeMap<>();
    Map<String, Integer> cats = new TreeMap<>();
    Map<String, Integer> sources = new TreeMap<>();
    int curated = 0;
    int aliases = 0;
    int demonyms = 0;
    int roles = 0;
    int withRoles = 0;
    for (KbActor a : kb.actors()) {
      types.merge(a.type(), 1, Integer::sum);
      cats.merge(a.category() == null ? "-" : a.category(), 1, Integer::sum);
      sources.merge(a.source() == null ? KbActor.CURATED : a.source(), 1, Integer::sum);
      curated += a.curated() ? 1 : 0;
      aliases += a.names().size();
      demonyms += a.demonyms().size();
      roles += a.roles().size();
      withRoles += a.roles().isEmpty() ? 0 : 1;
    }
    return new KbStats(kb.size(), curated, types, cats, sources, aliases, demonyms, roles, withRoles,
        kb.mergedImports());
  }
}
