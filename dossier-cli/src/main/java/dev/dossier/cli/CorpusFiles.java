package dev.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files a corpus-converting command ({@code timeml}, {@code meantime-timeml}, {@code brat})
 * reads from IN_DIR, and the names it writes them under in OUT_DIR.
 */
final class CorpusFiles {

  private CorpusFiles() {}

  /**
   * The regular files of {@code in} whose names end with one of {@code suffixes}, sorted, once
   * {@code out} exists; empty, with the error printed as "dossier COMMAND: IN: not a directory",
   * when {@code in} is not a directory.
   */
  static Optional<List<Path>> list(String command, Path in, Path out, PrintWriter err, String... suffixes)
      throws IOException {
    if (!Files.isDirectory(in)) {
      err.println("dossier " + command + ": " + in + ": not a directory");
      return Optional.empty();
    }
    Files.createDirectories(out);
    try (Stream<Path> s = Files.list(in)) {
      return Optional.of(s.filter(p -> Files.isRegularFile(p) && suffix(p, suffixes) != null).sorted().toList());
    }
  }

  /**
   * The file's name without the {@code suffixes} it ends with, taken off one after another as long as
   * one matches ("X.tml.TE3input" is "X" for ".TE3input" and ".tml"); the whole name if none does.
   */
  static String baseName(Path p, String... suffixes) {
    String n = p.getFileName().toString();
    for (String s = suffix(n, suffixes); s != null && n.length() > s.length(); s = suffix(n, suffixes)) {
      n = n.substring(0, n.length() - s.length());
    }
    return n;
  }

  private static String suffix(Path p, String[] suffixes) {
    return suffix(p.getFileName().toString(), suffixes);
  }

  private static String suffix(String n, String[] suffixes) {
    for (String s : suffixes) {
      if (n.endsWith(s)) {
        return s;
      }
    }
    return null;
  }
}
