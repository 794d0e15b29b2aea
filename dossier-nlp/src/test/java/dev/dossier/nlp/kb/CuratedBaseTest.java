package dev.dossier.nlp.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.EntityType;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Validates the whole curated base and spot-checks facts a reviewer verified. */
class CuratedBaseTest {

  private static final KnowledgeBase KB = KnowledgeBase.curated();

  @Test
  void wholeBaseIsConsistent() {
    List<KbActor> actors = KnowledgeBase.curatedActors();
    assertThat(KbValidator.check(actors, true)).isEmpty();
    assertThat(actors).allSatisfy(a -> assertThat(a.type()).isNotNull());
    assertThat(KB.warnings()).isEmpty();
  }

  @Test
  void everyFileDeclaresTheFormatAndIsCurated() {
    for (String f : KnowledgeBase.curatedFiles()) {
      KbFile file = KnowledgeBase.curatedFile(f);
      assertThat(file.format()).isEqualTo(KbFile.FORMAT);
      assertThat(file.actors()).as(f).isNotEmpty().allMatch(KbActor::curated);
    }
  }

  @Test
  void coversWhatTheBriefAsksFor() {
    KbStats s = KB.stats();
    long outlets = KB.actors().stream().filter(a -> "outlet".equals(a.category()) || "wire".equals(a.category())).count();
    assertThat(outlets).isGreaterThanOrEqualTo(100);
    assertThat(s.byCategory().get("country")).isGreaterThanOrEqualTo(193);
    assertThat(s.byCategory().get("pollster")).isGreaterThanOrEqualTo(20);
    for (String name : List.of("Reuters", "AP", "AFP", "CNN", "Axios", "BBC", "Al Jazeera", "Haaretz",
        "Times of Israel", "Jerusalem Post", "Channel 12", "Kan", "Ynet", "NYT", "WaPo", "WSJ", "Politico", "Fox News")) {
      assertThat(KB.named(name)).as(name).anySatisfy(a -> assertThat(a.category()).isIn("outlet", "wire"));
    }
    for (String name : List.of("Gallup", "Pew", "Ipsos", "YouGov", "Israel Democracy Institute", "Lazar")) {
      assertThat(KB.named(name)).as(name).anySatisfy(a -> assertThat(a.category()).isEqualTo("pollster"));
    }
    for (String name : List.of("Hamas", "Hezbollah", "Houthis", "PIJ", "ISIS")) {
      assertThat(KB.named(name)).as(name).anySatisfy(a -> assertThat(a.category()).isEqualTo("armed group"));
    }
    for (String name : List.of("Likud", "Yesh Atid", "National Unity", "Shas", "UTJ", "Religious Zionism",
        "Otzma Yehudit", "Democrats", "Republicans")) {
      assertThat(KB.named(name)).as(name).anySatisfy(a -> assertThat(a.category()).isEqualTo("party"));
    }
    for (String name : List.of("UN", "EU", "NATO", "Arab League", "AU", "OPEC", "IAEA", "WHO", "IMF", "World Bank",
        "ICC", "ICJ", "G7", "G20")) {
      assertThat(KB.named(name)).as(name).anySatisfy(a -> assertThat(a.category()).isEqualTo("intergovernmental"));
    }
    assertThat(only("Abraham Accords").type()).isEqualTo(EntityType.LAW);
    assertThat(only("Oslo Accords").type()).isEqualTo(EntityType.LAW);
    assertThat(only("JCPOA").type()).isEqualTo(EntityType.LAW);
    assertThat(only("October 7 attack").type()).isEqualTo(EntityType.EVENT);
    for (String name : List.of("Mar-a-Lago", "Gaza Strip", "West Bank", "Golan Heights")) {
      assertThat(only(name).type()).as(name).isEqualTo(EntityType.LOC);
    }
    assertThat(only("Knesset").type()).isEqualTo(EntityType.ORG);
    assertThat(only("White House").type()).isEqualTo(EntityType.ORG);
  }

