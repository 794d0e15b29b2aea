package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratCommandTest extends CliTest {

  private static final String ARTICLE = "The mayor of Eastbrook said on Tuesday that the new bridge would open in May.\n\n"
      + "\"We are proud of it,\" said Dana Whitfield, the city engineer.\n";

  @TempDir
  Path dir;

  private Path article() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("bridge.txt"), ARTICLE, StandardCharsets.UTF_8);
    return in;
  }

  private static long attributions(Path ann) throws Exception {
    return Files.readAllLines(ann).stream().filter(l -> l.startsWith("E")).count();
  }

  @Test
  void noCueFilterKeepsEveryAttributionTheFilterKeepsAndMore() throws Exception {
    Path in = article();
    assertEquals(0, run("brat", in.toString(), dir.resolve("filtered").toString()), err.toString());
    assertEquals(0, run("brat", "--no-cue-filter", in.toString(), dir.resolve("all").toString()), err.toString());
    String all = Files.readString(dir.resolve("all/bridge.ann"));
    assertTrue(Files.readString(dir.resolve("all/annotation.conf")).contains("Attribution"), "brat's annotation.conf");
    assertTrue(all.contains("\tsaid"), all);
    assertTrue(attributions(dir.resolve("all/bridge.ann")) >= attributions(dir.resolve("filtered/bridge.ann")));
    assertTrue(attributions(dir.resolve("all/bridge.ann")) >= 2, all);
  }

  @Test
  void noCueFilterAndCueFilterExcludeEachOther() throws Exception {
    Path in = article();
    assertEquals(1, run("brat", "--no-cue-filter", "--cue-filter", dir.toString(), in.toString(),
        dir.resolve("out").toString()));
    assertTrue(err.toString().contains("exclude each other"), err.toString());
  }
}
