package dev.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * What a directory walk passes over as plainly not an article (a file named on the command line
 * is always read):
 *
 * <ul>
 *   <li>a project's documentation by its name: README, LICENSE (LICENCE), COPYING, NOTICE,
 *       CHANGELOG (CHANGES), AUTHORS, CONTRIBUTING, in any case, with any extension
 *       ({@code README.md}, {@code license.txt});
 *   <li>a list of files: a plain-text file of at most {@value #MAX_LIST_BYTES} bytes whose every
 *       line, blank lines and {@code #} comments aside, is the path of a file that exists
 *       (relative to the list's directory, or absolute), as an {@code index.txt} naming the
 *       articles next to it.
 * </ul>
 *
 * (Hidden files and directories and {@code .json} sidecars are left out by {@link Sources} itself.)
 * Stateless and thread-safe.
 */
public final class NotArticles {
  private NotArticles() {}

  /** A list of files larger than this is not looked at: the file is read as an article. */
  static final int MAX_LIST_BYTES = 64 * 1024;

  private static final Set<String> DOCUMENTATION = Set.of("readme", "license", "licence", "copying", "notice",
      "changelog", "changes", "authors", "contributing");

  /** Why the walk skips {@code f}: "documentation", "a list of files", or null to read it. */
  static String reason(Path f) {
    String name = f.getFileName().toString();
    int dot = name.indexOf('.');
    String stem = (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
    if (DOCUMENTATION.contains(stem)) {
      return "documentation";
    }
    return isFileList(f) ? "a list of files" : null;
  }

  /** Whether {@code f} is a small UTF-8 text whose every non-blank, non-comment line names an existing file. */
  static boolean isFileList(Path f) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(f)) {
      bytes = in.readNBytes(MAX_LIST_BYTES + 1);
    } catch (IOException e) {
      return false; // reading it as an article reports the problem
    }
    if (bytes.length > MAX_LIST_BYTES) {
      return false;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return false;
    }
    Path dir = f.toAbsolutePath().getParent();
    int paths = 0;
    for (String line : text.split("\r?\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      Path named;
      try {
        named = dir.resolve(l);
      } catch (InvalidPathException e) {
        return false;
      }
      if (!Files.isRegularFile(named)) {
        return false;
      }
      paths++;
    }
    return paths > 0;
  }
}
