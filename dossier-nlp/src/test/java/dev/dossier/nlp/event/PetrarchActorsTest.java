package dev.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchActorsTest {

  @Test
  void actorsAgentsAndDatedCodes(@TempDir Path dir) throws IOException {
    // lines written for this test in the PETRARCH2 dictionary format
    Path actors = Files.write(dir.resolve("actors.txt"), List.of(
        "<!-- test actors -->",
        "NORTHLAND_ [NLD]",
        "+NORTHLANDER",
        "SOUTHLAND  [SLD] # a comment",
        "THE_ISLES [ISA/ISB]",
        "JANE_ROE",
        "\t[NLDGOV 20100101 - 20141231]",
        "\t[NLDOPP >20150101]"));
    Path agents = Files.write(dir.resolve("agents.txt"), List.of(
        "SOLDIER [~MIL]",
        "POLICE {} [~COP]",
        "RIGHTS_BODY [NGO~]"));
    PetrarchActors p = PetrarchActors.read(List.of(actors), List.of(agents));
    assertThat(p.codes("Northland", null)).containsExactly("NLD");
    assertThat(p.codes("soldiers from Northland", null)).containsExactly("NLDMIL");
    assertThat(p.codes("the Southlandish police", null)).containsExactly("SLDCOP");
    assertThat(p.codes("a rights body in Southland", null)).containsExactly("NGOSLD");
    assertThat(p.codes("soldiers", null)).containsExactly("---MIL");
    assertThat(p.codes("The Isles", null)).containsExactly("ISA", "ISB");
    assertThat(p.codes("Jane Roe", LocalDate.of(2012, 5, 1))).containsExactly("NLDGOV");
    assertThat(p.codes("Jane Roe", LocalDate.of(2016, 5, 1))).containsExactly("NLDOPP");
    assertThat(p.codes("Northlandish", null)).as("NORTHLAND_ must match a whole word").isEmpty();
    assertThat(p.codes("nobody known", null)).isEmpty();
  }

  @Test
  void agentSubstitutionMarkersAreExpanded(@TempDir Path dir) throws IOException {
    // lines written for this test in the PETRARCH2 dictionary format
    Path actors = Files.write(dir.resolve("actors.txt"), List.of("NORTHLAND_ [NLD]"));
    Path agents = Files.write(dir.resolve("agents.txt"), List.of(
        "!OFFICE! = BUREAU, BUREAUS, OFFICE",
        "!OFFICE!_OF_STAMPS [~GOV]",
        "!OFFICE!KEEPER [~BUS]"));
    PetrarchActors p = PetrarchActors.read(List.of(actors), List.of(agents));
    assertThat(p.codes("the Northland Bureau of Stamps", null)).containsExactly("NLDGOV");
    assertThat(p.codes("the Northland Office of Stamps", null)).containsExactly("NLDGOV");
    assertThat(p.codes("a Northland officekeeper", null)).containsExactly("NLDBUS");
  }
}
