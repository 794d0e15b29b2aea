package dev.dossier.cli;

import dev.dossier.ingest.Format;
import dev.dossier.ingest.Metadata;
import dev.dossier.ingest.ReadOptions;
import dev.dossier.model.Published;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** Options shared by every command that reads articles. */
public final class InputOptions {

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Input format: text, html, jsonl, rss, atom, warc (default: detected from content).")
  String format;

  @Option(names = "--date", paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD, or an ISO date-time) for inputs that give none; "
          + "for plain text it overrides the sidecar. Anchors relative times.")
  String date;

  @Option(names = "--outlet", paramLabel = "NAME",
      description = "Outlet for inputs that give none (plain text: overrides the sidecar).")
  String outlet;

  @Option(names = "--title", paramLabel = "TITLE",
      description = "Title for inputs that give none (plain text: overrides the sidecar).")
  String title;

  @Option(names = "--max-bytes", paramLabel = "SIZE",
      description = "Largest input read into memory: a whole text, HTML or feed file, one JSONL line, "
          + "one WARC record. Bytes, or with K, M, G (powers of 1024). Default: 64M.")
  String maxBytes = "64M";

  @Option(names = "--fetch",
      description = "Download each feed item's link and read the page (off by default: no network).")
  boolean fetch;

  @Option(names = "--fetch-timeout", paramLabel = "SECONDS",
      description = "Time limit on one --fetch download. Default: ${DEFAULT-VALUE}.")
  double fetchTimeout = ReadOptions.DEFAULT_FETCH_TIMEOUT.toSeconds();

  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)(?:i?b)?");

  /** @throws IllegalArgumentException naming the bad option value */
  public ReadOptions toReadOptions() {
    Published published;
    try {
      published = date == null ? null : Published.parse(date);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--date: " + e.getMessage(), e);
    }
    if (!(fetchTimeout > 0)) {
      throw new IllegalArgumentException("--fetch-timeout must be positive, got " + fetchTimeout);
    }
    return new ReadOptions(
        format == null ? null : Format.parse(format),
        new Metadata(title, outlet, published, null, null, null),
        parseSize(maxBytes),
        fetch,
        Duration.ofMillis(Math.round(fetchTimeout * 1000)));
  }

  /** {@code 1000}, {@code 64K}, {@code 64M}, {@code 1G} (also {@code MiB}, {@code MB}) to bytes. */
  static long parseSize(String s) {
    Matcher m = SIZE.matcher(s.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("--max-bytes: not a size: '" + s + "' (expected e.g. 1000, 512K, 64M, 1G)");
    }
    long n = Long.parseLong(m.group(1));
    int shift = switch (m.group(2)) {
      case "k" -> 10;
      case "m" -> 20;
      case "g" -> 30;
      default -> 0;
    };
    if (n <= 0 || n > (Long.MAX_VALUE >> shift)) {
      throw new IllegalArgumentException("--max-bytes must be positive and sensible, got '" + s + "'");
    }
    return n << shift;
  }
}
