package dev.dossier.nlp.ner;

import java.util.Locale;
import java.util.Set;

/**
 * Names of holidays and festivals, which the tagger, never having seen one in training, reads as
 * places or organisations ("at Christmas" as a GPE). They are times, not entities: the times stage
 * reads them.
 */
final class Holidays {

  private static final Set<String> NAMES = Set.of("christmas", "christmas day", "christmas eve", "xmas",
      "easter", "easter sunday", "easter monday", "good friday", "lent", "advent", "whitsun", "pentecost",
      "ramadan", "eid", "eid al-fitr", "eid al-adha", "diwali", "hanukkah", "chanukah", "passover",
      "yom kippur", "rosh hashanah", "thanksgiving", "thanksgiving day", "halloween", "hogmanay",
      "new year", "new year 's day", "new year 's eve", "boxing day", "valentine 's day", "mardi gras",
      "bonfire night", "guy fawkes night", "lunar new year", "chinese new year", "nowruz", "holi",
      "kwanzaa", "midsummer", "michaelmas", "epiphany");

  private Holidays() {}

  /** Whether the words of a mention are, together, a holiday's name. */
  static boolean named(String[] words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.replace('\u2019', '\'').toLowerCase(Locale.ROOT));
    }
    return NAMES.contains(b.toString());
  }
}
