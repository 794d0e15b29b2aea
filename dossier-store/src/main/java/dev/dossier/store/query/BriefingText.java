package dev.dossier.store.query;

import dev.dossier.store.ArticleSummary;
import java.util.List;
import java.util.Locale;

/** Renders a {@link Briefing} as plain text for a terminal. Stateless. */
public final class BriefingText {
  private BriefingText() {}

  public static String render(Briefing b) {
    StringBuilder sb = new StringBuilder();
    sb.append("DOSSIER BRIEFING — ").append(b.articles()).append(" articles, as of ").append(b.today()).append("\n\n");

    section(sb, "Top actors");
    if (b.actors().isEmpty()) {
      sb.append("  (no actors: the entity stages found none)\n");
    }
    for (ActorProfile p : b.actors()) {
      ActorSummary a = p.actor();
      sb.append("  ").append(a.name()).append(" [").append(a.type().toLowerCase(Locale.ROOT)).append("] — ")
          .append(a.articles()).append(a.articles() == 1 ? " article" : " articles");
      if (!p.roles().isEmpty()) {
        RoleView r = p.roles().get(0);
        sb.append("; ").append(r.role()).append(r.of() == null ? "" : " of " + r.of());
      } else if (!p.titles().isEmpty()) {
        sb.append("; ").append(p.titles().get(0));
      }
      if (!p.quotedBy().isEmpty()) {
        sb.append("; quoted by ").append(String.join(", ", p.quotedBy().stream().map(QuotedBy::outlet).toList()));
      }
      sb.append('\n');
    }

    section(sb, "Story timeline");
    if (b.story() == null) {
      sb.append("  (no story yet)\n");
    } else {
      StorySummary s = b.story().story();
      sb.append("  story ").append(s.id()).append(": ").append(s.label()).append(" — ").append(s.articles())
          .append(s.articles() == 1 ? " article, " : " articles, ").append(Days.span(s.firstDay(), s.lastDay())).append('\n');
      List<TimelineEntry> t = b.story().timeline();
      for (TimelineEntry e : t.subList(Math.max(0, t.size() - 12), t.size())) {
        sb.append("  ").append(e.date() == null ? "   undated" : e.date()).append("  ").append(e.text())
            .append("  — ").append(outlet(e.article())).append('\n');
      }
    }

    section(sb, "Deadlines");
    deadlines(sb, "upcoming", b.upcoming());
    deadlines(sb, "overdue", b.overdue());
    deadlines(sb, "resolved", b.resolved());

    section(sb, "Corroborated");
    if (b.corroborated().isEmpty()) {
      sb.append("  (none found)\n");
    }
    for (ClaimReport r : b.corroborated().subList(0, Math.min(2, b.corroborated().size()))) {
      claim(sb, r.claim());
      for (ClaimRelation x : r.related()) {
        if (x.relation() == ClaimRelation.Relation.CORROBORATES) {
          sb.append("      also: ");
          claimLine(sb, x.other());
        }
      }
    }

    section(sb, "Contradictions");
    if (b.contradictions().isEmpty()) {
      sb.append("  (none found)\n");
    }
    for (ClaimReport r : b.contradictions().subList(0, Math.min(2, b.contradictions().size()))) {
      claim(sb, r.claim());
      for (ClaimRelation x : r.related()) {
        if (x.relation() == ClaimRelation.Relation.CONTRADICTS) {
          sb.append("      but: ");
          claimLine(sb, x.other());
          sb.append("      (").append(x.why()).append(")\n");
          break;
        }
      }
    }

    section(sb, "Anonymous sources");
    if (b.anonymous().isEmpty()) {
      sb.append("  (none found)\n");
    }
    for (ClaimView c : b.anonymous()) {
      sb.append("  ");
      claimLine(sb, c);
    }

    section(sb, "Poll figures");
    if (b.polls().isEmpty()) {
      sb.append("  (none found)\n");
    }
    for (FigureView f : b.polls()) {
      sb.append("  ").append(f.text());
      if (f.measure() != null) {
        sb.append(' ').append(f.measure());
      }
      if (f.of() != null) {
        sb.append(" of ").append(f.of());
      }
      if (f.among() != null) {
        sb.append(" among ").append(f.among());
      }
      if (f.source() != null) {
        sb.append(", per ").append(midSentence(f.source()));
      }
      sb.append("  — ").append(outlet(f.article())).append(", ").append(f.article().day()).append('\n');
    }
    return sb.toString();
  }

  private static void section(StringBuilder sb, String title) {
    sb.append('\n').append(title).append('\n');
  }

  private static void deadlines(StringBuilder sb, String label, List<Deadline> ds) {
    sb.append("  ").append(label).append(":");
    if (ds.isEmpty()) {
      sb.append(" none\n");
      return;
    }
    sb.append('\n');
    for (Deadline d : ds) {
      sb.append("    ").append(d.due() == null ? "undated" : "due " + d.due()).append("  ").append(d.label());
      if (d.modality() != null && !d.modality().equals("EXPECTED")) {
        sb.append(" {").append(d.modality().toLowerCase(java.util.Locale.ROOT)).append('}');
      }
      if (d.outcome() != null || d.consequence() != null) {
        sb.append(" (consequence: ").append(d.outcome() != null ? d.outcome() : d.consequence()).append(')');
      }
      if (d.hedge() != null && d.hedge().contains(" ")) {
        sb.append(" (hedge: ").append(d.hedge()).append(')');
      }
      sb.append("  — ").append(outlet(d.article())).append(", ").append(d.article().day());
      if (d.resolvedBy() != null) {
        sb.append("\n      resolved by ").append(outlet(d.resolvedBy())).append(", ").append(d.resolvedBy().day())
            .append(": \"").append(d.resolution()).append('"');
      }
      sb.append('\n');
    }
  }

  private static void claim(StringBuilder sb, ClaimView c) {
    sb.append("  ");
    claimLine(sb, c);
  }

  static void claimLine(StringBuilder sb, ClaimView c) {
    sb.append('"').append(c.text()).append("\" — ").append(c.source())
        .append(c.anonymous() ? " (anonymous)" : "").append(", ").append(outlet(c.article())).append(' ')
        .append(c.article().day()).append("  [").append(c.id()).append("]\n");
  }

  private static String outlet(ArticleSummary a) {
    return a.outlet() == null ? "(unknown outlet)" : a.outlet();
  }

  /** A source as written at the start of a sentence, set inside one: "A Gallup poll" → "a Gallup poll". */
  static String midSentence(String source) {
    if (source.startsWith("A ") || source.startsWith("An ")) {
      return Character.toLowerCase(source.charAt(0)) + source.substring(1);
    }
    return source;
  }
}
