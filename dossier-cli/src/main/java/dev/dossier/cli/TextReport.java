package dev.dossier.cli;

import dev.dossier.model.Actor;
import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Attribution;
import dev.dossier.model.Entity;
import dev.dossier.model.Event;
import dev.dossier.model.Expectation;
import dev.dossier.model.Extent;
import dev.dossier.model.Figure;
import dev.dossier.model.Layers;
import dev.dossier.model.Role;
import dev.dossier.model.Span;
import dev.dossier.model.TimeExpression;
import java.util.List;
import java.util.Locale;

/**
 * A human-readable report of an Analysis, for {@code --output text}: the article's header, then
 * each fact layer (entities, times, attributions, figures, events, expectations) one fact per
 * line, numbered within its section and opening with the fact's {@code [start,end)} in the article
 * text. References between layers (a figure's time, an event's actor) are shown by what they point
 * to; a nested attribution names its parent's number ("within 5.").
 */
final class TextReport {
  private static final int LONGEST_QUOTE = 90;

  private TextReport() {}

  static String of(Analysis a) {
    Article art = a.article();
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(art.title() == null ? "(untitled)" : art.title())
        .append("  [").append(art.id()).append("]\n");
    sb.append("   ").append(art.outlet() == null ? "unknown outlet" : art.outlet())
        .append(", ").append(art.published() == null ? "undated" : art.published().value())
        .append(", from ").append(art.origin().locator()).append('\n');
    sb.append("   ").append(a.layer(Layers.SENTENCES).size()).append(" sentences, ")
        .append(a.layer(Layers.TOKENS).size()).append(" tokens, ")
        .append(a.layer(Layers.MENTIONS).size()).append(" mentions\n");
    new Sections(a, sb).all();
    return sb.toString();
  }

  /** Writes the fact sections of one analysis, each fact numbered within its section. */
  private record Sections(Analysis a, StringBuilder sb) {

    void all() {
      entities();
      times();
      attributions();
      figures();
      events();
      expectations();
    }

    private void entities() {
      List<Entity> entities = a.layer(Layers.ENTITIES);
      section("Entities", entities.size());
      for (int i = 0; i < entities.size(); i++) {
        Entity e = entities.get(i);
        line(i, e).append(e.name()).append("  ").append(e.type());
        if (e.kbId() != null) {
          sb.append("  kb ").append(e.kbId());
        }
        for (Role r : e.roles()) {
          sb.append("  ").append(r.role()).append(r.of() == null ? "" : " of " + r.of());
        }
        if (e.roles().isEmpty() && !e.titles().isEmpty()) {
          sb.append("  ").append(String.join(", ", e.titles()));
        }
        sb.append("  (").append(e.mentions().size()).append(e.mentions().size() == 1 ? " mention)" : " mentions)");
        end();
      }
    }

    private void times() {
      List<TimeExpression> times = a.layer(Layers.TIMES);
      section("Times", times.size());
      for (int i = 0; i < times.size(); i++) {
        TimeExpression t = times.get(i);
        line(i, t).append(quote(t.text())).append("  ").append(t.type()).append(' ').append(t.value());
        if (t.rangeBegin() != null || t.rangeEnd() != null) {
          sb.append("  (").append(t.rangeBegin()).append(" to ").append(t.rangeEnd()).append(')');
        }
        if (t.mod() != null) {
          sb.append("  ").append(t.mod().toLowerCase(Locale.ROOT));
        }
        if (t.relation() != null) {
          sb.append("  ").append(t.relation().name().toLowerCase(Locale.ROOT));
        }
        end();
      }
    }

    private void attributions() {
      List<Attribution> attributions = a.layer(Layers.ATTRIBUTIONS);
      section("Attributions", attributions.size());
      for (int i = 0; i < attributions.size(); i++) {
        Attribution at = attributions.get(i);
        line(i, at).append(at.source() == null ? "(no source)" : at.source().text()).append(" [")
            .append(Render.sourceKind(at.sourceKind(), at.anonymous())).append(']');
        if (at.sourceEntity() != null) {
          sb.append(" = ").append(a.layer(Layers.ENTITIES).get(at.sourceEntity()).name());
        }
        sb.append("  ").append(quote(at.cue().text()));
        sb.append(at.direct() ? "  direct: " : "  ").append(quote(at.content().text()));
        if (at.relay() != null) {
          sb.append("  via ").append(at.relay().text());
        }
        if (at.parent() != null) {
          sb.append("  within ").append(at.parent() + 1).append('.');
        }
        end();
      }
    }

