package dev.dossier.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.EntityType;
import org.junit.jupiter.api.Test;

class EntityTyperTest {

  private final EntityTyper typer = EntityTyper.standard();

  private EntityType type(String conll, String name) {
    return typer.type(conll, name.split(" "));
  }

  @Test
  void locationsSplitIntoPolitiesAndPlaces() {
    assertThat(type("LOC", "France")).isEqualTo(EntityType.GPE);
    assertThat(type("LOC", "New Delhi")).isEqualTo(EntityType.GPE);
    assertThat(type("LOC", "Red Sea")).isEqualTo(EntityType.LOC);
    assertThat(type("LOC", "Middle East")).isEqualTo(EntityType.LOC);
    assertThat(type("LOC", "Sea-by-the-Lake")).isEqualTo(EntityType.LOC);
    assertThat(type("LOC", "Atlantis River")).isEqualTo(EntityType.LOC);
  }

  @Test
  void miscSplitsIntoGroupsLawsAndEvents() {
    assertThat(type("MISC", "Israeli")).isEqualTo(EntityType.NORP);
    assertThat(type("MISC", "Kenyan")).isEqualTo(EntityType.NORP);
    assertThat(type("MISC", "Oslo Accords")).isEqualTo(EntityType.LAW);
    assertThat(type("MISC", "Clean Water Act")).isEqualTo(EntityType.LAW);
    assertThat(type("MISC", "World Cup")).isEqualTo(EntityType.EVENT);
    assertThat(type("MISC", "Gulf War")).isEqualTo(EntityType.EVENT);
    assertThat(type("MISC", "Windows")).isEqualTo(EntityType.MISC);
  }

  @Test
  void peopleAndOrganisationsKeepTheirType() {
    assertThat(type("PER", "Ann Lee")).isEqualTo(EntityType.PERSON);
    assertThat(type("ORG", "Acme Corp.")).isEqualTo(EntityType.ORG);
    for (EntityType t : EntityType.values()) {
      assertThat(t.conll()).isIn("PER", "ORG", "LOC", "MISC");
    }
  }
}
