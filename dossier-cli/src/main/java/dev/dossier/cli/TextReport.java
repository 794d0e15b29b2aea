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
import dev.dossier.model.SourceKind;
import dev.dossier.model.Span;
import dev.dossier.model.TimeExpression;
import java.util.List;
import java.util.Locale;

/**
 * A human-readable report of an Analysis, for {@code --output text}: the article's header, then
 * each fact layer (entities, times, attributions, figures, events, expectations) one fact per
 * line, each line opening with the fact's {@code [start,end)} in the article text. References
 * between layers (a figure's time, an event's actor) are shown by what they point to.
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
    new Writer(a, sb).all();
    return sb.toString();
  }

  /** Writes the fact sections of one analysis. */
  private record Writer(Analysis a, StringBuilder sb) {

    void all() {
      List<Entity> entities = a.layer(Layers.ENTITIES);
      section("Entities", entities.size());
      for (Entity e : entities) {
        line(e).append(e.name()).append("  ").append(e.type());
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
      List<TimeExpression> times = a.layer(Layers.TIMES);
      section("Times", times.size());
      for (TimeExpression t : times) {
        line(t).append(quote(t.text())).append("  ").append(t.type()).append(' ').append(t.value());
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
      List<Attribution> attributions = a.layer(Layers.ATTRIBUTIONS);
      section("Attributions", attributions.size());
      for (Attribution at : attributions) {
        line(at).append(at.source() == null ? "(no source)" : at.source().text()).append(" [")
            .append(at.sourceKind() == null ? "unknown" : at.sourceKind().name().toLowerCase(Locale.ROOT))
            .append(at.anonymous() && at.sourceKind() != SourceKind.ANONYMOUS ? ", anonymous" : "").append(']');
        if (at.sourceEntity() != null) {
          sb.append(" = ").append(entities.get(at.sourceEntity()).name());
        }
        if (at.cue() != null) {
          sb.append("  ").append(quote(at.cue().text()));
        }
        if (at.content() != null) {
          sb.append(at.direct() ? "  direct: " : "  ").append(quote(at.content().text()));
        }
        if (at.relay() != null) {
          sb.append("  via ").append(at.relay().text());
        }
        if (at.parent() != null) {
          sb.append("  within attribution ").append(at.parent() + 1);
        }
        end();
      }
      List<Figure> figures = a.layer(Layers.FIGURES);
      section("Figures", figures.size());
      for (Figure f : figures) {
        line(f).append(quote(f.text())).append(" = ").append(number(f.value()))
            .append(f.unit() == null ? "" : " " + f.unit());
        part("measures", f.measure());
        part("of", f.of());
        part("among", f.among());
        if (f.attribution() != null) {
          Extent source = attributions.get(f.attribution()).source();
          sb.append("  per ").append(source == null ? "attribution " + (f.attribution() + 1) : source.text());
        }
        time(f.time());
        part("comparison", f.comparison());
        if (f.comparedTo() != null) {
          Figure other = figures.get(f.comparedTo());
          sb.append("  against ").append(number(other.value())).append(other.unit() == null ? "" : " " + other.unit());
        }
        end();
      }
      List<Event> events = a.layer(Layers.EVENTS);
      section("Events", events.size());
      for (Event ev : events) {
        line(ev).append(actor(ev.actor())).append(' ').append(ev.action());
        if (ev.target() != null) {
          sb.append(" -> ").append(actor(ev.target()));
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
      List<Expectation> expectations = a.layer(Layers.EXPECTATIONS);
      section("Expectations", expectations.size());
      for (Expectation x : expectations) {
        line(x).append(x.what() == null ? x.kind() : quote(x.what().text()))
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

    private StringBuilder line(Span s) {
      return sb.append("  [").append(s.start()).append(',').append(s.end()).append(")  ");
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
        TimeExpression t = a.layer(Layers.TIMES).get(index);
        sb.append("  when ").append(t.value());
      }
    }

    private String actor(Actor actor) {
      if (actor == null) {
        return "(someone)";
      }
      return actor.name() != null ? actor.name() : actor.extent() == null ? "(someone)" : actor.extent().text();
    }
  }

  /** The text in quotation marks, on one line, cut at {@value #LONGEST_QUOTE} characters. */
  static String quote(String text) {
    String one = text.replaceAll("\\s+", " ").strip();
    if (one.length() > LONGEST_QUOTE) {
      one = one.substring(0, LONGEST_QUOTE - 1).stripTrailing() + "…";
    }
    return "\"" + one + "\"";
  }

  /** 76.0 as "76", 3.1 as "3.1", 1.5e9 as "1500000000". */
  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
