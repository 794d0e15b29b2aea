package dev.dossier.store.export;

import dev.dossier.model.Actor;
import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Entity;
import dev.dossier.model.Event;
import dev.dossier.model.Extent;
import dev.dossier.model.Layers;
import dev.dossier.model.TimeExpression;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Event rows modelled on the GDELT 1.0/2.0 event table: the GDELT columns Dossier can fill, in
 * GDELT's order, then Dossier's own (modality, hedge, offsets, stage...). One row per event, tab
 * separated, a header line first; tabs and line breaks inside a field become spaces. Columns are
 * documented in {@code docs/export.md}. Stateless.
 */
public final class GdeltTsv {
  private GdeltTsv() {}

  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of(
      // GDELT event table columns
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name", "Actor2Code",
      "Actor2Name", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
      "ActionGeo_FullName", "DATEADDED", "SOURCEURL",
      // Dossier's columns
      "Modality", "Hedge", "EventDate", "Action", "Trigger", "Actor1Entity", "Actor1Group", "Actor1Affiliation",
      "Actor2Entity", "Actor2Group", "Actor2Affiliation", "ActionGeo_Entity", "ActionGeo_KbId", "Outlet",
      "ArticleId", "EventIndex", "Start", "End", "TriggerStart", "TriggerEnd", "Stage", "Confidence");

  /** The header line. */
  static String header() {
    return String.join("\t", COLUMNS) + "\n";
  }

  /**
   * The GDELT QuadClass of a CAMEO root code: 1 verbal cooperation (01-05), 2 material cooperation
   * (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20); null for anything else.
   */
  public static Integer quadClass(String root) {
    if (root == null || !root.matches("\\d{2}")) {
      return null;
    }
    int r = Integer.parseInt(root);
    if (r >= 1 && r <= 5) {
      return 1;
    }
    if (r >= 6 && r <= 8) {
      return 2;
    }
    if (r >= 9 && r <= 13) {
      return 3;
    }
    return r >= 14 && r <= 20 ? 4 : null;
  }

  /** Writes the rows of one article's events. */
  static void write(Analysis a, Writer w) throws IOException {
    Article art = a.article();
    List<Event> events = a.layer(Layers.EVENTS);
    List<TimeExpression> times = a.layer(Layers.TIMES);
    List<Entity> entities = a.layer(Layers.ENTITIES);
    LocalDate day = art.published() == null ? null : art.published().anchorDate();
    String sqlDate = day == null ? null : day.toString().replace("-", "");
    int lead = lead(a.text());
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      String code = e.cameoCode();
      String base = code != null && code.length() >= 3 ? code.substring(0, 3) : code;
      String root = e.cameoRoot() != null ? e.cameoRoot() : code != null && code.length() >= 2 ? code.substring(0, 2) : null;
      String when = e.time() != null && e.time() < times.size() ? times.get(e.time()).value() : null;
      String kb = e.placeEntity() != null && e.placeEntity() < entities.size() ? entities.get(e.placeEntity()).kbId() : null;
      Object[] row = {art.id() + "-" + i, sqlDate, day == null ? null : String.format(Locale.ROOT, "%04d%02d",
          day.getYear(), day.getMonthValue()), day == null ? null : day.getYear(), fraction(day),
          code(e.actor()), name(e.actor()), code(e.target()), name(e.target()), e.start() < lead ? 1 : 0, code, base,
          root, quadClass(root), text(e.place()), sqlDate, art.url(),
          e.modality(), text(e.hedge()), when, e.action(), e.trigger().text(), entity(e.actor()), group(e.actor()),
          affiliation(e.actor()), entity(e.target()), group(e.target()), affiliation(e.target()), e.placeEntity(), kb,
          art.outlet(), art.id(), i, e.start(), e.end(), e.trigger().start(), e.trigger().end(), e.stage(),
          e.confidence()};
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        if (c > 0) {
          sb.append('\t');
        }
        sb.append(Csv.tsv(row[c]));
      }
      w.write(sb.append('\n').toString());
    }
  }

  /** Where the lead paragraph ends: at the first blank line or line break, else the whole text. */
  private static int lead(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text.length() : nl;
  }

  /**
   * GDELT's FractionDate, "YYYY.FFFF" where FFFF is the share of the year completed before that day:
   * from .0000 on 1 January to .9973 (.9973 in a leap year too) on 31 December, never the next year.
   */
  static String fraction(LocalDate d) {
    return d == null ? null
        : String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear());
  }

  private static String code(Actor a) {
    return a == null ? null : a.code();
  }

  private static String name(Actor a) {
    return a == null ? null : a.name();
  }

  private static Integer entity(Actor a) {
    return a == null ? null : a.entity();
  }

  private static Integer group(Actor a) {
    return a == null ? null : a.group() ? 1 : 0;
  }

  private static String affiliation(Actor a) {
    return a == null ? null : a.affiliation();
  }

  private static String text(Extent e) {
    return e == null ? null : e.text();
  }
}