  @Test
  void headsOfStateAndGovernmentOfTheRequiredCountries() {
    LocalDate late2025 = LocalDate.of(2025, 12, 1);
    List<String> g20 = List.of("argentina", "australia", "brazil", "canada", "china", "france", "germany", "india",
        "indonesia", "italy", "japan", "mexico", "russia", "saudi-arabia", "south-africa", "south-korea", "turkey",
        "united-kingdom", "united-states");
    List<String> mena = List.of("algeria", "bahrain", "egypt", "iran", "iraq", "israel", "jordan", "kuwait", "lebanon",
        "libya", "morocco", "oman", "palestine", "qatar", "syria", "tunisia", "united-arab-emirates", "yemen", "sudan",
        "mauritania");
    List<String> unsc = List.of("algeria", "guyana", "south-korea", "sierra-leone", "slovenia", "denmark", "greece",
        "pakistan", "panama", "somalia", "bahrain", "colombia", "democratic-republic-of-the-congo", "latvia", "liberia");
    for (List<String> group : List.of(g20, mena, unsc)) {
      for (String c : group) {
        assertThat(KB.actor(c)).as(c).isNotNull();
        assertThat(KB.holders("head of state", c, late2025)).as("head of state of %s", c).isNotEmpty();
        assertThat(KB.holders("head of government", c, late2025).size()
            + KB.holders("prime minister", c, late2025).size()).as("head of government of %s", c).isPositive();
      }
    }
    assertThat(KB.holders("president of the commission", "european-union", late2025)).extracting(h -> h.actor().id())
        .containsExactly("ursula-von-der-leyen");
    assertThat(KB.holders("leader", "african-union", late2025)).extracting(h -> h.actor().id())
        .containsExactly("mahmoud-ali-youssouf");
  }

  @Test
  void trumpAndNetanyahuTermsIncludingEarlierOnes() {
    KbActor trump = only("Donald Trump");
    assertThat(trump.roles()).filteredOn(r -> r.role().equals("head of state"))
        .extracting(KbRole::from, KbRole::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2017-01-20", "2021-01-20"),
            org.assertj.core.groups.Tuple.tuple("2025-01-20", null));
    KbActor bibi = only("Netanyahu");
    assertThat(bibi.roles()).filteredOn(r -> r.role().equals("head of government"))
        .extracting(KbRole::from, KbRole::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("1996-06-18", "1999-07-06"),
            org.assertj.core.groups.Tuple.tuple("2009-03-31", "2021-06-13"),
            org.assertj.core.groups.Tuple.tuple("2022-12-29", null));
    assertThat(ids(KB.holders("head of government", "Israel", LocalDate.of(2021, 7, 1)))).containsExactly("naftali-bennett");
    assertThat(ids(KB.holders("head of government", "ISR", LocalDate.of(1998, 1, 1)))).containsExactly("benjamin-netanyahu");
    assertThat(ids(KB.holders("head of state", "united-states", LocalDate.of(2020, 5, 5)))).containsExactly("donald-trump");
    assertThat(ids(KB.holders("head of state", "U.S.", LocalDate.of(2023, 5, 5)))).containsExactly("joe-biden");
    assertThat(ids(KB.holders("head of state", "USA", LocalDate.of(2021, 1, 20))))
        .containsExactly("joe-biden", "donald-trump");
    assertThat(ids(KB.holdersByTitle("prime minister", "Israel", LocalDate.of(2025, 12, 29)))).containsExactly("benjamin-netanyahu");
    assertThat(ids(KB.holdersByTitle("Chancellor", "Germany", LocalDate.of(2025, 12, 29)))).containsExactly("friedrich-merz");
    assertThat(KB.rolesOn(bibi, LocalDate.of(2025, 12, 29)))
        .anySatisfy(r -> {
          assertThat(r.role()).isEqualTo("head of government");
          assertThat(r.of()).isEqualTo("Israel");
          assertThat(r.from()).isEqualTo("2022-12-29");
          assertThat(r.to()).isNull();
        });
  }

  @Test
  void capitalsBecomeCities() {
    KbActor tehran = only("Tehran");
    assertThat(tehran.type()).isEqualTo(EntityType.GPE);
    assertThat(tehran.category()).isEqualTo("city");
    assertThat(tehran.country()).isEqualTo("iran");
    assertThat(KB.named("Jerusalem")).extracting(KbActor::id).containsExactly("jerusalem");
  }

  private static KbActor only(String name) {
    List<KbActor> l = KB.named(name);
    assertThat(l).as(name).hasSize(1);
    return l.get(0);
  }

  private static List<String> ids(List<KnowledgeBase.Holding> hs) {
    return hs.stream().map(h -> h.actor().id()).collect(Collectors.toList());
  }
}
