package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFilesTest extends CliTest {

  @TempDir
  Path dir;

  @Test
  void listsTheMatchingRegularFilesSortedAndCreatesTheOutputDirectory() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("b.tml"), "");
    Files.writeString(in.resolve("a.tml.TE3input"), "");
    Files.writeString(in.resolve("notes.txt"), "");
    Files.createDirectories(in.resolve("sub.tml"));
    StringWriter messages = new StringWriter();
    Optional<List<Path>> files = CorpusFiles.list("timeml", in, dir.resolve("out/deeper"), new PrintWriter(messages, true),
        ".TE3input", ".tml");
    assertEquals(List.of(in.resolve("a.tml.TE3input"), in.resolve("b.tml")), files.orElseThrow());
    assertTrue(Files.isDirectory(dir.resolve("out/deeper")));
    assertEquals("", messages.toString());
  }

  @Test
  void aMissingInputDirectoryIsNamedInTheError() throws Exception {
    StringWriter messages = new StringWriter();
    Path missing = dir.resolve("nowhere");
    assertTrue(CorpusFiles.list("brat", missing, dir.resolve("out"), new PrintWriter(messages, true), ".txt").isEmpty());
    assertEquals("dossier brat: " + missing + ": not a directory", messages.toString().strip());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void baseNameTakesOffEverySuffixItEndsWith() {
    assertEquals("AP_0001", CorpusFiles.baseName(Path.of("x/AP_0001.tml.TE3input"), ".TE3input", ".tml"));
    assertEquals("wsj_0006", CorpusFiles.baseName(Path.of("wsj_0006.tml"), ".TE3input", ".tml"));
    assertEquals("readme", CorpusFiles.baseName(Path.of("readme"), ".tml"));
    assertEquals(".tml", CorpusFiles.baseName(Path.of(".tml"), ".tml"));
  }

  @Test
  void timemlWritesATe3InputFileUnderItsBaseName() throws Exception {
    Path in = Files.createDirectories(dir.resolve("te3"));
    Files.writeString(in.resolve("council.tml.TE3input"), "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>council</DOCID>\n"
        + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-12-29\" temporalFunction=\"false\" "
        + "functionInDocument=\"CREATION_TIME\">2025-12-29</TIMEX3></DCT>\n"
        + "<TEXT>The council meets again next month.</TEXT>\n</TimeML>\n", StandardCharsets.UTF_8);
    assertEquals(0, run("timeml", in.toString(), dir.resolve("tagged").toString()), err.toString());
    String tagged = Files.readString(dir.resolve("tagged/council.tml"));
    assertTrue(tagged.contains("value=\"2026-01\">next month</TIMEX3>"), tagged);
  }
}
