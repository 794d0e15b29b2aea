package dev.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one input of one {@link Format} into articles. Implementations are stateless and
 * thread-safe.
 */
public interface ArticleReader {

  Format format();

  /**
   * Reads every article in {@code in}, passing each to {@code sink}, and reports bad records to
   * {@code sink} without stopping.
   *
   * @param in the input; consumed but not closed (the caller owns it)
   * @param location the file path, URL or {@code "-"}, used in origins and problem reports
   * @param options reading options
   * @param sink receives articles and problems
   * @throws IOException when the input itself cannot be read; the caller reports it
   */
  void read(InputStream in, String location, ReadOptions options, ArticleSink sink) throws IOException;
}
