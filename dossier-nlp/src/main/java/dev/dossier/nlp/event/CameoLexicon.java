package dev.dossier.nlp.event;

import dev.dossier.model.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Verbs, verb phrases and event nouns mapped to CAMEO event codes. The shipped lexicon
 * ({@code cameo-verbs.txt}, written for Dossier) documents the format; {@link PetrarchVerbs} turns a
 * PETRARCH2 verb dictionary the user supplies into entries of the same kind. Immutable; thread-safe.
 */
public final class CameoLexicon {

  /** The part of speech an entry's trigger takes. */
  public enum Kind { VERB, NOUN, ADJECTIVE }

  /**
   * One entry.
   *
   * @param code CAMEO code of the actor's act on the target
   * @param reverse code of the same act seen from the target's side, or null
   * @param kind part of speech of the trigger
   * @param trigger lemma of the trigger, lower case
   * @param before words that must precede the trigger, in order (nouns: its modifiers)
   * @param after words that must follow the trigger, in order
   * @param action short normalised description
   * @param source where the entry comes from ("dossier", a file name)
   * @param exact whether the other words must match the text exactly (PETRARCH patterns) rather
   *     than by lemma or stem; a word written {@code +word} must directly follow the word before it
   */
  public record Entry(String code, String reverse, Kind kind, String trigger, List<String> before,
      List<String> after, String action, String source, boolean exact) {
    public Entry {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(trigger, "trigger");
      before = List.copyOf(before);
      after = List.copyOf(after);
    }

    int words() {
      return before.size() + after.size();
    }

    /** The CAMEO root: the first two digits of the code. */
    public String root() {
      return code.length() >= 2 ? code.substring(0, 2) : code;
    }
  }

  /**
   * A matched entry.
   *
   * @param entry the entry
   * @param first index of the first token matched (a word before the trigger, or the trigger)
   * @param last index of the last token matched
   */
  public record Match(Entry entry, int first, int last) {}

  private static final int GAP = 5;
  /**
   * How far apart the words of a PETRARCH pattern may be: its words lie anywhere in the verb's
   * phrase in PETRARCH, up to a complement clause ("allowed that Mordor isn't a really pleasant").
   */
  private static final int EXACT_GAP = 8;
  /** The word standing for a compound subject in a pattern ({@code % * [030]}). */
  static final String COMPOUND = "%";
  private static volatile CameoLexicon shipped;

  /** The entries by kind, then trigger, in the order they were given. */
  private final Map<Kind, Map<String, List<Entry>>> byKind = new EnumMap<>(Kind.class);
  private final int size;

  private CameoLexicon(List<Entry> entries) {
    for (Kind k : Kind.values()) {
      byKind.put(k, new HashMap<>());
    }
    for (Entry e : entries) {
      byKind.get(e.kind()).computeIfAbsent(e.trigger(), k -> new ArrayList<>()).add(e);
    }
    byKind.replaceAll((k, m) -> {
      m.replaceAll((t, v) -> List.copyOf(v));
      return Map.copyOf(m);
    });
    this.size = entries.size();
  }

  /** A lexicon of these entries; earlier entries win ties. */
  public static CameoLexicon of(List<Entry> entries) {
    return new CameoLexicon(entries);
  }

