package dev.dossier.nlp.train;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the word-cluster file the NER model reads: one line per word, {@code word TAB class...},
 * one class column per granularity, gzip-compressed, words sorted. Each granularity is a separate
 * {@link ExchangeClusterer} run over the same text.
 */
public final class WordClusterBuilder {

  private WordClusterBuilder() {}

  /**
   * @param sources unlabelled text (see {@link UnlabelledText#read})
   * @param sizes class counts, one column each (e.g. 64, 256, 1024)
   * @param minCount words seen fewer times are not clustered
   * @param iterations exchange passes per granularity
   * @throws IOException if the output cannot be written
   */
  public static void build(List<Path> sources, int[] sizes, int minCount, int iterations, Path out,
      Consumer<String> log) throws IOException {
    ExchangeClusterer c = new ExchangeClusterer();
    UnlabelledText reader = new UnlabelledText();
    long[] tokens = {0};
    for (Path p : sources) {
      reader.read(p, s -> {
        tokens[0] += s.length;
        c.add(s);
      });
      log.accept("read " + p + ": " + tokens[0] + " tokens so far, vocabulary " + c.vocabulary());
    }
    List<Map<String, Integer>> maps = new ArrayList<>();
    for (int size : sizes) {
      log.accept("clustering into " + size + " classes");
      maps.add(c.cluster(size, minCount, iterations, log));
    }
    TreeMap<String, int[]> rows = new TreeMap<>();
    for (int k = 0; k < sizes.length; k++) {
      for (Map.Entry<String, Integer> e : maps.get(k).entrySet()) {
        rows.computeIfAbsent(e.getKey(), w -> new int[sizes.length])[k] = e.getValue();
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
      w.write("# exchange clusters " + java.util.Arrays.toString(sizes) + " minCount=" + minCount
          + " iterations=" + iterations + " tokens=" + tokens[0] + "\n");
      for (Map.Entry<String, int[]> e : rows.entrySet()) {
        if (e.getKey().indexOf('\t') >= 0 || e.getKey().indexOf('\n') >= 0) {
          continue;
        }
        w.write(e.getKey());
        for (int x : e.getValue()) {
          w.write('\t');
          w.write(Integer.toString(x));
        }
        w.write('\n');
      }
    }
  }

  /** Command-line entry for building clusters without the CLI module: OUT SOURCE... */
  public static void main(String[] args) throws IOException {
    List<Path> src = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      src.add(Path.of(args[i]));
    }
    build(src, new int[] {64, 256, 1024}, 3, 12, Path.of(args[0]), System.err::println);
  }
}
