package dev.dossier.nlp.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The user's directory of imported knowledge bases: {@code --into DIR} when given, else the
 * environment variable {@code DOSSIER_KB}, else {@code ~/.dossier/kb/}. Every {@code *.json} file
 * in it is a {@value KbFile#FORMAT} file loaded alongside the curated base. Stateless.
 */
public final class KbDirectory {

  /** The environment variable naming the directory. */
  public static final String ENV = "DOSSIER_KB";

  private KbDirectory() {}

  /** The directory to use: {@code override} when not null, else {@code DOSSIER_KB}, else the default. */
  public static Path resolve(Path override) {
    if (override != null) {
      return override;
    }
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".dossier", "kb");
  }

  /**
   * The actors of every {@code *.json} file in {@code dir}, files in name order. A file that
   * cannot be read is skipped with a message in {@code warnings}. A missing directory holds none.
   */
  public static List<KbActor> readAll(Path dir, List<String> warnings) {
    List<KbActor> out = new ArrayList<>();
    if (dir == null || !Files.isDirectory(dir)) {
      return out;
    }
    for (Path p : files(dir)) {
      try {
        KbFile f = KbFile.read(p);
        String source = f.source() == null ? p.getFileName().toString() : f.source();
        for (KbActor a : f.actors()) {
          out.add(a.source() == null || a.curated() ? a.withSource(source) : a);
        }
      } catch (RuntimeException e) {
        warnings.add("skipped " + p + ": " + e.getMessage());
      }
    }
    return out;
  }

  /** The {@code *.json} files of {@code dir}, sorted by name. */
  public static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }
}
