package dev.dossier.nlp.event;

import dev.dossier.nlp.event.CameoLexicon.Entry;
import dev.dossier.nlp.event.CameoLexicon.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH2 verb dictionary (for example {@code CAMEO.2.0.txt} or
 * {@code PETR.Validate.verbs.txt}, MIT-licensed data the user supplies; never shipped with Dossier)
 * into lexicon entries. What is read: verb class headers {@code --- RESTORE [064] ---}, the verb
 * forms under them ({@code MEET}, {@code BREAK_DOWN [1717]}, multiword forms with the verb marked by
 * {@code +}: {@code +CORDON_OFF}, {@code WIRE_+TAP}, to which the class's patterns apply with those
 * words), synonym sets {@code &NAME} with {@code +} members, and patterns
 * {@code - NOT * RELATIONS [112]}, whose words before {@code *} must precede the verb and whose
 * words after it must follow, in order, matched on the text exactly; words joined by {@code _}
 * must be adjacent, also to the verb ({@code RECENTLY_*}); synonym-set words are expanded; {@code %}
 * before {@code *} marks an entry for a compound subject. The other parse-tree markers ({@code $}
 * source, {@code +} target, {@code ^} skip) are dropped, so a pattern matches more loosely than in
 * PETRARCH. Codes {@code ---} mean "no event" and are skipped; {@code a:b} codes keep their reverse.
 * Stateless.
 */
public final class PetrarchVerbs {

  private static final Pattern HEADER = Pattern.compile("^---\\s*(\\S+)\\s*\\[([^\\]]*)\\]\\s*---");
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

  private PetrarchVerbs() {}

  /** Reads the dictionary at {@code file}. @throws UncheckedIOException naming the file */
  public static List<Entry> read(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.ISO_8859_1), file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads dictionary lines; {@code source} names them. */
  public static List<Entry> parse(List<String> lines, String source) {
    Map<String, List<List<String>>> synsets = new HashMap<>();
    List<Entry> out = new ArrayList<>();
    List<Form> verbs = new ArrayList<>();
    String headerCode = null;
    String synset = null;
    boolean comment = false;
    for (String raw : lines) {
      String line = raw;
      if (comment) {
        if (line.contains("-->")) {
          comment = false;
        }
        continue;
      }
      if (line.strip().startsWith("<!")) {
        comment = !line.contains("-->");
        continue;
      }
      if (line.strip().startsWith("---STOP---")) {
        break;
      }
      Matcher h = HEADER.matcher(line.strip());
      if (h.find()) {
        synset = null;
        verbs.clear();
        verbs.add(new Form(word(h.group(1)), List.of(), List.of()));
        headerCode = h.group(2).strip();
        continue;
      }
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      String s = line.strip();
      if (s.isEmpty()) {
        synset = null;
        continue;
      }
      if (s.startsWith("&")) {
        synset = s.split("\\s+")[0].toUpperCase(Locale.ROOT).replaceAll("_+$", "");
        synsets.put(synset, new ArrayList<>());
        continue;
      }
      if (synset != null && s.startsWith("+")) {
        synsets.get(synset).add(words(s.substring(1)));
        continue;
      }
      if (headerCode == null) {
        continue;
      }
      if (s.startsWith("-")) {
        pattern(s.substring(1), verbs, headerCode, synsets, source, out);
      } else {
        Matcher c = CODE.matcher(s);
        String code = c.find() ? c.group(1).strip() : headerCode;
        String form = s.replaceAll("\\{[^}]*\\}", "").replaceAll("\\[[^\\]]*\\]", "").strip();
        Form f = form.isEmpty() ? null : form(form);
        if (f == null) {
          continue;
        }
        if (!verbs.contains(f)) {
          verbs.add(f);
        }
        add(out, code, f.verb(), f.before(), f.after(), source);
      }
    }
    return out;
  }

  private static void pattern(String body, List<Form> verbs, String headerCode,
      Map<String, List<List<String>>> synsets, String source, List<Entry> out) {
    Matcher c = CODE.matcher(body);
    String code = null;
    while (c.find()) {
      code = c.group(1).strip();
    }
    if (code == null) {
      return;
    }
    String p = body.replaceAll("\\[[^\\]]*\\]", " ").replaceAll("\\{[^}]*\\}", " ");
    int star = p.indexOf('*');
    if (star < 0) {
      return;
    }
    for (List<String> before : expand(words(p.substring(0, star)), synsets)) {
      for (List<String> after : expand(words(p.substring(star + 1)), synsets)) {
        for (Form verb : verbs) {
          List<String> b = new ArrayList<>(before);
          b.addAll(verb.before());
          List<String> a = new ArrayList<>(verb.after());
          a.addAll(after);
          add(out, code, verb.verb(), b, a, source);
        }
      }
    }
  }

