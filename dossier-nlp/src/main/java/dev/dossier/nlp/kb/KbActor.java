package dev.dossier.nlp.kb;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.dossier.model.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An actor of the knowledge base: a person, organisation, country, place, agreement or event.
 *
 * @param id stable identifier, lower case ("israel", "benjamin-netanyahu", "cnn"); imported actors
 *     carry a prefix naming their source ("phoenix:..."); never null
 * @param name canonical name ("Benjamin Netanyahu"); never null
 * @param type entity type; never null
 * @param category finer kind: "country", "city", "outlet", "wire", "pollster", "party", "armed
 *     group", "government body", "intergovernmental", "company", "politician"...; or null
 * @param aliases other names that identify it, including short forms ("Netanyahu", "Bibi",
 *     "UN"); never null
 * @param demonyms adjectives and nouns for its people ("Israeli", "Israelis"), which refer to it
 *     as a NORP; never null
 * @param code CAMEO actor code ("ISR", "USA", "IGOUNO", "PSEHMS"), or null
 * @param iso ISO 3166-1 alpha-3 code of a country, or null
 * @param capital name of a country's capital, or null
 * @param country id of the country it belongs to or is based in, or null
 * @param medium for an outlet: "tv", "radio", "newspaper", "magazine", "online", "agency"; or null
 * @param gender for a person: "m" or "f", when the knowledge base records it; or null
 * @param roles roles over dated intervals, in chronological order; never null
 * @param note a remark for reviewers (uncertain facts are marked here, never invented), or null
 * @param source where it comes from: "curated", or the imported file's name; null means curated
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "name", "type", "category", "aliases", "demonyms", "code", "iso", "capital",
    "country", "medium", "gender", "roles", "note", "source"})
public record KbActor(
    String id,
    String name,
    EntityType type,
    String category,
    List<String> aliases,
    List<String> demonyms,
    String code,
    String iso,
    String capital,
    String country,
    String medium,
    String gender,
    List<KbRole> roles,
    String note,
    String source) {

  /** The source name of the curated base. */
  public static final String CURATED = "curated";

  /**
   * @throws NullPointerException if id, name or type is null
   * @throws IllegalArgumentException if id or name is blank
   */
  public KbActor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type of actor '" + id + "'");
    if (id.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("actor id and name must not be blank: '" + id + "'");
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    demonyms = demonyms == null ? List.of() : List.copyOf(demonyms);
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  /** Whether it comes from the curated base. */
  public boolean curated() {
    return source == null || CURATED.equals(source);
  }

  /** The canonical name followed by the aliases, without duplicates. */
  public List<String> names() {
    Set<String> s = new LinkedHashSet<>();
    s.add(name);
    s.addAll(aliases);
    return List.copyOf(s);
  }

  /** The roles held on {@code date}, in the order stored. */
  public List<KbRole> rolesOn(LocalDate date) {
    List<KbRole> out = new ArrayList<>(2);
    for (KbRole r : roles) {
      if (r.heldOn(date)) {
        out.add(r);
      }
    }
    return out;
  }

  /** A copy with {@code extraAliases} appended (duplicates ignored). */
  public KbActor withAliases(List<String> extraAliases) {
    Set<String> s = new LinkedHashSet<>(aliases);
    s.addAll(extraAliases);
    return new KbActor(id, name, type, category, List.copyOf(s), demonyms, code, iso, capital, country,
        medium, gender, roles, note, source);
  }

  /** A copy with another source. */
  public KbActor withSource(String newSource) {
    return new KbActor(id, name, type, category, aliases, demonyms, code, iso, capital, country, medium,
        gender, roles, note, newSource);
  }
}
