package dev.dossier.nlp.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.model.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PhoenixImporterTest {

  private static final PhoenixImporter IMPORTER = new PhoenixImporter(KnowledgeBase.curated());

  /** A small dictionary in the Phoenix layout, written for this test. */
  private static final List<String> SAMPLE = List.of(
      "# a comment line",
      "FREEDONIA_  [FRD]",
      "+FREEDONIAN_ ",
      "",
      "RUFUS_T._FIREFLY_  # CountryInfo.txt",
      "+PRIME_MINISTER_RUFUS_FIREFLY",
      "+RUFUS_FIREFLY",
      "\t[ISRELI 330101-951104]",
      "\t[ISRGOV 951104-990706]",
      "\t[ISRGOV >20090331]",
      "\t[ISRELI]",
      "AMBASSADOR_TRENTINO_",
      "\t[ISRGOV 2004017-20061201]",
      "\t[ISRGOV 990230-991231]",
      "\t[ISRGOV 991231-990101]",
      "\t[ISRGOV <450101]",
      "NO_CODE_HERE_",
      "+WITH_A_SYNONYM_",
      "SYLVANIA_LIBERATION_FRONT_(SLF)_ [IGOUNO] # comment",
      "+SLF_FIGHTERS+_SLF_UNITS_",
      "+SYLVANIAN_FRONT_",
      "ANNAN_CLONE_\t[IGOUNO 970101-061231] [ELI]# two codes on the primary line",
      "BARE_PHRASE_",
      "JOINED_ENTRY_  [USAGOV]",
      "---STOP---",
      "IGNORED_AFTER_STOP_ [USA]");

  @Test
  void readsEntriesSynonymsDatedRolesAndComments() {
    PhoenixImporter.Result r = IMPORTER.parse(SAMPLE, "Test.Countries.actors.txt");
    assertThat(r.entries()).isEqualTo(8);
    assertThat(r.actors()).extracting(KbActor::name)
        .containsExactly("Freedonia", "Rufus T. Firefly", "Ambassador Trentino", "Sylvania Liberation Front", "Annan Clone",
            "Joined Entry");
    assertThat(r.actors().get(5).aliases()).containsExactly("Bare Phrase");
    assertThat(r.joined()).isEqualTo(1);
    KbActor country = r.actors().get(0);
    assertThat(country.type()).isEqualTo(EntityType.GPE);
    assertThat(country.aliases()).containsExactly("Freedonian");
    assertThat(country.code()).isEqualTo("FRD");

    KbActor firefly = r.actors().get(1);
    assertThat(firefly.type()).isEqualTo(EntityType.PERSON);
    assertThat(firefly.aliases()).containsExactly("Rufus Firefly");
    assertThat(firefly.code()).isEqualTo("ISRELI");
    assertThat(firefly.country()).isEqualTo("israel");
    assertThat(firefly.roles()).extracting(KbRole::role, KbRole::of, KbRole::from, KbRole::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("elite", "israel", "1933-01-01", "1995-11-04"),
            org.assertj.core.groups.Tuple.tuple("government", "israel", "1995-11-04", "1999-07-06"),
            org.assertj.core.groups.Tuple.tuple("government", "israel", "2009-03-31", null));
    assertThat(r.titleVariants()).isEqualTo(1);

    KbActor trentino = r.actors().get(2);
    assertThat(trentino.roles()).singleElement().satisfies(x -> {
      assertThat(x.from()).isNull();
      assertThat(x.to()).isEqualTo("1945-01-01");
    });
    KbActor front = r.actors().get(3);
    assertThat(front.type()).isEqualTo(EntityType.ORG);
    assertThat(front.category()).isEqualTo("intergovernmental");
    assertThat(front.aliases()).containsExactly("SLF", "Sylvanian Front");
    KbActor clone = r.actors().get(4);
    assertThat(clone.roles()).singleElement().satisfies(x -> {
      assertThat(x.of()).isEqualTo("un");
      assertThat(x.heldOn(LocalDate.of(2000, 1, 1))).isTrue();
    });
    assertThat(clone.code()).isEqualTo("ELI");
  }

  @Test
  void rejectsWhatItCannotReadWithLineNumbers() {
    PhoenixImporter.Result r = IMPORTER.parse(SAMPLE, "Test.Countries.actors.txt");
    assertThat(r.rejected()).extracting(PhoenixImporter.Rejected::line, PhoenixImporter.Rejected::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(13, "date '2004017' has 7 digits (need YYMMDD or YYYYMMDD)"),
            org.assertj.core.groups.Tuple.tuple(14, "no such day '990230'"),
            org.assertj.core.groups.Tuple.tuple(15, "interval ends before it starts"),
            org.assertj.core.groups.Tuple.tuple(17, "entry without a code"),
            org.assertj.core.groups.Tuple.tuple(20, "'+' inside a synonym (two synonyms on one line?)"));
  }

  @Test
  void datesFollowTheKedsCenturyRule() {
    assertThat(PhoenixImporter.date("300101")).isEqualTo(LocalDate.of(2030, 1, 1));
    assertThat(PhoenixImporter.date("310101")).isEqualTo(LocalDate.of(1931, 1, 1));
    assertThat(PhoenixImporter.date("000229")).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(PhoenixImporter.date("19411207")).isEqualTo(LocalDate.of(1941, 12, 7));
    assertThatThrownBy(() -> PhoenixImporter.date("010229")).hasMessageContaining("no such day");
  }

  @Test
  void phrasesBecomeReadableNames() {
    assertThat(PhoenixImporter.phrase("AL-QAEDA_IN_THE_ARABIAN_PENINSULA")).isEqualTo("Al-Qaeda in the Arabian Peninsula");
    assertThat(PhoenixImporter.phrase("U.N._")).isEqualTo("U.N.");
    assertThat(PhoenixImporter.phrase("UN_")).isEqualTo("UN");
    assertThat(PhoenixImporter.phrase("YISRA'EL_")).isEqualTo("Yisra'el");
    assertThat(PhoenixImporter.phrase("CARLOS SANTOS_CRUZ_")).isEqualTo("Carlos Santos Cruz");
  }

  @Test
  void importsTheShippedPhoenixDictionaries() {
    String data = System.getProperty("dossier.data");
    Path dir = data == null ? null : Path.of(data, "cameo", "petrarch2-dictionaries");
    Assumptions.assumeTrue(dir != null && Files.isDirectory(dir), "PETRARCH dictionaries not available");
    for (String f : List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt")) {
      Path p = dir.resolve(f);
      Assumptions.assumeTrue(Files.isRegularFile(p), f + " not available");
      PhoenixImporter.Result r = IMPORTER.read(p);
      assertThat(r.actors()).as(f).isNotEmpty();
      assertThat(r.rejected().size()).as(f + " rejected").isLessThan(r.entries() / 20);
      assertThat(KbValidator.check(r.actors(), false)).as(f).isEmpty();
      Map<EntityType, Integer> types = r.byType();
      System.out.printf("%s: %d lines, %d entries, %d actors %s, %d synonyms, %d title variants dropped, %d roles, %d rejected %s%n",
          f, r.lines(), r.entries(), r.actors().size(), types, r.synonyms(), r.titleVariants(), r.roles(),
          r.rejected().size(), r.rejectedByReason());
      if (f.contains("Countries")) {
        assertThat(types.get(EntityType.PERSON)).isGreaterThan(10_000);
        KbActor bibi = r.actors().stream().filter(a -> a.name().equals("Benjamin Netanyahu")).findFirst().orElseThrow();
        assertThat(bibi.roles()).anySatisfy(x -> {
          assertThat(x.role()).isEqualTo("government");
          assertThat(x.from()).isEqualTo("1996-06-18");
          assertThat(x.to()).isEqualTo("1999-07-06");
        });
      }
      if (f.contains("MilNonState")) {
        assertThat(r.actors()).anySatisfy(a -> assertThat(a.name()).isEqualTo("Hamas"));
      }
    }
  }
}