    private void figures() {
      List<Figure> figures = a.layer(Layers.FIGURES);
      section("Figures", figures.size());
      for (int i = 0; i < figures.size(); i++) {
        Figure f = figures.get(i);
        line(i, f).append(quote(f.text())).append(" = ").append(number(f.value()))
            .append(f.unit() == null ? "" : " " + f.unit());
        part("measures", f.measure());
        part("of", f.of());
        part("among", f.among());
        if (f.attribution() != null) {
          Extent source = a.layer(Layers.ATTRIBUTIONS).get(f.attribution()).source();
          sb.append("  per ").append(source == null ? "attribution " + (f.attribution() + 1) + "." : source.text());
        }
        time(f.time());
        part("comparison", f.comparison());
        if (f.comparedTo() != null) {
          Figure other = figures.get(f.comparedTo());
          sb.append("  against ").append(number(other.value())).append(other.unit() == null ? "" : " " + other.unit());
        }
        end();
      }
    }

    private void events() {
      List<Event> events = a.layer(Layers.EVENTS);
      section("Events", events.size());
      for (int i = 0; i < events.size(); i++) {
        Event ev = events.get(i);
        line(i, ev).append(actor(ev.actor())).append(' ').append(ev.action());
        if (ev.target() != null) {
          sb.append(" → ").append(actor(ev.target()));
        }
        if (ev.cameoCode() != null) {
          sb.append("  [CAMEO ").append(ev.cameoCode()).append(']');
        }
        if (ev.modality() != null) {
          sb.append("  ").append(ev.modality().name().toLowerCase(Locale.ROOT));
        }
        part("hedge", ev.hedge());
        part("in", ev.place());
        time(ev.time());
        end();
      }
    }

    private void expectations() {
      List<Expectation> expectations = a.layer(Layers.EXPECTATIONS);
      section("Expectations", expectations.size());
      for (int i = 0; i < expectations.size(); i++) {
        Expectation x = expectations.get(i);
        line(i, x).append(quote(x.what().text()))
            .append("  due ").append(x.due() == null ? "(no date)" : x.due());
        if (x.expectedBy() != null) {
          sb.append("  expected by ").append(actor(x.expectedBy()));
        }
        part("hedge", x.hedge());
        part("if", x.condition());
        if (x.outcome() != null) {
          sb.append("  ").append(x.outcome());
        }
        end();
      }
    }

    private void section(String name, int size) {
      sb.append('\n').append(name).append(" (").append(size).append(")\n");
    }

    /** Opens the line of fact {@code index} (numbered from 1, as "within 3." refers to it). */
    private StringBuilder line(int index, Span s) {
      return sb.append(String.format(Locale.ROOT, "%4d. [", index + 1)).append(s.start()).append(',')
          .append(s.end()).append(")  ");
    }

    private void end() {
      sb.append('\n');
    }

    private void part(String label, Extent e) {
      if (e != null) {
        sb.append("  ").append(label).append(' ').append(quote(e.text()));
      }
    }

    private void time(Integer index) {
      if (index != null) {
        sb.append("  when ").append(a.layer(Layers.TIMES).get(index).value());
      }
    }

    private static String actor(Actor actor) {
      if (actor == null) {
        return "(someone)";
      }
      return actor.name() != null ? actor.name() : actor.extent() == null ? "(someone)" : actor.extent().text();
    }
  }

  /** The text in quotation marks, on one line, cut at {@value #LONGEST_QUOTE} characters. */
  static String quote(String text) {
    String one = Render.oneLine(text);
    if (one.length() > LONGEST_QUOTE) {
      int cut = LONGEST_QUOTE - 1;
      if (Character.isHighSurrogate(one.charAt(cut - 1))) {
        cut--; // never half a character
      }
      one = one.substring(0, cut).stripTrailing() + "…";
    }
    return "\"" + one + "\"";
  }

  /** 76.0 as "76", 3.1 as "3.1", 1.5e9 as "1500000000". */
  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
