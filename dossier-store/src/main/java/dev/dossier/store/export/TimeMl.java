package dev.dossier.store.export;

import dev.dossier.model.Analysis;
import dev.dossier.model.Layers;
import dev.dossier.model.TimeExpression;
import java.util.List;

/**
 * A TimeML document of an analysis: DOCID, the publication date as a creation-time TIMEX3 (DCT),
 * and the text with inline TIMEX3 tags (tid, type, value, mod), which TempEval-3 scorers read.
 * An undated article's DCT is {@value #UNKNOWN_DAY}, TimeML's value for a day of which no digit is
 * known. Nested or overlapping expressions keep the first. Stateless.
 */
public final class TimeMl {
  private TimeMl() {}

  /** The DCT value of an article without a publication date. */
  public static final String UNKNOWN_DAY = "XXXX-XX-XX";

  public static String of(Analysis a) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>")
        .append(xml(a.article().id())).append("</DOCID>\n");
    String d = a.article().published() == null ? UNKNOWN_DAY : a.article().published().anchorDate().toString();
    sb.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").append(d)
        .append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">").append(d)
        .append("</TIMEX3></DCT>\n");
    sb.append("<TEXT>");
    String text = a.text();
    List<TimeExpression> ts = a.layer(Layers.TIMES);
    int at = 0;
    int n = 1;
    for (TimeExpression t : ts) {
      if (t.start() < at || t.end() > text.length()) {
        continue;
      }
      sb.append(xml(text.substring(at, t.start())));
      sb.append("<TIMEX3 tid=\"t").append(n++).append("\" type=\"").append(t.type()).append("\" value=\"")
          .append(xml(t.value())).append('"');
      if (t.mod() != null) {
        sb.append(" mod=\"").append(xml(t.mod())).append('"');
      }
      sb.append('>').append(xml(text.substring(t.start(), t.end()))).append("</TIMEX3>");
      at = t.end();
    }
    sb.append(xml(text.substring(at))).append("</TEXT>\n</TimeML>\n");
    return sb.toString();
  }

  static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