  private static List<List<String>> expand(List<String> words, Map<String, List<List<String>>> synsets) {
    List<List<String>> out = new ArrayList<>();
    out.add(new ArrayList<>());
    for (String w : words) {
      List<List<String>> next = new ArrayList<>();
      boolean glued = w.startsWith("+");
      String name = glued ? w.substring(1) : w;
      List<List<String>> members = name.startsWith("&") ? synsets.get(name.toUpperCase(Locale.ROOT)) : null;
      if (name.startsWith("&") && (members == null || members.isEmpty())) {
        return List.of();
      }
      for (List<String> prefix : out) {
        if (members == null) {
          List<String> n = new ArrayList<>(prefix);
          n.add(w);
          next.add(n);
        } else {
          for (List<String> m : members) {
            List<String> n = new ArrayList<>(prefix);
            for (int k = 0; k < m.size(); k++) {
              String x = m.get(k).replace("+", "");
              n.add(k == 0 && !glued || n.isEmpty() ? x : "+" + x);
            }
            next.add(n);
          }
        }
      }
      if (next.size() > 64) {
        return List.of();
      }
      out = next;
    }
    return out;
  }

  private static void add(List<Entry> out, String code, String verb, List<String> before, List<String> after,
      String source) {
    if (code.startsWith("---") || code.isEmpty() || verb.isEmpty()) {
      return;
    }
    String[] codes = code.split(":");
    String action = String.join(" ", before) + (before.isEmpty() ? "" : " ") + verb
        + (after.isEmpty() ? "" : " " + String.join(" ", after));
    out.add(new Entry(codes[0].strip(), codes.length > 1 && !codes[1].strip().startsWith("---") ? codes[1].strip()
        : null, Kind.VERB, verb, before, after, action.replace("%", "").strip().replace("+", ""), source, true));
  }

  /** Words of a phrase; a word joined to the one before it by an underscore is written {@code +word}. */
  private static List<String> words(String s) {
    List<String> w = new ArrayList<>();
    for (String chunk : s.strip().split("\\s+")) {
      if (chunk.equals("%")) {
        w.add(CameoLexicon.COMPOUND);
        continue;
      }
      String[] parts = chunk.split("_");
      int added = 0;
      for (int k = 0; k < parts.length; k++) {
        String y = parts[k].replaceAll("[$+%^|*]", "").toLowerCase(Locale.ROOT);
        if (y.isEmpty()) {
          continue;
        }
        y = y.startsWith("&") ? y.toUpperCase(Locale.ROOT) : y;
        w.add(k > 0 ? "+" + y : y);
        added++;
      }
      if (added > 0 && chunk.endsWith("_")) {
        // "RECENTLY_*": glued to the verb that follows
        w.set(w.size() - 1, w.get(w.size() - 1) + "+");
      }
    }
    return w;
  }

  /**
   * A verb form of a class: the verb and the words glued before and after it. In a multiword form
   * {@code +} marks the verb ("WIRE_+TAP": "wire" right before the verb "tap"; "+CORDON_OFF":
   * "off" right after "cordon"); without it the first word is the verb.
   */
  record Form(String verb, List<String> before, List<String> after) {}

  private static Form form(String s) {
    String[] parts = s.strip().split("[\\s_]+");
    int head = 0;
    for (int k = 0; k < parts.length; k++) {
      if (parts[k].startsWith("+")) {
        head = k;
        break;
      }
    }
    List<String> w = new ArrayList<>();
    for (String p : parts) {
      String y = p.replaceAll("[$+%^|*]", "").toLowerCase(Locale.ROOT);
      w.add(y);
    }
    if (w.get(head).isEmpty()) {
      return null;
    }
    List<String> before = new ArrayList<>();
    for (int k = 0; k < head; k++) {
      before.add((k > 0 ? "+" : "") + w.get(k) + (k == head - 1 ? "+" : ""));
    }
    List<String> after = new ArrayList<>();
    for (int k = head + 1; k < w.size(); k++) {
      after.add("+" + w.get(k));
    }
    return new Form(w.get(head), before, after);
  }

  private static String word(String s) {
    return s.replace('_', ' ').strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
  }
}
