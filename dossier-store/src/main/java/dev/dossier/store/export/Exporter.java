package dev.dossier.store.export;

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
        case BRAT -> {
          Files.writeString(dir.resolve("annotation.conf"), Brat.ANNOTATION_CONF, StandardCharsets.UTF_8);
          yield perArticle(store, dir, (a, d) -> {
            Files.writeString(d.resolve(a.article().id() + ".txt"), a.text(), StandardCharsets.UTF_8);
            Files.writeString(d.resolve(a.article().id() + ".ann"), Brat.of(a), StandardCharsets.UTF_8);
          });
        }
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

  /**
   * The columns of each CSV file (file name without {@code .csv} → header), in order; documented
   * in docs/export.md. Each extent is three columns: its words, {@code _start} and {@code _end}.
   */
  public static final Map<String, List<String>> CSV_COLUMNS = csvColumns();

  private static Map<String, List<String>> csvColumns() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("articles", columns("article_id", "url", "outlet", "title", "author", "published", "language", "origin",
        "content_hash", "characters"));
    m.put("entities", columns("article_id", "idx", "start", "end", "name", "type", "category", "kb_id", "mentions",
        "titles", "stage"));
    m.put("times", columns("article_id", "idx", "start", "end", "text", "type", "value", "mod", "relation", "stage"));
    m.put("attributions", columns("article_id", "idx", "start", "end", Csv.extentColumns("source"), "source_entity",
        "source_kind", "anonymous", Csv.extentColumns("cue"), Csv.extentColumns("content"), "direct", "parent",
        "confidence", "stage"));
    m.put("figures", columns("article_id", "idx", "start", "end", "text", "value", "unit",
        Csv.extentColumns("measure"), Csv.extentColumns("of"), Csv.extentColumns("among"), "attribution",
        "source_entity", "time", "stage"));
    m.put("events", columns("article_id", "idx", "start", "end", Csv.extentColumns("trigger"), "action",
        "cameo_code", "actor", "actor_start", "actor_end", "actor_entity", "target", "target_start", "target_end",
        "target_entity", Csv.extentColumns("place"), "time", "modality", Csv.extentColumns("hedge"), "confidence",
        "stage"));
    m.put("expectations", columns("article_id", "idx", "start", "end", Csv.extentColumns("what"), "kind", "due",
        Csv.extentColumns("condition"), Csv.extentColumns("consequence"), "expected_by", "expected_by_start",
        "expected_by_end", Csv.extentColumns("hedge"), "modality", "event", "head", "outcome",
        Csv.extentColumns("content"), "includes", "stage"));
    return java.util.Collections.unmodifiableMap(m);
  }

  private static List<String> columns(Object... names) {
    List<String> out = new java.util.ArrayList<>();
    for (Object n : names) {
      if (n instanceof Object[] a) {
        for (Object x : a) {
          out.add((String) x);
        }
      } else {
        out.add((String) n);
      }
    }
    return List.copyOf(out);
  }

  private static long csv(Store store, Path dir) throws IOException {
    Map<String, Writer> files = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, List<String>> h : CSV_COLUMNS.entrySet()) {
        BufferedWriter w = Files.newBufferedWriter(dir.resolve(h.getKey() + ".csv"), StandardCharsets.UTF_8);
        w.write(Csv.row(h.getValue().toArray()));
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

  /** An actor's name and the [start, end) of its words (empty when the stage gave no extent). */
  private static Object[] actor(Actor a) {
    if (a == null) {
      return new Object[3];
    }
    Extent x = a.extent();
    return new Object[] {a.name(), x == null ? null : x.start(), x == null ? null : x.end()};
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
          e.mentions().size(), String.join("|", e.titles()), e.stage()));
    }
    List<TimeExpression> ts = a.layer(Layers.TIMES);
    for (int i = 0; i < ts.size(); i++) {
      TimeExpression x = ts.get(i);
      f.get("times").write(Csv.row(id, i, x.start(), x.end(), x.text(), x.type(), x.value(), x.mod(), x.relation(),
          x.stage()));
    }
    List<Attribution> as = a.layer(Layers.ATTRIBUTIONS);
    for (int i = 0; i < as.size(); i++) {
      Attribution x = as.get(i);
      f.get("attributions").write(Csv.row(id, i, x.start(), x.end(), Csv.extent(x.source()), x.sourceEntity(),
          x.sourceKind(), x.anonymous(), Csv.extent(x.cue()), Csv.extent(x.content()), x.direct(), x.parent(),
          x.confidence(), x.stage()));
    }
    List<Figure> fs = a.layer(Layers.FIGURES);
    for (int i = 0; i < fs.size(); i++) {
      Figure x = fs.get(i);
      f.get("figures").write(Csv.row(id, i, x.start(), x.end(), x.text(), x.value(), x.unit(), Csv.extent(x.measure()),
          Csv.extent(x.of()), Csv.extent(x.among()), x.attribution(), x.sourceEntity(), x.time(), x.stage()));
    }
    List<Event> evs = a.layer(Layers.EVENTS);
    for (int i = 0; i < evs.size(); i++) {
      Event x = evs.get(i);
      f.get("events").write(Csv.row(id, i, x.start(), x.end(), Csv.extent(x.trigger()), x.action(), x.cameoCode(),
          actor(x.actor()), x.actor() == null ? null : x.actor().entity(), actor(x.target()),
          x.target() == null ? null : x.target().entity(), Csv.extent(x.place()), x.time(), x.modality(),
          Csv.extent(x.hedge()), x.confidence(), x.stage()));
    }
    List<Expectation> xs = a.layer(Layers.EXPECTATIONS);
    for (int i = 0; i < xs.size(); i++) {
      Expectation x = xs.get(i);
      f.get("expectations").write(Csv.row(id, i, x.start(), x.end(), Csv.extent(x.what()), x.kind(), x.due(),
          Csv.extent(x.condition()), Csv.extent(x.consequence()), actor(x.expectedBy()), Csv.extent(x.hedge()),
          x.modality(), x.event(), x.head(), x.outcome(), Csv.extent(x.content()),
          x.includes().isEmpty() ? null : String.join("|", x.includes()), x.stage()));
    }
  }
}
