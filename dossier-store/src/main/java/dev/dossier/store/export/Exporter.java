package dev.dossier.store.export;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Attribution;
import dev.dossier.model.Entity;
import dev.dossier.model.Event;
import dev.dossier.model.Expectation;
import dev.dossier.model.Extent;
import dev.dossier.model.Figure;
import dev.dossier.model.Layers;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.json.AnalysisJson;
import dev.dossier.store.Store;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a store's analyses in an {@link ExportFormat}. Single-file formats go to a writer (or
 * {@code dir/export.EXT}); multi-file formats need a directory. Stateless.
 */
public final class Exporter {
  private Exporter() {}

  /** The GDELT-style columns, in order; documented in docs/export.md. */
  public static final List<String> GDELT_COLUMNS = GdeltTsv.COLUMNS;

  /**
   * Exports every stored analysis.
   *
   * @param out where single-file formats go when {@code dir} is null
   * @param dir the output directory, or null; required for multi-file formats
   * @return how many articles were exported
   * @throws IllegalArgumentException if the format needs a directory and none was given
   * @throws UncheckedIOException if writing fails
   */
  public static long export(Store store, ExportFormat format, Writer out, Path dir) {
    if (format.needsDirectory() && dir == null) {
      throw new IllegalArgumentException(format.id() + " writes one file per article or table: give --out DIR");
    }
    try {
      if (dir != null) {
        Files.createDirectories(dir);
      }
      return switch (format) {
        case JSONL -> single(store, dir, "export.jsonl", out, (a, w) -> w.write(AnalysisJson.toJson(a, false) + "\n"), null);
        case GDELT_TSV -> single(store, dir, "events.tsv", out, GdeltTsv::write, GdeltTsv.header());
        case EVENTS_JSONL -> single(store, dir, "events.jsonl", out, EventJsonl::write, null);
        case CSV -> csv(store, dir);
        case TIMEML -> perArticle(store, dir, (a, d) -> Files.writeString(d.resolve(a.article().id() + ".tml"),
            TimeMl.of(a), StandardCharsets.UTF_8));
        case BRAT -> perArticle(store, dir, (a, d) -> {
          Files.writeString(d.resolve(a.article().id() + ".txt"), a.text(), StandardCharsets.UTF_8);
          Files.writeString(d.resolve(a.article().id() + ".ann"), Brat.of(a), StandardCharsets.UTF_8);
        });
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot export: " + e.getMessage(), e);
    }
  }

  private interface LineWriter {
    void write(Analysis a, Writer w) throws IOException;
  }

  private interface FileWriter {
    void write(Analysis a, Path dir) throws IOException;
  }

  private static long single(Store store, Path dir, String name, Writer out, LineWriter lw, String header)
      throws IOException {
    Writer w = dir == null ? out : Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
    long[] n = {0};
    try {
      if (header != null) {
        w.write(header);
      }
      store.forEach(a -> {
        try {
          lw.write(a, w);
          n[0]++;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      w.flush();
    } finally {
      if (dir != null) {
        w.close();
      }
    }
    return n[0];
  }

  private static long perArticle(Store store, Path dir, FileWriter fw) {
    long[] n = {0};
    store.forEach(a -> {
      try {
        fw.write(a, dir);
        n[0]++;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return n[0];
  }

  private static long csv(Store store, Path dir) throws IOException {
    Map<String, Writer> files = new LinkedHashMap<>();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("articles", Csv.row("article_id", "url", "outlet", "title", "author", "published", "language",
        "origin", "content_hash", "characters"));
    headers.put("entities", Csv.row("article_id", "idx", "start", "end", "name", "type", "category", "kb_id",
        "mentions", "titles"));
    headers.put("times", Csv.row("article_id", "idx", "start", "end", "text", "type", "value", "mod", "relation"));
    headers.put("attributions", Csv.row("article_id", "idx", "start", "end", "source", "source_entity",
        "source_kind", "anonymous", "cue", "content", "direct", "parent", "confidence"));
    headers.put("figures", Csv.row("article_id", "idx", "start", "end", "text", "value", "unit", "measure", "of",
        "among", "attribution", "source_entity", "time"));
    headers.put("events", Csv.row("article_id", "idx", "start", "end", "trigger", "action", "cameo_code", "actor",
        "actor_entity", "target", "target_entity", "place", "time", "modality", "confidence"));
    headers.put("expectations", Csv.row("article_id", "idx", "start", "end", "what", "kind", "due", "condition",
        "consequence", "expected_by", "hedge", "modality", "event", "head", "outcome", "content", "includes"));
    try {
      for (Map.Entry<String, String> h : headers.entrySet()) {
        BufferedWriter w = Files.newBufferedWriter(dir.resolve(h.getKey() + ".csv"), StandardCharsets.UTF_8);
        w.write(h.getValue());
        files.put(h.getKey(), w);
      }
      long[] n = {0};
      store.forEach(a -> {
        try {
          csvRows(a, files);
          n[0]++;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      return n[0];
    } finally {
      for (Writer w : files.values()) {
        w.close();
      }
    }
  }

  private static String t(Extent e) {
    return e == null ? null : e.text();
  }

  private static void csvRows(Analysis a, Map<String, Writer> f) throws IOException {
    Article art = a.article();
    String id = art.id();
    f.get("articles").write(Csv.row(id, art.url(), art.outlet(), art.title(), art.author(),
        art.published() == null ? null : art.published().value(), art.language(), art.origin().locator(),
        art.contentHash(), art.text().length()));
    List<Entity> es = a.layer(Layers.ENTITIES);
    for (int i = 0; i < es.size(); i++) {
      Entity e = es.get(i);
      f.get("entities").write(Csv.row(id, i, e.start(), e.end(), e.name(), e.type(), e.category(), e.kbId(),
          e.mentions().size(), String.join("|", e.titles())));
    }
    List<TimeExpression> ts = a.layer(Layers.TIMES);
    for (int i = 0; i < ts.size(); i++) {
      TimeExpression x = ts.get(i);
      f.get("times").write(Csv.row(id, i, x.start(), x.end(), x.text(), x.type(), x.value(), x.mod(), x.relation()));
    }
    List<Attribution> as = a.layer(Layers.ATTRIBUTIONS);
    for (int i = 0; i < as.size(); i++) {
      Attribution x = as.get(i);
      f.get("attributions").write(Csv.row(id, i, x.start(), x.end(), t(x.source()), x.sourceEntity(), x.sourceKind(),
          x.anonymous(), t(x.cue()), t(x.content()), x.direct(), x.parent(), x.confidence()));
    }
    List<Figure> fs = a.layer(Layers.FIGURES);
    for (int i = 0; i < fs.size(); i++) {
      Figure x = fs.get(i);
      f.get("figures").write(Csv.row(id, i, x.start(), x.end(), x.text(), x.value(), x.unit(), t(x.measure()),
          t(x.of()), t(x.among()), x.attribution(), x.sourceEntity(), x.time()));
    }
    List<Event> evs = a.layer(Layers.EVENTS);
    for (int i = 0; i < evs.size(); i++) {
      Event x = evs.get(i);
      f.get("events").write(Csv.row(id, i, x.start(), x.end(), t(x.trigger()), x.action(), x.cameoCode(),
          x.actor() == null ? null : x.actor().name(), x.actor() == null ? null : x.actor().entity(),
          x.target() == null ? null : x.target().name(), x.target() == null ? null : x.target().entity(),
          t(x.place()), x.time(), x.modality(), x.confidence()));
    }
    List<Expectation> xs = a.layer(Layers.EXPECTATIONS);
    for (int i = 0; i < xs.size(); i++) {
      Expectation x = xs.get(i);
      f.get("expectations").write(Csv.row(id, i, x.start(), x.end(), t(x.what()), x.kind(), x.due(), t(x.condition()),
          t(x.consequence()), x.expectedBy() == null ? null : x.expectedBy().name(), t(x.hedge()), x.modality(),
          x.event(), x.head(), x.outcome(), t(x.content()), x.includes().isEmpty() ? null : String.join("|", x.includes())));
    }
  }
}
