package dev.dossier.nlp.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CAMEO actor codes from PETRARCH2 actor and agent dictionaries the user supplies (MIT data, never
 * shipped with Dossier), for scoring events against PETRARCH gold codings. An actor phrase
 * ({@code GONDOR [GON]}, {@code +MINAS_TIRITH}, dated codes {@code [HOBGOV 19950601 - 19990815]})
 * gives the primary code; agent phrases ({@code SOLDIER [~MIL]}, {@code MSF [NGO~]}) add a suffix or
 * prefix; with an agent and no actor the code is {@code ---} plus the agent. Agent substitution
 * markers ({@code !MINST! = MINISTER, MINISTRY} used in {@code !MINST!_OF_SILLY_WALKS [~GOV]}) are
 * expanded. A dictionary word ending in {@code _} must match a whole word; other words match as
 * prefixes, as in TABARI. {@link #names} tells the event stage which words name a participant.
 * Immutable; thread-safe.
 */
public final class PetrarchActors {

  private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern INTERVAL = Pattern.compile("^(\\S+)\\s+(\\d{6,8})\\s*-\\s*(\\d{6,8})$");
  private static final Pattern BOUND = Pattern.compile("^(\\S+)\\s*([<>])\\s*(\\d{6,8})$");

  /** A dated code: {@code code} holds from {@code from} to {@code to}, both inclusive, null for open. */
  private record Dated(String code, LocalDate from, LocalDate to) {}

  /** One dictionary phrase and its codes. */
  private record Phrase(List<String> words, List<Boolean> exact, List<String> codes, List<Dated> dated,
      boolean agent) {}

  private static final Pattern SUBSTITUTION = Pattern.compile("!([A-Z0-9]+)!\\s*=\\s*(.*)");
  private static final Pattern MARKER = Pattern.compile("!([A-Z0-9]+)!");

  private final Map<String, List<Phrase>> byFirst = new HashMap<>();

  private PetrarchActors() {}

  /**
   * Reads actor files and agent files.
   *
   * @throws UncheckedIOException naming a file that cannot be read
   */
  public static PetrarchActors read(List<Path> actorFiles, List<Path> agentFiles) {
    PetrarchActors p = new PetrarchActors();
    for (Path f : actorFiles) {
      p.parseActors(lines(f));
    }
    for (Path f : agentFiles) {
      p.parseAgents(lines(f));
    }
    return p;
  }

  private static List<String> lines(Path f) {
    try {
      return Files.readAllLines(f, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
    }
  }

  private void parseActors(List<String> lines) {
    List<String> names = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    List<Dated> dated = new ArrayList<>();
    boolean comment = false;
    for (String raw : lines) {
      if (comment) {
        comment = !raw.contains("-->");
        continue;
      }
      if (raw.strip().startsWith("<!")) {
        comment = !raw.contains("-->") && !raw.strip().endsWith(">");
        continue;
      }
      String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
      if (line.strip().isEmpty()) {
        continue;
      }
      if (line.startsWith("\t") || line.startsWith(" ") && line.strip().startsWith("[")) {
        for (String b : brackets(line)) {
          date(b, codes, dated);
        }
        continue;
      }
      String s = line.strip();
      if (s.startsWith("+")) {
        names.add(nameOf(s.substring(1)));
        for (String b : brackets(s)) {
          date(b, codes, dated);
        }
        continue;
      }
      flush(names, codes, dated);
      names.add(nameOf(s));
      for (String b : brackets(s)) {
        date(b, codes, dated);
      }
    }
    flush(names, codes, dated);
  }

  private void flush(List<String> names, List<String> codes, List<Dated> dated) {
    if (!names.isEmpty() && (!codes.isEmpty() || !dated.isEmpty())) {
      for (String n : names) {
        add(n, List.copyOf(codes), List.copyOf(dated), false);
      }
      names.clear();
      codes.clear();
      dated.clear();
    } else if (!names.isEmpty() && names.size() > 1) {
      names.subList(0, names.size() - 1).clear();
    }
  }

  private static void date(String bracket, List<String> codes, List<Dated> dated) {
    String b = bracket.strip();
    Matcher i = INTERVAL.matcher(b);
    Matcher o = BOUND.matcher(b);
    if (i.matches()) {
      dated.add(new Dated(i.group(1), day(i.group(2)), day(i.group(3))));
    } else if (o.matches()) {
      LocalDate d = day(o.group(3));
      dated.add(o.group(2).equals(">") ? new Dated(o.group(1), d, null) : new Dated(o.group(1), null, d));
    } else if (!b.isEmpty() && !b.contains(" ")) {
      for (String c : b.split("/")) {
        codes.add(c.toUpperCase(Locale.ROOT));
      }
    }
  }

  private static LocalDate day(String s) {
    if (s.length() == 6) {
      int yy = Integer.parseInt(s.substring(0, 2));
      s = (yy <= 30 ? "20" : "19") + s;
    }
    return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
        Integer.parseInt(s.substring(6, 8)));
  }

  private void parseAgents(List<String> lines) {
    Map<String, List<String>> substitutions = new HashMap<>();
    List<String> expanded = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
      String s = line.strip();
      Matcher def = SUBSTITUTION.matcher(s);
      if (def.matches()) {
        // "!MINST! = MINISTER, MINISTERS, MINISTRY": each word stands for the marker
        List<String> words = new ArrayList<>();
        for (String w : def.group(2).split(",")) {
          if (!w.isBlank()) {
            words.add(w.strip());
          }
        }
        substitutions.put(def.group(1), words);
        continue;
      }
      Matcher use = MARKER.matcher(s);
      if (!s.startsWith("<!") && use.find() && substitutions.containsKey(use.group(1))) {
        for (String w : substitutions.get(use.group(1))) {
          expanded.add(s.substring(0, use.start()) + w + s.substring(use.end()));
        }
      } else {
        expanded.add(s);
      }
    }
    for (String s : expanded) {
      if (s.isEmpty() || s.startsWith("<!") || s.startsWith("!") || s.contains("!")) {
        continue;
      }
      List<String> b = brackets(s);
      if (b.isEmpty()) {
        continue;
      }
      String code = b.get(b.size() - 1).strip();
      String name = nameOf(s);
      add(name, List.of(code), List.of(), true);
      Matcher plural = Pattern.compile("\\{([^}]*)\\}").matcher(s);
      if (plural.find() && !plural.group(1).isBlank()) {
        for (String p : plural.group(1).split(",")) {
          add(p.strip() + "_", List.of(code), List.of(), true);
        }
      }
    }
  }

  private static List<String> brackets(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = BRACKET.matcher(s);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String nameOf(String s) {
    String n = s.replaceAll("\\[[^\\]]*\\]", " ").replaceAll("\\{[^}]*\\}", " ").strip();
    return n.split("\\s{2,}|\\t")[0].strip();
  }

  private void add(String name, List<String> codes, List<Dated> dated, boolean agent) {
    List<String> words = new ArrayList<>();
    List<Boolean> exact = new ArrayList<>();
    String[] parts = name.toUpperCase(Locale.ROOT).split("(?<=_)|\\s+");
    for (String p : parts) {
      if (p.isEmpty() || p.equals("_")) {
        continue;
      }
      boolean ex = p.endsWith("_");
      String w = ex ? p.substring(0, p.length() - 1) : p;
      if (!w.isEmpty()) {
        words.add(w);
        exact.add(ex);
      }
    }
    if (words.isEmpty()) {
      return;
    }
    // in a multi-word phrase only the last word may match as a prefix
    for (int k = 0; k + 1 < exact.size(); k++) {
      exact.set(k, Boolean.TRUE);
    }
    byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase(words, exact, codes, dated, agent));
  }

  /**
   * The CAMEO codes of the actor a text names on {@code date}: the codes of the first actor phrase
   * found (one, or several for a phrase coded {@code [FRO/BIL/SAM]}) with the agents found around
   * it, or one {@code ---AGENT} code; empty when nothing is known.
   */
  public List<String> codes(String text, LocalDate date) {
    List<String> w = tokens(text);
    List<String> actors = new ArrayList<>();
    List<String> suffix = new ArrayList<>();
    List<String> prefix = new ArrayList<>();
    int i = 0;
    while (i < w.size()) {
      Phrase best = null;
      int bestLength = 0;
      for (Phrase p : candidates(w.get(i))) {
        int n = matches(p, w, i);
        if (n > bestLength || n == bestLength && n > 0 && best != null && best.agent() && !p.agent()) {
          best = p;
          bestLength = n;
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      if (best.agent()) {
        String c = best.codes().get(0).replace(" ", "");
        if (c.startsWith("~")) {
          addOnce(suffix, c.substring(1));
        } else if (c.endsWith("~")) {
          addOnce(prefix, c.substring(0, c.length() - 1));
        }
      } else if (actors.isEmpty()) {
        actors.addAll(on(best, date));
      }
      i += bestLength;
    }
    String pre = String.join("", prefix);
    String suf = String.join("", suffix);
    List<String> out = new ArrayList<>();
    for (String a : actors) {
      out.add(pre + a + (a.endsWith(suf) ? "" : suf));
    }
    if (out.isEmpty() && !(pre + suf).isEmpty()) {
      out.add(pre + "---" + suf);
    }
    return out;
  }

  /**
   * Whether the words end with a phrase of the dictionaries, whatever its dates ("Gollum", "the
   * golden geese"): for the event stage, such words name a participant.
   */
  public boolean names(String text) {
    List<String> w = tokens(text);
    for (int i = 0; i < w.size(); i++) {
      for (Phrase p : candidates(w.get(i))) {
        if (matches(p, w, i) > 0 && i + p.words().size() == w.size()) {
          return true;
        }
      }
    }
    return false;
  }

  private static void addOnce(List<String> l, String c) {
    if (!c.isEmpty() && !l.contains(c)) {
      l.add(c);
    }
  }

  private static List<String> on(Phrase p, LocalDate date) {
    if (date != null) {
      for (Dated d : p.dated()) {
        if ((d.from() == null || !date.isBefore(d.from())) && (d.to() == null || !date.isAfter(d.to()))) {
          return List.of(d.code().toUpperCase(Locale.ROOT));
        }
      }
    }
    return p.codes();
  }

  private List<Phrase> candidates(String word) {
    List<Phrase> out = new ArrayList<>();
    for (int k = 2; k <= word.length(); k++) {
      List<Phrase> l = byFirst.get(word.substring(0, k));
      if (l != null) {
        out.addAll(l);
      }
    }
    return out;
  }

  private static int matches(Phrase p, List<String> w, int at) {
    if (at + p.words().size() > w.size()) {
      return 0;
    }
    for (int k = 0; k < p.words().size(); k++) {
      String dict = p.words().get(k);
      String tok = w.get(at + k);
      boolean ok = tok.equals(dict) || !p.exact().get(k) && tok.startsWith(dict)
          || p.agent() && (tok.equals(dict + "S") || tok.equals(dict + "ES")
              || dict.endsWith("Y") && tok.equals(dict.substring(0, dict.length() - 1) + "IES"));
      if (!ok) {
        return 0;
      }
    }
    return p.words().size();
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (String t : text.toUpperCase(Locale.ROOT).replace("'S", " 'S").split("[^A-Z0-9.'&-]+")) {
      String x = t.endsWith(".") && t.indexOf('.') == t.length() - 1 ? t.substring(0, t.length() - 1) : t;
      if (!x.isEmpty()) {
        out.add(x);
      }
    }
    return out;
  }
}
