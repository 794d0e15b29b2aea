package dev.dossier.cli;

import dev.dossier.ingest.Format;
import dev.dossier.ingest.ReadOptions;
import dev.dossier.model.Published;
import picocli.CommandLine.Option;

/** Options shared by every command that reads articles. */
public final class InputOptions {

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Input format: text, html, jsonl, rss, atom, warc (default: detected from content).")
  String format;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that give none (anchors relative times).")
  String date;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet for inputs that give none.")
  String outlet;

  @Option(names = "--title", paramLabel = "TITLE", description = "Title for inputs that give none.")
  String title;

  @Option(names = "--max-bytes", paramLabel = "N",
      description = "Refuse inputs larger than this many bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes = ReadOptions.DEFAULT_MAX_BYTES;

  @Option(names = "--fetch", description = "Fetch feed items over the network when the feed has no content.")
  boolean fetch;

  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  /** @throws IllegalArgumentException naming the bad option value */
  public ReadOptions toReadOptions() {
    return new ReadOptions(
        format == null ? null : Format.parse(format),
        date == null ? null : Published.parse(date),
        outlet, title, maxBytes, fetch);
  }
}
