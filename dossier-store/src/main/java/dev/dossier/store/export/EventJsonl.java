package dev.dossier.store.export;

import dev.dossier.model.Actor;
import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Event;
import dev.dossier.model.Extent;
import dev.dossier.model.Layers;
import dev.dossier.model.Modality;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.json.AnalysisJson;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One JSON object per event, on its own line: the event record of the Analysis contract with its
 * article's id, url, outlet and day, its statement text, the time value it points to and the GDELT
 * QuadClass of its CAMEO root. Fields are documented in {@code docs/export.md}. Stateless.
 */
public final class EventJsonl {
  private EventJsonl() {}

  /**
   * One line of the export.
   *
   * @param id {@code ARTICLE_ID-N}, as GLOBALEVENTID in the TSV
   * @param article the article id
   * @param url the article's URL, or null
   * @param outlet the article's outlet, or null
   * @param published the article's day (YYYY-MM-DD), or null
   * @param index the event's index in the article's events layer
   * @param start first code unit of the statement
   * @param end one past its last code unit
   * @param text the statement, {@code article.text().substring(start, end)}
   * @param timeValue the TIMEX3 value of the event's time, or null
   * @param quadClass GDELT QuadClass of the CAMEO root (1-4), or null
   * @param confidence the event's confidence, rounded to 3 decimals
   */
  public record Line(String id, String article, String url, String outlet, String published, int index, int start,
      int end, String text, Extent trigger, String action, String cameoCode, String cameoRoot, Integer quadClass,
      Actor actor, Actor target, Extent place, Integer placeEntity, Integer time, String timeValue,
      Modality modality, Extent hedge, double confidence, String stage) {}

  /** The lines of one article's events. */
  static List<Line> lines(Analysis a) {
    Article art = a.article();
    List<Event> events = a.layer(Layers.EVENTS);
    List<TimeExpression> times = a.layer(Layers.TIMES);
    String day = art.published() == null ? null : art.published().anchorDate().toString();
    return java.util.stream.IntStream.range(0, events.size()).mapToObj(i -> {
      Event e = events.get(i);
      String when = e.time() != null && e.time() < times.size() ? times.get(e.time()).value() : null;
      return new Line(art.id() + "-" + i, art.id(), art.url(), art.outlet(), day, i, e.start(), e.end(),
          a.text().substring(e.start(), e.end()), e.trigger(), e.action(), e.cameoCode(), e.cameoRoot(),
          GdeltTsv.quadClass(e.cameoRoot()), e.actor(), e.target(), e.place(), e.placeEntity(), e.time(), when,
          e.modality(), e.hedge(), Csv.round(e.confidence()), e.stage());
    }).toList();
  }

  /** Writes the lines of one article's events. */
  static void write(Analysis a, Writer w) throws IOException {
    for (Line l : lines(a)) {
      w.write(AnalysisJson.mapper().writeValueAsString(l));
      w.write('\n');
    }
  }
}
