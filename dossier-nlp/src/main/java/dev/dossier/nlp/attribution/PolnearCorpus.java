package dev.dossier.nlp.attribution;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Origin;
import dev.dossier.model.Published;
import dev.dossier.nlp.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A PolNeAR split ({@code SPLIT/text/NAME.txt} with {@code SPLIT/attributions/NAME[_annotator].ann})
 * read and analysed up to entities, with the publication dates of {@code metadata.tsv} when given.
 * A text with several annotators' files keeps the alphabetically first. Immutable once read.
 */
public final class PolnearCorpus {

  /** One annotated article. */
  public record Doc(String name, Analysis analysis, BratAnnotations gold) {}

  private PolnearCorpus() {}

  /**
   * Reads and analyses a split with {@code pipeline} (which must provide tokens, mentions and
   * entities), two threads.
   *
   * @throws IOException naming the file that cannot be read
   */
  public static List<Doc> read(Path split, Path metadata, Pipeline pipeline) throws IOException {
    return read(split, metadata, pipeline, false);
  }

  /**
   * Reads and analyses a split as {@link #read(Path, Path, Pipeline)} does; with
   * {@code allAnnotators} a text with several annotators' files yields one document per file (the
   * same name, in file order), for training on every annotation.
   *
   * @throws IOException naming the file that cannot be read
   */
  public static List<Doc> read(Path split, Path metadata, Pipeline pipeline, boolean allAnnotators)
      throws IOException {
    Map<String, LocalDate> dates = metadata == null ? Map.of() : dates(metadata);
    Path texts = split.resolve("text");
    List<Map.Entry<String, Path>> entries = new ArrayList<>();
    TreeMap<String, Path> ann = new TreeMap<>();
    try (Stream<Path> s = Files.list(split.resolve("attributions"))) {
      for (Path p : s.filter(x -> x.toString().endsWith(".ann")).sorted().toList()) {
        String stem = p.getFileName().toString().replaceFirst("\\.ann$", "");
        String name = Files.exists(texts.resolve(stem + ".txt")) ? stem : stem.replaceFirst("_[^_]+$", "");
        if (!Files.exists(texts.resolve(name + ".txt"))) {
          throw new IOException(p + ": no text file " + texts.resolve(name + ".txt"));
        }
        if (allAnnotators) {
          entries.add(Map.entry(name, p));
        } else {
          ann.putIfAbsent(name, p);
        }
      }
    }
    if (!allAnnotators) {
      entries.addAll(ann.entrySet());
    }
    try {
      return entries.parallelStream().map(e -> {
        try {
          String name = e.getKey();
          Path txt = texts.resolve(name + ".txt");
          String text = Files.readString(txt, StandardCharsets.UTF_8);
          Article.Builder b = Article.builder().text(text).origin(Origin.file(txt.toString(), "text"));
          LocalDate d = dates.get(name);
          if (d != null) {
            b.published(Published.day(d));
          }
          return new Doc(name, pipeline.analyze(b.build()), BratAnnotations.read(e.getValue()));
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
      }).toList();
    } catch (UncheckedIOException x) {
      throw x.getCause();
    }
  }

  /**
   * Publication dates by file name (without {@code .txt}) from a TSV with {@code filename} and
   * {@code publication_date} columns, such as PolNeAR's {@code metadata.tsv}; unparseable dates
   * are left out.
   *
   * @throws IOException if it cannot be read, or naming line 1 when a column is missing
   */
  public static Map<String, LocalDate> dates(Path metadata) throws IOException {
    Map<String, LocalDate> out = new HashMap<>();
    List<String> lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return out;
    }
    String[] head = lines.get(0).split("\t");
    int file = -1;
    int date = -1;
    for (int i = 0; i < head.length; i++) {
      file = head[i].equals("filename") ? i : file;
      date = head[i].equals("publication_date") ? i : date;
    }
    if (file < 0 || date < 0) {
      throw new IOException(metadata + ": line 1: need 'filename' and 'publication_date' columns");
    }
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t");
      if (f.length > Math.max(file, date)) {
        try {
          out.put(f[file].replaceFirst("\\.txt$", ""), LocalDate.parse(f[date]));
        } catch (RuntimeException e) {
          // an unparseable date leaves the article undated; the dates only help entity roles
        }
      }
    }
    return out;
  }
}
