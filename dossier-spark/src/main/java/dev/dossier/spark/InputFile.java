package dev.dossier.spark;

import dev.dossier.ingest.ArticleSink;
import dev.dossier.ingest.Format;
import dev.dossier.ingest.FormatDetector;
import dev.dossier.ingest.IngestProblem;
import dev.dossier.ingest.ReadOptions;
import dev.dossier.ingest.Sources;
import dev.dossier.model.Article;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads one input file of the job with the same readers as {@code dossier analyze}. Besides
 * WARC.gz (which the WARC reader opens itself), a gzip-compressed JSONL, HTML or text file
 * ({@code name.jsonl.gz}) is decompressed first. Text sidecars are not read: JSONL and WARC carry
 * their own metadata.
 */
final class InputFile {

  private static final Sources SOURCES = new Sources();
  private static final FormatDetector DETECTOR = new FormatDetector();

  private InputFile() {}

  /**
   * The location recorded in each article's origin: the local path for {@code file:} URIs (as
   * {@code dossier analyze} records it), the URI otherwise.
   */
  static String location(String hadoopPath) {
    URI u = URI.create(hadoopPath);
    return "file".equals(u.getScheme()) ? u.getPath() : hadoopPath;
  }

  /** Whether the job skips this file: the JSON sidecars {@code dossier analyze} skips in directories. */
  static boolean skipped(String location) {
    return location.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /**
   * Reads every article of one file into {@code articles} and every problem into {@code problems}.
   *
   * @param in the file's bytes; closed by this method
   */
  static void read(InputStream in, String location, ReadOptions options, List<Article> articles,
      List<IngestProblem> problems) {
    ArticleSink sink = new ArticleSink() {
      @Override
      public void article(Article article) {
        articles.add(article);
      }

      @Override
      public void problem(IngestProblem p) {
        problems.add(p);
      }
    };
    try (InputStream raw = new BufferedInputStream(in, 1 << 16)) {
      InputStream body = raw;
      ReadOptions o = options;
      String lower = location.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".gz") && !lower.endsWith(".warc.gz")) {
        body = new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
        if (o.format() == null) {
          body.mark(FormatDetector.HEAD);
          byte[] head = new byte[FormatDetector.HEAD];
          int n = body.readNBytes(head, 0, head.length);
          body.reset();
          Format f = DETECTOR.detect(head, n, location.substring(0, location.length() - 3));
          o = o.withFormat(f);
        }
      }
      SOURCES.readStream(body, location, o, sink);
    } catch (IOException e) {
      problems.add(new IngestProblem(location, "cannot read: " + e.getMessage(), true, e));
    }
  }
}