  /** The lexicon shipped with Dossier (read once per JVM). */
  public static CameoLexicon shipped() {
    CameoLexicon s = shipped;
    if (s == null) {
      String path = "/dev/dossier/nlp/event/cameo-verbs.txt";
      try (InputStream in = CameoLexicon.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + path);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        s = new CameoLexicon(parse(r.lines().toList(), "dossier"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
      shipped = s;
    }
    return s;
  }

  /**
   * Reads lexicon lines in the shipped format.
   *
   * @throws IllegalArgumentException naming the line number when a line cannot be read
   */
  public static List<Entry> parse(List<String> lines, String source) {
    List<Entry> out = new ArrayList<>();
    int n = 0;
    for (String raw : lines) {
      n++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", 2);
      if (cols.length < 2) {
        throw new IllegalArgumentException(source + " line " + n + ": need CODE<TAB>PATTERN: " + raw);
      }
      String[] codes = cols[0].strip().split(":");
      String pattern = cols[1];
      String action = null;
      int bar = pattern.indexOf('|');
      if (bar >= 0) {
        action = pattern.substring(bar + 1).strip();
        pattern = pattern.substring(0, bar);
      }
      String[] w = pattern.strip().toLowerCase(Locale.ROOT).split("\\s+");
      if (w.length < 2 || !codes[0].matches("\\d{2,4}")) {
        throw new IllegalArgumentException(source + " line " + n + ": bad code or pattern: " + raw);
      }
      Kind kind = switch (w[0]) {
        case "v" -> Kind.VERB;
        case "n" -> Kind.NOUN;
        case "a" -> Kind.ADJECTIVE;
        default -> throw new IllegalArgumentException(source + " line " + n + ": class must be v, n or a: " + raw);
      };
      List<String> before = new ArrayList<>();
      List<String> after = new ArrayList<>();
      String trigger;
      if (kind == Kind.NOUN) {
        trigger = w[w.length - 1];
        for (int i = 1; i < w.length - 1; i++) {
          before.add(w[i]);
        }
      } else {
        trigger = w[1];
        for (int i = 2; i < w.length; i++) {
          if (w[i].startsWith("<")) {
            before.add(w[i].substring(1));
          } else {
            after.add(w[i]);
          }
        }
      }
      out.add(new Entry(codes[0], codes.length > 1 ? codes[1] : null, kind, trigger, before, after,
          action == null ? trigger : action, source, false));
    }
    return out;
  }

  /** This lexicon with {@code first}'s entries consulted before its own. */
  public CameoLexicon after(CameoLexicon first) {
    List<Entry> all = new ArrayList<>();
    first.byKind.values().forEach(m -> m.values().forEach(all::addAll));
    byKind.values().forEach(m -> m.values().forEach(all::addAll));
    return new CameoLexicon(all);
  }

  public int size() {
    return size;
  }

  /** Whether some entry of this kind has this trigger lemma. */
  public boolean has(Kind kind, String lemma) {
    return byKind.get(kind).containsKey(lemma);
  }

  /** Whether some entry of this kind has the token's lemma, text or a stem of it as trigger. */
  public boolean has(Kind kind, Token x) {
    return hasAny(kind, forms(x));
  }

  /** Whether some entry of this kind has one of {@code forms} (a token's {@link #forms}) as trigger. */
  boolean hasAny(Kind kind, List<String> forms) {
    Map<String, List<Entry>> triggers = byKind.get(kind);
    for (String f : forms) {
      if (triggers.containsKey(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The surface form, the tagger's lemma and stems from English inflection rules ("welcomed" →
   * "welcome", "stopped" → "stop"), most specific first; the rules back up the lemmatiser for
   * words it does not know.
   */
  static List<String> forms(Token x) {
    String w = x.text().toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    out.add(w);
    addOnce(out, lemma(x));
    if (w.endsWith("ies") && w.length() > 4) {
      addOnce(out, w.substring(0, w.length() - 3) + "y");
    }
    if (w.endsWith("ied") && w.length() > 4) {
      addOnce(out, w.substring(0, w.length() - 3) + "y");
    }
    for (String suffix : new String[] {"ing", "ed", "es", "s", "d"}) {
      if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
        String stem = w.substring(0, w.length() - suffix.length());
        if (suffix.equals("es") && !sibilantOrO(stem)) {
          continue;
        }
        addOnce(out, stem);
        if (suffix.equals("ing") || suffix.equals("ed")) {
          addOnce(out, stem + "e");
          int n = stem.length();
          if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
            addOnce(out, stem.substring(0, n - 1));
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether {@code stem} ends in s, x, z, ch, sh or o, the stems that take "-es" ("boxes", "goes");
   * as the pattern {@code .*(s|x|z|ch|sh|o)} read it, a stem holding a line break does not.
   */
  private static boolean sibilantOrO(String stem) {
    if (!(stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("ch")
        || stem.endsWith("sh") || stem.endsWith("o"))) {
      return false;
    }
    for (int i = 0; i < stem.length(); i++) {
      char c = stem.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  private static void addOnce(List<String> l, String s) {
    if (s != null && !s.isEmpty() && !l.contains(s)) {
      l.add(s);
    }
  }

  /**
   * The most specific entry matching the trigger at token {@code at}, whose other words lie in
   * {@code [from, to)} (the clause), or null.
   */
  public Match match(Kind kind, List<Token> t, int at, int from, int to) {
    return match(kind, t, at, from, to, false);
  }

  /**
   * As {@link #match(Kind, List, int, int, int)}; entries for a compound subject (PETRARCH's
   * {@code %} before the verb) apply only when {@code compoundSubject}.
   */
  public Match match(Kind kind, List<Token> t, int at, int from, int to, boolean compoundSubject) {
    return match(kind, t, at, from, from, to, compoundSubject);
  }

  /**
   * As {@link #match(Kind, List, int, int, int, boolean)}; the words a PETRARCH pattern puts before
   * the verb may lie from {@code patternFrom} on (the sentence: "indicated it would act", "will not
   * wire tap"), the words of other entries from {@code from} (the clause).
   */
  public Match match(Kind kind, List<Token> t, int at, int from, int patternFrom, int to, boolean compoundSubject) {
    List<Entry> candidates = candidates(kind, t.get(at));
    Match best = null;
    for (Entry e : candidates) {
      if (e.before().contains(COMPOUND) != compoundSubject && e.before().contains(COMPOUND)) {
        continue;
      }
      Match m = kind == Kind.NOUN ? matchNoun(e, t, at, from)
          : matchVerb(e, t, at, e.exact() ? Math.min(from, patternFrom) : from, to);
      if (m != null && (best == null || e.words() > best.entry().words())) {
        best = m;
      }
    }
    return best;
  }

  private List<Entry> candidates(Kind kind, Token x) {
    List<Entry> c = new ArrayList<>();
    for (String f : forms(x)) {
      List<Entry> l = byKind.get(kind).get(f);
      if (l != null) {
        c.addAll(l);
        if (kind != Kind.VERB || !c.isEmpty() && f.equals(lemma(x))) {
          break;
        }
      }
    }
    return c;
  }

  private static Match matchVerb(Entry e, List<Token> t, int at, int from, int to) {
    int gap = e.exact() ? EXACT_GAP : GAP;
    int pos = at;
    for (String a : e.after()) {
      if (a.equals(COMPOUND)) {
        continue;
      }
      boolean glued = a.startsWith("+");
      String w = glued ? a.substring(1) : a;
      int found = -1;
      for (int j = pos + 1; j < Math.min(to, glued ? pos + 2 : pos + 1 + gap); j++) {
        if (e.exact() ? exact(t.get(j), w) : is(t.get(j), w)) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        return null;
      }
      pos = found;
    }
    int first = at;
    int back = at;
    for (int k = e.before().size() - 1; k >= 0; k--) {
      int found = -1;
      String raw = e.before().get(k);
      String w = raw.replace("+", "");
      if (w.equals(COMPOUND)) {
        continue;
      }
      boolean glued = raw.endsWith("+") || k + 1 < e.before().size() && e.before().get(k + 1).startsWith("+");
      for (int j = back - 1; j >= Math.max(from, glued ? back - 1 : back - gap); j--) {
        if (e.exact() ? exact(t.get(j), w) : is(t.get(j), w)) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        return null;
      }
      back = found;
      first = found;
    }
    return new Match(e, first, pos);
  }

  private static Match matchNoun(Entry e, List<Token> t, int at, int from) {
    int j = at - 1;
    for (int k = e.before().size() - 1; k >= 0; k--, j--) {
      if (j < from || !is(t.get(j), e.before().get(k))) {
        return null;
      }
    }
    return new Match(e, j + 1, at);
  }

  private static boolean exact(Token x, String word) {
    return word.equalsIgnoreCase(x.text()) || word.equals("n't") && x.text().equalsIgnoreCase("not");
  }

  static boolean is(Token x, String word) {
    return word.equals(lemma(x)) || word.equalsIgnoreCase(x.text()) || forms(x).contains(word);
  }

  static String lemma(Token x) {
    return x.lemma() != null ? x.lemma() : x.text().toLowerCase(Locale.ROOT);
  }
}
