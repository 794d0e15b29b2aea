package dev.dossier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo articles bundled in the jar (the repository's {@code demo/} folder, packaged as
 * classpath resources under {@code demo/} and listed in {@code demo/index.txt}). Stateless and
 * thread-safe.
 */
public final class DemoArticles {

  /** Classpath resource listing the demo files, one path relative to {@code demo/} per line. */
  public static final String INDEX = "/demo/index.txt";

  private DemoArticles() {}

  /**
   * The files listed in the index, in index order: paths relative to {@code demo/} such as
   * {@code articles/2025-12-20-meridian-wire-netanyahu-florida.txt}. Blank lines and lines starting
   * with {@code #} are skipped.
   *
   * @throws IllegalStateException if the index is not on the classpath (a broken build)
   */
  public static List<String> index() {
    String text;
    try (InputStream in = resource(INDEX)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX, e);
    }
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Copies every indexed file under {@code dir}, keeping its relative path.
   *
   * @param dir an existing directory; files already there with the same names are replaced
   * @return the directory holding the articles ({@code dir/articles}), ready for
   *     {@code Sources.read}
   * @throws IOException if a file cannot be written
   * @throws IllegalStateException if an indexed file is missing from the classpath
   */
  public static Path extractTo(Path dir) throws IOException {
    for (String name : index()) {
      Path target = dir.resolve(name).normalize();
      if (!target.startsWith(dir.normalize())) {
        throw new IllegalStateException("demo index entry escapes the target directory: " + name);
      }
      Files.createDirectories(target.getParent());
      try (InputStream in = resource("/demo/" + name)) {
        Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return dir.resolve("articles");
  }

  /**
   * Extracts the demo articles into a new temporary directory ({@code dossier-demo*}); the caller
   * deletes it when done.
   *
   * @return the directory holding the articles
   * @throws IOException if the directory or a file cannot be written
   */
  public static Path extract() throws IOException {
    return extractTo(Files.createTempDirectory("dossier-demo"));
  }

  private static InputStream resource(String path) {
    InputStream in = DemoArticles.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + path + " (is the jar built from a complete checkout?)");
    }
    return in;
  }
}
