package dev.dossier.nlp.figure;

import dev.dossier.model.Analysis;
import dev.dossier.model.Attribution;
import dev.dossier.model.Extent;
import dev.dossier.model.Figure;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.Token;
import dev.dossier.nlp.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Provides the {@code figures} layer: percentages, sums of money and counts of people or things,
 * with what is measured ("76% approval"), of what ("U.S. leadership enjoying ...", "... for
 * Israel's own government"), among whom ("among Israelis"), comparison words ("compared with
 * just"), who gives the figure (the attribution whose content holds it, and its source entity) and
 * when (a time in the attribution's source or the sentence). Numbers inside time expressions and
 * bare numbers without a unit ("Phase 2") are not figures. Immutable; thread-safe.
 */
public final class FigureStage implements Stage {

  public static final String NAME = "figures";

  private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "US$", "USD", "€", "EUR", "£", "GBP",
      "¥", "JPY", "C$", "CAD", "A$", "AUD");
  /** Words after a figure that do not say what it measures ("Shr 69 cts vs 22 cts"). */
  private static final Set<String> NOT_MEASURES = Set.of("vs", "vs.", "versus", "v", "v.", "against", "from", "to");
  /** Currency words, with the wire abbreviations ("dlrs", "stg", "cts"). */
  private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("dollars", "USD"),
      Map.entry("dollar", "USD"), Map.entry("dlrs", "USD"), Map.entry("dlr", "USD"), Map.entry("euros", "EUR"),
      Map.entry("euro", "EUR"), Map.entry("pounds", "GBP"), Map.entry("stg", "GBP"), Map.entry("sterling", "GBP"),
      Map.entry("yen", "JPY"), Map.entry("shekels", "ILS"), Map.entry("shekel", "ILS"), Map.entry("rubles", "RUB"),
      Map.entry("roubles", "RUB"), Map.entry("yuan", "CNY"), Map.entry("marks", "DEM"), Map.entry("guilders", "NLG"),
      Map.entry("lire", "ITL"), Map.entry("cts", "cents"), Map.entry("cents", "cents"), Map.entry("pence", "pence"),
      Map.entry("rupees", "INR"), Map.entry("rupee", "INR"), Map.entry("rupiah", "IDR"), Map.entry("baht", "THB"),
      Map.entry("naira", "NGN"));
  /** Multipliers written onto digits that are also units of length or size ("a 5m wall", "a 10k run"). */
  private static final Set<String> WEAK_SUFFIXES = Set.of("m", "k", "b");
  private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
      "trillion", 1e12, "mln", 1e6, "bln", 1e9, "bn", 1e9, "m", 1e6);
  private static final Set<String> PEOPLE = Set.of("people", "persons", "civilians", "soldiers", "troops", "residents",
      "voters", "israelis", "palestinians", "americans", "children", "women", "men", "workers", "employees",
      "refugees", "hostages", "prisoners", "protesters", "demonstrators", "migrants", "fighters", "militants",
      "casualties", "victims", "deaths", "dead", "killed", "wounded", "injured", "respondents", "members",
      "officers", "police", "students", "patients", "citizens", "inhabitants", "staff", "personnel", "adults",
      "pupils", "teenagers", "passengers", "pensioners", "journalists", "teachers", "nurses", "doctors");
  private static final Set<String> COMPARISON = Set.of("compared", "versus", "vs.", "vs", "than", "from", "against",
      "while", "whereas");
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.TIMES, Layers.ATTRIBUTIONS);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.FIGURES);
  }

  @Override
  public Analysis apply(Analysis in) {
    String text = in.text();
    List<Token> t = in.layer(Layers.TOKENS);
    List<TimeExpression> times = in.layer(Layers.TIMES);
    List<Attribution> attributions = in.layer(Layers.ATTRIBUTIONS);
    List<Figure> out = new ArrayList<>();
    int ti = 0;
    for (int i = 0; i < t.size(); i++) {
      Token x = t.get(i);
      Fraction fraction = Fraction.at(t, i);
      Numeral n = fraction == null ? Numeral.at(t, i) : null;
      if (fraction == null && n == null) {
        continue;
      }
      while (ti < times.size() && times.get(ti).end() <= x.start()) {
        ti++;
      }
      if (ti < times.size() && times.get(ti).start() <= x.start() && x.end() <= times.get(ti).end()) {
        continue;
      }
      if (fraction != null) {
        out.add(describe(in, t, i, fraction.to(), x.start(), t.get(fraction.to() - 1).end(), fraction.to(),
            fraction.percent(), "%", attributions, times, out));
        i = fraction.to() - 1;
        continue;
      }
      Reading r = read(t, i, n);
      if (r != null && r.unit() == null && n.low() == null) {
        r = rangeTo(t, i, r);
      }
      r = r == null || r.unit() != null ? r : counted(t, i, n, r);
      if (r == null) {
        continue;
      }
      int end = t.get(r.to() - 1).end();
      if (n.low() != null) {
        int lowEnd = x.start() + n.lowLength();
        out.add(describe(in, t, r.from(), r.to(), t.get(r.from()).start(), lowEnd, r.measureAt(),
            n.low() * r.scale(), r.unit(), attributions, times, out));
        out.add(describe(in, t, i, r.to(), x.start() + n.highOffset(), end, r.measureAt(), r.value(), r.unit(),
            attributions, times, out));
      } else {
        out.add(describe(in, t, r.from(), r.to(), t.get(r.from()).start(), end, r.measureAt(), r.value(), r.unit(),
            attributions, times, out));
      }
      i = r.to() - 1;
    }
    return in.with(Layers.FIGURES, out);
  }

  /**
   * A number read with its currency sign, multiplier and unit.
   *
   * @param from its first token (the currency sign if there is one)
   * @param to the token after it and its unit
   * @param value its value with the multiplier
   * @param scale the multiplier ("million": 1e6), 1 without one
   * @param unit its unit, or null when none is written next to it
   * @param measureAt where what it measures may start
   */
  private record Reading(int from, int to, double value, double scale, String unit, int measureAt) {}

  /**
   * The number at token {@code i} with the currency sign before it ("$", "US$"), the multiplier
   * written onto it ("1.2bn") or after it ("million") and the unit after it ("%", "euros"); null
   * when a multiplier that is also a unit of length ("5m", "10k") has no currency to make it one.
   */
  private static Reading read(List<Token> t, int i, Numeral n) {
    Token x = t.get(i);
    int from = i;
    int to = n.next();
    double scale = 1;
    String unit = null;
    if (i > 0 && CURRENCY_SIGNS.containsKey(t.get(i - 1).text()) && t.get(i - 1).end() == x.start()) {
      unit = CURRENCY_SIGNS.get(t.get(i - 1).text());
      from = i - 1;
      if (i > 1 && t.get(i - 1).text().equals("$") && t.get(i - 2).end() == t.get(i - 1).start()
          && CURRENCY_SIGNS.containsKey(t.get(i - 2).text() + "$")) {
        unit = CURRENCY_SIGNS.get(t.get(i - 2).text() + "$");
        from = i - 2;
      }
    }
    if (!n.suffix().isEmpty()) {
      if (WEAK_SUFFIXES.contains(n.suffix()) && unit == null
          && (to >= t.size() || !CURRENCY_WORDS.containsKey(lower(t.get(to))))) {
        return null;
      }
      scale = Numeral.SUFFIXES.get(n.suffix());
    } else if (to < t.size() && SCALES.containsKey(lower(t.get(to)))) {
      scale = SCALES.get(lower(t.get(to)));
      to++;
    }
    String next = to < t.size() ? lower(t.get(to)) : "";
    if (next.equals("%") || next.equals("percent") || next.equals("pct") || next.equals("per") && to + 1 < t.size()
        && lower(t.get(to + 1)).equals("cent")) {
      unit = "%";
      to += next.equals("per") ? 2 : 1;
      if (to + 1 < t.size() && lower(t.get(to)).equals("percentage") && lower(t.get(to + 1)).equals("points")) {
        unit = "percentage points";
        to += 2;
      }
    } else if (unit == null && CURRENCY_WORDS.containsKey(next)) {
      unit = CURRENCY_WORDS.get(next);
      to++;
    } else if (unit == null && next.equals("percentage") && to + 1 < t.size()
        && lower(t.get(to + 1)).equals("points")) {
      unit = "percentage points";
      to += 2;
    }
    return new Reading(from, to, n.value() * scale, scale, unit, to);
  }

  /**
   * A number with no unit of its own that opens a range ("between 1.1 and 1.5 million people",
   * "20 to 30 workers", "5-10 per cent"; "from 5 to 3 per cent" may fall) takes the multiplier, unit
   * and measure of the number that closes it; otherwise {@code r} unchanged.
   */
  private static Reading rangeTo(List<Token> t, int i, Reading r) {
    int c = r.to();
    if (c + 1 >= t.size() || t.get(c).sentence() != t.get(i).sentence()) {
      return r;
    }
    String w = lower(t.get(c));
    boolean between = i > 0 && lower(t.get(i - 1)).equals("between");
    if (!(w.equals("to") || w.equals("-") || w.equals("\u2013") || between && w.equals("and"))) {
      return r;
    }
    Numeral m = Numeral.at(t, c + 1);
    if (m == null || m.low() != null) {
      return r;
    }
    Reading hi = read(t, c + 1, m);
    hi = hi == null || hi.unit() != null ? hi : counted(t, c + 1, m, hi);
    if (hi == null || hi.from() != c + 1) {
      return r;
    }
    boolean fromTo = w.equals("to") && i > 0 && lower(t.get(i - 1)).equals("from");
    if (!fromTo && hi.value() <= (r.scale() == 1 ? r.value() * hi.scale() : r.value())) {
      return r;
    }
    double scale = r.scale() == 1 ? hi.scale() : r.scale();
    return new Reading(r.from(), r.to(), r.value() / r.scale() * scale, scale, hi.unit(), hi.measureAt());
  }

  /**
   * A number with no unit is a count when a plural noun follows ("300 workers"), of people when the
   * noun names people; years ("1987"), numbers in names ("Phase 2"), ranges in one token without a
   * multiplier ("14-19 qualifications", an age group) and other bare numbers are not figures (null).
   */
  private static Reading counted(List<Token> t, int i, Numeral n, Reading r) {
    int to = r.to();
    int[] np = to < t.size() ? NounPhrase.after(t, to, 3) : null;
    if (n.low() != null && r.scale() == 1) {
      return null;
    }
    if (np == null || !plural(t.get(np[1] - 1)) || fourDigits(t.get(i).text()) || namedBy(t, i)) {
      return null;
    }
    String unit = PEOPLE.contains(lower(t.get(np[1] - 1))) ? "people" : "count";
    return new Reading(r.from(), r.to(), r.value(), r.scale(), unit, r.measureAt());
  }

  private static final Set<String> POLL_WORDS = Set.of("poll", "survey", "study", "census");

  /**
   * Whether an attribution's source refers back to a poll already named ("the same survey", "the
   * poll", "that study"): a definite poll word with no name of its own.
   */
  private static boolean samePoll(Attribution a) {
    if (a.source() == null) {
      return false;
    }
    String[] w = a.source().text().toLowerCase(Locale.ROOT).split("\\s+");
    return w.length >= 2 && w.length <= 3 && Set.of("the", "that", "this").contains(w[0])
        && POLL_WORDS.contains(w[w.length - 1]) && (w.length == 2 || Set.of("same", "latest", "new").contains(w[1]));
  }

  /** Whether an attribution's source names a poll ("A Northstar survey of 1,004 adults"). */
  private static boolean poll(Attribution a) {
    if (a.source() == null) {
      return false;
    }
    for (String w : a.source().text().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (POLL_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the figure starting at token {@code from} follows "margin of error of". */
  private static boolean marginOfError(List<Token> t, int from) {
    return from >= 4 && t.get(from - 4).sentence() == t.get(from).sentence() && lower(t.get(from - 4)).equals("margin")
        && lower(t.get(from - 3)).equals("of") && lower(t.get(from - 2)).equals("error")
        && lower(t.get(from - 1)).equals("of");
  }

  /**
   * Whether the number at {@code i} is part of a name, right after a proper noun ("Phase 2 talks",
   * "Resolution 2334 votes"): it then labels what follows and counts nothing.
   */
  private static boolean namedBy(List<Token> t, int i) {
    if (i == 0 || t.get(i - 1).sentence() != t.get(i).sentence()) {
      return false;
    }
    Token before = t.get(i - 1);
    return before.pos() != null && before.pos().startsWith("NNP") && Character.isUpperCase(before.text().charAt(0));
  }

  private Figure describe(Analysis in, List<Token> t, int from, int to, int start, int end, int measureAt,
      double value, String unit, List<Attribution> attributions, List<TimeExpression> times, List<Figure> earlier) {
    String text = in.text();
    int sentence = t.get(from).sentence();
    Extent measure = null;
    int after = to;
    int[] opinion = "%".equals(unit) ? OpinionClause.at(t, measureAt) : null;
    int[] m = opinion == null && measureAt < t.size() ? NounPhrase.after(t, measureAt, 4) : null;
    if (opinion != null) {
      measure = span(text, t, opinion);
      after = opinion[1];
    } else if (m != null && t.get(m[0]).sentence() == sentence && !lower(t.get(m[0])).equals("of")
        && !NOT_MEASURES.contains(lower(t.get(m[0]))) && !ratePeriod(t, m) && !inTime(times, t.get(m[1] - 1))) {
      measure = span(text, t, m);
      after = m[1];
    }
    if (measure == null && marginOfError(t, from)) {
      measure = Extent.of(text, t.get(from - 4).start(), t.get(from - 2).end());
    }
    Extent of = null;
    Extent among = null;
    for (int k = 0; k < 2 && after < t.size(); k++) {
      String w = lower(t.get(after));
      if (w.equals("among") || w.equals("of") && unit.equals("%") && measure == null) {
        int[] np = NounPhrase.after(t, after + 1, 6);
        if (np == null) {
          break;
        }
        if (w.equals("among") || w.equals("of") && plural(t.get(np[1] - 1))) {
          among = span(text, t, np);
        } else {
          of = span(text, t, np);
        }
        after = np[1];
        int[] verb = among != null && measure == null ? OpinionClause.afterGroup(t, after) : null;
        if (verb != null) {
          measure = span(text, t, verb);
          after = verb[1];
        }
      } else if (w.equals("for") || w.equals("of") || w.equals("in")) {
        int[] np = NounPhrase.after(t, after + 1, 6);
        if (np == null || inTime(times, t.get(np[0])) || inTime(times, t.get(np[1] - 1))) {
          break;
        }
        of = of == null ? span(text, t, np) : of;
        after = np[1];
      } else {
        break;
      }
    }
    if (of == null && from >= 2) {
      String v = lower(t.get(from - 1));
      if (Set.of("enjoying", "with", "at", "had", "has", "have", "receiving", "got", "gets", "getting", "holding",
          "won", "drew", "polled", "scored").contains(v)) {
        int[] np = NounPhrase.before(t, from - 1, 6);
        if (np != null) {
          of = span(text, t, np);
        }
      }
    }
    int verb = changeBefore(t, from);
    if (verb > 0) {
      int[] np = NounPhrase.before(t, verb, 6);
      if (np != null && t.get(np[0]).sentence() == sentence) {
        of = span(text, t, np);
      }
    }
    Extent comparison = null;
    Integer comparedTo = null;
    for (int k = from - 1; k >= Math.max(0, from - 4) && t.get(k).sentence() == sentence; k--) {
      if (COMPARISON.contains(lower(t.get(k)))) {
        int cs = t.get(k).start();
        comparison = Extent.of(text, cs, t.get(from - 1).end());
        for (int j = earlier.size() - 1; j >= 0; j--) {
          Figure e = earlier.get(j);
          if (e.end() <= start && e.unit().equals(unit) && sentenceStart(in, sentence) <= e.start()) {
            comparedTo = j;
            break;
          }
        }
        break;
      }
    }
    Integer attribution = null;
    Integer sourceEntity = null;
    Integer time = null;
    int bestLength = Integer.MAX_VALUE;
    for (int a = 0; a < attributions.size(); a++) {
      Attribution at = attributions.get(a);
      if (at.content().start() <= start && end <= at.content().end() && at.content().length() < bestLength) {
        bestLength = at.content().length();
        attribution = a;
        sourceEntity = at.sourceEntity();
      }
    }
    if (attribution != null && attributions.get(attribution).source() != null) {
      Extent src = attributions.get(attribution).source();
      time = timeWithin(times, src.start(), src.end());
    }
    if (attribution != null && sourceEntity == null && samePoll(attributions.get(attribution))) {
      for (int j = earlier.size() - 1; j >= 0; j--) {
        Figure e = earlier.get(j);
        if (e.sourceEntity() != null && e.attribution() != null && poll(attributions.get(e.attribution()))) {
          sourceEntity = e.sourceEntity();
          time = time == null ? e.time() : time;
          break;
        }
      }
    }
    if (time == null) {
      int ss = in.layer(Layers.SENTENCES).get(sentence).start();
      int se = in.layer(Layers.SENTENCES).get(sentence).end();
      time = timeWithin(times, ss, se);
    }
    if (comparedTo != null) {
      Figure c = earlier.get(comparedTo);
      if (attribution == null) {
        attribution = c.attribution();
        sourceEntity = c.sourceEntity();
      }
      time = time == null ? c.time() : time;
    }
    return new Figure(start, end, text.substring(start, end), value, unit, measure, of, among, attribution,
        sourceEntity, time, comparison, comparedTo, NAME);
  }

  /** Words of change before a figure ("output grew 15.7%", "shares fell by 4%"): their subject is what it is of. */
  private static final Set<String> CHANGES = Set.of("rose", "rise", "rises", "rising", "risen", "fell", "fall",
      "falls", "falling", "fallen", "grew", "grow", "grows", "growing", "grown", "climbed", "climbing", "jumped",
      "dropped", "slid", "slipped", "declined", "increased", "decreased", "gained", "surged", "soared", "plunged",
      "tumbled", "up", "down");

  /**
   * The word of change right before the figure at {@code from} (or before "by" there), whose
   * subject is what the figure is of; -1 when there is none.
   */
  private static int changeBefore(List<Token> t, int from) {
    int k = from - 1;
    if (k > 0 && lower(t.get(k)).equals("by")) {
      k--;
    }
    return k > 0 && t.get(k).sentence() == t.get(from).sentence() && CHANGES.contains(lower(t.get(k))) ? k : -1;
  }

  private static final Set<String> EACH = Set.of("a", "an", "per", "each", "every");
  private static final Set<String> PERIODS = Set.of("year", "month", "week", "day", "quarter", "hour", "annum");

  /** Whether a phrase is the period of a rate ("25% a year", "$5 per day"), which no figure measures. */
  private static boolean ratePeriod(List<Token> t, int[] np) {
    return np[1] - np[0] == 2 && EACH.contains(lower(t.get(np[0]))) && PERIODS.contains(lower(t.get(np[0] + 1)));
  }

  /**
   * Whether a token lies in a time expression. A measure is no time when its last word is in one
   * ("£170m from £194m last year" measures no "last year", but "four daily broadcasts" measures
   * "daily broadcasts"); a figure is of no time when the first or last word of the phrase after
   * in/of/for is in one ("4% in November", "34% in two years' time").
   */
  private static boolean inTime(List<TimeExpression> times, Token x) {
    for (TimeExpression e : times) {
      if (e.start() <= x.start() && x.end() <= e.end()) {
        return true;
      }
    }
    return false;
  }

  private static Integer timeWithin(List<TimeExpression> times, int s, int e) {
    for (int k = 0; k < times.size(); k++) {
      TimeExpression x = times.get(k);
      if (s <= x.start() && x.end() <= e && x.type() != dev.dossier.model.TimeType.DURATION) {
        return k;
      }
    }
    return null;
  }

  private static int sentenceStart(Analysis in, int sentence) {
    return in.layer(Layers.SENTENCES).get(sentence).start();
  }

  private static Extent span(String text, List<Token> t, int[] r) {
    return Extent.of(text, t.get(r[0]).start(), t.get(r[1] - 1).end());
  }

  private static String lower(Token x) {
    return x.text().toLowerCase(Locale.ROOT);
  }

  private static boolean plural(Token x) {
    String p = x.pos() == null ? "" : x.pos();
    return p.equals("NNS") || p.equals("NNPS") || PEOPLE.contains(lower(x));
  }

  /** The number words {@link #number} reads, lower case, with their values. */
  private static final Map<String, Double> NUMBER_VALUES = Map.ofEntries(Map.entry("two", 2.0),
      Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0),
      Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
      Map.entry("dozens", 24.0), Map.entry("hundreds", 200.0), Map.entry("thousands", 2000.0));
  /** The longest of {@link #NUMBER_VALUES}: a longer token is none of them. */
  private static final int LONGEST_NUMBER_VALUE = NUMBER_VALUES.keySet().stream().mapToInt(String::length).max()
      .orElse(0);
  /** The first letters of {@link #NUMBER_VALUES}, either case: a token starting otherwise is none of them. */
  private static final boolean[] NUMBER_VALUE_FIRST = new boolean[128];

  static {
    for (String w : NUMBER_VALUES.keySet()) {
      NUMBER_VALUE_FIRST[w.charAt(0)] = true;
      NUMBER_VALUE_FIRST[Character.toUpperCase(w.charAt(0))] = true;
    }
  }

  /** Whether {@code s} can be one of {@link #NUMBER_VALUES}; most tokens cannot, and need not be lower-cased. */
  private static boolean mayBeNumberWord(String s) {
    char c = s.charAt(0);
    return s.length() <= LONGEST_NUMBER_VALUE && c < NUMBER_VALUE_FIRST.length && NUMBER_VALUE_FIRST[c];
  }

  /** Whether {@code s} is four ASCII digits (a year, not a count). */
  private static boolean fourDigits(String s) {
    if (s.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The value of a numeral token ("76", "1,200", "3.5", "five"), or null. */
  static Double number(String s) {
    if (s.isEmpty()) {
      return null;
    }
    char c = s.charAt(0);
    if (Character.isDigit(c)) {
      String n = s.replace(",", "");
      if (n.endsWith("%")) {
        n = n.substring(0, n.length() - 1);
      }
      try {
        return Double.parseDouble(n);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (!mayBeNumberWord(s)) {
      return null;
    }
    return NUMBER_VALUES.get(s.toLowerCase(Locale.ROOT));
  }
}
