package dev.dossier.store.export;

import java.util.Locale;

/** The formats {@code dossier export} writes. */
public enum ExportFormat {
  /** One Analysis JSON document per line (the {@code dossier.analysis/1} contract). */
  JSONL("jsonl", false),
  /** One CSV file per table: articles, entities, times, attributions, figures, events, expectations. */
  CSV("csv", true),
  /** GDELT-style event rows, tab-separated, with a header (columns in docs/export.md). */
  GDELT_TSV("gdelt-tsv", false),
  /** One JSON object per event (fields in docs/export.md). */
  EVENTS_JSONL("events-jsonl", false),
  /** One TimeML file per article with TIMEX3 tags and the publication date as DCT (XXXX-XX-XX when unknown). */
  TIMEML("timeml", true),
  /** brat standoff per article (the text and Source/Cue/Content/Attribution annotations), and annotation.conf. */
  BRAT("brat", true);

  private final String id;
  private final boolean needsDirectory;

  ExportFormat(String id, boolean needsDirectory) {
    this.id = id;
    this.needsDirectory = needsDirectory;
  }

  public String id() {
    return id;
  }

  /** Whether the format writes several files, so needs an output directory. */
  public boolean needsDirectory() {
    return needsDirectory;
  }

  /** @throws IllegalArgumentException naming the accepted values */
  public static ExportFormat parse(String s) {
    for (ExportFormat f : values()) {
      if (f.id.equals(s.strip().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown export format '" + s + "' (expected jsonl, events-jsonl, csv, gdelt-tsv, timeml or brat)");
  }
}
