package dev.dossier.nlp.entity;

import dev.dossier.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Descriptions that refer back to a named entity: "the prime minister", "the network", "the
 * militant group". Each head (one or more lower-case words) names the type it refers to and, for
 * organisations, which entities it can describe. Stateless.
 */
final class NominalLexicon {

  /** What a head can describe. */
  enum Target {
    /** A person with this title ("prime minister"), in the text or in the knowledge base. */
    TITLE,
    /** A television outlet. */
    TV,
    /** A television or radio outlet. */
    BROADCASTER,
    /** A newspaper. */
    NEWSPAPER,
    /** A magazine. */
    MAGAZINE,
    /** A wire service or an organisation named "... Agency". */
    AGENCY,
    /** A wire service. */
    WIRE,
    /** Any news outlet. */
    OUTLET,
    /** A pollster. */
    POLLSTER,
    /** An armed group. */
    ARMED_GROUP,
    /** An armed group, political movement or NGO, or an organisation named "... Group". */
    GROUP,
    /** An armed group or political movement, or an organisation named "... Movement". */
    MOVEMENT,
    /** A political party. */
    PARTY,
    /** A company. */
    COMPANY,
    /** An intergovernmental organisation. */
    BLOC,
    /** An organisation whose name ends with the head word ("court", "council", "bank"...). */
    NAMED
  }

  /**
   * A head and what it refers to.
   *
   * @param words the head's words, lower case
   * @param type PERSON or ORG
   * @param target which entities it can describe
   * @param title for {@link Target#TITLE}, the title it stands for ("prime minister"), else the
   *     head word an organisation's name must end with
   */
  record Head(List<String> words, EntityType type, Target target, String title) {}

  private static final List<Head> HEADS = build();
  /** The heads by their first word, each list in the order of {@link #HEADS}. */
  private static final Map<String, List<Head>> BY_FIRST_WORD = byFirstWord(HEADS);

  private NominalLexicon() {}

  /** Heads, longest first. */
  static List<Head> heads() {
    return HEADS;
  }

  /** The heads whose first word is {@code word}, longest first: the only ones that can match there. */
  static List<Head> headsStartingWith(String word) {
    return BY_FIRST_WORD.getOrDefault(word, List.of());
  }

  private static Map<String, List<Head>> byFirstWord(List<Head> heads) {
    Map<String, List<Head>> m = new HashMap<>();
    for (Head h : heads) {
      m.computeIfAbsent(h.words().get(0), k -> new ArrayList<>()).add(h);
    }
    m.replaceAll((k, v) -> List.copyOf(v));
    return m;
  }

  private static List<Head> build() {
    List<Head> h = new ArrayList<>();
    for (String t : List.of("prime minister", "premier", "president", "vice president", "chancellor", "king", "queen",
        "emir", "crown prince", "foreign minister", "defense minister", "defence minister", "finance minister",
        "secretary of state", "secretary-general", "secretary general", "supreme leader", "pope", "speaker",
        "senator", "governor", "mayor", "special envoy", "national security adviser", "opposition leader")) {
      String title = t.equals("premier") ? "prime minister" : t.equals("secretary general") ? "secretary-general"
          : t.equals("defence minister") ? "defense minister" : t;
      h.add(head(t, EntityType.PERSON, Target.TITLE, title));
    }
    h.add(head("network", EntityType.ORG, Target.TV, null));
    h.add(head("channel", EntityType.ORG, Target.TV, null));
    h.add(head("broadcaster", EntityType.ORG, Target.BROADCASTER, null));
    h.add(head("newspaper", EntityType.ORG, Target.NEWSPAPER, null));
    h.add(head("paper", EntityType.ORG, Target.NEWSPAPER, null));
    h.add(head("daily", EntityType.ORG, Target.NEWSPAPER, null));
    h.add(head("magazine", EntityType.ORG, Target.MAGAZINE, null));
    h.add(head("news agency", EntityType.ORG, Target.WIRE, null));
    h.add(head("wire service", EntityType.ORG, Target.WIRE, null));
    h.add(head("agency", EntityType.ORG, Target.AGENCY, "agency"));
    h.add(head("outlet", EntityType.ORG, Target.OUTLET, null));
    h.add(head("news outlet", EntityType.ORG, Target.OUTLET, null));
    h.add(head("publication", EntityType.ORG, Target.OUTLET, null));
    h.add(head("news site", EntityType.ORG, Target.OUTLET, null));
    h.add(head("website", EntityType.ORG, Target.OUTLET, null));
    h.add(head("pollster", EntityType.ORG, Target.POLLSTER, null));
    h.add(head("polling firm", EntityType.ORG, Target.POLLSTER, null));
    h.add(head("polling company", EntityType.ORG, Target.POLLSTER, null));
    h.add(head("militant group", EntityType.ORG, Target.ARMED_GROUP, null));
    h.add(head("terror group", EntityType.ORG, Target.ARMED_GROUP, null));
    h.add(head("terrorist group", EntityType.ORG, Target.ARMED_GROUP, null));
    h.add(head("armed group", EntityType.ORG, Target.ARMED_GROUP, null));
    h.add(head("terrorist organization", EntityType.ORG, Target.ARMED_GROUP, null));
    h.add(head("militia", EntityType.ORG, Target.ARMED_GROUP, null));
    h.add(head("group", EntityType.ORG, Target.GROUP, "group"));
    h.add(head("movement", EntityType.ORG, Target.MOVEMENT, "movement"));
    h.add(head("party", EntityType.ORG, Target.PARTY, "party"));
    h.add(head("company", EntityType.ORG, Target.COMPANY, "company"));
    h.add(head("firm", EntityType.ORG, Target.COMPANY, null));
    h.add(head("bloc", EntityType.ORG, Target.BLOC, null));
    for (String w : List.of("alliance", "organization", "organisation", "court", "council", "coalition", "ministry",
        "bank", "fund", "institute", "forum", "committee", "commission", "union", "league", "parliament",
        "assembly", "foundation", "center", "centre")) {
      h.add(head(w, EntityType.ORG, Target.NAMED, w));
    }
    h.sort((a, b) -> b.words().size() - a.words().size());
    return List.copyOf(h);
  }

  private static Head head(String words, EntityType type, Target target, String title) {
    return new Head(List.of(words.toLowerCase(Locale.ROOT).split(" ")), type, target, title);
  }
}
