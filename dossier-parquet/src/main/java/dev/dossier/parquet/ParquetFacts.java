package dev.dossier.parquet;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.model.StageRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a directory of fact tables, as the Spark job writes it ({@code DIR/articles/part-N...},
 * {@code DIR/tokens/part-N...}), back into analyses, part by part, so memory holds one part at a
 * time.
 *
 * <p>Part {@code N} of a layer table must hold rows of articles in part {@code N} of {@code
 * articles} only (the job writes them so). An analysis is delivered only when every one of its rows
 * is valid: a row that names an article not in its part, an index repeated or skipped, a value its
 * record rejects, an offset past the text, or an article whose id does not match its url and text
 * is reported as a problem, and that article is not delivered. A missing layer table (from a job
 * older than the layer) reads as an empty layer. Not thread-safe.
 */
public final class ParquetFacts {

  /** Receives analyses and problems, in part order. */
  public interface Sink {
    /** One valid analysis; {@code locator} is {@code TABLE/FILE#ROW} of its article row. */
    void analysis(Analysis analysis, String locator);

    /** A bad record or an unreadable file; {@code locator} names the file and row when known. */
    void problem(String locator, String message, Throwable cause);
  }

  /** Counts of one read. */
  public record Stats(long articles, long delivered, long problems) {}

  private final Path dir;

  public ParquetFacts(Path dir) {
    this.dir = Objects.requireNonNull(dir, "dir");
  }

  /**
   * Reads every part.
   *
   * @throws IOException when {@code DIR/articles} does not exist or cannot be listed
   */
  public Stats read(Sink sink) throws IOException {
    Path articles = dir.resolve(FactTables.ARTICLES);
    if (!Files.isDirectory(articles)) {
      throw new IOException(dir + " holds no '" + FactTables.ARTICLES + "' table (expected the output "
          + "directory of the Spark job, with articles/, sentences/, tokens/...)");
    }
    Map<String, Map<String, List<Path>>> parts = new TreeMap<>();
    for (String table : FactTables.names()) {
      for (Path f : files(dir.resolve(table))) {
        parts.computeIfAbsent(part(f), k -> new HashMap<>()).computeIfAbsent(table, k -> new ArrayList<>()).add(f);
      }
    }
    long[] counts = new long[3];
    for (Map.Entry<String, Map<String, List<Path>>> e : parts.entrySet()) {
      readPart(e.getValue(), sink, counts);
    }
    return new Stats(counts[0], counts[1], counts[2]);
  }

  /** One article being assembled. */
  private static final class Pending {
    final String locator;
    final Article article;
    final List<StageRun> runs;
    final Map<LayerKey<?>, TreeMap<Integer, Object>> layers = new LinkedHashMap<>();
    String problem;

    Pending(String locator, Article article, List<StageRun> runs) {
      this.locator = locator;
      this.article = article;
      this.runs = runs;
    }
  }

  private void readPart(Map<String, List<Path>> files, Sink sink, long[] counts) {
    Map<String, Pending> pending = new LinkedHashMap<>();
    for (Path f : files.getOrDefault(FactTables.ARTICLES, List.of())) {
      long[] row = {0};
      read(f, FactTables.ARTICLES, sink, counts, values -> {
        String loc = locator(f, row[0]++);
        counts[0]++;
        Article a;
        try {
          a = FactTables.article(values);
          Article recomputed = a.toBuilder().origin(a.origin()).build();
          if (!recomputed.id().equals(a.id()) || !recomputed.contentHash().equals(a.contentHash())) {
            throw new IllegalArgumentException("article id " + a.id() + " does not match its url, outlet and "
                + "text (expected " + recomputed.id() + ")");
          }
          pending.put(a.id(), new Pending(loc, a, FactTables.runs(values)));
        } catch (RuntimeException e) {
          problem(sink, counts, loc, e.getMessage(), e);
        }
      });
    }
    for (LayerKey<?> k : Layers.ALL) {
      for (Path f : files.getOrDefault(k.id(), List.of())) {
        long[] row = {0};
        read(f, k.id(), sink, counts, values -> {
          String loc = locator(f, row[0]++);
          String id = values[0] instanceof String s ? s : null;
          Pending p = id == null ? null : pending.get(id);
          if (p == null) {
            problem(sink, counts, loc, "row of article " + id + ", which is not in the matching part of "
                + FactTables.ARTICLES, null);
            return;
          }
          if (p.problem != null) {
            return;
          }
          try {
            if (!(values[1] instanceof Integer index) || index < 0) {
              throw new IllegalArgumentException("missing or negative " + FactTables.INDEX);
            }
            Object rec = FactTables.record(k, values);
            if (p.layers.computeIfAbsent(k, x -> new TreeMap<>()).put(index, rec) != null) {
              throw new IllegalArgumentException(k.id() + " index " + index + " appears twice");
            }
          } catch (RuntimeException e) {
            p.problem = loc + ": " + e.getMessage();
          }
        });
      }
    }
    for (Pending p : pending.values()) {
      if (p.problem == null) {
        try {
          sink.analysis(assemble(p), p.locator);
          counts[1]++;
          continue;
        } catch (RuntimeException e) {
          p.problem = p.locator + ": " + e.getMessage();
        }
      }
      problem(sink, counts, p.locator, "article " + p.article.id() + " not loaded: " + p.problem, null);
    }
  }

  private static Analysis assemble(Pending p) {
    Analysis a = Analysis.of(p.article);
    for (LayerKey<?> k : Layers.ALL) {
      TreeMap<Integer, Object> records = p.layers.getOrDefault(k, new TreeMap<>());
      if (!records.isEmpty() && records.lastKey() != records.size() - 1) {
        throw new IllegalArgumentException(k.id() + " has " + records.size() + " rows but indices up to "
            + records.lastKey());
      }
      a = withLayer(a, k, new ArrayList<>(records.values()));
    }
    for (StageRun r : p.runs) {
      a = a.withRun(r);
    }
    return a;
  }

  @SuppressWarnings("unchecked")
  private static <T> Analysis withLayer(Analysis a, LayerKey<T> k, List<Object> records) {
    return a.with(k, (List<T>) (List<?>) records);
  }

  private static void read(Path f, String table, Sink sink, long[] counts, java.util.function.Consumer<Object[]> rows) {
    try {
      TableReader.read(f, FactTables.schema(table), rows);
    } catch (IOException | RuntimeException e) {
      problem(sink, counts, dir(f), "cannot read: " + e, e);
    }
  }

  private static String dir(Path f) {
    return f.getParent().getFileName() + "/" + f.getFileName();
  }

  private static String locator(Path f, long row) {
    return dir(f) + "#" + (row + 1);
  }

  private static void problem(Sink sink, long[] counts, String loc, String message, Throwable cause) {
    counts[2]++;
    sink.problem(loc, message, cause);
  }

  /** {@code part-00003} of {@code part-00003-<uuid>-c000.snappy.parquet}. */
  private static String part(Path f) {
    String n = f.getFileName().toString();
    int dash = n.indexOf('-', "part-".length());
    return dash < 0 ? n : n.substring(0, dash);
  }

  private static List<Path> files(Path tableDir) throws IOException {
    if (!Files.isDirectory(tableDir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(tableDir)) {
      return s.filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith(".parquet") && !n.startsWith(".") && !n.startsWith("_");
      }).sorted(Comparator.comparing(Path::toString)).toList();
    }
  }
}
