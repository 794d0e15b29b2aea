package dev.dossier.nlp.pos;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A compact English lemmatiser: an exception list for irregular forms
 * ({@code lemma-exceptions.txt}: said → say, men → man, better → good) and suffix rules chosen by
 * the part-of-speech tag: plural nouns lose {@code -s/-es/-ies} (officials → official, crises via
 * the list), verbs lose {@code -s/-ed/-ing} with doubling undone and a final {@code e} restored by
 * spelling rules read from the stem's last letters (reported → report, stopped → stop, hoped → hope,
 * negotiated → negotiate, announced → announce, released → release, scheduled → schedule,
 * declined → decline, controlled → control; aired, belonged, honored keep theirs), comparatives and superlatives lose {@code -er/-est}. Other tokens are
 * lower-cased. Immutable; thread-safe.
 */
public final class Lemmatizer {

  private static final Set<String> KEEP_DOUBLE = Set.of("ll", "ss", "ff", "zz");
  private final Map<String, String[]> exceptions; // form -> {lemma, tagPrefix or ""}

  private Lemmatizer(Map<String, String[]> exceptions) {
    this.exceptions = exceptions;
  }

  /**
   * The lemmatiser with the shipped exception list.
   *
   * @throws UncheckedIOException if the list is missing from the class path
   */
  public static Lemmatizer standard() {
    String path = "/dev/dossier/nlp/pos/lemma-exceptions.txt";
    Map<String, String[]> m = new HashMap<>();
    try (InputStream in = Lemmatizer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException(path + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\s+");
        m.putIfAbsent(f[0] + "/" + (f.length > 2 ? f[2] : ""), new String[] {f[1], f.length > 2 ? f[2] : ""});
        m.putIfAbsent(f[0], new String[] {f[1], f.length > 2 ? f[2] : ""});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return new Lemmatizer(Map.copyOf(m));
  }

  /**
   * The lower-case lemma of {@code word} tagged {@code tag} (Penn Treebank; null treated as
   * unknown, lower-casing only). Never null.
   */
  public String lemma(String word, String tag) {
    String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (tag == null) {
      return w;
    }
    String[] ex = exceptions.get(w);
    if (ex != null && (ex[1].isEmpty() || tag.startsWith(ex[1]))) {
      return ex[0];
    }
    if (tag.startsWith("NNP")) {
      return w;
    }
    switch (tag) {
      case "NNS":
        return noun(w);
      case "VBD", "VBN":
        return w.endsWith("ed") && w.length() > 4 ? restore(w.substring(0, w.length() - 2), w)
            : w.endsWith("ed") && w.length() == 4 ? w.substring(0, 3) : w;
      case "VBG":
        return w.endsWith("ing") && w.length() > 4 ? restore(w.substring(0, w.length() - 3), w) : w;
      case "VBZ":
        return verbS(w);
      case "JJR", "RBR":
        return w.endsWith("er") && w.length() > 4 ? adjective(w.substring(0, w.length() - 2)) : w;
      case "JJS", "RBS":
        return w.endsWith("est") && w.length() > 5 ? adjective(w.substring(0, w.length() - 3)) : w;
      default:
        return w;
    }
  }

  private static String noun(String w) {
    if (w.length() <= 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
      return w;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zzes")) {
      return w.substring(0, w.length() - 2);
    }
    return w.substring(0, w.length() - 1);
  }

  private static String verbS(String w) {
    if (w.length() <= 3 || !w.endsWith("s") || w.endsWith("ss")) {
      return w;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zzes")
        || w.endsWith("oes")) {
      return w.substring(0, w.length() - 2);
    }
    return w.substring(0, w.length() - 1);
  }

  private static String adjective(String stem) {
    if (stem.endsWith("i")) {
      return stem.substring(0, stem.length() - 1) + "y"; // happier -> happy
    }
    int n = stem.length();
    if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && !isVowel(stem.charAt(n - 1))
        && !KEEP_DOUBLE.contains(stem.substring(n - 2))) {
      return stem.substring(0, n - 1); // bigger -> big
    }
    if (n >= 2 && (stem.endsWith("g") || stem.endsWith("v") || stem.endsWith("c") || stem.endsWith("at")
        || stem.endsWith("ur") || stem.endsWith("r") && n <= 3)) {
      return stem + "e"; // larger -> large, braver -> brave, later -> late
    }
    return stem;
  }

  /** Restores the base form of a verb stem left after removing -ed or -ing. */
  static String restore(String stem, String form) {
    int n = stem.length();
    if (form.endsWith("ied") && n >= 2 && stem.endsWith("i")) {
      return stem.substring(0, n - 1) + "y"; // carried -> carry
    }
    if (form.endsWith("ying")) {
      return stem; // carrying -> carry
    }
    if (form.endsWith("eed") && stem.endsWith("e")) {
      return stem + "e"; // agreed -> agree
    }
    char last = stem.charAt(n - 1);
    char prev = n >= 2 ? stem.charAt(n - 2) : ' ';
    char before = n >= 3 ? stem.charAt(n - 3) : ' ';
    if (n >= 4 && last == prev && !isVowel(last) && !KEEP_DOUBLE.contains(stem.substring(n - 2))) {
      return stem.substring(0, n - 1); // stopped -> stop, occurred -> occur; added -> add stays
    }
    if (last == 'l' && prev == 'l' && undoubleL(stem, n)) {
      return stem.substring(0, n - 1); // controlled -> control, expelled -> expel, signalled -> signal
    }
    return needsFinalE(stem, n, last, prev, before) || monosyllabicCvc(stem) ? stem + "e" : stem; // hoped, voted
  }

  /**
   * Whether a stem ending in "ll" doubled the l of a verb ending in one l: controlled, patrolled,
   * expelled, dispelled, fuelled and British signalled, totalled; not the verbs that end in "ll"
   * (called, installed, recalled, retelling, outselling, dwelled, smelled, shelled, quelled, enrolled).
   */
  private static boolean undoubleL(String stem, int n) {
    if (stem.endsWith("uell") && !stem.endsWith("quell")) {
      return true; // fuelled, duelled
    }
    if (n < 6) {
      return false;
    }
    if (stem.endsWith("oll")) {
      return n >= 7; // controlled, patrolled; enrolled, unrolled
    }
    if (stem.endsWith("ell")) {
      return !stem.endsWith("tell") && !stem.endsWith("sell") && !stem.endsWith("misspell")
          && !stem.endsWith("well") && !stem.endsWith("mell") && !stem.endsWith("hell") && !stem.endsWith("quell");
    }
    if (stem.endsWith("all")) {
      return !stem.endsWith("stall") && !stem.endsWith("call") && !stem.endsWith("fall") && !stem.endsWith("wall")
          && !stem.endsWith("ball") && !stem.endsWith("hall") && !stem.endsWith("thrall");
    }
    return false;
  }

  /**
   * Whether a verb stem left after removing -ed or -ing lost a final e, read from its last letters
   * (the doubled consonant already undone); a one-syllable stem ending consonant, vowel, consonant
   * (hoped, voted) gets its e besides. Verbs these spellings get wrong are in the exception list.
   */
  private static boolean needsFinalE(String stem, int n, char last, char prev, char before) {
    switch (last) {
      case 'd':
        return n >= 4 && isVowel(prev) && !isVowel(before) // decided, traded, concluded, conceded
            || (prev == 'a' || prev == 'i') && before == 'u'; // persuaded, guided
      case 's':
        if (prev == 'o' || prev == 'p' || prev == 'r' || prev == 'n' || prev == 'l' || prev == 'y') {
          return true; // proposed, collapsed, nursed, sensed, pulsed, paralysed
        }
        if (prev == 'a') {
          return !stem.endsWith("bias"); // released, increased, purchased, caused
        }
        return prev == 'u' && !stem.endsWith("cus") // refused, used; focused
            || prev == 'i' && n >= 4 && !stem.endsWith("ois"); // raised, revised
      case 't':
        if (prev == 'a') {
          return n >= 5 && !stem.endsWith("eat") && !stem.endsWith("oat"); // negotiated; treated
        }
        if (prev == 'u') {
          return n >= 5 && !isVowel(before); // disputed
        }
        return prev == 'o' && (before == 'm' || before == 'u' || stem.endsWith("evot") || stem.endsWith("enot"))
            || prev == 'e' && stem.endsWith("plet"); // promoted, quoted, devoted, denoted; completed
      case 'z':
        return prev != 't'; // organized, analyzed, freezing; waltzed
      case 'v':
      case 'u':
        return true; // moved, argued
      case 'c':
        return prev != 'c'; // announced
      case 'g':
        if (prev == 'n') {
          // changed, arranged, plunged, avenged; but bringing, belonged, hanged, banged
          return before != 'o' && before != 'i' && !stem.equals("hang") && !stem.equals("bang")
              && !stem.equals("clang") && !stem.equals("overhang");
        }
        return prev == 'r' || prev == 'd' || prev == 'l' || prev == 'a' || prev == 'e' || prev == 'i'; // charged, judged, bulged, damaged, alleged, obliged
      case 'r':
        if (prev == 'i' || prev == 'u') {
          return !isVowel(before) || stem.endsWith("uir"); // fired, secured, required; aired, toured, poured
        }
        if (prev == 'o') {
          return n <= 4 || stem.endsWith("gnor") || stem.endsWith("plor") || stem.endsWith("stor")
              || stem.endsWith("scor"); // scored, ignored, explored, restored, underscored; honored
        }
        return prev == 'a' && n >= 5 && !isVowel(before); // declared, compared, prepared
      case 'l':
        return prev == 'b' || prev == 'p' || prev == 'd' || prev == 't' || prev == 'g' || prev == 'k'
            || prev == 'c' || prev == 'z' || prev == 'f' // tabled, handled, settled, struggled, stifled
            || prev == 'u' && !isVowel(before) // scheduled, ruled; hauled
            || prev == 'i' && (before == 'p' || before == 'x' || before == 'f' || before == 'v'); // compiled, exiled, profiled
      case 'n':
        return prev == 'i' && n >= 5 && !isVowel(before) // declined, determined; joined
            || prev == 'e' && before == 'v' // intervened, convened
            || stem.endsWith("ephon"); // telephoned; siphoned
      case 'k':
        return (prev == 'o' || prev == 'a' || prev == 'i') && !isVowel(before); // provoked, undertaking; looked
      case 'b':
        return prev == 'i' && n >= 5; // described, prescribed
      case 'p':
        return prev == 'a' && n >= 5; // escaped, reshaped
      case 'm':
        return prev == 'u' && n >= 5 && !isVowel(before); // resumed, assumed
      default:
        return false;
    }
  }

  private static boolean monosyllabicCvc(String s) {
    int n = s.length();
    if (n < 3) {
      return false;
    }
    char c = s.charAt(n - 1);
    char v = s.charAt(n - 2);
    char c0 = s.charAt(n - 3);
    if (isVowel(c) || c == 'w' || c == 'x' || c == 'y' || !isVowel(v) || isVowel(c0)) {
      return false;
    }
    int groups = 0;
    boolean in = false;
    for (int i = 0; i < n; i++) {
      boolean vowel = isVowel(s.charAt(i)) || (s.charAt(i) == 'y' && i > 0);
      if (vowel && !in) {
        groups++;
      }
      in = vowel;
    }
    return groups == 1;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
