package dev.dossier.nlp.event;

import dev.dossier.model.Actor;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.nlp.kb.KbActor;
import dev.dossier.nlp.kb.KbRole;
import dev.dossier.nlp.kb.KnowledgeBase;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * CAMEO actor codes from the knowledge base, for the events of the standard pipeline (the
 * {@code cameo} command scores with the user's PETRARCH dictionaries instead):
 *
 * <ul>
 *   <li>a linked country, organisation or armed group: its own code ("ISR", "IGOUNO", "PSEREBHMS");
 *   <li>a linked person: the code of the role held on the publication date, else the country's code
 *       with the role's agent ("Donald Trump" in 2026 → "USAGOV", a military chief → "ISRMIL",
 *       the leader of an armed group → the group's code), else the country's code;
 *   <li>a demonym or unlinked place name: the country's code ("Egyptian" → "EGY");
 *   <li>a group whose own words name its country: the country's code and the agent its head word
 *       names ("Israeli troops" → "ISRMIL", "senior U.S. official" → "USAGOV"); an affiliation
 *       guessed from the country the article named last ("both parties") is not coded.
 * </ul>
 *
 * Anyone else gets no code. Immutable; thread-safe.
 */
final class ActorCoder {

  /** CAMEO agents of the roles the knowledge base records. */
  private static final Map<String, String> ROLE_AGENTS = Map.ofEntries(Map.entry("military chief", "MIL"),
      Map.entry("opposition leader", "OPP"), Map.entry("speaker", "LEG"), Map.entry("majority leader", "LEG"),
      Map.entry("minority leader", "LEG"), Map.entry("prosecutor", "JUD"));
  /** CAMEO agents of the head words of groups ("troops", "officials"). */
  private static final Map<String, String> GROUP_AGENTS = Map.ofEntries(Map.entry("troops", "MIL"),
      Map.entry("soldiers", "MIL"), Map.entry("army", "MIL"), Map.entry("military", "MIL"), Map.entry("forces", "MIL"),
      Map.entry("navy", "MIL"), Map.entry("officers", "MIL"), Map.entry("officials", "GOV"),
      Map.entry("official", "GOV"), Map.entry("government", "GOV"), Map.entry("ministers", "GOV"),
      Map.entry("minister", "GOV"), Map.entry("cabinet", "GOV"), Map.entry("diplomats", "GOV"),
      Map.entry("diplomat", "GOV"), Map.entry("authorities", "GOV"), Map.entry("delegation", "GOV"),
      Map.entry("negotiators", "GOV"), Map.entry("police", "COP"), Map.entry("policemen", "COP"),
      Map.entry("rebels", "REB"), Map.entry("militants", "REB"), Map.entry("insurgents", "REB"),
      Map.entry("gunmen", "REB"), Map.entry("protesters", "CVL"), Map.entry("demonstrators", "CVL"),
      Map.entry("civilians", "CVL"), Map.entry("residents", "CVL"), Map.entry("people", "CVL"),
      Map.entry("citizens", "CVL"), Map.entry("voters", "CVL"), Map.entry("lawmakers", "LEG"),
      Map.entry("legislators", "LEG"), Map.entry("parliament", "LEG"), Map.entry("senators", "LEG"),
      Map.entry("judges", "JUD"), Map.entry("court", "JUD"), Map.entry("refugees", "REF"),
      Map.entry("companies", "BUS"), Map.entry("firms", "BUS"), Map.entry("businesses", "BUS"),
      Map.entry("journalists", "MED"), Map.entry("reporters", "MED"), Map.entry("opposition", "OPP"));

  private final KnowledgeBase kb;

  ActorCoder(KnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  /** {@code a} with its code filled in when the knowledge base gives one; {@code a} itself otherwise. */
  Actor coded(Actor a, List<Entity> entities, LocalDate date) {
    if (a == null || a.code() != null) {
      return a;
    }
    String code = null;
    if (a.entity() != null && a.entity() < entities.size()) {
      code = entityCode(entities.get(a.entity()), date);
    }
    if (code == null && a.affiliation() != null && a.extent() != null) {
      String country = placeCode(a.affiliation());
      if (country != null && namedWithin(a.extent().text(), country)) {
        String[] words = a.name().toLowerCase(Locale.ROOT).split("\\s+");
        String agent = GROUP_AGENTS.get(words[words.length - 1]);
        code = agent == null ? country : country + agent;
      }
    }
    return code == null ? a : new Actor(a.extent(), a.entity(), code, a.name(), a.group(), a.affiliation());
  }

  private String entityCode(Entity e, LocalDate date) {
    KbActor k = e.kbId() == null ? null : kb.actor(e.kbId());
    if (k == null) {
      return e.type() == EntityType.PERSON ? null : placeCode(e.name());
    }
    if (k.code() != null) {
      return k.code();
    }
    if (date != null) {
      for (KbRole r : k.rolesOn(date)) {
        if (r.code() != null) {
          return r.code();
        }
        KbActor of = r.of() == null ? null : kb.actor(r.of());
        if (of != null && of.code() != null) {
          if (!"country".equals(of.category())) {
            return of.code(); // the leader of an armed group or organisation speaks for it
          }
          return of.code() + ROLE_AGENTS.getOrDefault(r.role(), "GOV");
        }
      }
    }
    KbActor country = k.country() == null ? null : kb.actor(k.country());
    return country == null ? null : country.code();
  }

  /** Whether a word of {@code text} names the country with this code ("Israeli" for "ISR"). */
  private boolean namedWithin(String text, String country) {
    for (String w : text.split("\\s+")) {
      String word = w.replaceAll("^[^\\p{L}]+|[^\\p{L}.]+$", "");
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && country.equals(placeCode(word))) {
        return true;
      }
    }
    return false;
  }

  /** The code of the country a name or demonym denotes ("Israel", "Egyptian"), or null. */
  private String placeCode(String name) {
    for (KnowledgeBase.Hit h : kb.lookup(name)) {
      KbActor c = h.actor();
      if (c.code() != null && "country".equals(c.category())) {
        return c.code();
      }
    }
    return null;
  }
}
