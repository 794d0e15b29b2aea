package dev.dossier.nlp.kb;

import dev.dossier.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Phoenix/PETRARCH (TABARI-style) actor dictionary into knowledge-base actors.
 *
 * <p>The format, as PETRARCH's reader documents and the Phoenix files use it: an entry is a
 * primary phrase ({@code BENJAMIN_NETANYAHU_}, words joined by underscores or spaces), optionally
 * followed on the same line by codes in brackets; then synonym lines starting with {@code +}; then
 * code lines starting with a tab, one bracket each: {@code [ISRGOV 960618-990706]} (an interval,
 * both ends inclusive), {@code [ISRGOV >090401]} (from that day on), {@code [ISRELI <670101]}
 * (until that day) or {@code [ISRELI]} (the code when no date applies). Dates are {@code YYMMDD}
 * (years 00 to 30 are 20YY, others 19YY, as in KEDS and TABARI) or {@code YYYYMMDD}. {@code #}
 * starts a comment, as do lines starting with {@code <!}; {@code ---STOP---} ends the file.
 *
 * <p>Dated codes become roles ({@code ISRGOV} → role "government" of Israel); an entry with dated
 * codes is a PERSON, one whose only codes are bare country codes in a countries file a GPE, one in
 * a militarised non-state file an armed group, and otherwise an ORG with a category from its code.
 * Synonyms that only add a title to another name of the entry ({@code PRIME_MINISTER_NETANYAHU})
 * are dropped. A bare phrase with neither synonyms nor codes takes the codes of the entry that
 * follows it, as in PETRARCH ({@code IVO_JOSIPOVIC_} then {@code JOSIPOVIC_ [HRVGOV ...]}); an
 * entry whose code lines were all rejected is rejected rather than joined. Lines that cannot be
 * read are rejected with their number and the reason; the rest of the file is still imported. Stateless and thread-safe.
 */
public final class PhoenixImporter {

  private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{1,30}");
  private static final Pattern INTERVAL = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)");
  private static final Pattern BOUND = Pattern.compile("([<>])\\s*(\\d+)");
  private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "of", "the", "and", "de", "del",
      "da", "do", "dos", "du", "des", "la", "le", "van", "von", "der", "den", "for", "in", "on", "y", "e", "to", "a");
  private static final Map<String, String> SEGMENTS = segments();

  /**
   * A line that could not be imported.
   *
   * @param line 1-based line number
   * @param reason what was wrong
   * @param text the line as read
   */
  public record Rejected(int line, String reason, String text) {
    @Override
    public String toString() {
      return "line " + line + ": " + reason + ": " + text.strip();
    }
  }

  /**
   * The outcome of an import.
   *
   * @param file the file read
   * @param source the source name recorded on every actor (the file name)
   * @param lines lines read
   * @param entries primary phrases found
   * @param actors the actors imported
   * @param synonyms synonyms kept as aliases
   * @param joined bare phrases without codes given to the entry that follows them, as PETRARCH does
   * @param titleVariants synonyms dropped because they only add a title to another name
   * @param roles dated roles imported
   * @param rejected lines rejected, in file order
   */
  public record Result(Path file, String source, int lines, int entries, List<KbActor> actors, int synonyms,
      int joined, int titleVariants, int roles, List<Rejected> rejected) {

    /** Imported actors per type. */
    public Map<EntityType, Integer> byType() {
      Map<EntityType, Integer> m = new TreeMap<>();
      actors.forEach(a -> m.merge(a.type(), 1, Integer::sum));
      return m;
    }

    /** Rejected lines per reason. */
    public Map<String, Integer> rejectedByReason() {
      Map<String, Integer> m = new TreeMap<>();
      rejected.forEach(r -> m.merge(r.reason().replaceAll(" '.*", ""), 1, Integer::sum));
      return m;
    }

    /** The actors as a {@value KbFile#FORMAT} file. */
    public KbFile toFile() {
      return new KbFile(KbFile.FORMAT, source, "Imported by dossier kb import --format phoenix from " + source,
          actors);
    }
  }

  private final KnowledgeBase reference;

  /**
   * @param reference the base used to turn country and organisation codes into ids ("ISR" →
   *     "israel"); usually the curated base
   */
  public PhoenixImporter(KnowledgeBase reference) {
    this.reference = Objects.requireNonNull(reference, "reference");
  }

  /**
   * Imports one dictionary file.
   *
   * @throws UncheckedIOException naming the file when it cannot be read
   */
  public Result read(Path file) {
    List<String> lines;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      lines = r.lines().toList();
    } catch (IOException | UncheckedIOException e) {
      try {
        lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
      } catch (IOException e2) {
        throw new UncheckedIOException("cannot read " + file + ": " + e2.getMessage(), e2);
      }
    }
    Result r = parse(lines, file.getFileName().toString());
    return new Result(file, r.source(), r.lines(), r.entries(), r.actors(), r.synonyms(), r.joined(),
        r.titleVariants(), r.roles(), r.rejected());
  }

  /** Imports dictionary lines; {@code source} names them (a file name). */
  public Result parse(List<String> lines, String source) {
    String lower = source.toLowerCase(Locale.ROOT);
    Kind kind = lower.contains("countr") ? Kind.COUNTRIES : lower.contains("milnonstate") ? Kind.NON_STATE
        : lower.contains("international") ? Kind.INTERNATIONAL : Kind.OTHER;
    String prefix = lower.replaceAll("\\.(actors\\.)?txt$", "").replaceAll("[^a-z0-9.]+", "-");
    State st = new State(prefix, kind, source);
    boolean inComment = false;
    int n = 0;
    for (String raw : lines) {
      n++;
      if (inComment) {
        if (raw.contains("-->")) {
          inComment = false;
        }
        continue;
      }
      if (raw.startsWith("<!")) {
        inComment = !raw.contains("-->");
        continue;
      }
      if (raw.contains("---STOP---")) {
        break;
      }
      if (raw.startsWith("#") || raw.isBlank()) {
        continue;
      }
      int hash = raw.indexOf('#');
      String comment = hash >= 0 ? raw.substring(hash) : "";
      String line = hash >= 0 ? raw.substring(0, hash) : raw;
      if (line.isBlank()) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0)) && line.contains("[")) {
        st.codeLine(n, raw, line.strip());
      } else if (line.strip().startsWith("+")) {
        st.synonym(n, raw, line.strip().substring(1));
      } else if (Character.isWhitespace(line.charAt(0))) {
        st.reject(n, "unexpected indented line", raw);
      } else {
        st.primary(n, raw, line, comment);
      }
    }
    st.finish();
    for (String p : st.pending) {
      st.reject(n, "entry without a code at the end of the file", p);
    }
    return new Result(null, source, n, st.entryCount, List.copyOf(st.actors), st.synonyms, st.joined, st.titleVariants,
        st.roleCount, List.copyOf(st.rejected));
  }

  /** Which Phoenix dictionary a file is, from its name. */
  private enum Kind { COUNTRIES, INTERNATIONAL, NON_STATE, OTHER }

  /** A code with its optional date restriction, both ends inclusive. */
  private record Coded(String code, LocalDate from, LocalDate to, boolean dated) {}

  /** The entry being read. */
  private static final class Entry {
    final int line;
    final String phrase;
    final boolean countryInfo;
    final List<String> synonyms = new ArrayList<>();
    final List<Coded> codes = new ArrayList<>();
    int codeLines;

    Entry(int line, String phrase, boolean countryInfo) {
      this.line = line;
      this.phrase = phrase;
      this.countryInfo = countryInfo;
    }
  }

  private final class State {
    final String prefix;
    final Kind kind;
    final String source;
    final List<KbActor> actors = new ArrayList<>();
    final List<Rejected> rejected = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    Entry current;
    final List<String> pending = new ArrayList<>();
    int joined;
    int entryCount;
    int synonyms;
    int titleVariants;
    int roleCount;

    State(String prefix, Kind kind, String source) {
      this.prefix = prefix;
      this.kind = kind;
      this.source = source;
    }

    void reject(int line, String reason, String text) {
      rejected.add(new Rejected(line, reason, text));
    }

    void primary(int n, String raw, String line, String comment) {
      finish();
      int br = line.indexOf('[');
      String phrase = br >= 0 ? line.substring(0, br) : line;
      if (phrase.contains("+")) {
        reject(n, "'+' inside a phrase", raw);
        return;
      }
      if (phrase(phrase).isEmpty()) {
        reject(n, "no phrase before the code", raw);
        return;
      }
      entryCount++;
      current = new Entry(n, phrase, comment.contains("CountryInfo"));
      if (br >= 0) {
        Matcher m = BRACKET.matcher(line.substring(br));
        boolean any = false;
        while (m.find()) {
          any = true;
          code(n, raw, m.group(1));
        }
        if (!any) {
          reject(n, "unclosed bracket", raw);
        }
      }
    }

    void synonym(int n, String raw, String text) {
      if (current == null) {
        reject(n, "synonym before any entry", raw);
        return;
      }
      int semi = text.indexOf(';');
      String s = semi >= 0 ? text.substring(0, semi) : text;
      if (s.contains("+")) {
        reject(n, "'+' inside a synonym (two synonyms on one line?)", raw);
        return;
      }
      if (phrase(s).isEmpty()) {
        reject(n, "empty synonym", raw);
        return;
      }
      current.synonyms.add(s);
    }

    void codeLine(int n, String raw, String line) {
      if (current == null) {
        reject(n, "code line before any entry", raw);
        return;
      }
      Matcher m = BRACKET.matcher(line);
      if (!m.find()) {
        reject(n, "unclosed bracket", raw);
        return;
      }
      code(n, raw, m.group(1));
    }

    void code(int n, String raw, String inside) {
      current.codeLines++;
      String s = inside.strip();
      if (s.isEmpty() || s.equals("---")) {
        return; // the null code: nothing to import
      }
      int sp = s.indexOf(' ');
      String code = sp < 0 ? s : s.substring(0, sp);
      String rest = sp < 0 ? "" : s.substring(sp + 1).strip();
      if (!CODE.matcher(code).matches()) {
        reject(n, "malformed code '" + code + "'", raw);
        return;
      }
      if (rest.isEmpty()) {
        current.codes.add(new Coded(code, null, null, false));
        return;
      }
      try {
        Matcher iv = INTERVAL.matcher(rest);
        Matcher bd = BOUND.matcher(rest);
        if (iv.matches()) {
          LocalDate from = date(iv.group(1));
          LocalDate to = date(iv.group(2));
          if (to.isBefore(from)) {
            reject(n, "interval ends before it starts", raw);
            return;
          }
          current.codes.add(new Coded(code, from, to, true));
        } else if (bd.matches()) {
          LocalDate d = date(bd.group(2));
          current.codes.add(bd.group(1).equals(">") ? new Coded(code, d, null, true) : new Coded(code, null, d, true));
        } else {
          reject(n, "unreadable date restriction '" + rest + "'", raw);
        }
      } catch (IllegalArgumentException e) {
        reject(n, e.getMessage(), raw);
      }
    }

    void finish() {
      Entry e = current;
      current = null;
      if (e == null) {
        return;
      }
      if (e.codes.isEmpty()) {
        if (e.codeLines == 0 && e.synonyms.isEmpty()) {
          // PETRARCH gives a bare phrase the codes of the entry that follows it
          pending.add(e.phrase);
          joined++;
        } else {
          rejected.add(new Rejected(e.line, e.codeLines == 0 ? "entry without a code" : "entry whose codes were all rejected",
              e.phrase));
        }
        return;
      }
      e.synonyms.addAll(0, pending);
      pending.clear();
      actors.add(toActor(e));
    }

    KbActor toActor(Entry e) {
      String name = phrase(e.phrase);
      boolean dated = e.codes.stream().anyMatch(Coded::dated);
      boolean bare = e.codes.stream().allMatch(c -> c.code().matches("[A-Z]{3}"));
      EntityType type;
      String category;
      if (kind == Kind.COUNTRIES && bare) {
        type = EntityType.GPE;
        category = reference.byCode(e.codes.get(0).code()).isEmpty() ? "country (historical)" : "country";
      } else if (dated || e.countryInfo) {
        type = EntityType.PERSON;
        category = null;
      } else if (kind == Kind.NON_STATE) {
        type = EntityType.ORG;
        category = "armed group";
      } else {
        type = EntityType.ORG;
        category = category(e.codes.get(0).code());
      }
      List<String> aliases = aliases(e, name, type);
      List<KbRole> roles = new ArrayList<>();
      String defaultCode = null;
      for (Coded c : e.codes) {
        if (!c.dated()) {
          if (defaultCode == null) {
            defaultCode = c.code();
          }
        } else if (type == EntityType.PERSON) {
          roles.add(role(c));
        }
      }
      roles = merged(roles);
      roleCount += roles.size();
      String code = defaultCode != null ? defaultCode : e.codes.get(e.codes.size() - 1).code();
      String country = countryOf(code);
      String id = uniqueId(prefix + ":" + Names.key(name).replace(' ', '-'));
      return new KbActor(id, name, type, category, aliases, List.of(), code, null, null, country, null, null,
          roles, "line " + e.line, source);
    }

    List<String> aliases(Entry e, String name, EntityType type) {
      Map<String, String> byKey = new LinkedHashMap<>();
      byKey.put(Names.key(name), name);
      List<String> extra = new ArrayList<>();
      String own = parenthesised(e.phrase);
      if (own != null) {
        extra.add(own);
      }
      for (String s : e.synonyms) {
        String p = phrase(s);
        extra.add(p);
        String acronym = parenthesised(s);
        if (acronym != null) {
          extra.add(acronym);
        }
      }
      Set<String> allKeys = new HashSet<>();
      allKeys.add(Names.key(name));
      extra.forEach(x -> allKeys.add(Names.key(x)));
      List<String> out = new ArrayList<>();
      for (String x : extra) {
        String k = Names.key(x);
        if (k.isEmpty() || byKey.containsKey(k)) {
          continue;
        }
        if (type == EntityType.PERSON && titleVariant(k, allKeys)) {
          titleVariants++;
          continue;
        }
        byKey.put(k, x);
        out.add(x);
        synonyms++;
      }
      return out;
    }

    String uniqueId(String base) {
      String id = base;
      for (int i = 2; !ids.add(id); i++) {
        id = base + "-" + i;
      }
      return id;
    }
  }

  /**
   * The roles with overlapping or touching intervals of the same code joined: the dictionaries
   * list one code for several offices (prime minister, then president: both "government").
   */
  static List<KbRole> merged(List<KbRole> roles) {
    List<KbRole> sorted = new ArrayList<>(roles);
    sorted.sort((a, b) -> a.start().compareTo(b.start()));
    List<KbRole> out = new ArrayList<>();
    for (KbRole r : sorted) {
      KbRole joined = null;
      for (int i = 0; i < out.size(); i++) {
        KbRole o = out.get(i);
        if (Objects.equals(o.code(), r.code()) && Objects.equals(o.of(), r.of())
            && !r.start().isAfter(o.end().equals(LocalDate.MAX) ? LocalDate.MAX : o.end().plusDays(1))) {
          String to = o.to() == null || r.to() == null ? null : r.end().isAfter(o.end()) ? r.to() : o.to();
          joined = new KbRole(o.role(), o.of(), o.title(), o.from(), to, o.code(), o.note());
          out.set(i, joined);
          break;
        }
      }
      if (joined == null) {
        out.add(r);
      }
    }
    return out;
  }

  /** Whether {@code key} is another of the keys with title words in front. */
  private static boolean titleVariant(String key, Set<String> keys) {
    for (String k : keys) {
      if (!k.equals(key) && key.endsWith(" " + k)) {
        return true;
      }
    }
    return false;
  }

  /** A dated code as a role: "government" of Israel for {@code ISRGOV}. */
  private KbRole role(Coded c) {
    String code = c.code();
    String of = null;
    String role;
    if (code.length() >= 3 && !reference.byCode(code.substring(0, 3)).isEmpty()
        && "country".equals(reference.byCode(code.substring(0, 3)).get(0).category())) {
      of = reference.byCode(code.substring(0, 3)).get(0).id();
      role = expand(code.substring(3));
    } else if (code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("IMG") || code.startsWith("MNC")) {
      of = longestCodeMatch(code);
      role = "member";
    } else {
      role = expand(code);
    }
    return new KbRole(role.isEmpty() ? "national" : role, of, null, c.from() == null ? null : c.from().toString(),
        c.to() == null ? null : c.to().toString(), code, null);
  }

  private String longestCodeMatch(String code) {
    for (int len = code.length(); len >= 6; len -= 3) {
      List<KbActor> l = reference.byCode(code.substring(0, len));
      if (!l.isEmpty()) {
        return l.get(0).id();
      }
    }
    return null;
  }

  private String countryOf(String code) {
    if (code.length() < 3) {
      return null;
    }
    for (KbActor a : reference.byCode(code.substring(0, 3))) {
      if ("country".equals(a.category())) {
        return a.id();
      }
    }
    return null;
  }

  /** Role words for the code segments after the country ("GOVLEG" → "government legislature"). */
  private static String expand(String segments) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i + 3 <= segments.length(); i += 3) {
      String seg = segments.substring(i, i + 3);
      words.add(SEGMENTS.getOrDefault(seg, seg));
    }
    if (segments.length() % 3 != 0) {
      words.add(segments.substring(segments.length() - segments.length() % 3));
    }
    return String.join(" ", words);
  }

  private static String category(String code) {
    if (code.startsWith("IGO")) {
      return "intergovernmental";
    }
    if (code.startsWith("NGO")) {
      return "ngo";
    }
    if (code.startsWith("MNC")) {
      return "company";
    }
    if (code.startsWith("IMG")) {
      return "armed group";
    }
    String rest = code.length() > 3 ? code.substring(3) : "";
    if (rest.startsWith("MIL")) {
      return "military";
    }
    if (rest.startsWith("REB") || rest.startsWith("INS")) {
      return "armed group";
    }
    if (rest.startsWith("GOV") || rest.startsWith("LEG") || rest.startsWith("JUD") || rest.startsWith("SPY")
        || rest.startsWith("COP")) {
      return "government body";
    }
    if (rest.startsWith("MED")) {
      return "media";
    }
    if (rest.startsWith("BUS")) {
      return "company";
    }
    if (rest.startsWith("OPP") || rest.startsWith("PTY")) {
      return "party";
    }
    return null;
  }

  /**
   * A date of the dictionaries: {@code YYMMDD} (00-30 → 20YY, else 19YY) or {@code YYYYMMDD}.
   *
   * @throws IllegalArgumentException naming the value when it has another length or is no day
   */
  static LocalDate date(String digits) {
    int y;
    int m;
    int d;
    if (digits.length() == 6) {
      int yy = Integer.parseInt(digits.substring(0, 2));
      y = yy <= 30 ? 2000 + yy : 1900 + yy;
      m = Integer.parseInt(digits.substring(2, 4));
      d = Integer.parseInt(digits.substring(4, 6));
    } else if (digits.length() == 8) {
      y = Integer.parseInt(digits.substring(0, 4));
      m = Integer.parseInt(digits.substring(4, 6));
      d = Integer.parseInt(digits.substring(6, 8));
    } else {
      throw new IllegalArgumentException("date '" + digits + "' has " + digits.length() + " digits (need YYMMDD or YYYYMMDD)");
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("no such day '" + digits + "'");
    }
  }

  /**
   * A dictionary phrase as a name: underscores to spaces, a parenthesised acronym removed, words
   * capitalised ({@code AL-QAEDA_IN_THE_ARABIAN_PENINSULA} → "Al-Qaeda in the Arabian
   * Peninsula"); single words of up to four letters stay in capitals (acronyms: {@code UN}).
   */
  static String phrase(String p) {
    String s = p.replace('_', ' ').replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
    if (s.isEmpty()) {
      return s;
    }
    String[] words = s.split(" ");
    if (words.length == 1 && words[0].replaceAll("[^\\p{L}]", "").length() <= 4) {
      return words[0].toUpperCase(Locale.ROOT);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      String w = words[i].toLowerCase(Locale.ROOT);
      if (i > 0 && PARTICLES.contains(w)) {
        sb.append(w);
        continue;
      }
      if (w.matches("(\\p{L}\\.)+")) {
        sb.append(w.toUpperCase(Locale.ROOT));
        continue;
      }
      StringBuilder cw = new StringBuilder(w.length());
      boolean up = true;
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(k);
        cw.append(up ? Character.toUpperCase(c) : c);
        up = c == '-' || c == '.' || c == '/' || (c == '\'' && k == 1);
      }
      sb.append(cw);
    }
    return sb.toString();
  }

  /** The acronym in parentheses in a phrase ({@code ISLAMIC_ARMY_OF_ADEN_(IAA)_} → "IAA"), or null. */
  static String parenthesised(String p) {
    Matcher m = Pattern.compile("\\(([A-Za-z0-9.-]{2,10})\\)").matcher(p);
    return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : null;
  }

  private static Map<String, String> segments() {
    Map<String, String> m = new HashMap<>();
    String[][] pairs = {{"GOV", "government"}, {"ELI", "elite"}, {"BUS", "business"}, {"AGR", "agriculture"},
        {"MED", "media"}, {"EDU", "education"}, {"MIL", "military"}, {"HLH", "health"}, {"DEV", "development"},
        {"JUD", "judiciary"}, {"LAB", "labour"}, {"ENV", "environment"}, {"HRI", "human rights"},
        {"LEG", "legislature"}, {"SPY", "intelligence"}, {"REL", "religion"}, {"COP", "police"}, {"REB", "rebel"},
        {"OPP", "opposition"}, {"REF", "refugees"}, {"PTY", "party"}, {"MOD", "moderate"}, {"RAD", "radical"},
        {"CVL", "civilian"}, {"CRM", "criminal"}, {"UAF", "armed forces"}, {"INS", "insurgents"},
        {"SEP", "separatists"}, {"IMG", "militarised group"}};
    for (String[] p : pairs) {
      m.put(p[0], p[1]);
    }
    return Map.copyOf(m);
  }
}
