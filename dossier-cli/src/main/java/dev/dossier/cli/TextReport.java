package dev.dossier.cli;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;

/** A short human-readable summary of an Analysis, for {@code --output text}. */
final class TextReport {
  private TextReport() {}

  static String of(Analysis a) {
    Article art = a.article();
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(art.title() == null ? "(untitled)" : art.title())
        .append("  [").append(art.id()).append("]\n");
    sb.append("   ").append(art.outlet() == null ? "unknown outlet" : art.outlet())
        .append(", ").append(art.published() == null ? "undated" : art.published().value())
        .append(", from ").append(art.origin().locator()).append('\n');
    for (LayerKey<?> k : Layers.ALL) {
      sb.append("   ").append(k.id()).append(": ").append(a.layer(k).size()).append('\n');
    }
    return sb.toString();
  }
}
