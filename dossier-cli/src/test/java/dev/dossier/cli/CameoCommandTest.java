package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier cameo} on a validation file and dictionaries written for this test. */
class CameoCommandTest extends CliTest {

  private static void sentence(StringBuilder b, String id, String gold, String text) {
    String[] g = gold.split("[>:]");
    b.append("<Sentence date=\"20150110\" id=\"").append(id).append("\" category=\"TEST\">\n")
        .append("<EventCoding sourcecode=\"").append(g[0]).append("\" targetcode=\"").append(g[1])
        .append("\" eventcode=\"").append(g[2]).append("\"/>\n<Text>").append(text).append("</Text>\n</Sentence>\n");
  }

  @Test
  void scoresTheTriplesAndListsMissesAndFalsePositives(@TempDir Path dir) throws IOException {
    StringBuilder x = new StringBuilder("<Validation>\n<Environment><Verbfile>verbs.txt</Verbfile>"
        + "<Actorfile>actors.txt</Actorfile><Agentfile>agents.txt</Agentfile></Environment>\n<Sentences>\n");
    sentence(x, "T-1", "NLD>SLD:051", "Northland praised Southland on Monday.");
    sentence(x, "T-2", "NLD>SLD:025", "Northland granted that Southland is a fine neighbour.");
    sentence(x, "T-3", "SLDMIL>NLD:190", "Soldiers from Southland sealed off the roads leading into Northland.");
    sentence(x, "T-4", "NLD>SLD:111", "Northland praised Southland again.");
    x.append("</Sentences>\n</Validation>\n");
    Path file = Files.writeString(dir.resolve("records.xml"), x);
    Files.write(dir.resolve("actors.txt"), List.of("NORTHLAND_ [NLD]", "SOUTHLAND_ [SLD]"));
    Files.write(dir.resolve("agents.txt"), List.of("SOLDIER [~MIL]"));
    Files.write(dir.resolve("verbs.txt"), List.of("--- PRAISE  [051]  ---", "PRAISE", "",
        "--- GRANT  [080]  ---", "GRANT", "- * FINE_NEIGHBOUR [025]", "", "--- BLOCK  [190]  ---", "+SEAL_OFF"));
    assertThat(run("cameo", file.toString(), "--dictionaries", dir.toString(), "--verbs", "petrarch", "--errors"))
        .isZero();
    assertThat(out.toString())
        .contains("found 3 of 4 gold triples: 75.0%")
        .contains("false positives 1 of 4 produced: 25.0%")
        .contains("T-4\tTEST\tNorthland praised Southland again.")
        .contains("  missed:  NLD>SLD:111")
        .contains("  false:   NLD>SLD:051")
        .doesNotContain("T-1\t").doesNotContain("T-2\t").doesNotContain("T-3\t");
  }

  @Test
  void missingInputsFail(@TempDir Path dir) {
    assertThat(run("cameo", dir.resolve("none.xml").toString(), "--dictionaries", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("no such file");
  }
}
