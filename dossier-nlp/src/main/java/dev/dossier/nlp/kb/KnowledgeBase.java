package dev.dossier.nlp.kb;

import dev.dossier.model.EntityType;
import dev.dossier.model.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Actors with aliases, types, categories and roles over dated intervals: the curated base that
 * ships with Dossier, plus bases the user imported (see {@link KbDirectory}).
 *
 * <p>Lookups ignore case, diacritics, periods, apostrophes and a final possessive ({@link
 * Names#key}). When an imported actor conflicts with a curated one, the curated one wins: an
 * imported actor whose name is a curated name of the same type is the curated actor (the imported
 * entry, its aliases and roles are dropped: dictionaries such as Phoenix list members and places
 * as synonyms of an actor's code), and names the curated base uses are never indexed for imported
 * actors.
 *
 * <p>Immutable and thread-safe; build it once and share it.
 */
public final class KnowledgeBase {

  /** Resource folder of the curated base. */
  static final String RESOURCES = "/dev/dossier/nlp/kb/";

  /**
   * A lookup result.
   *
   * @param actor the actor
   * @param demonym whether the name matched one of its demonyms rather than a name
   */
  public record Hit(KbActor actor, boolean demonym) {}

  /**
   * An actor holding a role.
   *
   * @param actor the holder
   * @param role the role and its interval
   */
  public record Holding(KbActor actor, KbRole role) {}

  private final Map<String, KbActor> byId;
  private final Map<String, List<KbActor>> byName;
  private final Map<String, List<KbActor>> byDemonym;
  private final Map<String, List<KbActor>> byCode;
  private final Map<String, List<Holding>> byRole;
  private final Map<String, List<Holding>> byTitle;
  private final List<String> warnings;
  private final int merged;
  private final Gazetteer gazetteer;

  private KnowledgeBase(List<KbActor> curated, List<KbActor> imported, List<String> warnings) {
    List<String> warn = new ArrayList<>(warnings);
    Map<String, KbActor> ids = new LinkedHashMap<>();
    for (KbActor a : curated) {
      if (ids.putIfAbsent(a.id(), a) != null) {
        warn.add("duplicate curated id '" + a.id() + "': later entry ignored");
      }
    }
    addCapitals(ids);
    Map<String, List<KbActor>> names = new HashMap<>();
    for (KbActor a : ids.values()) {
      for (String n : a.names()) {
        addTo(names, Names.key(n), a);
      }
    }
    int mergedCount = 0;
    List<KbActor> kept = new ArrayList<>();
    for (KbActor a : imported) {
      if (ids.containsKey(a.id())) {
        warn.add("imported id '" + a.id() + "' (" + a.source() + ") is a curated id: ignored");
        continue;
      }
      if (twin(names.get(Names.key(a.name())), a) != null) {
        mergedCount++;
        continue;
      }
      kept.add(a);
    }
    Set<String> owned = new HashSet<>(names.keySet());
    for (KbActor a : kept) {
      if (ids.putIfAbsent(a.id(), a) != null) {
        warn.add("duplicate imported id '" + a.id() + "' (" + a.source() + "): later entry ignored");
        continue;
      }
      for (String n : a.names()) {
        String k = Names.key(n);
        if (!owned.contains(k)) {
          addTo(names, k, a);
        }
      }
    }
    Map<String, List<KbActor>> demonyms = new HashMap<>();
    Map<String, List<KbActor>> codes = new HashMap<>();
    Map<String, List<Holding>> roles = new HashMap<>();
    Map<String, List<Holding>> titles = new HashMap<>();
    for (KbActor a : ids.values()) {
      for (String d : a.demonyms()) {
        addTo(demonyms, Names.key(d), a);
      }
      if (a.code() != null) {
        addTo(codes, a.code(), a);
      }
      for (KbRole r : a.roles()) {
        if (r.of() != null) {
          addTo(roles, r.of() + '\u0000' + r.role(), new Holding(a, r));
          if (r.title() != null) {
            addTo(titles, r.of() + '\u0000' + Names.key(r.title()), new Holding(a, r));
          }
        }
      }
    }
    this.byId = Collections.unmodifiableMap(ids);
    this.byName = frozen(names);
    this.byDemonym = frozen(demonyms);
    this.byCode = frozen(codes);
    this.byRole = frozen(roles);
    this.byTitle = frozen(titles);
    this.warnings = List.copyOf(warn);
    this.merged = mergedCount;
    this.gazetteer = Gazetteer.of(ids.values());
  }

  /** A knowledge base of {@code actors}, all treated as curated. */
  public static KnowledgeBase of(List<KbActor> actors) {
    return new KnowledgeBase(actors, List.of(), List.of());
  }

  /**
   * A knowledge base of curated actors and imported ones, the curated winning on conflicts.
   *
   * @param curated curated actors
   * @param imported imported actors, each with its {@link KbActor#source()}
   * @param warnings problems met while reading, kept for {@link #warnings()}
   */
  public static KnowledgeBase of(List<KbActor> curated, List<KbActor> imported, List<String> warnings) {
    return new KnowledgeBase(curated, imported, warnings);
  }

  /** The curated base shipped with Dossier, loaded once. */
  public static KnowledgeBase curated() {
    return CuratedHolder.INSTANCE;
  }

  /**
   * The curated base plus every base in the user's knowledge-base directory ({@link
   * KbDirectory#resolve(Path)} with no override), loaded once. A file that cannot be read is
   * skipped and reported in {@link #warnings()}.
   */
  public static KnowledgeBase standard() {
    return StandardHolder.INSTANCE;
  }

  /** The curated base plus every base in {@code dir} (missing directory: none). */
  public static KnowledgeBase withImports(Path dir) {
    List<String> warn = new ArrayList<>();
    List<KbActor> imported = KbDirectory.readAll(dir, warn);
    return new KnowledgeBase(curatedActors(), imported, warn);
  }

  /**
   * The curated actors as stored in the resources, in file order.
   *
   * @throws KbFile.KbFormatException if a curated file is invalid (a build defect)
   */
  public static List<KbActor> curatedActors() {
    List<KbActor> out = new ArrayList<>();
    for (String f : curatedFiles()) {
      out.addAll(curatedFile(f).actors());
    }
    return out;
  }

  /** The names of the curated files, from the {@code curated.txt} manifest. */
  public static List<String> curatedFiles() {
    List<String> out = new ArrayList<>();
    try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCES + "curated.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCES + "curated.txt");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** One curated file, by its name in the manifest. */
  public static KbFile curatedFile(String name) {
    try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCES + name);
      }
      KbFile f = KbFile.read(in, RESOURCES + name);
      List<KbActor> tagged = new ArrayList<>(f.actors().size());
      for (KbActor a : f.actors()) {
        tagged.add(a.source() == null ? a.withSource(KbActor.CURATED) : a);
      }
      return new KbFile(f.format(), f.source(), f.description(), tagged);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of actors. */
  public int size() {
    return byId.size();
  }

  /** Every actor, curated first, in load order. */
  public Collection<KbActor> actors() {
    return byId.values();
  }

  /** The actor with this id, or null. */
  public KbActor actor(String id) {
    return id == null ? null : byId.get(id);
  }

  /** Problems met while loading or merging (unreadable files, conflicting ids). */
  public List<String> warnings() {
    return warnings;
  }

  /** Number of imported actors merged into curated ones. */
  public int mergedImports() {
    return merged;
  }

  /** The gazetteer of every name, alias and demonym. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * Actors named {@code name}: by canonical name or alias first (curated before imported,
   * canonical names before aliases), then by demonym. A leading "the" is optional. Never null.
   */
  public List<Hit> lookup(String name) {
    String k = Names.key(name);
    List<Hit> out = hits(k);
    if (out.isEmpty() && k.startsWith("the ")) {
      out = hits(k.substring(4));
    } else if (out.isEmpty()) {
      out = hits("the " + k);
    }
    return out;
  }

  private List<Hit> hits(String k) {
    List<Hit> out = new ArrayList<>();
    List<KbActor> named = byName.getOrDefault(k, List.of());
    List<KbActor> sorted = new ArrayList<>(named);
    sorted.sort(Comparator.comparing((KbActor a) -> !a.curated())
        .thenComparing(a -> !Names.key(a.name()).equals(k)));
    sorted.forEach(a -> out.add(new Hit(a, false)));
    for (KbActor a : byDemonym.getOrDefault(k, List.of())) {
      out.add(new Hit(a, true));
    }
    return out;
  }

  /** Actors named {@code name} by canonical name or alias only (no demonyms). Never null. */
  public List<KbActor> named(String name) {
    List<KbActor> out = new ArrayList<>();
    for (Hit h : lookup(name)) {
      if (!h.demonym()) {
        out.add(h.actor());
      }
    }
    return out;
  }

  /** Countries or other actors with this demonym ("Israeli" → Israel). Never null. */
  public List<KbActor> byDemonym(String demonym) {
    return byDemonym.getOrDefault(Names.key(demonym), List.of());
  }

  /** Actors with this CAMEO code ("ISR", "IGOUNO"). Never null. */
  public List<KbActor> byCode(String code) {
    return code == null ? List.of() : byCode.getOrDefault(code, List.of());
  }

  /**
   * The id of the actor {@code ref} denotes: an id, a CAMEO code, or a name (countries and
   * organisations preferred). Null when nothing matches.
   */
  public String resolve(String ref) {
    if (ref == null) {
      return null;
    }
    if (byId.containsKey(ref)) {
      return ref;
    }
    List<KbActor> c = byCode(ref.toUpperCase(java.util.Locale.ROOT));
    if (!c.isEmpty()) {
      return c.get(0).id();
    }
    for (Hit h : lookup(ref)) {
      if (h.actor().type() != EntityType.PERSON) {
        return h.actor().id();
      }
    }
    return null;
  }

  /**
   * Who held {@code role} ("head of government") of {@code of} (an id, code or name) on {@code
   * date}, the most recent start first. On a handover day both holders are returned. Never null.
   */
  public List<Holding> holders(String role, String of, LocalDate date) {
    String id = resolve(of);
    if (id == null) {
      return List.of();
    }
    return on(byRole.getOrDefault(id + '\u0000' + role, List.of()), date);
  }

  /**
   * Who held a role with the title {@code title} ("Prime Minister", "prime minister") of {@code
   * of} on {@code date}, the most recent start first. Never null.
   */
  public List<Holding> holdersByTitle(String title, String of, LocalDate date) {
    String id = resolve(of);
    if (id == null) {
      return List.of();
    }
    return on(byTitle.getOrDefault(id + '\u0000' + Names.key(title), List.of()), date);
  }

  private static List<Holding> on(List<Holding> all, LocalDate date) {
    List<Holding> out = new ArrayList<>();
    for (Holding h : all) {
      if (h.role().heldOn(date)) {
        out.add(h);
      }
    }
    out.sort(Comparator.comparing((Holding h) -> h.role().start()).reversed());
    return out;
  }

  /** The roles {@code actor} held on {@code date}, as the Analysis model records them. */
  public List<Role> rolesOn(KbActor actor, LocalDate date) {
    List<Role> out = new ArrayList<>();
    for (KbRole r : actor.rolesOn(date)) {
      KbActor of = actor(r.of());
      out.add(r.toRole(of == null ? r.of() : of.name()));
    }
    return out;
  }

  /** The display name of the actor with this id, or the id itself when unknown. */
  public String nameOf(String id) {
    KbActor a = actor(id);
    return a == null ? id : a.name();
  }

  /** Counts for {@code dossier kb stats} and the docs. */
  public KbStats stats() {
    return KbStats.of(this);
  }

  private static KbActor twin(List<KbActor> sameName, KbActor imported) {
    if (sameName == null) {
      return null;
    }
    for (KbActor c : sameName) {
      if (c.type() == imported.type()) {
        return c;
      }
    }
    return null;
  }

  /** Adds a GPE actor (category "city") for each country's capital the base does not name yet. */
  private static void addCapitals(Map<String, KbActor> ids) {
    Set<String> known = new HashSet<>();
    for (KbActor a : ids.values()) {
      for (String n : a.names()) {
        known.add(Names.key(n));
      }
    }
    for (KbActor c : new ArrayList<>(ids.values())) {
      if (c.capital() == null || !"country".equals(c.category())) {
        continue;
      }
      String k = Names.key(c.capital());
      String id = k.replace(' ', '-');
      if (known.contains(k) || ids.containsKey(id)) {
        continue;
      }
      known.add(k);
      ids.put(id, new KbActor(id, c.capital(), EntityType.GPE, "city", List.of(), List.of(), null, null,
          null, c.id(), null, null, List.of(), "capital of " + c.name(), c.source()));
    }
  }

  private static <T> void addTo(Map<String, List<T>> m, String k, T v) {
    if (k.isEmpty()) {
      return;
    }
    List<T> l = m.computeIfAbsent(k, x -> new ArrayList<>(1));
    if (!l.contains(v)) {
      l.add(v);
    }
  }

  private static <T> Map<String, List<T>> frozen(Map<String, List<T>> m) {
    Map<String, List<T>> out = new HashMap<>(m.size() * 2);
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }

  private static final class CuratedHolder {
    static final KnowledgeBase INSTANCE = KnowledgeBase.of(curatedActors());
  }

  private static final class StandardHolder {
    static final KnowledgeBase INSTANCE = withImports(KbDirectory.resolve(null));
  }

  @Override
  public String toString() {
    return "KnowledgeBase[" + byId.size() + " actors]";
  }

  /** Null-safe equality of ids, for callers comparing actors. */
  public static boolean same(KbActor a, KbActor b) {
    return a != null && b != null && Objects.equals(a.id(), b.id());
  }
}
