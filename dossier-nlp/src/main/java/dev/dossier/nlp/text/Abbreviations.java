package dev.dossier.nlp.text;

import java.util.Set;

/** Abbreviations that take a period in news text, by how they behave at a sentence end. */
final class Abbreviations {

  /** Titles and name parts that are never sentence-final: the next word continues the sentence. */
  static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt",
      "cmdr", "adm", "maj", "cpl", "pvt", "rev", "hon", "pres", "supt", "det", "insp", "atty",
      "st", "mt", "ft", "messrs", "mme", "mlle", "sr", "fr", "amb", "gens", "reps", "sens",
      "vs", "v", "cf", "approx", "est", "dept");

  /** Abbreviations that take a period only before a number: "No. 2", "Vol. 3" (not "voted no."). */
  static final Set<String> NUMBERED = Set.of("no", "nos", "fig", "vol", "ch", "art", "sec", "pp");

  /** Month abbreviations: not sentence-final before a number ("Oct. 7"). */
  static final Set<String> MONTHS = Set.of(
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /**
   * Abbreviations that may end a sentence ("... in the U.S." / "... Acme Inc."): sentence-final only
   * when a typical sentence opener follows.
   */
  static final Set<String> AMBIGUOUS = Set.of(
      "inc", "corp", "co", "ltd", "plc", "llc", "bros", "jr", "etc", "ave", "blvd", "rd",
      "mass", "calif", "fla", "ga", "ill", "ind", "md", "mich", "minn", "mo", "nev", "okla",
      "ore", "pa", "tenn", "tex", "va", "wash", "wis", "ariz", "ark", "colo", "conn", "del",
      "kan", "ky", "la", "miss", "mont", "neb", "wyo", "ala", "vt", "al", "ed", "eds",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "min", "max",
      "govt", "assn", "intl", "natl", "univ", "e.g", "i.e", "a.m", "p.m");

  /** Capitalised words that typically open a sentence; after them an ambiguous abbreviation ends it. */
  static final Set<String> OPENERS = Set.of(
      "the", "a", "an", "in", "on", "at", "it", "he", "she", "they", "we", "i", "you", "this",
      "that", "these", "those", "but", "and", "or", "so", "if", "when", "while", "as", "after",
      "before", "although", "though", "however", "still", "meanwhile", "there", "his", "her",
      "their", "its", "our", "my", "what", "who", "why", "how", "where", "some", "many", "most",
      "all", "no", "not", "one", "for", "from", "by", "with", "without", "under", "over", "since",
      "despite", "earlier", "later", "yet", "both", "each", "such", "also", "then", "now",
      "instead", "officials", "analysts", "critics", "asked", "during", "until", "because",
      "according", "last", "next", "several", "other", "another", "among", "even", "only");

  private Abbreviations() {}

  /** Whether {@code word} (without its final period) is a known abbreviation. */
  static boolean known(String lower) {
    return TITLES.contains(lower) || MONTHS.contains(lower) || AMBIGUOUS.contains(lower);
  }

  /** Whether {@code lower} is a numbering abbreviation ("no") and a number follows {@code dot}. */
  static boolean numbered(String lower, String text, int dot) {
    if (!NUMBERED.contains(lower)) {
      return false;
    }
    int k = dot + 1;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    return k < text.length() && Character.isDigit(text.charAt(k));
  }
}
