package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbCommandTest extends CliTest {

  @Test
  void lookupShowsRolesOnTheDate(@TempDir Path empty) {
    assertThat(run("kb", "lookup", "Netanyahu's", "--date", "2025-12-29", "--into", empty.toString())).isZero();
    assertThat(out.toString()).contains("benjamin-netanyahu  Benjamin Netanyahu  PERSON")
        .contains("head of government of Israel, 2022-12-29..");
    out.getBuffer().setLength(0);
    assertThat(run("kb", "lookup", "Netanyahu", "--date", "2020-01-01", "--into", empty.toString())).isZero();
    assertThat(out.toString()).contains("head of government of Israel, 2009-03-31..2021-06-13");
    assertThat(run("kb", "lookup", "Nobody Atall", "--into", empty.toString())).isEqualTo(1);
  }

  @Test
  void lookupByRoleOrTitleOnADate(@TempDir Path empty) {
    assertThat(run("kb", "lookup", "--role", "head of government", "--of", "Israel", "--date", "1998-01-01",
        "--into", empty.toString())).isZero();
    assertThat(out.toString()).contains("benjamin-netanyahu").contains("1996-06-18..1999-07-06");
    out.getBuffer().setLength(0);
    assertThat(run("kb", "lookup", "--title", "chancellor", "--of", "DEU", "--date", "2020-01-01",
        "--into", empty.toString())).isZero();
    assertThat(out.toString()).contains("angela-merkel");
    assertThat(run("kb", "lookup", "--role", "head of state", "--of", "Atlantis", "--into", empty.toString())).isEqualTo(1);
  }

  @Test
  void importWritesTheBaseAndReportsRejectedLines(@TempDir Path dir) throws Exception {
    Path dict = dir.resolve("Tiny.Countries.actors.txt");
    Files.writeString(dict, String.join("\n",
        "# written for this test",
        "ZEPPO_QUIMBY_  # CountryInfo.txt",
        "\t[FRAGOV 010101-020202]",
        "\t[FRAGOV 2002021-20030303]",
        ""));
    Path into = dir.resolve("kb");
    assertThat(run("kb", "import", "--format", "phoenix", dict.toString(), "--into", into.toString())).isEqualTo(2);
    assertThat(out.toString()).contains("imported 1 actors {PERSON=1}").contains("rejected 1 lines");
    assertThat(err.toString()).contains("Tiny.Countries.actors.txt:4: date '2002021' has 7 digits");
    assertThat(into.resolve("tiny.countries.actors.json")).exists();
    out.getBuffer().setLength(0);
    assertThat(run("kb", "lookup", "Zeppo Quimby", "--date", "2001-06-01", "--into", into.toString())).isZero();
    assertThat(out.toString()).contains("government of France, 2001-01-01..2002-02-02")
        .contains("source: Tiny.Countries.actors.txt");
  }

  @Test
  void statsCountsTheCuratedBase() {
    assertThat(run("kb", "stats", "--curated")).isZero();
    assertThat(out.toString()).contains("by type:").contains("PERSON").contains("outlet");
  }
}
