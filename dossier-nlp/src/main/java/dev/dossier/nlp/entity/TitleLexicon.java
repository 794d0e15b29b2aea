package dev.dossier.nlp.entity;

import java.util.Locale;
import java.util.Set;

/**
 * The words that make up titles and roles in front of a name ("Israeli Prime Minister", "U.S.
 * President", "Gov.", "Foreign Minister", "Hamas leader") and which of them can stand as the head
 * of a title. Lower case; a trailing period is part of abbreviations. Stateless.
 */
final class TitleLexicon {

  /** Words that may appear in a title. */
  private static final Set<String> WORDS = Set.of(
      "president", "vice", "prime", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan",
      "prince", "princess", "crown", "sheikh", "ayatollah", "supreme", "leader", "secretary", "general",
      "secretary-general", "state", "foreign", "defense", "defence", "finance", "interior", "justice", "security",
      "national", "health", "education", "economy", "treasury", "deputy", "acting", "interim", "former", "then",
      "senator", "sen.", "rep.", "representative", "gov.", "governor", "mayor", "speaker", "ambassador", "envoy",
      "special", "spokesman", "spokeswoman", "spokesperson", "chief", "commander", "gen.", "lt.", "col.", "maj.",
      "adm.", "admiral", "capt.", "sgt.", "pope", "rabbi", "imam", "cardinal", "judge", "attorney", "director",
      "chairman", "chairwoman", "chair", "ceo", "founder", "head", "opposition", "lawmaker", "mk", "minority",
      "majority", "whip", "house", "senate", "white", "press", "adviser", "advisor", "officer", "staff", "of",
      "lord", "sir", "dame", "strategic", "affairs", "military", "army", "intelligence", "high", "commissioner",
      "coordinator", "foreign-policy", "top", "senior", "outgoing", "incoming", "co-founder", "negotiator",
      "correspondent", "reporter", "analyst", "anchor", "editor", "columnist", "economist", "pollster",
      "secretary-of-state", "attorney-general", "field", "marshal", "lieutenant", "colonel", "major", "captain",
      "brig.", "gen", "mr.", "mrs.", "ms.", "dr.", "prof.", "defense-minister", "party", "central", "bank");

  /** Words that can be the head of a title; a title needs one. */
  private static final Set<String> HEADS = Set.of(
      "president", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "prince", "princess",
      "sheikh", "ayatollah", "leader", "secretary", "secretary-general", "senator", "sen.", "rep.", "representative",
      "gov.", "governor", "mayor", "speaker", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
      "chief", "commander", "gen.", "general", "pope", "rabbi", "imam", "cardinal", "judge", "justice", "director",
      "chairman", "chairwoman", "chair", "ceo", "founder", "lawmaker", "mk", "adviser", "advisor", "officer",
      "admiral", "adm.", "lt.", "col.", "maj.", "capt.", "sgt.", "lord", "sir", "dame", "commissioner",
      "coordinator", "negotiator", "correspondent", "reporter", "analyst", "anchor", "editor", "columnist",
      "economist", "pollster", "whip", "marshal", "lieutenant", "colonel", "major", "captain", "brig.", "co-founder",
      "head", "attorney-general", "staff");

  /** Honorifics: allowed in front of a name but not reported as titles. */
  private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "prof.", "mr", "mrs", "ms", "dr");

  /** Words that qualify a title without being one ("former President"). */
  private static final Set<String> MODIFIERS = Set.of("former", "then", "acting", "interim", "outgoing",
      "incoming", "top", "senior", "deputy");

  private TitleLexicon() {}

  static String lower(String token) {
    return token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  static boolean word(String token) {
    String t = lower(token);
    return WORDS.contains(t) || HONORIFICS.contains(t) || t.equals("then-");
  }

  static boolean head(String token) {
    return HEADS.contains(lower(token));
  }

  static boolean honorific(String token) {
    return HONORIFICS.contains(lower(token));
  }

  static boolean modifier(String token) {
    return MODIFIERS.contains(lower(token));
  }
}
