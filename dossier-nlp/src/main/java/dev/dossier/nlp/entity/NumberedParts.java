package dev.dossier.nlp.entity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words that, capitalised before a numeral, name a numbered part of something ("Phase 2" of a
 * ceasefire, "Chapter 11", "Article 5", "Round 3", "Category 4"), not an actor: the NER's capitalised
 * word there is not a name. Words that are also surnames or outlets' names ("Page Six", "Rule",
 * "Grade") are not listed. Stateless; thread-safe.
 */
final class NumberedParts {

  private static final Set<String> WORDS = Set.of("phase", "stage", "round", "step", "part", "chapter",
      "section", "article", "clause", "paragraph", "annex", "appendix", "item", "level", "tier", "category",
      "volume");
  private static final Pattern NUMERAL = Pattern.compile(
      "\\d{1,4}[A-Za-z]?|[IVX]{1,5}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)");

  private NumberedParts() {}

  /** Whether {@code lower}, a lower-cased token, names a numbered part when a numeral follows it. */
  static boolean isPartWord(String lower) {
    return WORDS.contains(lower);
  }

  /** Whether {@code token} is a part number: digits (with a letter: "11b"), a Roman or a spelled-out numeral. */
  static boolean isNumeral(String token) {
    return NUMERAL.matcher(token).matches();
  }
}
