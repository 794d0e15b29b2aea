package dev.dossier.store.export;

import dev.dossier.model.Analysis;
import dev.dossier.model.Attribution;
import dev.dossier.model.Extent;
import dev.dossier.model.Layers;

/**
 * brat standoff for attributions, in PolNeAR's scheme: {@code T} lines labelled Source, Cue,
 * Content and Attribution (the trigger, on the cue), and one {@code E} line per attribution. An
 * attribution nested inside another's content is left out, as PolNeAR's spans never overlap (the
 * outer one keeps the whole content). Line breaks inside a span's text are written as spaces.
 * {@link #ANNOTATION_CONF} is the brat configuration that declares these types. Stateless.
 */
public final class Brat {
  private Brat() {}

  /**
   * brat's {@code annotation.conf} for the export: the span types Source, Cue and Content, the
   * event Attribution (its trigger on the cue) with an optional Source and one Cue and one Content,
   * and overlaps allowed between all of them (a trigger has its cue's span; spans of different
   * attributions may overlap).
   */
  public static final String ANNOTATION_CONF = """
      # brat configuration of Dossier's attribution export (PolNeAR's labels); see docs/export.md
      [entities]
      Source
      Cue
      Content

      [relations]
      <OVERLAP>	Arg1:Source|Cue|Content|Attribution, Arg2:Source|Cue|Content|Attribution, <OVL-TYPE>:<ANY>

      [events]
      Attribution	Source?:Source, Cue:Cue, Content:Content

      [attributes]
      """;

  public static String of(Analysis a) {
    StringBuilder sb = new StringBuilder();
    int t = 1;
    int e = 1;
    for (Attribution at : a.layer(Layers.ATTRIBUTIONS)) {
      if (at.parent() != null) {
        continue; // PolNeAR never nests one attribution's spans inside another's
      }
      String source = null;
      if (at.source() != null) {
        source = "T" + t;
        t = line(sb, t, "Source", at.source());
      }
      String cue = "T" + t;
      t = line(sb, t, "Cue", at.cue());
      String content = "T" + t;
      t = line(sb, t, "Content", at.content());
      String trigger = "T" + t;
      t = line(sb, t, "Attribution", at.cue());
      sb.append('E').append(e++).append("\tAttribution:").append(trigger).append(" Content:").append(content)
          .append(" Cue:").append(cue);
      if (source != null) {
        sb.append(" Source:").append(source);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static int line(StringBuilder sb, int t, String label, Extent x) {
    sb.append('T').append(t).append('\t').append(label).append(' ').append(x.start()).append(' ').append(x.end())
        .append('\t').append(x.text().replace('\n', ' ').replace('\r', ' ')).append('\n');
    return t + 1;
  }
}
