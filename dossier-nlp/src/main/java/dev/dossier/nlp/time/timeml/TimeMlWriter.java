package dev.dossier.nlp.time.timeml;

import dev.dossier.model.Extent;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.TimeType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a {@link TimeMlDocument} back with Dossier's own TIMEX3 tags in its {@code <TEXT>}: the
 * text's characters are copied exactly as they were (entities as written), every markup element
 * that was inside TEXT (gold TIMEX3, EVENT, SIGNAL...) is dropped, and so are the link and
 * instance elements after it (MAKEINSTANCE, TLINK, SLINK, ALINK), which referred to them. The
 * document creation time and everything else outside TEXT are kept as they are.
 *
 * <p>A range ("between 2019 and 2021") is written as two TIMEX3 elements, one on each end point,
 * because TimeML has no range value and that is how TimeBank annotates them. Stateless.
 */
public final class TimeMlWriter {

  private static final Pattern LINKS = Pattern.compile(
      "[ \\t]*<(MAKEINSTANCE|TLINK|SLINK|ALINK)\\b[^>]*?(/>|>.*?</\\1>)[ \\t]*\\r?\\n?", Pattern.DOTALL);

  /** One TIMEX3 to write: plain-text offsets, type and value, mod or null. */
  public record Tag(int start, int end, String type, String value, String mod) {}

  /** The TIMEX3 elements {@code times} become: one per time, two per range. */
  public static List<Tag> tags(List<TimeExpression> times) {
    List<Tag> out = new ArrayList<>();
    for (TimeExpression t : times) {
      if (t.rangeBegin() != null && t.rangeBeginSpan() != null && t.rangeEndSpan() != null) {
        out.add(tag(t.rangeBeginSpan(), t.rangeBegin(), t.type()));
        out.add(tag(t.rangeEndSpan(), t.rangeEnd(), t.type()));
      } else {
        out.add(new Tag(t.start(), t.end(), t.type().name(), t.value(), t.mod()));
      }
    }
    return out;
  }

  private static Tag tag(Extent e, String value, TimeType rangeType) {
    String type = value.indexOf('T') > 0 ? TimeType.TIME.name()
        : rangeType == TimeType.TIME ? TimeType.DATE.name() : rangeType.name();
    return new Tag(e.start(), e.end(), type, value, null);
  }

  /**
   * The document with {@code tags} (plain-text offsets into {@link TimeMlDocument#text()},
   * ordered, not overlapping) as its only markup inside TEXT.
   *
   * @throws IllegalArgumentException when tags overlap or lie outside the text
   */
  public String write(TimeMlDocument doc, List<Tag> tags) {
    String raw = doc.raw();
    int n = doc.text().length();
    StringBuilder out = new StringBuilder(raw.length() + tags.size() * 64);
    out.append(raw, 0, doc.textStart());
    int next = 1;
    int k = 0;
    int prevEnd = 0;
    for (Tag t : tags) {
      if (t.start() < prevEnd || t.end() > n || t.start() >= t.end()) {
        throw new IllegalArgumentException("TIMEX3 [" + t.start() + ", " + t.end()
            + ") overlaps the previous one or lies outside a text of length " + n);
      }
      prevEnd = t.end();
    }
    for (int i = 0; i <= n; i++) {
      if (k < tags.size() && i == tags.get(k).end() && i > 0) {
        out.append("</TIMEX3>");
        k++;
      }
      if (i == n) {
        break;
      }
      if (k < tags.size() && i == tags.get(k).start()) {
        String tid = "t" + next++;
        if (tid.equals(doc.dctTid())) {
          tid = "t" + next++;
        }
        Tag t = tags.get(k);
        out.append("<TIMEX3 tid=\"").append(tid).append("\" type=\"").append(t.type())
            .append("\" value=\"").append(escape(t.value())).append('"');
        if (t.mod() != null) {
          out.append(" mod=\"").append(escape(t.mod())).append('"');
        }
        out.append('>');
      }
      out.append(raw, doc.rawStart(i), doc.rawEnd(i));
    }
    // after the last character of the text only markup remains, and it is dropped
    String after = raw.substring(doc.textEnd());
    out.append(LINKS.matcher(after).replaceAll(""));
    return out.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }
}
