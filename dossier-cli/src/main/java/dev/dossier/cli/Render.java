package dev.dossier.cli;

import dev.dossier.store.ArticleSummary;
import dev.dossier.store.query.ClaimRelation;
import dev.dossier.store.query.ClaimReport;
import dev.dossier.store.query.ClaimView;
import dev.dossier.store.query.Days;
import dev.dossier.store.query.Deadline;
import dev.dossier.store.query.EventView;
import dev.dossier.store.query.TimelineEntry;
import java.util.Locale;

/** One-line renderings of query results for the terminal. Stateless. */
final class Render {
  private Render() {}

  static String outlet(ArticleSummary a) {
    return a.outlet() == null ? "(unknown outlet)" : a.outlet();
  }

  static String article(ArticleSummary a) {
    return a.label() + "  [" + a.id() + "]";
  }

  /**
   * A source's kind as listings write it: "person", "poll or document", "government, anonymous" for
   * an unnamed official, and "anonymous" once for an anonymous source.
   */
  static String sourceKind(dev.dossier.model.SourceKind kind, boolean anonymous) {
    String name = kind == null ? "unknown" : kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return anonymous && kind != dev.dossier.model.SourceKind.ANONYMOUS ? name + ", anonymous" : name;
  }

  static String claim(ClaimView c) {
    return "\"" + oneLine(c.text()) + "\" — " + oneLine(c.source()) + " (" + sourceKind(c.sourceKind(), c.anonymous()) + "), "
        + outlet(c.article()) + " "
        + Days.of(c.article().day()) + "  [" + c.id() + "]";
  }

  static String report(ClaimReport r) {
    StringBuilder sb = new StringBuilder(claim(r.claim())).append('\n');
    for (ClaimRelation x : r.related()) {
      String verb = switch (x.relation()) {
        case CORROBORATES -> "agrees:     ";
        case CONTRADICTS -> "disagrees:  ";
        case REPEATS -> "repeats:    ";
      };
      sb.append("    ").append(verb).append(claim(x.other()));
      if (!x.why().isEmpty()) {
        sb.append("  (").append(x.why()).append(')');
      }
      sb.append('\n');
    }
    if (r.related().isEmpty()) {
      sb.append("    no other source says this\n");
    }
    return sb.toString();
  }

  static String event(EventView e) {
    StringBuilder sb = new StringBuilder();
    sb.append(e.when() != null ? e.when() : Days.of(e.article().day())).append("  ");
    if (e.actor() != null) {
      sb.append(e.actor()).append(' ');
    }
    sb.append(e.action() != null ? e.action() : oneLine(e.text()));
    if (e.target() != null) {
      sb.append(" → ").append(e.target());
    }
    if (e.cameoCode() != null) {
      sb.append(" [CAMEO ").append(e.cameoCode()).append(']');
    }
    sb.append(" {").append(e.modality().name().toLowerCase(Locale.ROOT)).append("} — ").append(outlet(e.article()));
    return sb.toString();
  }

  static String timeline(TimelineEntry e) {
    return (e.date() == null ? "   undated" : e.date().toString()) + "  " + oneLine(e.text()) + "  — " + outlet(e.article())
        + (e.kind().equals("article") ? "" : "  [" + e.article().id() + "]");
  }

  /** {@code s} with each run of white space (line breaks of the article's wrapped text) one space. */
  static String oneLine(String s) {
    return s == null ? null : s.strip().replaceAll("\\s+", " ");
  }

  static String deadline(Deadline d) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-9s", d.status().name().toLowerCase(Locale.ROOT)))
        .append(d.due() == null ? "undated" : "due " + d.due())
        .append(d.dueTo() != null && d.dueFrom() != null && !d.dueFrom().equals(d.dueTo())
            ? " (" + d.dueFrom() + ".." + d.dueTo() + ")" : "")
        .append("  ").append(oneLine(d.label()));
    if (d.head() != null && !d.head().equals(d.what())) {
      sb.append(" (\"").append(oneLine(d.what())).append("\")");
    }
    if (d.kind() != null || d.modality() != null) {
      sb.append(" [").append(d.kind() == null ? "" : d.kind())
          .append(d.kind() != null && d.modality() != null ? ", " : "")
          .append(d.modality() == null ? "" : d.modality().toLowerCase(Locale.ROOT)).append(']');
    }
    if (d.condition() != null) {
      String condition = oneLine(d.condition());
      sb.append(condition.matches("(?i)(if|unless|only if|even if|as long as|provided)\\b.*") ? " " : " if ").append(condition);
    }
    if (d.outcome() != null || d.consequence() != null) {
      sb.append(" (consequence: ").append(oneLine(d.outcome() != null ? d.outcome() : d.consequence())).append(')');
    }
    if (d.hedge() != null) {
      sb.append(" hedge: \"").append(d.hedge()).append('"');
    }
    if (d.expectedBy() != null) {
      sb.append(" according to ").append(d.expectedBy());
    }
    sb.append("\n         from ").append(article(d.article()));
    if (d.resolvedBy() != null) {
      sb.append("\n         resolved by ").append(article(d.resolvedBy())).append(": \"").append(oneLine(d.resolution()))
          .append('"');
    }
    return sb.toString();
  }
}
