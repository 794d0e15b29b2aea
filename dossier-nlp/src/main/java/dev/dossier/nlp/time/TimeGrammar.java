package dev.dossier.nlp.time;

import dev.dossier.nlp.time.Meaning.Anchor;
import dev.dossier.nlp.time.Meaning.Kind;
import dev.dossier.nlp.time.Numbers.Num;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds time expressions in {@link Words} and says what each means, following the TimeML TIMEX3
 * span conventions of TimeBank: determiners and modifiers belong to the expression ("the third
 * quarter", "nearly two years", "early next year", "two years ago"), prepositions do not ("in
 * March"). A hand-written longest-match parser: at each word it tries every rule and keeps the
 * longest expression; expressions never overlap and never cross a sentence.
 *
 * <p>Stateless and thread-safe.
 */
final class TimeGrammar {

  /** A time expression over words {@code [from, to)}. */
  record Match(int from, int to, Meaning meaning) {}

  /** Every time expression in {@code w}, in text order. */
  List<Match> scan(Words w) {
    List<Match> out = new ArrayList<>();
    for (Parser p : sentences(w)) {
      p.scan(out);
    }
    return out;
  }

  /** One parser per sentence of {@code w}. */
  private static List<Parser> sentences(Words w) {
    List<Parser> out = new ArrayList<>();
    int n = w.size();
    int lo = 0;
    while (lo < n) {
      int hi = lo + 1;
      while (hi < n && w.sentence(hi) == w.sentence(lo)) {
        hi++;
      }
      out.add(new Parser(w, lo, hi));
      lo = hi;
    }
    return out;
  }

  /**
   * The words of {@code w} that the first-word dispatch skips although a rule would match there:
   * empty while {@link #mayStart} knows every word a rule can start at (checked by the tests).
   */
  List<Integer> skippedStarts(Words w) {
    List<Integer> out = new ArrayList<>();
    for (Parser p : sentences(w)) {
      for (int i = p.lo; i < p.hi; i++) {
        Match m = p.mayStartAt(i) ? null : p.parse(i);
        if (m != null && m.to > i) {
          out.add(i);
        }
      }
    }
    return out;
  }

  private static final Set<String> YEAR_CONTEXT = words("in", "since", "of", "by", "until", "till",
      "from", "to", "through", "before", "after", "during", "between", "and", "for", "about",
      "around", "early", "late", "mid", "circa", "spring", "summer", "fall", "autumn", "winter",
      "fiscal", "year", ",", "the", "or", "than", "in", "throughout", "last", "'s", "(", "that");
  /** Words after "quarters of" that make it a share: "three quarters of the vote". */
  private static final Set<String> DETERMINERS_OF_SHARE = words("the", "a", "an", "its", "their",
      "his", "her", "all", "those", "these", "them", "us", "voters", "respondents");
  /** Nouns a year names the time of after "a": "a 1971 convention". */
  private static final Set<String> YEAR_NOUNS = words("law", "treaty", "convention", "agreement",
      "accord", "report", "study", "survey", "poll", "decision", "ruling", "election", "film",
      "book", "album", "interview", "speech", "visit", "attack", "bombing", "war", "crisis", "deal",
      "referendum", "resolution", "act", "statute", "amendment", "census", "memo", "letter",
      "lawsuit", "case", "trial", "verdict", "merger", "takeover", "audit", "budget", "plan");
  private static final Set<String> NOT_YEAR_BEFORE = words("$", "#", "no.", "no", "number", "flight",
      "route", "highway", "interstate", "model", "room", "suite", "page", "pages", "chapter",
      "article", "section", "rule", "resolution", "unit", "bus", "boeing", "airbus", "apollo",
      "windows", "p.", "pp.", "vol.", "box", "u.s.", "a", "£", "€", "¥", "us$", "c$", "a$", "hk$",
      "code", "form", "channel", "band", "opec", "g", "mig", "su", "tu", "f", "b", "c", "sa");
  private static final Set<String> NOT_YEAR_AFTER = words("%", "percent", "per", "pct", "p.m.",
      "a.m.", "pm", "am", "hours", "years", "days", "minutes", "miles", "feet", "meters", "metres",
      "kilometers", "km", "tons", "tonnes", "people", "troops", "soldiers", "points", "shares",
      "votes", "acres", "barrels", "dollars", "cars", "jobs", "workers", "employees", "members",
      "seats", "units", "pounds", "yen", "marks", "francs", "euros", "rubles", "yuan", "rupees",
      "degrees", "calories", "students", "deaths", "cases", "copies", "homes", "signatures",
      "delegates", "passengers", "refugees", "prisoners", "mph", "kg", "lb", "lbs", "ft", "m",
      "dead", "killed", "wounded", "injured", "to", "-", "/", ":", "x", "gmt", "hrs");
  private static final Map<String, String> DECADE_WORDS = Map.of(
      "twenties", "2", "thirties", "3", "forties", "4", "fifties", "5", "sixties", "6",
      "seventies", "7", "eighties", "8", "nineties", "9");
  private static final Set<String> AMOUNTS = words("hundred", "thousand", "million", "billion",
      "trillion", "dozen");
  private static final Set<String> RECURRING = words("once", "twice", "thrice", "times", "per");
  private static final Set<String> SET_BEFORE = words("once", "twice", "times", "percent", "%",
      "cents", "dollars", "pounds", "euros", "yen", "billion", "million", "thousand", "hundred",
      "trillion", "per", "hours", "days", "meetings", "barrels", "tons", "visits", "sessions");
  /** Words that make a name of a holiday before them, even in a title-cased line ("Christmas Island"). */
  private static final Set<String> NAME_HEADS = words("island", "islands", "road", "street", "parade", "rising",
      "market", "fair", "party", "trust", "appeal", "bowl", "cup", "classic", "festival", "offensive");
  /** Nouns of pay that make a duration before "of" a sum of money ("six months of salary"). */
  private static final Set<String> PAY = words("pay", "salary", "salaries", "wages", "wage",
      "earnings", "rent", "severance", "compensation", "benefits");
  /** The words that close "as soon as ..." into a time rather than a conjunction. */
  private static final Set<String> SOON_AS = words("possible", "practicable", "feasible");
  /** Stems of verbs of growth or decline, which make "annually" after them a rate. */
  private static final List<String> CHANGE_STEMS = List.of("doubl", "tripl", "grow", "grew",
      "rise", "rising", "rose", "increas", "declin", "fall", "fell", "shrink", "shrank", "compound");
  private static final Set<String> CLOCK_PREPOSITIONS = words("at", "by", "until", "till", "before", "after", "from",
              "around", "about", "to", "since");
  private static final Set<String> MONTH_CONTEXT = words("in", "since", "until", "till", "by", "of", "during", "early", "late",
            "mid", "last", "next", "this", "from", "to", "through", "before", "after", "each",
            "every", "and", "or", "between", "that", "until", "in", "end", "beginning", "middle",
            "since", "late", "into", "around", "on");
  private static final Set<String> NOT_COUNTED_NOUNS = words("was", "has", "is", "does", "says", "this", "its", "his", "as", "has",
                  "sales", "earnings", "results", "levels", "prices", "rates", "plans", "budgets",
                  "elections", "games", "olympics", "figures", "profits", "revenues", "losses");
  private static final Set<String> FUZZY_WORDS = words("early", "mid", "late");
  private static final Set<String> FALL_CONTEXT = words("in", "during", "by", "until", "this", "since", "early",
            "late", "mid", "over");
  private static final Set<String> SEASON_CONTEXT = words("in", "during", "by", "until", "since", "this",
          "early", "late", "mid", "over", "next", "last", "each", "every");
  private static final Set<String> DURATION_FILLERS = words("more", "additional", "straight", "consecutive", "full", "long", "whole",
          "extra", "trading", "business", "working", "calendar", "successive", "further");
  private static final Set<String> BARE_PLURAL_BEFORE = words("for", "within", "over", "after", "than", "in", "took",
            "take", "takes", "taking", "lasted", "last", "spent", "spend", "of", "recent");
  private static final Set<String> RANGE_LINKS = words("to", "through", "until", "till", "thru",
              "-", "\u2013");

  /** Words after "the March" or "the May" that make it no month before a noun, when untagged. */
  private static final Set<String> MONTH_NOT_MODIFIED = words("on", "of", "to", "for", "in", "at",
      "from", "and", "or", "was", "is", "were", "are", "will", "has", "had", "began", "ended",
      "that", "which", "who", "itself", "drew", "went", "passed", "through", "past", "toward",
      "towards", "organizers", "organisers", "marchers", "route");
  /** Capitalised words a year follows without being part of a name: "AD 1066", "FY 2025". */
  private static final Set<String> ERA_WORDS = words("ad", "bc", "ce", "bce", "fy", "anno");
  /** Words before "the 70s" that make it a temperature or a score, not a decade. */
  private static final Set<String> BARE_DECADE_NOT_AFTER = words("in", "into", "to", "from", "above",
      "below", "near", "under", "over", "reached", "hit");
  /** Modals before "one day" that make it "someday": "will one day be". */
  private static final Set<String> SOMEDAY_BEFORE = words("will", "would", "could", "might", "may",
      "can", "shall", "should", "must");
  /** Words before "a while" that make it a stretch of time: "for a while", not "a while ago". */
  private static final Set<String> WHILE_BEFORE = words("for", "in", "after", "within", "take", "takes",
      "took", "wait", "waited");
  /** Verbs a title-cased headline writes with a capital, written here in lower case. */
  private static final Set<String> TITLE_CASE_VERBS = Set.of("is", "are", "was", "were", "has",
      "have", "had", "will");
  /** Time words written in lower case unless they are part of a name. */
  private static final Set<String> TITLE_WORDS = words("week", "weeks", "month", "months", "year",
      "years", "minutes", "hours", "days", "noon", "morning", "night", "tonight", "today");
  /** Nouns that make "today's ..." the present era: "today's youth", "today's personal computers". */
  private static final Set<String> GENERIC_ERA_NOUNS = words("world", "youth", "society", "generation",
      "generations", "children", "kids", "young", "youngsters", "teenagers", "computers", "technology",
      "culture", "standards", "families", "economy", "politics", "age", "era");
  /** Words before "of today" that keep it the day: "as of today", "the end of today". */
  private static final Set<String> NOT_GENERIC_OF = words("as", "end", "rest", "start", "close",
      "morning", "afternoon", "evening", "night", "events", "session", "trading", "edition");

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /**
   * Every word without a digit that some rule can start at: the words {@link Parser#parse} and
   * the rules it calls ask for at their first word, and the lexicon's months, weekdays, numbers,
   * units, seasons, parts of the day and approximators. A word that is none of these, has no digit
   * and does not start with "fy" starts no expression, so the rules are not tried at it.
   */
  private static final Set<String> STARTS = starts();

  private static Set<String> starts() {
    Set<String> s = new java.util.HashSet<>(java.util.Arrays.asList(
        // clock times, calendar dates, holidays, fiscal years, quarters
        "noon", "midday", "midnight", "the", "christmas", "thanksgiving", "easter", "halloween",
        "new", "election", "independence", "labor", "memorial", "veterans", "valentine", "fiscal",
        "final", "last",
        // relative points
        "this", "past", "previous", "preceding", "prior", "next", "coming", "upcoming",
        "following", "ensuing", "subsequent", "current", "present", "that", "same", "entire",
        "whole", "full",
        // deictic words
        "today", "tomorrow", "yesterday", "tonight", "overnight", "now", "nowadays", "currently",
        "presently", "then", "these", "recently", "lately", "soon", "mid", "one", "some", "a",
        // durations and the numbers they count
        "each", "recent", "remaining", "first", "initial", "latest", "early", "an", "another",
        "half", "several", "few", "many", "numerous", "countless", "multiple", "couple", "dozen",
        "dozens", "hundred", "hundreds", "thousand", "thousands",
        // recurrences, reporting periods
        "daily", "nightly", "weekly", "biweekly", "fortnightly", "monthly", "hourly", "every",
        "per", "year", "annually",
        // approximating and fuzzy phrases before an expression
        "more", "less", "fewer", "at", "no", "up", "just", "well", "earlier", "middle", "late",
        "later", "latter", "end", "close", "beginning", "start", "outset", "dawn", "turn",
        "second"));
    s.addAll(Lexicon.MONTHS.keySet());
    s.addAll(Lexicon.WEEKDAYS.keySet());
    s.addAll(Lexicon.WEEKDAYS_PLURAL.keySet());
    s.addAll(Lexicon.CARDINALS.keySet());
    s.addAll(Lexicon.ORDINALS.keySet());
    s.addAll(Lexicon.UNITS.keySet());
    s.addAll(Lexicon.SEASONS.keySet());
    s.addAll(Lexicon.PARTS_OF_DAY.keySet());
    s.addAll(Lexicon.APPROX.keySet());
    s.addAll(DECADE_WORDS.keySet());
    return Set.copyOf(s);
  }

  /**
   * Words besides {@link #STARTS} a rule starting at "the" may ask for next: "the week of", "the
   * future", "the near term", "the day before yesterday", "the comparable period", "the most
   * recent quarter", "the weekend".
   */
  private static final Set<String> AFTER_THE = words("week", "future", "near", "distant", "short",
      "long", "day", "comparable", "corresponding", "most", "period", "quarter", "weekend");
  /**
   * Every word a rule starting at "a" or "an" may ask for next: a vague or round number ("a few",
   * "a number of", "a couple", "a dozen", "a hundred"), "a half", a filler or a unit of a duration
   * ("a full year", "a week"), "a later date", "a while".
   */
  private static final Set<String> AFTER_ARTICLE = afterArticle();

  private static Set<String> afterArticle() {
    Set<String> s = new java.util.HashSet<>(java.util.Arrays.asList("few", "number", "couple",
        "dozen", "hundred", "thousand", "half", "later", "while"));
    s.addAll(DURATION_FILLERS);
    s.addAll(Lexicon.UNITS.keySet());
    return Set.copyOf(s);
  }

  /** Whether some rule may start at the lower-cased word {@code s} (see {@link #STARTS}). */
  static boolean mayStart(String s) {
    if (STARTS.contains(s) || s.startsWith("fy")) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static final class Parser {
    private final Words w;
    private final int lo;
    private final int hi;

    Parser(Words w, int lo, int hi) {
      this.w = w;
      this.lo = lo;
      this.hi = hi;
    }

    private String at(int k) {
      return k >= lo && k < hi ? w.lower(k) : "";
    }

    private boolean is(int k, String s) {
      return at(k).equals(s);
    }

    private boolean in(int k) {
      return k >= lo && k < hi;
    }

    /**
     * Whether some rule may start at word {@code i}: {@link #mayStart}, and for the articles,
     * which start an expression only before certain words, that word after it.
     */
    private boolean mayStartAt(int i) {
      String s = at(i);
      if (s.equals("the")) {
        String next = at(i + 1);
        return AFTER_THE.contains(next) || mayStart(next);
      }
      if (s.equals("a") || s.equals("an")) {
        return AFTER_ARTICLE.contains(at(i + 1));
      }
      return mayStart(s);
    }

    void scan(List<Match> out) {
      List<Match> local = new ArrayList<>();
      int i = lo;
      while (i < hi) {
        Match m = mayStartAt(i) ? parse(i) : null;
        if (m != null && m.to > i) {
          if (!title(m) && !compared(m)) {
            Match first = firstOfBetween(m);
            if (first != null) {
              local.add(first);
            }
            local.add(m);
            Match second = secondDay(m);
            if (second != null) {
              local.add(second);
              m = second;
            }
          }
          i = m.to;
        } else {
          i++;
        }
      }
      out.addAll(ranges(local));
    }

    /**
     * Whether the match is a name that looks like a time: ABC's "This Week", CBS's "60 Minutes".
     * A common time word capitalised inside a sentence that is not itself title-cased marks one.
     */
    private boolean title(Match m) {
      if (m.meaning.holiday != null || titleCased()) {
        return false;
      }
      for (int j = m.from + 1; j < m.to; j++) {
        if (TITLE_WORDS.contains(at(j)) && w.capitalised(j)) {
          return true;
        }
      }
      // "This is VOA Today", "the film High Noon": after a capitalised word, inside a sentence
      int j = m.from;
      return TITLE_WORDS.contains(at(j)) && w.capitalised(j) && j - 1 > lo && w.capitalised(j - 1)
          && Character.isLetter(w.text(j - 1).charAt(0));
    }

    /** "the quarter-to-quarter comparison", "year-over-year": a kind of comparison, no time. */
    private boolean compared(Match m) {
      String link = at(m.to);
      return w.joined(m.to) && w.joined(m.to + 1) && in(m.to + 1)
          && (link.equals("to") || link.equals("over") || link.equals("by"));
    }

    /** "between 60 and 90 days", "between two to six days": the first number shares the unit. */
    private Match firstOfBetween(Match m) {
      Meaning dur = m.meaning;
      int k = m.from - 2;
      if (dur.kind != Kind.DURATION || Double.isNaN(dur.amount) || dur.unit == null
          || !(is(m.from - 1, "and") || is(m.from - 1, "to")) || !in(k) || !is(k - 1, "between")) {
        return null;
      }
      Num n = Numbers.read(w, k, hi);
      if (n == null || n.end() != m.from - 1 || n.vague() || n.value() >= dur.amount) {
        return null;
      }
      return new Match(k, n.end(), Meaning.duration(n.value(), dur.unit));
    }

    /** "April 24 and 25": the second day, of the same month. */
    private Match secondDay(Match m) {
      Meaning p = m.meaning;
      int k = m.to + 1;
      if (p.kind != Kind.POINT || p.month == null || p.day == null || p.hour != null
          || p.weekOf || !(is(m.to, "and") || is(m.to, "or")) || !in(k) || !w.digits(k)) {
        return null;
      }
      int d = Numbers.dayOfMonth(w, k);
      if (d <= p.day || in(k + 1) && (w.joined(k + 1) || Lexicon.UNITS.containsKey(at(k + 1))
          || month(k + 1, true) != null || Character.isLetter(w.text(k + 1).charAt(0))
          && !Character.isUpperCase(w.text(k + 1).charAt(0)) && !is(k + 1, "in")
          && !is(k + 1, "at") && !is(k + 1, "and"))) {
        return null;
      }
      Meaning q = Meaning.point();
      q.year = p.year;
      q.month = p.month;
      q.day = d;
      return new Match(k, k + 1, q);
    }

    /** Whether the sentence is title-cased, worked out at the first question. */
    private Boolean titleCased;

    private boolean titleCased() {
      if (titleCased == null) {
        titleCased = countTitleCased();
      }
      return titleCased;
    }

    private boolean countTitleCased() {
      int words = 0;
      int upper = 0;
      for (int j = lo; j < hi; j++) {
        String t = w.text(j);
        if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
          words++;
          upper += Character.isUpperCase(t.charAt(0)) ? 1 : 0;
          if (TITLE_CASE_VERBS.contains(t)) {
            // title case capitalises verbs: a lower-case "is" marks a sentence of names
            // ("You are watching Metro News Today"), not a headline
            return false;
          }
        }
      }
      return 2 * upper >= words;
    }

    private static Match longer(Match a, Match b) {
      if (b == null) {
        return a;
      }
      if (a == null) {
        return b;
      }
      return b.to > a.to ? b : a;
    }

    // ------------------------------------------------------------------ entry

    Match parse(int i) {
      Match best = core(i);
      int[] approx = new int[1];
      String mod = approx(i, approx);
      if (mod != null) {
        Match m = core(approx[0]);
        if (m != null && acceptsApprox(m.meaning)) {
          best = longer(best, new Match(i, m.to, m.meaning.mod(mod)));
        }
      }
      int[] fz = new int[2];
      String fmod = fuzzy(i, fz);
      if (fmod != null) {
        Match m = core(fz[0]);
        if (m != null && m.meaning.kind == Kind.POINT && acceptsFuzzy(at(i), m)) {
          Meaning mm = m.meaning;
          if (fz[1] != 0 && mm.year != null && mm.month == null && mm.quarter == null
              && mm.decade == null && mm.century == null || fz[1] != 0 && mm.shiftUnit == Unit.YEAR
              && !mm.hasCalendarField()) {
            mm.half = fz[1];
          } else {
            mm.mod(fmod);
          }
          best = longer(best, new Match(i, m.to, mm));
        }
      }
      return best;
    }

    private static boolean acceptsApprox(Meaning m) {
      return m.kind == Kind.DURATION || m.kind == Kind.POINT;
    }

    private boolean acceptsFuzzy(String first, Match m) {
      Meaning mm = m.meaning;
      if (first.equals("earlier") || first.equals("later")) {
        // "earlier this year", "later that year", "later yesterday", "earlier that day" and "later
        // this afternoon" are one expression; "earlier Sunday" and "later today" are not
        if (mm.hasCalendarField() || mm.shiftUnit == null) {
          return false;
        }
        boolean partOfDay = mm.partOfDay != null && mm.anchor == Anchor.DOCUMENT && mm.shift == 0;
        boolean yearOrMonth = mm.shiftUnit == Unit.YEAR || mm.shiftUnit == Unit.MONTH;
        boolean day = mm.shiftUnit == Unit.DAY && mm.partOfDay == null
            && (mm.anchor == Anchor.DOCUMENT ? mm.shift == -1 : mm.anchor == Anchor.REFERENCE);
        return (mm.anchor == Anchor.DOCUMENT || mm.anchor == Anchor.REFERENCE) && mm.shift <= 0
            && (yearOrMonth && (mm.shift == 0) || partOfDay || day);
      }
      return true;
    }

    /** An approximating or bounding phrase at {@code i}: its TIMEX3 mod, end in {@code end[0]}. */
    private String approx(int i, int[] end) {
      String a = at(i);
      String b = at(i + 1);
      String mod = null;
      int e = i + 1;
      switch (a) {
        case "more" -> {
          if (!b.equals("than")) {
            return null;
          }
          mod = "MORE_THAN";
          e = i + 2;
        }
        case "less", "fewer" -> {
          if (!b.equals("than")) {
            return null;
          }
          mod = "LESS_THAN";
          e = i + 2;
        }
        case "at" -> {
          if (b.equals("least")) {
            mod = "EQUAL_OR_MORE";
          } else if (b.equals("most")) {
            mod = "EQUAL_OR_LESS";
          } else {
            return null;
          }
          e = i + 2;
        }
        case "no" -> {
          if (b.equals("more") && is(i + 2, "than")) {
            mod = "EQUAL_OR_LESS";
          } else if (b.equals("less") && is(i + 2, "than")) {
            mod = "EQUAL_OR_MORE";
          } else {
            return null;
          }
          e = i + 3;
        }
        case "up" -> {
          if (!b.equals("to")) {
            return null;
          }
          mod = "EQUAL_OR_LESS";
          e = i + 2;
        }
        case "just", "well" -> {
          if (b.equals("over")) {
            mod = "MORE_THAN";
          } else if (b.equals("under")) {
            mod = "LESS_THAN";
          } else {
            return null;
          }
          e = i + 2;
        }
        default -> {
          mod = Lexicon.APPROX.get(a);
          if (mod == null) {
            return null;
          }
          if (a.equals("some") || a.equals("over") || a.equals("under")) {
            // only before a number: "some 20 years", "over a week"
            Num n = Numbers.read(w, i + 1, hi);
            if (n == null && !b.equals("a") && !b.equals("an")) {
              return null;
            }
          }
        }
      }
      end[0] = e;
      return mod;
    }

    /**
     * A fuzzy position before a point ("early", "mid-", "the end of"): its mod; the end in {@code
     * out[0]} and, for "first/second half of", the half in {@code out[1]}.
     */
    private String fuzzy(int i, int[] out) {
      int k = i;
      boolean the = is(k, "the");
      if (the) {
        k++;
      }
      String a = at(k);
      String mod = switch (a) {
        case "early", "earlier" -> "START";
        case "mid", "middle" -> "MID";
        case "late", "later", "latter" -> "END";
        case "end", "close" -> "END";
        case "beginning", "start", "outset", "dawn", "turn" -> "START";
        case "first", "second" -> "HALF";
        default -> null;
      };
      if (mod == null) {
        return null;
      }
      out[1] = 0;
      if (mod.equals("HALF")) {
        if (!the || !is(k + 1, "half") || !is(k + 2, "of")) {
          return null;
        }
        out[1] = a.equals("first") ? 1 : 2;
        out[0] = k + 3;
        return a.equals("first") ? "START" : "END";
      }
      if (a.equals("end") || a.equals("close") || a.equals("beginning") || a.equals("start")
          || a.equals("outset") || a.equals("dawn") || a.equals("turn") || a.equals("middle")) {
        if (!is(k + 1, "of")) {
          return null;
        }
        out[0] = k + 2;
        return mod;
      }
      if (a.equals("latter") || (the && (a.equals("early") || a.equals("late")) && is(k + 1, "part"))) {
        if (!is(k + 1, "part") || !is(k + 2, "of")) {
          return null;
        }
        out[0] = k + 3;
        return mod;
      }
      if (the && (a.equals("earlier") || a.equals("later"))) {
        return null;
      }
      out[0] = k + 1;
      return mod;
    }

    // ------------------------------------------------------------------ core

    private Match core(int k) {
      if (!in(k)) {
        return null;
      }
      Match best = clock(k);
      best = longer(best, date(k));
      best = longer(best, relative(k));
      best = longer(best, deictic(k));
      best = longer(best, duration(k));
      best = longer(best, recurrence(k));
      best = longer(best, period(k));
      if (best != null && best.meaning.anchor == Anchor.PERIOD) {
        endedOn(best);
      }
      return best;
    }

    /** "the quarter ended Sept. 30": remembers the month (and year) the period ended in. */
    private void endedOn(Match m) {
      int e = m.to;
      if (m.meaning.endedMonth != null || !(is(e, "ended") || is(e, "ending"))) {
        return;
      }
      Integer mo = month(e + 1, false);
      if (mo == null) {
        return;
      }
      m.meaning.endedMonth = mo;
      for (int y = e + 2; y <= e + 5; y++) {
        Integer yw = yearWord(y);
        if (yw != null && at(y).length() == 4) {
          m.meaning.endedYear = yw;
          return;
        }
      }
    }

    // ------------------------------------------------------------------ clock times

    private Match clock(int k) {
      String s = at(k);
      Integer h = null;
      int mi = 0;
      int e = k + 1;
      switch (s) {
        case "noon", "midday" -> {
          if (is(k - 1, "high")) {
            // "for the people of Poland, high noon": the moment of decision, no clock time
            return null;
          }
          h = 12;
        }
        case "midnight" -> h = 24;
        default -> {
          int[] hm = hourMinute(s);
          if (hm == null) {
            return null;
          }
          String ap = at(e);
          if (ap.equals("a.m.") || ap.equals("a.m") || ap.equals("am")) {
            h = hm[0] == 12 ? 0 : hm[0];
            e++;
          } else if (ap.equals("p.m.") || ap.equals("p.m") || ap.equals("pm")) {
            h = hm[0] < 12 ? hm[0] + 12 : hm[0];
            e++;
          } else if (ap.equals("o'clock")) {
            h = hm[0];
            e++;
          } else if (is(e, "in") && is(e + 1, "the") && Lexicon.PARTS_OF_DAY.containsKey(at(e + 2))
              && hm[0] <= 12) {
            String pod = at(e + 2);
            h = (pod.equals("morning") ? hm[0] % 12 : hm[0] < 12 ? hm[0] + 12 : hm[0]);
            e += 3;
          } else if (hm[2] == 1 && (CLOCK_PREPOSITIONS.contains(at(k - 1)) || Lexicon.ZONES.contains(ap))) {
            h = hm[0];
          } else {
            return null;
          }
          mi = hm[1];
        }
      }
      if (h > 24) {
        return null;
      }
      boolean utc = false;
      if (Lexicon.ZONES.contains(at(e)) && in(e) && Character.isUpperCase(w.text(e).charAt(0))) {
        utc = at(e).equals("utc") || at(e).equals("gmt") || at(e).equals("z");
        e++;
      }
      int e2 = is(e, ",") ? e + 1 : e;
      Match day = dayPoint(e2);
      if (day != null && day.meaning.hour == null) {
        day.meaning.hour = h;
        day.meaning.minute = mi;
        day.meaning.partOfDay = null;
        day.meaning.utc = utc;
        return new Match(k, day.to, day.meaning);
      }
      if (is(e, "(")) {
        // "at 10:35 a.m. (0735 GMT) Friday": the day after the other zone's time is this one's
        for (int c = e + 1; c < Math.min(hi, e + 6); c++) {
          if (is(c, ")")) {
            Match later = dayPoint(c + 1);
            if (later != null && later.meaning.hour == null && later.meaning.weekday != null) {
              later.meaning.hour = h;
              later.meaning.minute = mi;
              later.meaning.partOfDay = null;
              later.meaning.utc = utc;
              return new Match(k, e, later.meaning);
            }
            break;
          }
        }
      }
      Meaning m = Meaning.shifted(Anchor.DOCUMENT, Unit.DAY, 0);
      m.hour = h;
      m.minute = mi;
      m.utc = utc;
      // "killed Thursday evening ... The men appeared at around 7:15 p.m.": that day's clock
      m.nearDay = true;
      return new Match(k, e, m);
    }

    /** [hour, minute, hasColon] of "10", "10:35", or null. */
    private static int[] hourMinute(String s) {
      int colon = s.indexOf(':');
      try {
        if (colon < 0) {
          if (s.length() > 2 || s.isEmpty() || !Words.isDigit(s.charAt(0))) {
            return null;
          }
          int h = Integer.parseInt(s);
          return h >= 1 && h <= 12 ? new int[] {h, 0, 0} : null;
        }
        if (colon > 2 || s.length() != colon + 3) {
          return null;
        }
        int h = Integer.parseInt(s.substring(0, colon));
        int m = Integer.parseInt(s.substring(colon + 1));
        return h <= 24 && m < 60 ? new int[] {h, m, 1} : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }

    /** A day-level point at {@code k} that a clock time can be attached to. */
    private Match dayPoint(int k) {
      Match m = weekdayDate(k);
      m = longer(m, monthFirst(k));
      Match d = deictic(k);
      if (d != null && d.meaning.shiftUnit == Unit.DAY) {
        m = longer(m, d);
      }
      if (m != null && m.meaning.day == null && m.meaning.weekday == null
          && m.meaning.shiftUnit != Unit.DAY) {
        return null;
      }
      return m;
    }

    // ------------------------------------------------------------------ calendar dates

    /**
     * "the first/last week of March" (the week holding the month's first or last seven days) and
     * "the last week before Christmas" (the week holding the seven days before the day named):
     * a week of the time named, not of the publication date.
     */
    private Match weekAtEdge(int k) {
      boolean first = is(k + 1, "first");
      if (!is(k, "the") || !(first || is(k + 1, "last") || is(k + 1, "final")) || !is(k + 2, "week")
          || !(is(k + 3, "of") || is(k + 3, "before"))) {
        return null;
      }
      Match m = date(k + 4);
      if (m == null || m.meaning.kind != Kind.POINT || m.meaning.hour != null || m.meaning.weekOf) {
        return null;
      }
      Meaning t = m.meaning;
      if (is(k + 3, "of") && t.month != null && t.day == null && t.weekday == null) {
        t.weekOf = true;
        t.weekInMonth = first ? 1 : -1;
        return new Match(k, m.to, t);
      }
      if (is(k + 3, "before") && !first && (t.day != null || t.holiday != null)) {
        t.weekOf = true;
        t.dayOffset = -4; // the middle of the seven days before it
        return new Match(k, m.to, t);
      }
      return null;
    }

    private Match date(int k) {
      if (is(k, "the") && is(k + 1, "week") && is(k + 2, "of")) {
        // "the week of March 6"
        Match m = date(k + 3);
        if (m != null && m.meaning.kind == Kind.POINT && (m.meaning.day != null
            || m.meaning.holiday != null) && m.meaning.hour == null) {
          m.meaning.weekOf = true;
          return new Match(k, m.to, m.meaning);
        }
      }
      Match edge = weekAtEdge(k);
      if (edge != null) {
        return edge;
      }
      Match best = weekdayDate(k);
      best = longer(best, monthFirst(k));
      best = longer(best, dayFirst(k));
      best = longer(best, year(k));
      best = longer(best, quarter(k));
      best = longer(best, season(k));
      best = longer(best, holiday(k));
      best = longer(best, fiscal(k));
      best = longer(best, numeric(k));
      if (best != null) {
        best = extendYear(best);
        best = extendPartOfDay(best);
      }
      return best;
    }

    /** The month word {@code k} names, when its form and context make it a month. */
    private Integer month(int k, boolean afterDay) {
      if (!in(k)) {
        return null;
      }
      String s = at(k);
      Integer m = Lexicon.MONTHS.get(s);
      if (m == null || !w.capitalised(k)) {
        return null;
      }
      boolean dated = Numbers.dayOfMonth(w, k + 1) > 0 || yearWord(k + 1) != null
          || is(k + 1, ",") && yearWord(k + 2) != null;
      if (s.length() == 3 && !s.equals("may") || s.equals("sept")) {
        return dated || afterDay ? m : null;
      }
      if (s.equals("may") || s.equals("march")) {
        String p = at(k - 1);
        boolean ctx = MONTH_CONTEXT.contains(p);
        boolean modifier = p.equals("the") && monthModifies(k + 1);
        if (!(dated || afterDay || ctx || modifier)) {
          return null;
        }
        if (s.equals("march") && !dated && !modifier && (p.equals("the") || p.equals("a"))) {
          return null;
        }
      }
      return m;
    }

    /**
     * Whether word {@code k} is a common noun a month before it modifies: "the March accession",
     * "the May election", but not "the March on Washington" nor "the March of Dimes".
     */
    private boolean monthModifies(int k) {
      if (!in(k) || w.capitalised(k) || !dev.dossier.nlp.text.Chars.allLetters(w.text(k))) {
        return false;
      }
      String pos = w.pos(k);
      return pos != null ? pos.startsWith("NN") : !MONTH_NOT_MODIFIED.contains(at(k));
    }

    private Integer weekday(int k) {
      if (!in(k) || !w.capitalised(k)) {
        return null;
      }
      return Lexicon.WEEKDAYS.get(at(k));
    }

    private Match weekdayDate(int k) {
      Integer wd = weekday(k);
      if (wd == null) {
        return null;
      }
      int e = k + 1;
      // "Tuesday nights", "on Monday and Tuesday nights": a part of the day in the plural recurs
      String plural = at(e);
      int pe = e + 1;
      if ((is(e, "and") || is(e, "or")) && weekday(e + 1) != null) {
        plural = at(e + 2);
        pe = e;
      }
      String pod = Lexicon.PARTS_OF_DAY.get(plural);
      if (pod != null && plural.endsWith("s")) {
        return new Match(k, pe, Meaning.set("XXXX-WXX-" + wd + "T" + pod));
      }
      int e2 = is(e, ",") ? e + 1 : e;
      Match md = longer(monthFirst(e2), dayFirst(e2));
      if (md != null && md.meaning.day != null) {
        return new Match(k, md.to, md.meaning);
      }
      Meaning p = Meaning.point();
      p.weekday = wd;
      p.reported = is(e, "'s");
      return new Match(k, e, p);
    }

    private Match monthFirst(int k) {
      Integer m = month(k, false);
      if (m == null) {
        return null;
      }
      Meaning p = Meaning.point();
      p.month = m;
      int e = k + 1;
      int d = Numbers.dayOfMonth(w, e);
      if (d > 0 && in(e) && !w.joined(e)) {
        p.day = d;
        e++;
        // March 3-5
        int d2 = Numbers.dayOfMonth(w, e);
        if (d2 > d && w.joined(e) && in(e)) {
          Meaning end = Meaning.point();
          end.month = m;
          end.day = d2;
          int[] ye = new int[1];
          Integer y = yearAfter(e + 1, ye);
          if (y != null) {
            p.year = y;
            end.year = y;
          }
          Meaning r = new Meaning();
          r.kind = Kind.RANGE;
          r.begin = p;
          r.end = end;
          r.beginFrom = k;
          r.beginTo = e;
          r.endFrom = e;
          r.endTo = y != null ? ye[0] : e + 1;
          return new Match(k, r.endTo, r);
        }
        int[] ye = new int[1];
        Integer y = yearAfter(e, ye);
        if (y != null) {
          p.year = y;
          e = ye[0];
        }
        return new Match(k, e, p);
      }
      int e2 = is(e, ",") || is(e, "of") ? e + 1 : e;
      int[] ye = new int[1];
      Integer y = yearPhrase(e2, ye);
      if (y != null) {
        p.year = y;
        e = ye[0];
      }
      return new Match(k, e, p);
    }

    /** A year written in digits or words ("1994", "nineteen ninety-four"); its end in {@code end[0]}. */
    private Integer yearPhrase(int k, int[] end) {
      Integer y = yearWord(k);
      if (y != null) {
        end[0] = k + 1;
        return y;
      }
      return spelledYear(k, end, false);
    }

    /** A year after a month and day: "[,] 2023"; its end in {@code end[0]}. */
    private Integer yearAfter(int e, int[] end) {
      int e2 = is(e, ",") ? e + 1 : e;
      Integer y = yearWord(e2);
      if (y != null) {
        end[0] = e2 + 1;
      }
      return y;
    }

    private Match dayFirst(int k) {
      int e = k;
      boolean the = is(e, "the");
      if (the) {
        e++;
      }
      int d = Numbers.dayOfMonth(w, e);
      if (d < 0 || !in(e) || Lexicon.CARDINALS.containsKey(at(e))) {
        return null;
      }
      e++;
      if (is(e, "of")) {
        e++;
      }
      Integer m = month(e, true);
      if (m == null) {
        return null;
      }
      e++;
      Meaning p = Meaning.point();
      p.day = d;
      p.month = m;
      int[] ye = new int[1];
      Integer y = yearAfter(e, ye);
      if (y != null) {
        p.year = y;
        e = ye[0];
      }
      return new Match(k, e, p);
    }

    /** A four-digit year (1000..2999) or a two-digit one written '98, without context checks. */
    private Integer yearWord(int k) {
      if (!in(k)) {
        return null;
      }
      String s = at(k);
      if (s.length() == 4 && w.digits(k)) {
        int y = Integer.parseInt(s);
        return y >= 1000 && y <= 2999 ? y : null;
      }
      if (s.length() == 3 && (s.charAt(0) == '\'' || s.charAt(0) == '\u2019')
          && Words.isDigit(s.charAt(1)) && Words.isDigit(s.charAt(2))) {
        int yy = Integer.parseInt(s.substring(1));
        return yy <= 40 ? 2000 + yy : 1900 + yy;
      }
      return null;
    }

    /** A year standing alone, when the context makes it one rather than a count. */
    private boolean standaloneYear(int k) {
      Integer y = yearWord(k);
      if (y == null || at(k).length() != 4 || y < 1100 || y > 2100) {
        return false;
      }
      String prev = in(k - 1) ? w.lower(k - 1) : "";
      String next = at(k + 1);
      if (prev.equals("a") && in(k + 1) && (Character.isUpperCase(w.text(k + 1).charAt(0))
          || YEAR_NOUNS.contains(next))) {
        // "a 1971 convention", "a 2019 report"
        return true;
      }
      // "from 1991 to 1997", "in 1980 to more than 300,000", but not "from 1200 to 1500 barrels"
      boolean toYear = next.equals("to") && (Numbers.read(w, k + 2, hi) == null
          ? YEAR_CONTEXT.contains(prev) && !prev.equals(",") : standaloneYear(k + 2));
      if (NOT_YEAR_BEFORE.contains(prev) || NOT_YEAR_AFTER.contains(next) && !toYear) {
        return false;
      }
      if (namePart(k - 1)) {
        // "a joint venture called Orion 1980", "the Vision 2030 plan": a number in a name
        return false;
      }
      if (in(k - 1) && (w.digits(k - 1) || Numbers.read(w, k - 1, hi) != null && !prev.equals("one"))
          && !YEAR_CONTEXT.contains(prev)) {
        return false;
      }
      if (next.equals(".") && w.digits(k + 2)) {
        return false;
      }
      if (w.joined(k) && (prev.equals("post") || prev.equals("pre"))) {
        // "the post-1959 politics", "pre-2008 prices": a prefix that only a year takes
        return true;
      }
      String pos = w.pos(k + 1);
      boolean countedNoun = pos != null ? pos.equals("NNS") && !YEAR_CONTEXT.contains(prev)
          : next.length() > 3 && next.endsWith("s") && dev.dossier.nlp.text.Chars.allLetters(next)
              && Character.isLowerCase(w.text(k + 1).charAt(0)) && !YEAR_CONTEXT.contains(prev)
              && !NOT_COUNTED_NOUNS
                  .contains(next);
      return !countedNoun;
    }

    /**
     * Whether word {@code j} is a capitalised name word inside the sentence (not its first word),
     * which a following year belongs to: not a month, weekday, season, holiday or "Fiscal".
     */
    private boolean namePart(int j) {
      if (!in(j) || j == lo || !w.capitalised(j) || titleCased()) {
        return false;
      }
      String t = w.text(j);
      String s = at(j);
      if (!dev.dossier.nlp.text.Chars.allLetters(t) || t.length() < 2 || opensSentence(j)
          || Lexicon.MONTHS.containsKey(s) || Lexicon.WEEKDAYS.containsKey(s)
          || Lexicon.SEASONS.containsKey(s) || YEAR_CONTEXT.contains(s) || ERA_WORDS.contains(s)) {
        return false;
      }
      return Holidays.date(s, 2000) == null;
    }

    /** A name written with a capital inside a lower-case start: "iDraw", "eShop". */
    private boolean camelName(int j) {
      if (!in(j) || w.capitalised(j)) {
        return false;
      }
      String t = w.text(j);
      if (t.length() < 3 || !dev.dossier.nlp.text.Chars.allLetters(t)) {
        return false;
      }
      for (int i = 1; i < t.length(); i++) {
        if (Character.isUpperCase(t.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    private Match year(int k) {
      String s = at(k);
      // the year 2000 / the year two thousand
      if (s.equals("the") && is(k + 1, "year")) {
        Integer y = yearWord(k + 2);
        int e = k + 3;
        if (y == null) {
          int[] end = new int[1];
          y = spelledYear(k + 2, end, true);
          e = end[0];
        }
        if (y != null) {
          Meaning p = Meaning.point();
          p.year = y;
          return new Match(k, e, p);
        }
        return null;
      }
      // decades
      int k2 = s.equals("the") ? k + 1 : k;
      Integer dec = decade(k2, s.equals("the"));
      if (dec != null) {
        Meaning p = Meaning.point();
        p.decade = dec;
        int e = k2 + 1;
        if (DECADE_WORDS.containsKey(at(k2)) || at(k2).length() == 4) {
          e = is(k2 + 1, "'s") ? k2 + 2 : k2 + 1;
        }
        return new Match(k, e, p);
      }
      // centuries: the 20th century
      int ord = Numbers.ordinal(w, k2);
      if (ord > 0 && ord <= 30 && is(k2 + 1, "century")) {
        Meaning p = Meaning.point();
        p.century = ord - 1;
        return new Match(k, k2 + 2, p);
      }
      if (s.equals("the")) {
        return null;
      }
      if (standaloneYear(k)) {
        Meaning p = Meaning.point();
        p.year = yearWord(k);
        // 1998-99 and 2019-2021 are ranges
        if (w.joined(k + 1) && in(k + 1)) {
          String n = at(k + 1);
          Integer y2 = null;
          if (n.length() == 2 && w.digits(k + 1)) {
            y2 = p.year / 100 * 100 + Integer.parseInt(n);
          } else if (n.length() == 4 && w.digits(k + 1)) {
            y2 = Integer.parseInt(n);
          }
          if (y2 != null && y2 > p.year && y2 - p.year < 100) {
            Meaning end = Meaning.point();
            end.year = y2;
            Meaning r = new Meaning();
            r.kind = Kind.RANGE;
            r.begin = p;
            r.end = end;
            r.beginFrom = k;
            r.beginTo = k + 1;
            r.endFrom = k + 1;
            r.endTo = k + 2;
            return new Match(k, k + 2, r);
          }
        }
        return new Match(k, k + 1, p);
      }
      if (yearWord(k) != null && at(k).length() == 3 && !namePart(k - 1) && !camelName(k - 1)) {
        // '98, but not the version of a product named before it ("Photo Studio '09", "iDraw '08")
        Meaning p = Meaning.point();
        p.year = yearWord(k);
        return new Match(k, k + 1, p);
      }
      int[] end = new int[1];
      Integer y = spelledYear(k, end, false);
      if (y != null) {
        Meaning p = Meaning.point();
        p.year = y;
        return new Match(k, end[0], p);
      }
      return null;
    }

    /** "nineteen ninety-seven" (and, when {@code thousands}, "two thousand [and] five"). */
    private Integer spelledYear(int k, int[] end, boolean thousands) {
      Integer a = Lexicon.CARDINALS.get(at(k));
      if (a == null) {
        return null;
      }
      if (thousands && a == 2 && is(k + 1, "thousand")) {
        int e = k + 2;
        if (is(e, "and")) {
          e++;
        }
        Num n = Numbers.read(w, e, hi);
        if (n != null && n.spelled() && !n.vague() && n.value() < 100) {
          end[0] = n.end();
          return 2000 + (int) n.value();
        }
        end[0] = k + 2;
        return 2000;
      }
      if (a < 11 || a > 20) {
        return null;
      }
      Integer b = Lexicon.CARDINALS.get(at(k + 1));
      if (b == null || b < 10) {
        return null;
      }
      int e = k + 2;
      int y = a * 100 + b;
      if (b >= 20 && b % 10 == 0) {
        Integer c = Lexicon.CARDINALS.get(at(e));
        if (c != null && c > 0 && c < 10) {
          y += c;
          e++;
        }
      }
      end[0] = e;
      return y;
    }

    /** Decade digits ("199" for the 1990s) of word {@code k}, or null. */
    private Integer decade(int k, boolean afterThe) {
      String s = at(k);
      int n = s.length();
      if (n == 5 && s.endsWith("0s") && dev.dossier.nlp.text.Chars.allAsciiDigits(s.substring(0, 4))) {
        return Integer.parseInt(s.substring(0, 3));
      }
      if (n == 4 && (s.charAt(0) == '\'' || s.charAt(0) == '\u2019') && s.endsWith("0s")
          && Words.isDigit(s.charAt(1))) {
        return shortDecade(s.charAt(1));
      }
      if (n == 3 && s.endsWith("0s") && Words.isDigit(s.charAt(0)) && in(k - 1)
          && (afterThe && !BARE_DECADE_NOT_AFTER.contains(at(k - 2))
              || (is(k - 1, "and") || is(k - 1, "or")) && in(k - 2) && decade(k - 2, true) != null)) {
        // "the cars of the 70s and 80s" (but "temperatures in the 70s" are degrees)
        return shortDecade(s.charAt(0));
      }
      if (afterThe && DECADE_WORDS.containsKey(s)) {
        return 190 + Integer.parseInt(DECADE_WORDS.get(s));
      }
      if (n == 4 && w.digits(k) && s.endsWith("0") && is(k + 1, "'s")
          && (afterThe || FUZZY_WORDS.contains(at(k - 1)))) {
        return Integer.parseInt(s.substring(0, 3));
      }
      return null;
    }

    /** The decade, in tens of years, of the digit in "'90s" or "90s": 199; "00s" to "20s" are 200 to 202. */
    private static int shortDecade(char digit) {
      int d = digit - '0';
      return d <= 2 ? 200 + d : 190 + d;
    }

    private Match quarter(int k) {
      int e = k;
      Meaning p = Meaning.point();
      boolean determiner = is(e, "the");
      if (determiner) {
        e++;
      }
      if (yearWord(e) != null && at(e).length() == 4) {
        p.year = yearWord(e);
        e++;
      }
      if (determiner && twoQuartersOf(e)) {
        // "the first two quarters of 1990" is the year's first half
        p.half = is(e, "first") ? 1 : 2;
        p.year = yearWord(e + 4);
        return new Match(k, e + 5, p);
      }
      if (is(e, "fiscal")) {
        p.fiscal = true;
        e++;
      }
      String s = at(e);
      if (s.length() == 2 && (s.charAt(0) == 'q' && s.charAt(1) >= '1' && s.charAt(1) <= '4'
          || s.charAt(1) == 'q' && s.charAt(0) >= '1' && s.charAt(0) <= '4')) {
        p.quarter = s.charAt(0) == 'q' ? s.charAt(1) - '0' : s.charAt(0) - '0';
        e++;
        Integer y = yearWord(e);
        if (y != null) {
          p.year = y;
          e++;
        }
        return new Match(k, e, p);
      }
      int ord = Numbers.ordinal(w, e);
      if (ord < 1 && determiner && (is(e, "final")
          || is(e, "last") && is(e + 2, "of") && yearWord(e + 3) != null)) {
        // "the final quarter", "the last half of 2009": the fourth quarter, the second half
        ord = is(e + 1, "half") ? 2 : 4;
      }
      if (ord < 1) {
        return null;
      }
      e++;
      if (is(e, "fiscal")) {
        p.fiscal = true;
        e++;
      }
      if (determiner && w.joined(e)) {
        // "the third-quarter loss": the adjective alone is the expression
        return null;
      }
      if (is(e, "quarter") && ord <= 4) {
        p.quarter = ord;
      } else if (is(e, "half") && ord <= 2) {
        p.half = ord;
      } else {
        return null;
      }
      e++;
      if (is(e, "of") && yearWord(e + 1) != null) {
        p.year = yearWord(e + 1);
        e += 2;
      } else if (yearWord(e) != null && at(e).length() == 4) {
        p.year = yearWord(e);
        e++;
      }
      return new Match(k, e, p);
    }

    /** "first two quarters of 1990", "last two quarters of 2009" at {@code e}. */
    private boolean twoQuartersOf(int e) {
      return (is(e, "first") || is(e, "last") || is(e, "final")) && is(e + 1, "two")
          && is(e + 2, "quarters") && is(e + 3, "of") && yearWord(e + 4) != null;
    }

    private Match season(int k) {
      int e = k;
      boolean the = is(e, "the");
      if (the) {
        e++;
      }
      String code = Lexicon.SEASONS.get(at(e));
      if (code == null || !in(e)) {
        return null;
      }
      String s = at(e);
      e++;
      Meaning p = Meaning.point();
      p.season = code;
      int e2 = is(e, "of") || is(e, ",") ? e + 1 : e;
      int[] ye = new int[1];
      Integer y = yearPhrase(e2, ye);
      if (y != null) {
        p.year = y;
        e = ye[0];
      }
      if (s.equals("fall") || s.equals("spring")) {
        // "the fall of the Berlin Wall", "hot springs": only with a year or "in the"
        if (y == null && !(the && FALL_CONTEXT.contains(at(k - 1)))) {
          return null;
        }
      } else if (!the && y == null && !SEASON_CONTEXT.contains(at(k - 1))) {
        return null;
      }
      return new Match(k, e, p);
    }

    private Match holiday(int k) {
      if (!w.capitalised(k)) {
        return null;
      }
      String s = at(k);
      String name = null;
      int e = k + 1;
      switch (s) {
        case "christmas" -> {
          name = "christmas";
          if (is(e, "day")) {
            e++;
          } else if (is(e, "eve")) {
            name = "christmas eve";
            e++;
          }
        }
        case "thanksgiving", "easter", "halloween" -> {
          name = s;
          if (is(e, "day") || is(e, "sunday")) {
            e++;
          }
        }
        case "new" -> {
          if (is(e, "year") && is(e + 1, "'s") && (is(e + 2, "day") || is(e + 2, "eve"))) {
            name = is(e + 2, "day") ? "new year" : "new year's eve";
            e += 3;
          }
        }
        case "election", "independence", "labor", "memorial", "veterans", "valentine" -> {
          int d = s.equals("valentine") && is(e, "'s") ? e + 1 : e;
          if (is(d, "day") && w.capitalised(d)) {
            name = s;
            e = d + 1;
          }
        }
        default -> { }
      }
      if (name == null) {
        return null;
      }
      if (e < hi && w.capitalised(e) && !is(e, "week") && !at(e).equals("'s")
          && (NAME_HEADS.contains(at(e)) || !titleCased())) {
        return null; // a name that begins with a holiday: "Christmas Island", "Easter Road", "Thanksgiving Parade"
      }
      Meaning p = Meaning.point();
      p.holiday = name;
      if (is(e, "week") && (name.equals("easter") || name.equals("christmas")
          || name.equals("thanksgiving"))) {
        p.weekOf = true;
        e++;
      }
      Integer y = yearWord(e);
      if (y != null) {
        p.year = y;
        e++;
      }
      return new Match(k, e, p);
    }

    private Match fiscal(int k) {
      String s = at(k);
      if (s.equals("fiscal")) {
        int e = k + 1;
        if (is(e, "year")) {
          e++;
        }
        Integer y = yearWord(e);
        if (y == null) {
          return null;
        }
        Meaning p = Meaning.point();
        p.year = y;
        return new Match(k, e + 1, p);
      }
      if (s.startsWith("fy") && s.length() >= 4) {
        String d = s.substring(2).replace("'", "").replace("\u2019", "");
        if (dev.dossier.nlp.text.Chars.allAsciiDigits(d) && (d.length() == 2 || d.length() == 4)) {
          int y = Integer.parseInt(d);
          Meaning p = Meaning.point();
          p.year = d.length() == 4 ? y : y <= 40 ? 2000 + y : 1900 + y;
          return new Match(k, k + 1, p);
        }
      }
      return null;
    }

    private Match numeric(int k) {
      String s = at(k);
      if (s.length() < 6 || !Words.isDigit(s.charAt(0))) {
        return null;
      }
      int[] f = NumericDates.parse(s);
      if (f == null) {
        return null;
      }
      Meaning p = Meaning.point();
      p.year = f[0];
      p.month = f[1];
      p.day = f[2] > 0 ? f[2] : null;
      return new Match(k, k + 1, p);
    }

    /** "January this year", "the third quarter of 1984", "June last year". */
    private Match extendYear(Match m) {
      Meaning p = m.meaning;
      if (p.kind != Kind.POINT || p.year != null || p.decade != null || p.century != null
          || p.month == null && p.quarter == null && p.half == null && p.season == null
          && p.holiday == null) {
        return m;
      }
      int e = m.to;
      int e2 = is(e, "of") ? e + 1 : e;
      if (e2 > e && yearWord(e2) != null) {
        p.year = yearWord(e2);
        return new Match(m.from, e2 + 1, p);
      }
      String a = at(e2);
      if (is(e2 + 1, "year") && (a.equals("this") || a.equals("last") || a.equals("next"))) {
        p.anchor = Anchor.DOCUMENT;
        p.shiftUnit = Unit.YEAR;
        p.shift = a.equals("this") ? 0 : a.equals("last") ? -1 : 1;
        return new Match(m.from, e2 + 2, p);
      }
      if (e2 > e && is(e2 + 1, "year") && (a.equals("the") || a.equals("that"))) {
        p.anchor = a.equals("the") ? Anchor.DOCUMENT : Anchor.REFERENCE;
        p.shiftUnit = Unit.YEAR;
        p.shift = 0;
        return new Match(m.from, e2 + 2, p);
      }
      return m;
    }

    /**
     * The unit of "this year", "this week" or "this month" right before {@code k} and a
     * conjunction ("this year as", "this week and"), which an elliptic "last" or "next" at
     * {@code k} repeats; null otherwise.
     */
    private Unit elliptic(int k) {
      String c = at(k - 1);
      if (!(c.equals("as") || c.equals("than") || c.equals("and") || c.equals("or"))
          || !is(k - 3, "this")) {
        return null;
      }
      Unit u = Lexicon.UNITS.get(at(k - 2));
      return u == Unit.YEAR || u == Unit.WEEK || u == Unit.MONTH ? u : null;
    }

    /** "Friday morning", "yesterday afternoon". */
    private Match extendPartOfDay(Match m) {
      Meaning p = m.meaning;
      if (p.kind != Kind.POINT || p.hasTime()) {
        return m;
      }
      boolean dayLevel = p.weekday != null || p.day != null
          || p.shiftUnit == Unit.DAY && !p.hasCalendarField();
      String pod = Lexicon.PARTS_OF_DAY.get(at(m.to));
      if (!dayLevel || pod == null || at(m.to).endsWith("s")) {
        return m;
      }
      p.partOfDay = pod;
      return new Match(m.from, m.to + 1, p);
    }

    // ------------------------------------------------------------------ relative points

    private Match relative(int k) {
      int e = k;
      boolean the = is(e, "the");
      if (the) {
        e++;
      }
      String d = at(e);
      Anchor anchor = Anchor.DOCUMENT;
      int dir;
      boolean onlyThe = false;
      switch (d) {
        case "this" -> {
          if (the) {
            return null;
          }
          dir = 0;
          if (is(e + 1, "past")) {
            dir = -1;
            e++;
          } else if (is(e + 1, "coming") || is(e + 1, "upcoming")) {
            dir = 1;
            e++;
          }
        }
        case "last", "past" -> dir = -1;
        case "previous", "preceding", "prior" -> {
          dir = -1;
          if (the) {
            anchor = Anchor.REFERENCE;
          }
        }
        case "next", "coming", "upcoming" -> dir = 1;
        case "following", "ensuing", "subsequent" -> {
          if (!the) {
            return null;
          }
          dir = 1;
          anchor = Anchor.REFERENCE;
        }
        case "current", "present" -> dir = 0;
        case "that" -> {
          if (the) {
            return null;
          }
          dir = 0;
          anchor = Anchor.REFERENCE;
          if (is(e + 1, "same")) {
            e++;
          }
        }
        case "same" -> {
          if (!the) {
            return null;
          }
          dir = 0;
          anchor = Anchor.REFERENCE;
        }
        default -> {
          if (!the) {
            return null;
          }
          dir = 0;
          onlyThe = true;
          if ((d.equals("entire") || d.equals("whole")) && is(e + 1, "year")) {
            // "a loss in the fourth quarter of 2005 and for the entire year": the year just named
            anchor = Anchor.REFERENCE;
          } else if (!(d.equals("full") && is(e + 1, "year"))) {
            // "sales for the full year" are the year's, as "for the year" are
            e--;
          }
        }
      }
      e++;
      String u = at(e);
      if (!the && (d.equals("last") || d.equals("next")) && elliptic(k) != null
          && (!in(e) || !Character.isLetterOrDigit(w.text(e).charAt(0)))) {
        // "twice as high a dividend this year as last": the unit said just before
        return new Match(k, k + 1, Meaning.shifted(Anchor.DOCUMENT, elliptic(k), dir));
      }
      // this year's third quarter, last year's quarter
      if (u.equals("year") && is(e + 1, "'s") && !onlyThe && anchor == Anchor.DOCUMENT) {
        Match inner = longer(quarter(e + 2), period(e + 2));
        int q = e + 2;
        if (is(q, "comparable") || is(q, "corresponding") || is(q, "same")) {
          q++;
        }
        if (inner == null && (is(q, "quarter") || is(q, "period"))) {
          // "last year's quarter", "last year's comparable period": the report's quarter, a year off
          return new Match(k, q + 1, Meaning.shifted(Anchor.PERIOD, Unit.YEAR, dir));
        }
        Integer mo = month(e + 2, false);
        if (inner == null && mo != null) {
          Meaning p = Meaning.point();
          p.month = mo;
          inner = new Match(e + 2, e + 3, p);
        }
        if (inner != null && inner.meaning.year == null) {
          Meaning p = inner.meaning;
          if (p.anchor == Anchor.PERIOD) {
            p.shift = dir;
          } else {
            p.anchor = Anchor.DOCUMENT;
            p.shiftUnit = Unit.YEAR;
            p.shift = dir;
          }
          return new Match(k, inner.to, p);
        }
      }
      if (onlyThe && u.equals("year") && (w.joined(e + 1) && is(e + 1, "end")
          || is(e + 1, "'s") && is(e + 2, "end"))) {
        return null;
      }
      Unit unit = Lexicon.UNITS.get(u);
      boolean fiscalYear = u.equals("fiscal") && is(e + 1, "year");
      if (fiscalYear) {
        unit = Unit.YEAR;
        e++;
      }
      if (u.equals("weekend")) {
        Meaning p = Meaning.shifted(anchor, Unit.WEEK, dir);
        p.weekend = true;
        if (onlyThe) {
          p.direction = null;
          p.anchor = Anchor.DOCUMENT;
          p.contextual = true;
        }
        return new Match(k, e + 1, p);
      }
      if (unit != null && !Lexicon.plural(u)) {
        return relativeUnit(k, e, unit, anchor, dir, d, onlyThe, fiscalYear);
      }
      if (onlyThe) {
        return null;
      }
      Integer wd = weekday(e);
      if (wd != null) {
        // "this coming Sunday, March eighth": the date says which Sunday
        int e2 = is(e + 1, ",") ? e + 2 : e + 1;
        Match md = longer(monthFirst(e2), dayFirst(e2));
        if (md != null && md.meaning.day != null && md.meaning.month != null) {
          return new Match(k, md.to, md.meaning);
        }
        Meaning p = Meaning.point();
        p.weekday = wd;
        p.anchor = anchor;
        p.direction = dir;
        return extendPartOfDay(new Match(k, e + 1, p));
      }
      Integer mo = month(e, true);
      String season = Lexicon.SEASONS.get(u);
      Match md = mo != null ? monthFirst(e) : null;
      if (md != null && md.meaning.kind == Kind.POINT && md.meaning.day != null
          && md.meaning.year == null) {
        // "last Oct. 23": the latest Oct. 23 before the publication date
        md.meaning.anchor = anchor;
        md.meaning.direction = dir;
        return new Match(k, md.to, md.meaning);
      }
      if (mo != null || season != null) {
        Meaning p = Meaning.point();
        p.month = mo;
        p.season = season;
        p.anchor = anchor;
        p.direction = dir;
        return new Match(k, e + 1, p);
      }
      Match h = holiday(e);
      if (h != null && h.meaning.year == null) {
        h.meaning.anchor = anchor;
        h.meaning.direction = dir;
        return new Match(k, h.to, h.meaning);
      }
      if (d.equals("this") || d.equals("last") || d.equals("that") || d.equals("next")) {
        return partOfDay(k, e, anchor, d.equals("last") ? -1 : d.equals("next") ? 1 : 0);
      }
      return null;
    }

    private Match relativeUnit(int k, int e, Unit unit, Anchor anchor, int dir, String d,
        boolean onlyThe, boolean fiscalYear) {
      int end = e + 1;
      if (onlyThe && w.joined(end) && in(end)) {
        // "the year-ago quarter", "the year-end"
        return null;
      }
      switch (unit) {
        case SECOND, MINUTE, HOUR -> {
          return null;
        }
        case DAY -> {
          boolean the = is(k, "the");
          if (onlyThe && (is(end, "before") || is(end, "after"))) {
            // "the day before last Tuesday", "the day after March 3": a day off the one named
            Match next = parse(end + 1);
            Meaning nm = next == null ? null : next.meaning;
            if (nm != null && nm.kind == Kind.POINT && nm.hour == null && nm.partOfDay == null
                && (nm.weekday != null || nm.month != null && nm.day != null)) {
              nm.dayOffset = is(end, "before") ? -1 : 1;
              return new Match(k, next.to, nm);
            }
          }
          if (!(anchor == Anchor.REFERENCE || the && (d.equals("next") || d.equals("previous")))) {
            return null;
          }
          anchor = Anchor.REFERENCE;
        }
        case QUARTER -> {
          if (onlyThe || d.equals("this") || d.equals("that") || d.equals("same")) {
            Meaning p = Meaning.shifted(Anchor.PERIOD, Unit.QUARTER, 0);
            return new Match(k, end, p);
          }
          if (anchor == Anchor.REFERENCE) {
            Meaning p = Meaning.shifted(Anchor.PERIOD, Unit.QUARTER, 0);
            p.shiftUnit = Unit.QUARTER;
            p.shift = dir;
            return new Match(k, end, p);
          }
        }
        default -> { }
      }
      if (onlyThe && (unit == Unit.YEAR || unit == Unit.WEEK || unit == Unit.MONTH)) {
        String n = at(end);
        boolean closes = !in(end + 1) || !Character.isLetterOrDigit(w.text(end + 1).charAt(0));
        if (closes && (n.equals("before") || n.equals("previous") || n.equals("earlier")
            || n.equals("prior") || n.equals("after"))) {
          // "up from $2 billion the year before": the year before the one just mentioned
          return new Match(k, end + 1, Meaning.shifted(Anchor.REFERENCE, unit,
              n.equals("after") ? 1 : -1));
        }
        if (n.equals("ended") || n.equals("ending") || n.equals("through") || n.equals("to")
            && is(end + 1, "date")) {
          // "the year ended June 30": twelve months up to a day. "For the fiscal year" with no
          // end day is the year under discussion, as "for the year" and "for the full year" are
          return new Match(k, end, Meaning.duration(1, unit));
        }
      } else if (onlyThe && unit != Unit.DECADE && unit != Unit.CENTURY) {
        return null;
      }
      if (onlyThe && unit == Unit.WEEK) {
        Meaning p = Meaning.shifted(Anchor.DOCUMENT, Unit.WEEK, 0);
        p.weekUnknown = true;
        return new Match(k, end, p);
      }
      if ((d.equals("last") || d.equals("final") || d.equals("first")) && unit == Unit.WEEK
          && (is(k, "the") || is(k - 1, "the")) && (is(end, "of") || is(end, "before"))) {
        // "the last week of trading", "the last week before the vote": a week of something not
        // named as a time ("the last week of March" is read whole by weekAtEdge)
        return null;
      }
      if ((d.equals("past") || d.equals("last")) && unit == Unit.WEEK && is(k, "the")
          && !is(end, "of") && anchor == Anchor.DOCUMENT) {
        // "the past week" is the seven days up to publication, not last calendar week: the week
        // that holds most of them, the one of three days before
        Meaning p = Meaning.shifted(Anchor.DOCUMENT, Unit.DAY, -3);
        p.granularity = Unit.WEEK;
        return new Match(k, end, p);
      }
      if (d.equals("past") && (unit == Unit.DECADE || unit == Unit.CENTURY) && is(k, "the")) {
        // "the past decade" reaches back ten years, as "the past ten years" does; "the past
        // century" a hundred, not the calendar century before this one
        Meaning dur = Meaning.duration(1, unit);
        dur.reach = -1;
        return new Match(k, end, dur);
      }
      if (d.equals("same") && (unit == Unit.MONTH || unit == Unit.WEEK || unit == Unit.DAY)) {
        // "the same month a year ago", "the same week last year"
        int back = is(end, "a") && is(end + 1, "year") && (is(end + 2, "ago") || is(end + 2, "earlier"))
            ? 3 : is(end, "last") && is(end + 1, "year") ? 2 : 0;
        if (back > 0) {
          Meaning p = Meaning.shifted(anchor, Unit.YEAR, -1);
          p.granularity = unit;
          return new Match(k, end + back, p);
        }
      }
      Meaning p = Meaning.shifted(anchor, unit, dir);
      if (is(end, "or") && is(end + 1, "so")) {
        p.mod = "APPROX";
        end += 2;
      }
      return new Match(k, end, p);
    }

    /** "this morning", "last night", "the next morning", "that evening". */
    private Match partOfDay(int k, int e, Anchor anchor, int dir) {
      String pod = Lexicon.PARTS_OF_DAY.get(at(e));
      if (pod == null || at(e).endsWith("s")) {
        return null;
      }
      String d = at(k).equals("the") ? at(k + 1) : at(k);
      Meaning p;
      if (d.equals("last")) {
        p = Meaning.shifted(Anchor.DOCUMENT, Unit.DAY, pod.equals("NI") || pod.equals("EV") ? -1 : -1);
      } else if (d.equals("next") || d.equals("following")) {
        p = Meaning.shifted(Anchor.REFERENCE, Unit.DAY, 1);
      } else if (d.equals("that") || d.equals("same")) {
        p = Meaning.shifted(Anchor.REFERENCE, Unit.DAY, 0);
      } else if (d.equals("this")) {
        p = Meaning.shifted(Anchor.DOCUMENT, Unit.DAY, 0);
      } else {
        return null;
      }
      p.partOfDay = pod;
      return new Match(k, e + 1, p);
    }

    // ------------------------------------------------------------------ deictic words

    /**
     * "today's youth", "the people of tomorrow": the generic present or future of an era, which
     * TimeBank leaves untagged, not the day before or after publication.
     */
    private boolean generic(int k) {
      if (is(k + 1, "'s")) {
        return GENERIC_ERA_NOUNS.contains(at(k + 2))
            || !Lexicon.UNITS.containsKey(at(k + 2)) && GENERIC_ERA_NOUNS.contains(at(k + 3));
      }
      return is(k - 1, "of") && in(k - 2) && !NOT_GENERIC_OF.contains(at(k - 2))
          && !w.digits(k - 2) && Character.isLowerCase(w.text(k - 2).charAt(0));
    }

    /** "today is", "it's", "this is", "today marks" ending at {@code k}: the present day as subject. */
    private boolean isTodayCopula(int k) {
      String subject = at(k - 1);
      String verb = at(k);
      return (verb.equals("is") || verb.equals("'s")) && (subject.equals("today")
          || subject.equals("it") || subject.equals("this"))
          || verb.equals("marks") && subject.equals("today");
    }

    /** Whether only punctuation (an opening quote) stands before {@code k} in its sentence. */
    private boolean opensSentence(int k) {
      for (int i = k - 1; i >= lo; i--) {
        if (Character.isLetterOrDigit(w.text(i).charAt(0))) {
          return false;
        }
      }
      return true;
    }

    private Match deictic(int k) {
      String s = at(k);
      Meaning p = null;
      int e = k + 1;
      if ((s.equals("today") || s.equals("tomorrow")) && generic(k)) {
        return null;
      }
      switch (s) {
        case "today" -> p = Meaning.shifted(Anchor.DOCUMENT, Unit.DAY, 0);
        case "tomorrow" -> p = Meaning.shifted(Anchor.DOCUMENT, Unit.DAY, 1);
        case "yesterday" -> p = Meaning.shifted(Anchor.DOCUMENT, Unit.DAY, -1);
        case "tonight" -> {
          p = Meaning.shifted(Anchor.DOCUMENT, Unit.DAY, 0);
          p.partOfDay = "NI";
        }
        case "overnight" -> {
          p = Meaning.shifted(Anchor.DOCUMENT, Unit.DAY, -1);
          p.partOfDay = "NI";
          p.nearDay = true;
        }
        case "now", "nowadays" -> {
          if (!(s.equals("now") && is(k + 1, ",") && opensSentence(k))) {
            // "Now, he says, ..." opening a sentence turns to a new point: a discourse marker
            p = Meaning.ref("PRESENT_REF");
          }
        }
        case "currently", "presently" -> {
          // "an edgy and currently unforgiving public", "currently vice president": it qualifies
          // a word, not a clause, and names no time of its own
          String next = w.pos(k + 1);
          if (next == null || !(next.startsWith("JJ") || next.startsWith("NN"))) {
            p = Meaning.ref("PRESENT_REF");
          }
        }
        case "then" -> {
          if (is(k + 1, "current")) {
            // "the then current market price": current then, so past
            p = Meaning.ref("PAST_REF");
            e = k + 2;
          }
        }
        case "these" -> {
          if (is(k + 1, "days")) {
            p = Meaning.ref("PRESENT_REF");
            e++;
          }
        }
        case "current" -> {
          if (!Lexicon.UNITS.containsKey(at(k + 1)) && !is(k + 1, "account")
              && !is(k + 1, "accounts") && !is(k + 1, "affairs") && !is(k + 1, "events")
              && !is(k + 1, "fiscal") && !is(k + 1, "period") && in(k + 1)
              && Character.isLetter(w.text(k + 1).charAt(0))) {
            p = Meaning.ref("PRESENT_REF");
          }
        }
        case "recently", "lately" -> {
          if (!(is(k - 1, "most") && (relative(k + 1) != null || date(k + 1) != null))) {
            // "most recently last October": the time named after it is the expression
            p = Meaning.ref("PAST_REF");
          }
        }
        case "soon" -> {
          // "will soon move", "may soon seek": ahead. Not "as soon as", "soon after", nor in a
          // past narrative ("was soon released", "soon became a flood")
          String before = at(k - 1);
          String after = at(k + 1);
          boolean past = before.equals("was") || before.equals("were") || before.equals("had")
              || "VBD".equals(w.pos(k + 1)) || "VBD".equals(w.pos(k - 1));
          if (before.equals("as") && after.equals("as") && SOON_AS.contains(at(k + 2))) {
            // "as soon as possible": soon, not the conjunction "as soon as (it ends)"
            return new Match(k - 1, k + 3, Meaning.ref("FUTURE_REF"));
          }
          if (!before.equals("as") && !after.equals("as") && !after.equals("after")
              && !after.equals("afterward") && !after.equals("thereafter") && !past) {
            p = Meaning.ref("FUTURE_REF");
          }
        }
        case "mid" -> {
          String pod = Lexicon.PARTS_OF_DAY.get(at(k + 1));
          if (pod != null && !at(k + 1).endsWith("s") && !pod.equals("NI")) {
            // "by mid afternoon", "mid-afternoon yesterday": of the day named next, or of today
            Match day = dayPoint(k + 2);
            if (day != null && day.meaning.hour == null && day.meaning.partOfDay == null) {
              day.meaning.partOfDay = pod;
              return new Match(k, day.to, day.meaning);
            }
            p = Meaning.shifted(Anchor.DOCUMENT, Unit.DAY, 0);
            p.partOfDay = pod;
            e = k + 2;
          }
        }
        case "one", "some" -> {
          if (is(k + 1, "day") && SOMEDAY_BEFORE.contains(at(k - 1))) {
            // "Islam will one day be the second religion": someday, not a day long
            p = Meaning.ref("FUTURE_REF");
            e = k + 2;
          }
        }
        case "a" -> {
          if (is(k + 1, "later") && is(k + 2, "date")) {
            // "at a later date"
            p = Meaning.ref("FUTURE_REF");
            e = k + 3;
          } else if (is(k + 1, "while") && WHILE_BEFORE.contains(at(k - 1)) && !is(k - 2, "once")
              && !is(k + 2, "ago") && !is(k + 2, "back")) {
            // "for a while": a stretch of unknown length
            Meaning dur = Meaning.duration(Double.NaN, null);
            dur.literal = "PXX";
            return new Match(k, k + 2, dur);
          }
        }
        case "the" -> {
          String a = at(k + 1);
          if (a.equals("past") && !Lexicon.UNITS.containsKey(at(k + 2))
              && Numbers.read(w, k + 2, hi) == null) {
            // (not "the past three summers": the count belongs to what follows)
            p = Meaning.ref("PAST_REF");
            e = k + 2;
          } else if (a.equals("future") && !is(k + 2, "of")) {
            // not "the future of our peoples": what lies ahead for someone, not a time
            p = Meaning.ref("FUTURE_REF");
            e = k + 2;
          } else if ((a.equals("near") || a.equals("distant")) && is(k + 2, "future")) {
            p = Meaning.ref("FUTURE_REF");
            e = k + 3;
          } else if ((a.equals("near") || a.equals("short") || a.equals("long")) && is(k + 2, "term")
              && !w.joined(k + 2)) {
            p = Meaning.ref("FUTURE_REF");
            e = k + 3;
          } else if (a.equals("day") && (is(k + 2, "before") && is(k + 3, "yesterday")
              || is(k + 2, "after") && is(k + 3, "tomorrow"))) {
            p = Meaning.shifted(Anchor.DOCUMENT, Unit.DAY, is(k + 2, "before") ? -2 : 2);
            e = k + 4;
          } else if (Numbers.ordinal(w, k + 1) >= 1 && is(k + 2, "day") && is(k + 3, "of")
              && isTodayCopula(k - 1)) {
            // "today is the eighth day of the strike", "it's the second day of talks": the day
            // counted is the day of writing
            p = Meaning.shifted(Anchor.DOCUMENT, Unit.DAY, 0);
            e = k + 3;
          }
        }
        default -> { }
      }
      if (p == null) {
        return null;
      }
      return extendPartOfDay(new Match(k, e, p));
    }

    // ------------------------------------------------------------------ durations

    private Match duration(int k) {
      int e = k;
      int reach = 0;
      boolean det = false;
      if (is(e, "the") || is(e, "each") && is(e + 1, "of") && is(e + 2, "the")) {
        det = true;
        e = is(e, "the") ? e + 1 : e + 3;
      }
      String d = at(e);
      boolean qualifier = false;
      switch (d) {
        case "past", "last", "previous", "preceding", "recent", "prior" -> {
          reach = -1;
          e++;
          qualifier = true;
        }
        case "next", "coming", "following", "upcoming", "remaining", "ensuing" -> {
          reach = 1;
          e++;
          qualifier = true;
        }
        case "first", "initial", "final", "latest", "same", "entire", "whole", "full", "early" -> {
          if (!det || twoQuartersOf(e)) {
            return null;
          }
          if (d.equals("early") && is(e + 1, "hours")) {
            // "the early hours (of Thursday)": the small hours of a day, no span measured
            return null;
          }
          e++;
          qualifier = true;
        }
        default -> { }
      }
      double amount;
      int ne;
      Num n = Numbers.read(w, e, hi);
      boolean article = false;
      if (n != null) {
        amount = n.value();
        ne = n.end();
        Num n2 = (det || qualifier) && !n.vague() && is(ne, "to") ? Numbers.read(w, ne + 1, hi) : null;
        if (n2 != null && !n2.vague() && n2.value() > n.value()
            && Lexicon.UNITS.get(at(n2.end())) != null) {
          // "the next 9 to 15 months": the article and "next" take the whole range, one stretch
          // of some length between the two ("three to five days" alone tags both numbers)
          amount = Double.NaN;
          ne = n2.end();
        }
      } else if ((is(e, "a") || is(e, "an") || is(e, "another")) && !det && !qualifier) {
        amount = 1;
        ne = e + 1;
        article = true;
        if (is(ne, "additional") || is(ne, "extra") || is(ne, "full") || is(ne, "whole")) {
          ne++;
        }
      } else {
        amount = Double.NaN;
        ne = e;
      }
      boolean half = false;
      if (is(ne, "half") && (article || Double.isNaN(amount) && !det)) {
        // half an hour, a half hour
        half = true;
        ne++;
        if (is(ne, "a") || is(ne, "an")) {
          ne++;
        }
        amount = 0.5;
      }
      while (DURATION_FILLERS
          .contains(at(ne)) && ne > e) {
        ne++;
      }
      String u = at(ne);
      Unit unit = Lexicon.UNITS.get(u);
      if (unit == null || !in(ne)) {
        return null;
      }
      boolean plural = Lexicon.plural(u);
      if (n != null && !plural && !n.spelled() && n.value() >= 1800 && n.value() <= 2100
          && n.value() == Math.rint(n.value()) && !w.joined(ne)) {
        // "the 1988 quarter" names a year's quarter, not 1,988 of them
        return null;
      }
      if (det && !qualifier && w.joined(ne)) {
        // "the two-week visit": the adjective alone is the expression
        return null;
      }
      if (n == null && !article && !half && w.joined(ne + 1) && is(ne + 1, "long") && in(ne + 1)) {
        // "day-long", "decades-long"
        Meaning m = Meaning.duration(plural ? Double.NaN : 1, unit);
        return new Match(det || qualifier ? ne : k, ne + 2, m);
      }
      if (unit == Unit.SECOND && (article || n != null && n.spelled() && n.value() == 2)) {
        return null;
      }
      if (unit == Unit.QUARTER && (article || half)) {
        return null;
      }
      if (unit == Unit.QUARTER && !det && !qualifier && is(ne + 1, "of")
          && (w.joined(ne) || DETERMINERS_OF_SHARE.contains(at(ne + 2)))) {
        // "three-quarters of the vote" is a share, not nine months
        return null;
      }
      boolean numbered = n != null || article || half;
      if (!numbered) {
        // bare plurals: "for years", "in recent weeks", "the coming months"
        if (!plural) {
          return null;
        }
        if (!qualifier && !det && !BARE_PLURAL_BEFORE.contains(at(k - 1))) {
          return null;
        }
        if (is(k - 1, "of") && is(k - 2, "matter")) {
          // "a matter of days": an idiom for "soon", not a stretch of time
          return null;
        }
        if (det && !qualifier && is(ne + 1, "ahead")) {
          // "in the weeks ahead"
          Meaning m = Meaning.duration(Double.NaN, unit);
          m.reach = 1;
          return new Match(k, ne + 2, m);
        }
        if (det && !qualifier && is(k, "the") && (unit == Unit.YEAR || unit == Unit.DECADE)
            && (is(k - 1, "over") || is(k - 1, "through") || is(k - 1, "throughout")
                || is(k - 1, "in") && (is(ne + 1, "since")
                    || is(ne + 1, "that") && (is(ne + 2, "followed") || is(ne + 2, "came"))))) {
          // "over the years", "in the years that followed": a stretch of years, PXY
          return new Match(k, ne + 1, Meaning.duration(Double.NaN, unit));
        }
        if (det && !qualifier) {
          return null;
        }
      }
      if (n != null && n.vague() && !plural) {
        return null;
      }
      if (n != null && !n.vague() && n.value() >= 1000 && unit == Unit.YEAR && !plural) {
        return null;
      }
      int end = ne + 1;
      // ages: "two-year-old", "6-year-old"
      if (is(end, "old") || is(end, "olds") || is(end, "of") && is(end + 1, "age")) {
        return null;
      }
      if (w.joined(end) && is(end, "long") || w.joined(ne) && is(ne + 1, "long") && w.joined(ne + 1)) {
        end++;
      }
      Meaning m = Meaning.duration(amount, unit);
      m.reach = reach;
      // a minute and a half
      if (is(end, "and") && is(end + 1, "a") && is(end + 2, "half")) {
        m.amount += 0.5;
        end += 3;
      }
      if (is(end, "or") && is(end + 1, "so")) {
        m.mod = "APPROX";
        end += 2;
      }
      if (!det && !qualifier && n != null && (is(end, "a") || is(end, "per"))
          && wholeOf(amount, unit, Lexicon.UNITS.get(at(end + 1)))) {
        // "24 hours a day", "seven days a week": the whole of every day, the idiom for "always"
        return null;
      }
      if (numbered && is(end, "of") && (PAY.contains(at(end + 1))
          || PAY.contains(at(end + 2)) && !is(end + 1, "the"))) {
        // "a payment worth four months of salary": a sum of money, counted in months of pay
        return null;
      }
      // "a year ago", "two years earlier", "two weeks from now"
      if (!det && !qualifier) {
        Match shifted = shiftedDuration(k, end, m);
        if (shifted != null) {
          return shifted;
        }
      }
      // "$500 million a year", "four flights a week", "24 hours a day": a rate, a unit of
      // measure rather than a time (TimeBank leaves it untagged); "twice a day" recurs
      boolean rate = article && !plural;
      // "12,500 a month", "$2.15 a year": an amount in figures before the rate
      boolean measured = rate && (SET_BEFORE.contains(at(k - 1)) || in(k - 1) && w.figure(k - 1));
      boolean recurs = RECURRING.contains(at(k - 1));
      if (rate && !recurs && (measured || countedNoun(k - 1))) {
        return null;
      }
      if (measured && recurs) {
        Meaning s = Meaning.set(TimexValues.duration(1, unit, Double.NaN, null));
        return new Match(k, end, s);
      }
      if (det && !qualifier && !numbered) {
        return null;
      }
      if (reach != 0 && !numbered && d.equals("recent") && !det) {
        m.reach = -1;
      }
      return new Match(k, end, m);
    }

    /**
     * Whether a rate adverb at {@code k} ("annually") measures an amount or a change: a figure, a
     * currency or percent word, or a verb of growth or decline among the four words before it.
     */
    private boolean rateBefore(int k) {
      for (int j = k - 1; j >= Math.max(lo, k - 4); j--) {
        String s = at(j);
        if (s.equals(",") || s.equals(";")) {
          return false;
        }
        if (w.figure(j) || SET_BEFORE.contains(s) && !RECURRING.contains(s)
            || Numbers.read(w, j, k) != null && !Numbers.read(w, j, k).vague()) {
          return true;
        }
        for (String stem : CHANGE_STEMS) {
          if (s.startsWith(stem)) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether {@code amount} of {@code unit} is the whole of one {@code per} (24 hours a day). */
    private static boolean wholeOf(double amount, Unit unit, Unit per) {
      if (per == null) {
        return false;
      }
      return unit == Unit.HOUR && per == Unit.DAY && amount == 24
          || unit == Unit.DAY && per == Unit.WEEK && amount == 7
          || unit == Unit.DAY && per == Unit.YEAR && (amount == 365 || amount == 366)
          || unit == Unit.WEEK && per == Unit.YEAR && amount == 52
          || unit == Unit.MONTH && per == Unit.YEAR && amount == 12;
    }

    /** A plural count noun before a rate: "flights" in "four flights a week". */
    private boolean countedNoun(int k) {
      String pos = w.pos(k);
      return pos != null && pos.equals("NNS") && in(k - 1)
          && (w.digits(k - 1) || Numbers.read(w, k - 1, k) != null || AMOUNTS.contains(at(k - 1)));
    }

    /** A duration followed by "ago", "earlier", "later" or "from now": a point. */
    private Match shiftedDuration(int k, int end, Meaning dur) {
      String a = at(end);
      Anchor anchor;
      int sign;
      int e = end + 1;
      if (a.equals("ago")) {
        anchor = Anchor.DOCUMENT;
        sign = -1;
      } else if (a.equals("earlier") || a.equals("before") && !in(end + 1)) {
        anchor = Anchor.REFERENCE;
        sign = -1;
      } else if (a.equals("later") || a.equals("after") && !in(end + 1)) {
        anchor = Anchor.REFERENCE;
        sign = 1;
      } else if (a.equals("from") && is(end + 1, "now")) {
        anchor = Anchor.DOCUMENT;
        sign = 1;
        e = end + 2;
      } else {
        return null;
      }
      if (Double.isNaN(dur.amount)) {
        Meaning r = Meaning.ref(sign < 0 ? "PAST_REF" : "FUTURE_REF");
        return anchor == Anchor.DOCUMENT ? new Match(k, e, r) : null;
      }
      if (anchor == Anchor.REFERENCE && dur.unit.compareTo(Unit.QUARTER) < 0) {
        // "three days later", "an hour earlier": TimeML tags the duration; the word after it
        // is a signal relating two events ("a year earlier" stays a date: reporting periods)
        return new Match(k, end, dur);
      }
      int n = (int) Math.round(dur.amount * dur.unit.factor);
      Unit u = dur.unit.factor > 1 ? Unit.YEAR : dur.unit;
      if (dur.unit == Unit.DECADE || dur.unit == Unit.CENTURY || dur.unit == Unit.MILLENNIUM) {
        u = Unit.YEAR;
      }
      if (dur.amount != Math.rint(dur.amount)) {
        return null;
      }
      Meaning p = Meaning.shifted(anchor, u, sign * n);
      p.mod = dur.mod;
      if (u == Unit.WEEK && n == 1) {
        p.shiftUnit = Unit.DAY;
        p.shift = sign * 7;
        p.granularity = Unit.DAY;
      } else if (u == Unit.HOUR || u == Unit.MINUTE || u == Unit.SECOND) {
        p.granularity = Unit.DAY;
      }
      if (u == Unit.YEAR && n == 1 && dur.unit == Unit.YEAR) {
        p.contextual = true;
      }
      return new Match(k, e, p);
    }

    // ------------------------------------------------------------------ recurrences

    private Match recurrence(int k) {
      String s = at(k);
      String v = switch (s) {
        case "daily" -> "P1D";
        case "nightly" -> "P1D";
        case "weekly" -> "P1W";
        case "biweekly", "fortnightly" -> "P2W";
        case "monthly" -> "P1M";
        case "hourly" -> "PT1H";
        default -> null;
      };
      if (v != null) {
        if (w.joined(k + 1) || is(k - 1, "semi")) {
          return null;
        }
        if (is(k - 1, "average") || is(k - 1, "avg.")) {
          // "the average daily ridership", "average weekly pay": an amount per day, a rate
          return null;
        }
        return new Match(k, k + 1, Meaning.set(v));
      }
      if (s.equals("annually")) {
        // "the festival is held annually": every year. "output rises 6.5% annually", "8,000
        // bicycles annually", "doubling its orders annually": a rate of an amount or a change, as
        // "$500 million a year" is
        return rateBefore(k) ? null : new Match(k, k + 1, Meaning.set("P1Y"));
      }
      Integer wd = Lexicon.WEEKDAYS_PLURAL.get(s);
      if (wd != null && w.capitalised(k)) {
        return new Match(k, k + 1, Meaning.set("XXXX-WXX-" + wd));
      }
      if (!(s.equals("every") || s.equals("each") || s.equals("per"))) {
        return null;
      }
      if (s.equals("per") && (SET_BEFORE.contains(at(k - 1)) && !RECURRING.contains(at(k - 1))
          || in(k - 1) && w.figure(k - 1) || countedNoun(k - 1))) {
        // "15 million instructions per second", "$5 per day": a rate, as "a year" after an amount
        return null;
      }
      int e = k + 1;
      if (is(e, "other")) {
        Unit u = Lexicon.UNITS.get(at(e + 1));
        if (u != null && !Lexicon.plural(at(e + 1))) {
          return new Match(k, e + 2, Meaning.set(TimexValues.duration(2, u, Double.NaN, null)));
        }
        return null;
      }
      Num n = Numbers.read(w, e, hi);
      if (n != null && !n.vague()) {
        Unit u = Lexicon.UNITS.get(at(n.end()));
        if (u != null) {
          return new Match(k, n.end() + 1, Meaning.set(TimexValues.duration(n.value(), u, Double.NaN, null)));
        }
        return null;
      }
      Unit u = Lexicon.UNITS.get(at(e));
      if (u != null && !Lexicon.plural(at(e))) {
        return new Match(k, e + 1, Meaning.set(TimexValues.duration(1, u, Double.NaN, null)));
      }
      if (s.equals("per")) {
        return null;
      }
      Integer day = weekday(e);
      if (day != null) {
        Match m = new Match(k, e + 1, Meaning.set("XXXX-WXX-" + day));
        String pod = Lexicon.PARTS_OF_DAY.get(at(e + 1));
        if (pod != null) {
          return new Match(k, e + 2, Meaning.set("XXXX-WXX-" + day + "T" + pod));
        }
        return m;
      }
      Integer mo = month(e, true);
      if (mo != null) {
        return new Match(k, e + 1, Meaning.set("XXXX-" + TimexValues.padded(mo, 2)));
      }
      String pod = Lexicon.PARTS_OF_DAY.get(at(e));
      if (pod != null && !at(e).endsWith("s")) {
        return new Match(k, e + 1, Meaning.set("XXXX-XX-XXT" + pod));
      }
      String season = Lexicon.SEASONS.get(at(e));
      if (season != null) {
        return new Match(k, e + 1, Meaning.set("XXXX-" + season));
      }
      return null;
    }

    // ------------------------------------------------------------------ reporting periods

    private Match period(int k) {
      int e = k;
      String s = at(e);
      // year-end, year end, year's end
      if (s.equals("year") && (is(e + 1, "end") || is(e + 1, "'s") && is(e + 2, "end"))) {
        Meaning p = Meaning.shifted(Anchor.DOCUMENT, Unit.YEAR, 0);
        p.mod = "END";
        return new Match(k, is(e + 1, "end") ? e + 2 : e + 3, p);
      }
      // year-ago / year-earlier as an adjective: "year-earlier profit"
      if (s.equals("year") && w.joined(e + 1) && (is(e + 1, "ago") || is(e + 1, "earlier")
          || is(e + 1, "before"))) {
        Meaning p = Meaning.shifted(Anchor.PERIOD, Unit.QUARTER, 0);
        p.contextual = true;
        p.shift = -1;
        p.shiftUnit = Unit.YEAR;
        int end = e + 2;
        if (is(end, "quarter") || is(end, "period")) {
          end++;
        }
        return new Match(k, end, p);
      }
      if (!s.equals("the")) {
        return null;
      }
      e++;
      Meaning p = Meaning.shifted(Anchor.PERIOD, Unit.QUARTER, 0);
      boolean qualified = false;
      String a = at(e);
      switch (a) {
        case "comparable", "corresponding", "same", "year" -> { }
        case "latest", "recent" -> {
          qualified = true;
          p.latest = true;
          e++;
        }
        case "most" -> {
          if (!is(e + 1, "recent")) {
            return null;
          }
          qualified = true;
          p.latest = true;
          e += 2;
        }
        default -> { }
      }
      if (is(e, "comparable") || is(e, "corresponding") || is(e, "same")) {
        e++;
        qualified = true;
      }
      if (is(e, "year") && w.joined(e + 1) && (is(e + 1, "ago") || is(e + 1, "earlier"))) {
        p.shiftUnit = Unit.YEAR;
        p.shift = -1;
        e += 2;
        qualified = true;
        Num months = Numbers.read(w, e, hi);
        if (months != null && !months.vague() && Lexicon.UNITS.get(at(months.end())) == Unit.MONTH) {
          // "the year-earlier nine months": a stretch of months, as TimeML tags it
          return new Match(k, months.end() + 1, Meaning.duration(months.value(), Unit.MONTH));
        }
        int ord = Numbers.ordinal(w, e);
        if (ord >= 1 && ord <= 4 && is(e + 1, "quarter")) {
          // "the year-earlier third quarter"
          p.quarter = ord;
          return new Match(k, e + 2, p);
        }
      } else if (yearWord(e) != null && at(e).length() == 4) {
        p.year = yearWord(e);
        e++;
        qualified = true;
      }
      if (is(e, "fiscal")) {
        e++;
      }
      if (p.latest && p.year == null && p.shift == 0 && is(e, "year") && !w.joined(e + 1)) {
        // "the latest fiscal year": the last one completed, the year before publication
        return new Match(k, e + 1, Meaning.shifted(Anchor.DOCUMENT, Unit.YEAR, -1));
      }
      if (!(is(e, "quarter") || is(e, "period"))) {
        return null;
      }
      boolean quarter = is(e, "quarter");
      e++;

      if (is(e, "a") && is(e + 1, "year") && (is(e + 2, "ago") || is(e + 2, "earlier"))) {
        p.shiftUnit = Unit.YEAR;
        p.shift = -1;
        e += 3;
        qualified = true;
      } else if ((is(e, "last") || is(e, "of") && is(e + 1, "last")) && (is(e + 1, "year") || is(e + 2, "year"))) {
        p.shiftUnit = Unit.YEAR;
        p.shift = -1;
        e += is(e, "of") ? 3 : 2;
        qualified = true;
      }
      if (!quarter && !qualified) {
        return null;
      }
      p.periodWord = !quarter;
      return new Match(k, e, p);
    }

    // ------------------------------------------------------------------ ranges

    private List<Match> ranges(List<Match> ms) {
      if (ms.size() < 2) {
        return ms;
      }
      List<Match> out = new ArrayList<>(ms.size());
      for (int i = 0; i < ms.size(); i++) {
        Match a = ms.get(i);
        Match b = i + 1 < ms.size() ? ms.get(i + 1) : null;
        if (b != null && a.meaning.kind == Kind.POINT && b.meaning.kind == Kind.POINT
            && b.from == a.to + 1 && a.meaning.mod == null) {
          String before = at(a.from - 1);
          String link = at(a.to);
          boolean between = before.equals("between") && link.equals("and");
          boolean fromTo = before.equals("from") && RANGE_LINKS.contains(link);
          if (between || fromTo) {
            Meaning r = new Meaning();
            r.kind = Kind.RANGE;
            r.begin = a.meaning;
            r.end = b.meaning;
            r.beginFrom = a.from;
            r.beginTo = a.to;
            r.endFrom = b.from;
            r.endTo = b.to;
            out.add(new Match(a.from - 1, b.to, r));
            i++;
            continue;
          }
        }
        out.add(a);
      }
      return out;
    }
  }
}
