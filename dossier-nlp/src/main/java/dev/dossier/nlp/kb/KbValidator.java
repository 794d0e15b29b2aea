package dev.dossier.nlp.kb;

import dev.dossier.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a list of actors for the mistakes a reviewer would catch: duplicate ids, references to
 * unknown ids, blank or duplicate names, terms of one office out of order or overlapping for one
 * holder, two holders of one office overlapping by more than a handover day, outlets without a
 * medium, countries without a code. Stateless.
 */
public final class KbValidator {

  private KbValidator() {}

  /**
   * The problems found, one line each naming the actor; empty when the actors are consistent.
   *
   * @param actors the actors to check
   * @param closed whether every id a role or {@code country} refers to must be among {@code
   *     actors} (true for the curated base)
   */
  public static List<String> check(List<KbActor> actors, boolean closed) {
    List<String> out = new ArrayList<>();
    Map<String, KbActor> ids = new LinkedHashMap<>();
    for (KbActor a : actors) {
      if (ids.putIfAbsent(a.id(), a) != null) {
        out.add(a.id() + ": duplicate id");
      }
    }
    Map<String, List<KbActor>> byKeyAndType = new HashMap<>();
    for (KbActor a : actors) {
      checkActor(a, ids, closed, out);
      Set<String> own = new HashSet<>();
      for (String n : a.names()) {
        String k = Names.key(n);
        java.util.BitSet caps = new java.util.BitSet();
        Names.words(n, caps);
        String signature = k + '\u0000' + Gazetteer.form(n) + '\u0000' + caps;
        if (k.isEmpty()) {
          out.add(a.id() + ": name or alias '" + n + "' has no letters or digits");
        } else if (!own.add(signature)) {
          out.add(a.id() + ": name or alias '" + n + "' repeats another of its names (same letters and casing)");
        } else {
          byKeyAndType.computeIfAbsent(k + '\u0000' + a.type(), x -> new ArrayList<>()).add(a);
        }
      }
    }
    checkOffices(actors, out);
    return out;
  }

  /**
   * Names shared by several actors of the same type ("Bush", "Georgia"): ambiguous by nature,
   * resolved by context and dates; listed for review, not errors.
   */
  public static List<String> sharedNames(List<KbActor> actors) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (KbActor a : actors) {
      for (String n : a.names()) {
        m.computeIfAbsent(Names.key(n) + " (" + a.type() + ")", x -> new ArrayList<>()).add(a.id());
      }
    }
    List<String> out = new ArrayList<>();
    m.forEach((k, v) -> {
      if (new HashSet<>(v).size() > 1) {
        out.add(k + ": " + v);
      }
    });
    return out;
  }

  private static void checkActor(KbActor a, Map<String, KbActor> ids, boolean closed, List<String> out) {
    if (!a.id().equals(a.id().strip()) || a.id().contains(" ")) {
      out.add(a.id() + ": id contains spaces");
    }
    if (closed && a.country() != null && !ids.containsKey(a.country())) {
      out.add(a.id() + ": unknown country '" + a.country() + "'");
    }
    if ("country".equals(a.category()) && (a.code() == null || a.type() != EntityType.GPE)) {
      out.add(a.id() + ": a country needs type GPE and a code");
    }
    if (("outlet".equals(a.category()) || "wire".equals(a.category())) && a.medium() == null) {
      out.add(a.id() + ": an outlet needs a medium");
    }
    if (a.gender() != null && !a.gender().equals("m") && !a.gender().equals("f")) {
      out.add(a.id() + ": gender must be m or f");
    }
    if (!a.roles().isEmpty() && a.type() != EntityType.PERSON) {
      out.add(a.id() + ": only people hold roles");
    }
    Map<String, List<KbRole>> byOffice = new LinkedHashMap<>();
    for (KbRole r : a.roles()) {
      if (closed && r.of() != null && !ids.containsKey(r.of())) {
        out.add(a.id() + ": role '" + r.role() + "' of unknown id '" + r.of() + "'");
      }
      byOffice.computeIfAbsent(r.role() + " of " + (r.of() != null ? r.of() : r.code()), k -> new ArrayList<>()).add(r);
    }
    byOffice.forEach((office, rs) -> {
      for (int i = 1; i < rs.size(); i++) {
        KbRole p = rs.get(i - 1);
        KbRole c = rs.get(i);
        if (c.start().isBefore(p.start())) {
          out.add(a.id() + ": terms as " + office + " not in chronological order at " + c.from());
        } else if (!c.start().isAfter(p.end())) {
          out.add(a.id() + ": overlapping terms as " + office + ": " + p.from() + ".." + p.to() + " and "
              + c.from() + ".." + c.to());
        }
      }
    });
  }

  /**
   * Two holders of one office may share the handover day, no more. Offices are roles with a
   * title; untitled roles (imported CAMEO codes such as "government") are memberships with many
   * holders at once.
   */
  private static void checkOffices(List<KbActor> actors, List<String> out) {
    Map<String, List<KnowledgeBase.Holding>> offices = new LinkedHashMap<>();
    for (KbActor a : actors) {
      for (KbRole r : a.roles()) {
        if (r.of() != null && r.title() != null) {
          offices.computeIfAbsent(r.role() + " of " + r.of(), k -> new ArrayList<>())
              .add(new KnowledgeBase.Holding(a, r));
        }
      }
    }
    offices.forEach((office, hs) -> {
      hs.sort(Comparator.comparing((KnowledgeBase.Holding h) -> h.role().start()));
      for (int i = 1; i < hs.size(); i++) {
        for (int j = 0; j < i; j++) {
          KnowledgeBase.Holding p = hs.get(j);
          KnowledgeBase.Holding c = hs.get(i);
          if (p.actor().id().equals(c.actor().id())) {
            continue;
          }
          if (c.role().start().isBefore(p.role().end())) {
            out.add(office + ": " + p.actor().id() + " (" + p.role().from() + ".." + p.role().to() + ") and "
                + c.actor().id() + " (" + c.role().from() + ".." + c.role().to() + ") overlap by more than a day");
          }
        }
      }
    });
  }
}
