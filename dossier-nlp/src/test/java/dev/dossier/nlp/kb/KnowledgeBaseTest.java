package dev.dossier.nlp.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.model.EntityType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

  private static final KnowledgeBase KB = KnowledgeBase.curated();

  @Test
  void lookupIgnoresCaseDiacriticsAndPossessives() {
    assertThat(KB.lookup("netanyahu's")).extracting(h -> h.actor().id()).containsExactly("benjamin-netanyahu");
    assertThat(KB.lookup("ERDOGAN")).extracting(h -> h.actor().id()).containsExactly("recep-tayyip-erdogan");
    assertThat(KB.lookup("the Knesset")).extracting(h -> h.actor().id()).containsExactly("knesset");
    assertThat(KB.lookup("Guardian")).extracting(h -> h.actor().id()).containsExactly("the-guardian");
  }

  @Test
  void demonymsComeAfterNamesAndAreMarked() {
    List<KnowledgeBase.Hit> hits = KB.lookup("Israeli");
    assertThat(hits).singleElement().satisfies(h -> {
      assertThat(h.demonym()).isTrue();
      assertThat(h.actor().id()).isEqualTo("israel");
    });
    assertThat(KB.byDemonym("Israelis")).extracting(KbActor::id).containsExactly("israel");
    assertThat(KB.named("Israeli")).isEmpty();
  }

  @Test
  void resolvesIdsCodesAndNames() {
    assertThat(KB.resolve("ISR")).isEqualTo("israel");
    assertThat(KB.resolve("israel")).isEqualTo("israel");
    assertThat(KB.resolve("State of Israel")).isEqualTo("israel");
    assertThat(KB.resolve("IGOUNO")).isEqualTo("un");
    assertThat(KB.resolve("Atlantis")).isNull();
    assertThat(KB.holders("head of state", "Atlantis", LocalDate.now())).isEmpty();
  }

  @Test
  void curatedWinsOverImports() {
    KbActor importedBibi = person("phoenix:benjamin-netanyahu", "Benjamin Netanyahu", List.of("Bibi Netanyahu", "Hamas"));
    KbActor importedOther = person("phoenix:someone", "Someone Else", List.of("Netanyahu", "S. Else"));
    KnowledgeBase kb = KnowledgeBase.of(KnowledgeBase.curatedActors(), List.of(importedBibi, importedOther), List.of());
    assertThat(kb.mergedImports()).isEqualTo(1);
    assertThat(kb.actor("phoenix:benjamin-netanyahu")).isNull();
    assertThat(kb.named("Netanyahu")).extracting(KbActor::id).containsExactly("benjamin-netanyahu");
    assertThat(kb.named("S. Else")).extracting(KbActor::id).containsExactly("phoenix:someone");
    assertThat(kb.named("Hamas")).extracting(KbActor::id).containsExactly("hamas");
  }

  @Test
  void userDirectoryIsLoadedAndBadFilesAreReported(@TempDir Path dir) throws Exception {
    new KbFile(KbFile.FORMAT, "test.txt", null, List.of(person("test:a", "Alpha Beta", List.of()))).write(dir.resolve("a.json"));
    Files.writeString(dir.resolve("b.json"), "{\"format\": \"dossier.kb/1\", \"actors\": [{\"id\": \"x\", \"name\": \"X\"}]}");
    KnowledgeBase kb = KnowledgeBase.withImports(dir);
    assertThat(kb.named("Alpha Beta")).singleElement().satisfies(a -> assertThat(a.source()).isEqualTo("test.txt"));
    assertThat(kb.warnings()).singleElement().asString().contains("b.json").contains("type");
  }

  @Test
  void filesRoundTripAndRejectMistakesWithTheirPosition() {
    KbFile f = new KbFile(KbFile.FORMAT, "curated", "d", List.of(KB.actor("benjamin-netanyahu"), KB.actor("israel")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    f.write(out);
    KbFile back = KbFile.read(new ByteArrayInputStream(out.toByteArray()), "mem");
    assertThat(back).isEqualTo(f);
    String typo = "{\"format\": \"dossier.kb/1\", \"actors\": [\n{\"id\": \"x\", \"name\": \"X\", \"type\": \"ORG\", \"alias\": []}]}";
    assertThatThrownBy(() -> KbFile.read(new ByteArrayInputStream(typo.getBytes(StandardCharsets.UTF_8)), "typo.json"))
        .isInstanceOf(KbFile.KbFormatException.class).hasMessageContaining("typo.json:2:").hasMessageContaining("alias");
    String badDate = "{\"format\": \"dossier.kb/1\", \"actors\": [{\"id\": \"x\", \"name\": \"X\", \"type\": \"PERSON\","
        + " \"roles\": [{\"role\": \"r\", \"from\": \"2020-13-01\"}]}]}";
    assertThatThrownBy(() -> KbFile.read(new ByteArrayInputStream(badDate.getBytes(StandardCharsets.UTF_8)), "d.json"))
        .isInstanceOf(KbFile.KbFormatException.class).hasMessageContaining("2020-13-01");
    assertThatThrownBy(() -> new KbRole("r", null, null, "2020-05-01", "2019-01-01", null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
  }

  @Test
  void partialDatesCoverTheirWholePeriod() {
    KbRole r = new KbRole("leader", "x", null, "1993-03", "1999", null, null);
    assertThat(r.heldOn(LocalDate.of(1993, 3, 1))).isTrue();
    assertThat(r.heldOn(LocalDate.of(1999, 12, 31))).isTrue();
    assertThat(r.heldOn(LocalDate.of(1993, 2, 28))).isFalse();
    assertThat(r.heldOn(LocalDate.of(2000, 1, 1))).isFalse();
  }

  private static KbActor person(String id, String name, List<String> aliases) {
    return new KbActor(id, name, EntityType.PERSON, null, aliases, List.of(), null, null, null, null, null, null,
        List.of(), null, "test.txt");
  }
}
