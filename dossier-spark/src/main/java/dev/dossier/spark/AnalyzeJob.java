package dev.dossier.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.ingest.Format;
import dev.dossier.ingest.IngestProblem;
import dev.dossier.ingest.ReadOptions;
import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.json.AnalysisJson;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.parquet.FactTables;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The Spark job: reads articles from any Hadoop-supported path (WARC, WARC.gz, JSONL, HTML, text,
 * feeds; directories recursively), runs the standard pipeline on each partition with one pipeline
 * per executor ({@link ExecutorPipeline}), and writes one Parquet table per {@link FactTables}
 * table under the output directory ({@code OUTPUT/articles}, {@code OUTPUT/tokens}...).
 *
 * <p>Each analysis partition writes its own part of every table ({@link PartWriters}), an article
 * at a time, in the one pass that analyses it: part {@code N} of each layer table holds the rows of
 * exactly the articles in part {@code N} of {@code articles}, which {@code dossier load} relies on
 * to load part by part. Unreadable inputs and articles the pipeline rejects are counted, listed in
 * {@code OUTPUT/_problems.txt} and skipped.
 */
public final class AnalyzeJob {

  /**
   * What to run.
   *
   * @param inputs paths or URIs (files or directories), never empty
   * @param output the output directory
   * @param format the input format, or null to detect it per file
   * @param partitions analysis partitions, or 0 for four per core of the cluster
   * @param overwrite whether an existing output is replaced (otherwise the job fails)
   */
  public record Options(List<String> inputs, String output, Format format, int partitions, boolean overwrite) {
    public Options {
      inputs = List.copyOf(inputs);
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("no input path");
      }
      Objects.requireNonNull(output, "output");
      if (partitions < 0) {
        throw new IllegalArgumentException("partitions must be >= 0, got " + partitions);
      }
    }
  }

  /**
   * What the job did.
   *
   * @param articles articles read
   * @param analysed articles analysed and written
   * @param problems unreadable inputs, bad records and failed articles, as {@code LOCATOR:
   *     message}
   * @param rows rows written per table
   * @param partitions analysis partitions
   * @param nanos wall time from reading to the last table written
   */
  public record Result(long articles, long analysed, List<String> problems, Map<String, Long> rows, int partitions,
      long nanos) {

    public String summary() {
      double s = nanos / 1e9;
      return String.format(Locale.ROOT, "%,d articles read, %,d analysed, %,d problems; %d partitions; %.1f s, "
          + "%.1f articles/s; rows: %s", articles, analysed, problems.size(), partitions, s, analysed / s, rows);
    }
  }

  private AnalyzeJob() {}

  /** Runs the job in an existing session. */
  public static Result run(SparkSession spark, Options o) {
    long t0 = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    CollectionAccumulator<String> problems = spark.sparkContext().collectionAccumulator("dossier problems");
    Format format = o.format();
    int parts = o.partitions() > 0 ? o.partitions() : 4 * jsc.defaultParallelism();

    JavaRDD<String> articles = jsc.binaryFiles(String.join(",", o.inputs()), jsc.defaultParallelism())
        .flatMap(file -> {
          String loc = InputFile.location(file._1());
          if (InputFile.skipped(loc)) {
            return Collections.emptyIterator();
          }
          List<Article> found = new ArrayList<>();
          List<IngestProblem> bad = new ArrayList<>();
          ReadOptions read = format == null ? ReadOptions.defaults() : ReadOptions.defaults().withFormat(format);
          InputFile.read(file._2().open(), loc, read, found, bad);
          for (IngestProblem p : bad) {
            problems.add(p.toString());
          }
          ObjectMapper m = AnalysisJson.mapper();
          List<String> json = new ArrayList<>(found.size());
          for (Article a : found) {
            json.add(m.writeValueAsString(a));
          }
          return json.iterator();
        });

    List<String> tables = FactTables.names();
    prepareOutput(jsc, o);
    Broadcast<SerializableConfiguration> conf =
        jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
    String output = o.output();
    long[] counts = articles.repartition(parts)
        .mapPartitionsWithIndex((part, it) -> List.of(analyse(part, it, output, conf.value().value(), problems))
            .iterator(), false)
        .fold(new long[tables.size() + 1], AnalyzeJob::add);
    for (String t : tables) {
      touch(jsc, new Path(new Path(output, t), "_SUCCESS"));
    }
    Map<String, Long> rows = new LinkedHashMap<>();
    for (int i = 0; i < tables.size(); i++) {
      rows.put(tables.get(i), counts[i]);
    }
    List<String> all = new ArrayList<>(problems.value());
    Collections.sort(all);
    writeProblems(jsc, output, all);
    return new Result(counts[tables.size()] + counts[0], counts[0], List.copyOf(all), rows, parts,
        System.nanoTime() - t0);
  }

  /**
   * Analyses one partition and writes its part of every table, an article at a time.
   *
   * @return rows written per table, then the number of articles that failed
   */
  private static long[] analyse(int part, Iterator<String> in, String output, Configuration conf,
      CollectionAccumulator<String> problems) throws IOException {
    Pipeline p = ExecutorPipeline.get();
    ObjectMapper m = AnalysisJson.mapper();
    long failed = 0;
    long attempt = TaskContext.get() == null ? 0 : TaskContext.get().taskAttemptId();
    try (PartWriters w = new PartWriters(output, part, attempt, conf)) {
      while (in.hasNext()) {
        Article a = m.readValue(in.next(), Article.class);
        Analysis an;
        try {
          an = p.analyze(a);
        } catch (RuntimeException e) {
          problems.add(a.origin().locator() + ": analysis failed: " + e.getMessage());
          failed++;
          continue;
        }
        w.write(an);
      }
      w.commit();
      long[] rows = w.rows();
      long[] out = Arrays.copyOf(rows, rows.length + 1);
      out[rows.length] = failed;
      return out;
    }
  }

  /** Replaces an existing output when asked to, refuses it otherwise (as Spark's writers do). */
  private static void prepareOutput(JavaSparkContext jsc, Options o) {
    Path out = new Path(o.output());
    try {
      FileSystem fs = out.getFileSystem(jsc.hadoopConfiguration());
      if (fs.exists(out)) {
        if (!o.overwrite()) {
          throw new IllegalStateException("output " + out + " exists (give --overwrite to replace it)");
        }
        fs.delete(out, true);
      }
      fs.mkdirs(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + out, e);
    }
  }

  private static void touch(JavaSparkContext jsc, Path p) {
    try {
      p.getFileSystem(jsc.hadoopConfiguration()).create(p, true).close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + p, e);
    }
  }

  private static long[] add(long[] a, long[] b) {
    long[] c = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i] + b[i];
    }
    return c;
  }

  private static void writeProblems(JavaSparkContext jsc, String output, List<String> problems) {
    Path p = new Path(output, "_problems.txt");
    try {
      FileSystem fs = p.getFileSystem(jsc.hadoopConfiguration());
      try (OutputStream out = fs.create(p, true)) {
        for (String s : problems) {
          out.write((s.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + p, e);
    }
  }

  /**
   * {@code AnalyzeJob [--master URL] [--format F] [--partitions N] [--overwrite] --output DIR
   * INPUT...}. Under spark-submit leave out {@code --master}. Exit code 0, 2 when some inputs or
   * articles failed, 1 on a usage error.
   */
  public static void main(String[] args) {
    Cli cli;
    try {
      cli = Cli.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("dossier-spark: " + e.getMessage());
      System.err.println(Cli.USAGE);
      System.exit(1);
      return;
    }
    if (cli == null) {
      System.out.println(Cli.USAGE);
      return;
    }
    SparkSession.Builder b = SparkSession.builder().appName("dossier-analyze");
    if (cli.master() != null) {
      b.master(cli.master());
    }
    SparkSession spark = b.getOrCreate();
    int code;
    try {
      spark.sparkContext().setLogLevel(cli.logLevel());
      Result r = run(spark, cli.options());
      System.out.println("dossier-spark: " + r.summary());
      for (String p : r.problems()) {
        System.err.println(p);
      }
      code = r.problems().isEmpty() ? 0 : 2;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }
}
