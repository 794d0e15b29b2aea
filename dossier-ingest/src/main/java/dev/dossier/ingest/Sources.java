package dev.dossier.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.model.Article;
import dev.dossier.model.Published;
import dev.dossier.model.json.AnalysisJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the sources a user names: files (format detected or forced), directories (recursively,
 * in name order, skipping hidden files and {@code .json} sidecars) and {@code -} for standard
 * input. Every problem is reported to the sink and reading goes on. Thread-safe.
 */
public final class Sources {

  private final Map<Format, ArticleReader> readers = new EnumMap<>(Format.class);
  private final FormatDetector detector = new FormatDetector();

  /** Sources with every reader Dossier has. */
  public Sources() {
    register(new PlainTextReader());
  }

  private void register(ArticleReader r) {
    readers.put(r.format(), r);
  }

  /** The reader for a format, or null when this build has none. */
  public ArticleReader reader(Format f) {
    return readers.get(f);
  }

  /**
   * Reads every source in order.
   *
   * @param sources paths, directory paths or {@code "-"}
   * @param stdin what {@code "-"} reads
   */
  public void read(List<String> sources, InputStream stdin, ReadOptions options, ArticleSink sink) {
    for (String s : sources) {
      if (s.equals("-")) {
        readStream(new BufferedInputStream(stdin), "-", options, sink);
        continue;
      }
      Path p = Path.of(s);
      if (Files.isDirectory(p)) {
        for (Path f : listFiles(p, sink)) {
          readFile(f, options, sink);
        }
      } else {
        readFile(p, options, sink);
      }
    }
  }

  private static List<Path> listFiles(Path dir, ArticleSink sink) {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .filter(f -> !f.getFileName().toString().endsWith(".json"))
          .sorted()
          .forEach(out::add);
    } catch (IOException e) {
      sink.problem(new IngestProblem(dir.toString(), "cannot list directory: " + e.getMessage(), true, e));
    }
    return out;
  }

  /** Reads one file, reporting a missing, unreadable, oversized or binary file to the sink. */
  public void readFile(Path f, ReadOptions options, ArticleSink sink) {
    String loc = f.toString();
    if (!Files.exists(f)) {
      sink.problem(IngestProblem.error(loc, "no such file or directory"));
      return;
    }
    try {
      long size = Files.size(f);
      if (size > options.maxBytes()) {
        sink.problem(IngestProblem.error(loc, "file is " + size + " bytes, over the limit of "
            + options.maxBytes() + " bytes (raise it with --max-bytes)"));
        return;
      }
      ReadOptions effective = withSidecar(f, options, sink);
      try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
        readStream(in, loc, effective, sink);
      }
    } catch (IOException e) {
      sink.problem(new IngestProblem(loc, "cannot read: " + e.getMessage(), true, e));
    }
  }

  /** Reads one stream whose format is forced or detected from its first bytes. */
  public void readStream(InputStream in, String loc, ReadOptions options, ArticleSink sink) {
    try {
      if (!in.markSupported()) {
        in = new BufferedInputStream(in);
      }
      in.mark(FormatDetector.HEAD);
      byte[] head = new byte[FormatDetector.HEAD];
      int n = in.readNBytes(head, 0, head.length);
      in.reset();
      if (n == 0) {
        sink.problem(IngestProblem.error(loc, "empty file"));
        return;
      }
      Format f = options.format() != null ? options.format() : detector.detect(head, n, loc);
      if (f != Format.WARC && looksBinary(head, n)) {
        sink.problem(IngestProblem.error(loc, "binary file (NUL bytes in the first " + n
            + " bytes); not a text, HTML, JSONL or feed file"));
        return;
      }
      ArticleReader r = readers.get(f);
      if (r == null) {
        sink.problem(IngestProblem.error(loc, "no reader for format " + f.id() + " in this build"));
        return;
      }
      r.read(in, loc, options, sink);
    } catch (IOException | RuntimeException e) {
      sink.problem(new IngestProblem(loc, "cannot read: " + e.getMessage(), true, e));
    }
  }

  private static boolean looksBinary(byte[] head, int n) {
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Applies {@code NAME.json} (or {@code NAME.txt.json}) next to a text file: {@code title},
   * {@code outlet}, {@code published}, {@code url}, {@code author}. Flags win over the sidecar.
   */
  private static ReadOptions withSidecar(Path f, ReadOptions o, ArticleSink sink) {
    String name = f.getFileName().toString();
    int dot = name.lastIndexOf('.');
    Path side = f.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
    if (!Files.exists(side)) {
      side = f.resolveSibling(name + ".json");
      if (!Files.exists(side)) {
        return o;
      }
    }
    try {
      JsonNode n = AnalysisJson.mapper().readTree(side.toFile());
      Published p = o.published();
      if (p == null && n.hasNonNull("published")) {
        p = Published.parse(n.get("published").asText());
      }
      return new ReadOptions(o.format(), p,
          o.outlet() != null ? o.outlet() : text(n, "outlet"),
          o.title() != null ? o.title() : text(n, "title"),
          o.maxBytes(), o.fetch());
    } catch (IOException | IllegalArgumentException e) {
      sink.problem(IngestProblem.warning(side.toString(), "ignored sidecar: " + e.getMessage()));
      return o;
    }
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  /** Convenience: every article from one source, problems collected into {@code problems}. */
  public List<Article> readAll(List<String> sources, ReadOptions options, List<IngestProblem> problems) {
    List<Article> out = new ArrayList<>();
    read(sources, InputStream.nullInputStream(), options, new ArticleSink() {
      @Override
      public void article(Article a) {
        out.add(a);
      }

      @Override
      public void problem(IngestProblem p) {
        problems.add(p);
      }
    });
    return out;
  }
}
