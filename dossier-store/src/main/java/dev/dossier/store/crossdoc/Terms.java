package dev.dossier.store.crossdoc;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalised names and content words, the vocabulary cross-document linking compares. Stateless
 * and thread-safe.
 */
public final class Terms {
  private Terms() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final Set<String> STOP = Set.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
      "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but",
      "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from",
      "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
      "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more",
      "most", "my", "myself", "nor", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
      "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that",
      "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
      "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when",
      "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
      "yourself", "said", "says", "say", "told", "according", "mr", "mrs", "ms", "s", "t", "may",
      "might", "must", "shall", "us", "one", "new", "week", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "reuter", "reuters", "however", "per", "via");

  private static final Set<String> VERB_NEGATIONS = Set.of("not", "never", "neither", "nor", "cannot");
  private static final Set<String> NEGATIONS = Set.of(
      "not", "no", "never", "none", "nobody", "nothing", "neither", "without", "deny", "denied",
      "denies", "denying", "reject", "rejected", "rejects", "false", "untrue", "dismissed", "dismiss");

  /**
   * A name for comparison: accents removed, lower case, punctuation as spaces, a leading "the"
   * dropped. Never null; empty when the name has no letters or digits.
   */
  public static String normalizeName(String name) {
    if (name == null) {
      return "";
    }
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace("'s", " ").replace("\u2019s", " ");
    s = NON_WORD.matcher(s).replaceAll(" ").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }

  /** Honorifics a person's name may start with, normalised: "Mr Howard" is Howard. */
  private static final Set<String> HONORIFICS = Set.of(
      "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "messrs", "mme", "mlle");

  /** Whether a normalised word is an honorific ("mr", "mrs", "dr", "sir"...). */
  public static boolean isHonorific(String word) {
    return HONORIFICS.contains(word);
  }

  /**
   * A normalised name without its leading honorifics ("mr howard": "howard"); the name itself when
   * it has none, or is nothing else ("sir").
   */
  public static String withoutHonorific(String norm) {
    String s = norm;
    int sp = s.indexOf(' ');
    while (sp > 0 && HONORIFICS.contains(s.substring(0, sp))) {
      s = s.substring(sp + 1);
      sp = s.indexOf(' ');
    }
    return s;
  }

  /** English nicknames of parties, normalised, to the name they stand for: the Tories are the Conservatives. */
  private static final Map<String, String> PARTY_NICKNAMES = Map.of(
      "tory", "conservative", "tories", "conservative", "lib dem", "liberal democrat",
      "lib dems", "liberal democrats", "libdem", "liberal democrat", "libdems", "liberal democrats");

  /**
   * The normalised names of the party a short name may stand for, most likely first: "tory" and
   * "conservatives" may stand for "conservative party", "labour" for "labour party", "lib dems"
   * for "liberal democrats". Empty for a name that already ends in "party".
   */
  public static List<String> partyNames(String norm) {
    List<String> out = new ArrayList<>();
    if (norm.isEmpty() || norm.endsWith(" party") || norm.equals("party")) {
      return out;
    }
    String base = PARTY_NICKNAMES.get(norm);
    if (base != null) {
      out.add(base);
    } else {
      base = norm;
    }
    out.add(base + " party");
    if (base.endsWith("s") && !base.endsWith("ss")) {
      out.add(base.substring(0, base.length() - 1) + " party"); // "conservatives": "conservative party"
    }
    return out;
  }

  /** The words of a text, lower-cased, accents removed, in order (stop words kept). */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    if (ascii(text)) {
      asciiWords(text, out);
      return out;
    }
    String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** Letters and digits runs, lower-cased: the same result as the general path for ASCII text. */
  private static void asciiWords(String s, List<String> out) {
    int i = 0;
    int n = s.length();
    StringBuilder w = new StringBuilder();
    while (i < n) {
      char c = s.charAt(i++);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        w.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        w.append((char) (c + 32));
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
  }

  /** Content words of a text, stemmed, without stop words and negations, in order of first use. */
  public static List<String> content(String text) {
    List<String> out = new ArrayList<>();
    for (String w : words(text)) {
      String c = contentWord(w);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** The stem of a word that counts as content, or null for a stop word, a negation or one letter. */
  private static String contentWord(String w) {
    return w.length() < 2 || STOP.contains(w) || NEGATIONS.contains(w) ? null : stem(w);
  }

  /** Words of three letters or more that are not stop words, unstemmed, in order: for labels. */
  public static List<String> keywords(String text) {
    List<String> out = new ArrayList<>();
    for (String w : words(text)) {
      if (w.length() >= 3 && !STOP.contains(w) && !NEGATIONS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("two", "2"),
      Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"),
      Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
      Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("half", "0.5"));

  /**
   * The terms of a claim: {@link #content} words, and its numbers whole ("8.6", "1,500" as 1500,
   * "6-7/8", "two" as 2; "one" stays a stop word), so that "a net loss of 8.6 mln dlrs" and "a
   * net loss of 60.4 mln dlrs" keep the numbers that tell them apart. In order of first use.
   */
  public static Set<String> claimTerms(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return out;
    }
    Matcher m = NUMBER.matcher(text);
    int from = 0;
    while (m.find()) {
      addClaimWords(text.substring(from, m.start()), out);
      out.add(number(m.group()));
      from = m.end();
    }
    addClaimWords(text.substring(from), out);
    return out;
  }

  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\d+(?:[.,/]\\d+)*");
  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");

  private static void addClaimWords(String text, Set<String> out) {
    for (String w : words(text)) {
      String n = NUMBER_WORDS.get(w);
      String c = n != null ? n : contentWord(w);
      if (c != null) {
        out.add(c);
      }
    }
  }

  /** A number as claims compare it: thousands separators dropped, trailing decimal zeros too. */
  static String number(String n) {
    String s = THOUSANDS.matcher(n).matches() ? n.replace(",", "") : n.replace(',', '.');
    if (!DECIMAL.matcher(s).matches()) {
      return s;
    }
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    return s.substring(0, s.charAt(end - 1) == '.' ? end - 1 : end);
  }

  /** Whether a claim term is a number ({@link #claimTerms}). */
  public static boolean isNumber(String t) {
    if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!Character.isDigit(c) && c != '.' && c != '/') {
        return false;
      }
    }
    return true;
  }

  /** {@link #content} as a set, in order of first use. */
  public static Set<String> contentSet(String text) {
    return new LinkedHashSet<>(content(text));
  }

  /** Whether a statement is negated ("did not", "never", "denied"). */
  public static boolean negated(String text) {
    List<String> ws = words(text);
    for (int i = 0; i < ws.size(); i++) {
      String w = ws.get(i);
      if (NEGATIONS.contains(w) || contractedNot(ws, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether words {@code ws} negate a verb: "not", "never", "n't", "no need", "no longer",
   * "failed to", "refused to". A negated noun ("with no agreement", "without a breakthrough")
   * does not count: the sentence still says something was done.
   */
  public static boolean negatedVerb(List<String> ws) {
    for (int i = 0; i < ws.size(); i++) {
      String w = ws.get(i);
      String next = i + 1 < ws.size() ? ws.get(i + 1) : "";
      if (VERB_NEGATIONS.contains(w) || contractedNot(ws, i)
          || w.equals("no") && (next.equals("need") || next.equals("longer"))
          || (w.equals("failed") || w.equals("fails") || w.equals("refused")) && next.equals("to")) {
        return true;
      }
    }
    return false;
  }

  /** Whether word {@code i} is the "t" of "n't" (don't, didn't, won't, isn't split on the apostrophe). */
  private static boolean contractedNot(List<String> ws, int i) {
    return ws.get(i).equals("t") && i > 0 && ws.get(i - 1).endsWith("n");
  }

  /**
   * A light English stemmer (plural, -ing, -ed, final e), enough to match "talks"/"talk" and
   * "voted"/"votes"/"vote".
   */
  public static String stem(String w) {
    String s = w;
    int n = s.length();
    if (n > 4 && s.endsWith("ies")) {
      s = s.substring(0, n - 3) + "y";
    } else if (n > 4 && (s.endsWith("sses") || s.endsWith("xes") || s.endsWith("ches") || s.endsWith("shes"))) {
      s = s.substring(0, n - 2);
    } else if (n > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
      s = s.substring(0, n - 1);
    }
    n = s.length();
    if (n > 5 && s.endsWith("ing")) {
      s = undouble(s.substring(0, n - 3));
    } else if (n > 4 && s.endsWith("ed") && !s.endsWith("eed")) {
      s = undouble(s.substring(0, n - 2));
    }
    n = s.length();
    if (n > 3 && s.endsWith("e")) {
      s = s.substring(0, n - 1);
    }
    return s;
  }

  private static String undouble(String s) {
    int n = s.length();
    if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "bdgklmnprt".indexOf(s.charAt(n - 1)) >= 0) {
      return s.substring(0, n - 1);
    }
    return s;
  }

  /** |a ∩ b| / min(|a|, |b|), 0 when either is empty. */
  public static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return (double) intersection(a, b) / Math.min(a.size(), b.size());
  }

  /** |a ∩ b| / |a ∪ b|, 0 when both are empty. */
  public static double jaccard(Set<String> a, Set<String> b) {
    int i = intersection(a, b);
    int u = a.size() + b.size() - i;
    return u == 0 ? 0 : (double) i / u;
  }

  public static int intersection(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int n = 0;
    for (String s : small) {
      if (large.contains(s)) {
        n++;
      }
    }
    return n;
  }
}
