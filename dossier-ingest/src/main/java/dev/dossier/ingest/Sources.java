package dev.dossier.ingest;

import dev.dossier.model.Article;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the sources a user names: files (format detected from their first bytes, or forced),
 * directories (recursively, in path order, skipping hidden files, {@code .json} sidecars and what
 * is plainly not an article: {@link NotArticles}, reported to {@link ArticleSink#skipped}) and
 * {@code -} for standard input. Every problem is reported to the sink as {@code
 * FILE[:LINE|#RECORD]: what was wrong} and reading goes on with the rest. Thread-safe.
 */
public final class Sources {

  /** Formats read whole into memory; a file of one of these over the limit is refused unread. */
  private static final Set<Format> WHOLE = Set.of(Format.TEXT, Format.HTML, Format.RSS, Format.ATOM);

  private final Map<Format, ArticleReader> readers = new EnumMap<>(Format.class);
  private final FormatDetector detector = new FormatDetector();

  /** Sources with every reader Dossier has. */
  public Sources() {
    register(new PlainTextReader());
    register(new HtmlReader());
    register(new JsonlReader());
    register(new FeedReader(Format.RSS));
    register(new FeedReader(Format.ATOM));
    register(new WarcArchiveReader());
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
   * @param stdin what {@code "-"} reads; not closed
   */
  public void read(List<String> sources, InputStream stdin, ReadOptions options, ArticleSink sink) {
    for (String s : sources) {
      if (s.equals("-")) {
        readStream(stdin, "-", options, sink);
        continue;
      }
      Path p = Path.of(s);
      if (Files.isDirectory(p)) {
        List<Path> files = listFiles(p, sink);
        if (files.isEmpty()) {
          sink.problem(IngestProblem.error(s, "no article files in this directory (hidden files, .json files and"
              + " files such as README or LICENSE are passed over)"));
        }
        for (Path f : files) {
          readFile(f, options, sink);
        }
      } else {
        readFile(p, options, sink);
      }
    }
  }

  /**
   * The files a directory contributes: regular, not hidden, not {@code .json}, sorted by path;
   * those {@link NotArticles} passes over are reported to {@link ArticleSink#skipped} instead.
   */
  static List<Path> listFiles(Path dir, ArticleSink sink) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(f -> !hiddenBelow(dir, f))
          .filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().endsWith(".json"))
          .sorted()
          .forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      sink.problem(new IngestProblem(dir.toString(), "cannot list directory: " + e.getMessage(), true, e));
    }
    List<Path> out = new ArrayList<>(files.size());
    for (Path f : files) {
      String why = NotArticles.reason(f);
      if (why == null) {
        out.add(f);
      } else {
        sink.skipped(f.toString(), why);
      }
    }
    return out;
  }

  private static boolean hiddenBelow(Path dir, Path f) {
    for (Path part : dir.relativize(f)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Reads one file, reporting a missing, unreadable, empty, binary or oversized file to the sink. */
  public void readFile(Path f, ReadOptions options, ArticleSink sink) {
    String loc = f.toString();
    if (!Files.exists(f)) {
      sink.problem(IngestProblem.error(loc, "no such file or directory"));
      return;
    }
    if (!Files.isRegularFile(f)) {
      sink.problem(IngestProblem.error(loc, "not a regular file"));
      return;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
      long size = Files.size(f);
      read(in, loc, f, size, options, sink);
    } catch (NoSuchFileException e) {
      sink.problem(new IngestProblem(loc, "no such file or directory", true, e));
    } catch (AccessDeniedException e) {
      sink.problem(new IngestProblem(loc, "permission denied", true, e));
    } catch (IOException e) {
      sink.problem(new IngestProblem(loc, "cannot read: " + e.getMessage(), true, e));
    }
  }

  /** Reads one stream (standard input, a download) whose format is forced or detected. */
  public void readStream(InputStream in, String loc, ReadOptions options, ArticleSink sink) {
    read(in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16), loc, null, -1,
        options, sink);
  }

  /**
   * @param file the file being read, for its sidecar, or null for a stream
   * @param size its size in bytes, or -1 when unknown
   */
  private void read(InputStream in, String loc, Path file, long size, ReadOptions options, ArticleSink sink) {
    try {
      in.mark(FormatDetector.HEAD);
      byte[] head = new byte[FormatDetector.HEAD];
      int n = in.readNBytes(head, 0, head.length);
      in.reset();
      if (n == 0) {
        sink.problem(IngestProblem.error(loc, "empty file"));
        return;
      }
      Format f = options.format() != null ? options.format() : detector.detect(head, n, loc);
      if (f != Format.WARC) {
        String binary = BinarySniffer.describe(head, n);
        if (binary != null) {
          sink.problem(IngestProblem.error(loc, "binary file (" + binary + "), not text, HTML, JSONL or a feed"
              + (options.format() == null ? "" : "; is --format " + f.id() + " right?")));
          return;
        }
      }
      if (size > options.maxBytes() && WHOLE.contains(f)) {
        sink.problem(IngestProblem.error(loc, "file is " + size + " bytes, over the limit of "
            + options.maxBytes() + " bytes for " + f.id() + " input (raise it with --max-bytes)"));
        return;
      }
      ReadOptions effective = options;
      if (f == Format.TEXT && file != null) {
        effective = withSidecar(file, options, sink);
      }
      ArticleReader r = readers.get(f);
      if (r == null) {
        sink.problem(IngestProblem.error(loc, "no reader for format " + f.id() + " in this build"));
        return;
      }
      r.read(in, loc, effective, sink);
    } catch (IngestException e) {
      sink.problem(new IngestProblem(loc, e.getMessage(), true, e.getCause()));
    } catch (IOException | RuntimeException e) {
      sink.problem(new IngestProblem(loc, "cannot read: " + (e.getMessage() == null ? e.toString() : e.getMessage()), true, e));
    } catch (OutOfMemoryError e) {
      sink.problem(IngestProblem.error(loc, "not enough memory to read this input"
          + (size >= 0 ? " (" + size + " bytes)" : "") + "; lower --max-bytes or give Java more heap"));
    }
  }

  /** The user's metadata, with what it lacks taken from the text file's sidecar (flags win). */
  private static ReadOptions withSidecar(Path f, ReadOptions o, ArticleSink sink) {
    Path side = Sidecar.find(f);
    if (side == null) {
      return o;
    }
    try {
      return o.withMetadata(o.metadata().or(Sidecar.read(side)));
    } catch (IngestException e) {
      sink.problem(IngestProblem.warning(side.toString(), "ignored sidecar: " + e.getMessage()));
      return o;
    }
  }

  /** Convenience: every article from the sources, problems collected into {@code problems}. */
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
