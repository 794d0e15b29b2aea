package dev.dossier.spark;

import dev.dossier.ingest.Format;
import java.util.ArrayList;
import java.util.List;

/** The job's command line. Unknown options are rejected. */
record Cli(AnalyzeJob.Options options, String master, String logLevel) {

  static final String USAGE = """
      usage: AnalyzeJob [--master URL] [--format text|html|jsonl|rss|atom|warc] [--partitions N]
                        [--overwrite] [--log-level LEVEL] --output DIR INPUT...
        INPUT        files or directories (read recursively), any Hadoop path: /data, hdfs://..., s3a://...
        --output     directory for the Parquet tables (articles, sentences, tokens, mentions, ...)
        --master     Spark master for a run outside spark-submit, e.g. local[2]
        --partitions analysis partitions (default: 4 per core)
        --format     input format (default: detected per file)
        --overwrite  replace an existing output directory
        --log-level  Spark's log level (default WARN)""";

  /** The parsed command line, or null when help was asked for. */
  static Cli parse(String[] args) {
    List<String> inputs = new ArrayList<>();
    String output = null;
    String master = null;
    String level = "WARN";
    Format format = null;
    int partitions = 0;
    boolean overwrite = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help" -> {
          return null;
        }
        case "-o", "--output" -> output = value(args, ++i, a);
        case "--master" -> master = value(args, ++i, a);
        case "--log-level" -> level = value(args, ++i, a);
        case "--format" -> format = Format.parse(value(args, ++i, a));
        case "--partitions" -> {
          String v = value(args, ++i, a);
          try {
            partitions = Integer.parseInt(v);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--partitions takes a number, not '" + v + "'");
          }
        }
        case "--overwrite" -> overwrite = true;
        default -> {
          if (a.startsWith("-") && a.length() > 1) {
            throw new IllegalArgumentException("unknown option " + a);
          }
          inputs.add(a);
        }
      }
    }
    if (output == null) {
      throw new IllegalArgumentException("--output DIR is required");
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no INPUT given");
    }
    return new Cli(new AnalyzeJob.Options(inputs, output, format, partitions, overwrite), master, level);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
