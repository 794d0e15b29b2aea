package dev.dossier.nlp.time.timeml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TempEval-3 style TimeML document ({@code .tml} or {@code .TE3input}): the raw file, the plain
 * text of its {@code <TEXT>} element (tags removed, XML entities decoded) with a map from each
 * plain character back to the raw characters it came from, the document creation time, and the
 * TIMEX3 elements already in the text (the gold, when there is one). Immutable.
 */
public final class TimeMlDocument {

  private static final Pattern TEXT = Pattern.compile("<TEXT(?:\\s[^>]*)?>(.*?)</TEXT>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z_][\\w.-]*)([^>]*?)(/?)>", Pattern.DOTALL);
  private static final Pattern ATTR = Pattern.compile("([\\w:.-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");
  private static final Pattern TIMEX = Pattern.compile("<TIMEX3\\b([^>]*)>");

  /** A TIMEX3 element in the text: plain-text offsets {@code [start, end)} and its attributes. */
  public record Timex(int start, int end, Map<String, String> attributes) {
    public String type() {
      return attributes.getOrDefault("type", "");
    }

    public String value() {
      return attributes.getOrDefault("value", "");
    }
  }

  private final String raw;
  private final int textStart;
  private final int textEnd;
  private final String text;
  private final int[] rawStart;
  private final int[] rawEnd;
  private final String dctValue;
  private final String dctTid;
  private final List<Timex> timexes;

  private TimeMlDocument(String raw, int textStart, int textEnd, String text, int[] rawStart,
      int[] rawEnd, String dctValue, String dctTid, List<Timex> timexes) {
    this.raw = raw;
    this.textStart = textStart;
    this.textEnd = textEnd;
    this.text = text;
    this.rawStart = rawStart;
    this.rawEnd = rawEnd;
    this.dctValue = dctValue;
    this.dctTid = dctTid;
    this.timexes = timexes;
  }

  /**
   * Parses a TimeML document.
   *
   * @throws IllegalArgumentException when it has no {@code <TEXT>} element
   */
  public static TimeMlDocument parse(String raw) {
    Matcher t = TEXT.matcher(raw);
    if (!t.find()) {
      throw new IllegalArgumentException("no <TEXT> element");
    }
    int ts = t.start(1);
    int te = t.end(1);
    String dct = null;
    String dctTid = null;
    Matcher x = TIMEX.matcher(raw);
    while (x.find()) {
      if (x.start() >= ts && x.start() < te) {
        continue;
      }
      Map<String, String> a = attributes(x.group(1));
      boolean inDct = raw.lastIndexOf("<DCT>", x.start()) > raw.lastIndexOf("</DCT>", x.start());
      if (inDct || "CREATION_TIME".equals(a.get("functionInDocument"))) {
        dct = a.get("value");
        dctTid = a.get("tid");
        break;
      }
    }
    StringBuilder plain = new StringBuilder(te - ts);
    int[] rs = new int[te - ts + 1];
    int[] re = new int[te - ts + 1];
    List<Timex> timexes = new ArrayList<>();
    List<int[]> open = new ArrayList<>();
    List<Map<String, String>> openAttrs = new ArrayList<>();
    Matcher tag = TAG.matcher(raw);
    tag.region(ts, te);
    int pos = ts;
    while (true) {
      boolean found = tag.find();
      int segEnd = found ? tag.start() : te;
      decode(raw, pos, segEnd, plain, rs, re);
      if (!found) {
        break;
      }
      pos = tag.end();
      if (!tag.group(2).equals("TIMEX3")) {
        continue;
      }
      if (!tag.group(1).isEmpty()) {
        if (!open.isEmpty()) {
          int[] s = open.remove(open.size() - 1);
          Map<String, String> a = openAttrs.remove(openAttrs.size() - 1);
          if (plain.length() > s[0]) {
            timexes.add(new Timex(s[0], plain.length(), a));
          }
        }
      } else if (tag.group(4).isEmpty()) {
        open.add(new int[] {plain.length()});
        openAttrs.add(attributes(tag.group(3)));
      }
    }
    timexes.sort((a, b) -> Integer.compare(a.start(), b.start()));
    int n = plain.length();
    return new TimeMlDocument(raw, ts, te, plain.toString(), java.util.Arrays.copyOf(rs, n),
        java.util.Arrays.copyOf(re, n), dct, dctTid, Collections.unmodifiableList(timexes));
  }

  /** Decodes raw {@code [from, to)} into {@code out}, recording each character's raw span. */
  private static void decode(String raw, int from, int to, StringBuilder out, int[] rs, int[] re) {
    int i = from;
    while (i < to) {
      char c = raw.charAt(i);
      if (c == '&') {
        int semi = raw.indexOf(';', i);
        if (semi > i && semi < to && semi - i <= 10) {
          String ent = raw.substring(i + 1, semi);
          int cp = entity(ent);
          if (cp >= 0) {
            char[] chars = Character.toChars(cp);
            for (char ch : chars) {
              rs[out.length()] = i;
              re[out.length()] = semi + 1;
              out.append(ch);
            }
            i = semi + 1;
            continue;
          }
        }
      }
      rs[out.length()] = i;
      re[out.length()] = i + 1;
      out.append(c);
      i++;
    }
  }

  private static int entity(String e) {
    switch (e) {
      case "amp":
        return '&';
      case "lt":
        return '<';
      case "gt":
        return '>';
      case "quot":
        return '"';
      case "apos":
        return '\'';
      default:
        break;
    }
    try {
      if (e.startsWith("#x") || e.startsWith("#X")) {
        return Integer.parseInt(e.substring(2), 16);
      }
      if (e.startsWith("#")) {
        return Integer.parseInt(e.substring(1));
      }
    } catch (NumberFormatException ex) {
      return -1;
    }
    return -1;
  }

  static Map<String, String> attributes(String s) {
    Map<String, String> out = new HashMap<>();
    Matcher m = ATTR.matcher(s);
    while (m.find()) {
      String v = m.group(2);
      StringBuilder sb = new StringBuilder();
      decode(v, 1, v.length() - 1, sb, new int[v.length()], new int[v.length()]);
      out.put(m.group(1), sb.toString());
    }
    return out;
  }

  /** The whole file as read. */
  public String raw() {
    return raw;
  }

  /** Where the content of {@code <TEXT>} starts in {@link #raw()}. */
  public int textStart() {
    return textStart;
  }

  /** Where the content of {@code <TEXT>} ends in {@link #raw()}. */
  public int textEnd() {
    return textEnd;
  }

  /** The plain text of {@code <TEXT>}: tags removed, entities decoded. */
  public String text() {
    return text;
  }

  /** The first raw character plain character {@code i} came from. */
  public int rawStart(int i) {
    return rawStart[i];
  }

  /** One past the last raw character plain character {@code i} came from. */
  public int rawEnd(int i) {
    return rawEnd[i];
  }

  /** The value of the document creation time, or null when the document has none. */
  public String dctValue() {
    return dctValue;
  }

  /** The tid of the document creation time's TIMEX3, or null. */
  public String dctTid() {
    return dctTid;
  }

  /** The TIMEX3 elements inside {@code <TEXT>}, by start offset. */
  public List<Timex> timexes() {
    return timexes;
  }
}
