package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.model.Analysis;
import dev.dossier.model.Layers;
import dev.dossier.model.EntityType;
import dev.dossier.model.SourceKind;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.TimeRelation;
import dev.dossier.model.TimeType;
import dev.dossier.store.query.ActorProfile;
import dev.dossier.store.query.ActorSummary;
import dev.dossier.store.query.ClaimRelation.Relation;
import dev.dossier.store.query.ClaimReport;
import dev.dossier.store.query.ClaimView;
import dev.dossier.store.query.Deadline;
import dev.dossier.store.query.DeadlineQuery;
import dev.dossier.store.query.FigureView;
import dev.dossier.store.query.StatedTime;
import dev.dossier.store.query.StoryView;
import dev.dossier.store.query.TimelineEntry;
import dev.dossier.store.query.TimelineQuery;
import dev.dossier.store.search.SearchQuery;
import dev.dossier.store.search.SearchResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Store} must have, run against each implementation by a subclass.
 * Uses the hand-made {@link Scenario}.
 */
public abstract class StoreContractTest {

  /** A fresh, empty store. */
  protected abstract Store newStore() throws Exception;

  /** The same store reopened (after {@link Store#close()}). */
  protected abstract Store reopen() throws Exception;

  protected Store store;

  @BeforeEach
  void open() throws Exception {
    store = newStore();
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  private void putScenario() {
    for (Analysis a : Scenario.all()) {
      assertThat(store.put(a)).isEqualTo(PutResult.INSERTED);
    }
  }

  private static String id(Analysis a) {
    return a.article().id();
  }

  // ---- storage

  @Test
  void storesAndReturnsTheExactAnalysis() {
    Analysis a = Scenario.wire(false);
    assertThat(store.put(a)).isEqualTo(PutResult.INSERTED);
    assertThat(store.contains(id(a))).isTrue();
    assertThat(store.get(id(a))).contains(a);
    assertThat(store.get(id(a)).orElseThrow().runs()).isEqualTo(a.runs());
    assertThat(store.get("nope")).isEmpty();
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void reputIsIdempotentAndReplaceKeepsOneCopy() throws Exception {
    putScenario();
    long n = store.count();
    for (Analysis a : Scenario.all()) {
      assertThat(store.put(a)).isEqualTo(PutResult.SKIPPED);
    }
    assertThat(store.count()).isEqualTo(n);
    Analysis a = Scenario.courier();
    assertThat(store.putAll(List.of(a, a), true)).containsExactly(PutResult.REPLACED, PutResult.REPLACED);
    assertThat(store.count()).isEqualTo(n);
    assertThat(store.get(id(a))).contains(a);
    assertThat(store.verify().ok()).as(store.verify().toString()).isTrue();
    store.close();
    store = reopen();
    assertThat(store.count()).isEqualTo(n);
    assertThat(store.verify().ok()).as(store.verify().toString()).isTrue();
    assertThat(store.search(SearchQuery.of("fuel taxes")).total()).isEqualTo(2);
  }

  @Test
  void replacingAnOriginalKeepsItsCopiesAndTheActorCounts() {
    putScenario();
    Analysis wire = Scenario.wire(false);
    Analysis copy = Scenario.wire(true);
    var before = store.actor("Anika Rostova").orElseThrow().actor();
    String claimOfCopy = id(copy) + ":a0";
    var relationsBefore = store.claim(claimOfCopy).orElseThrow().related().stream()
        .map(r -> r.relation() + " " + r.other().id()).sorted().toList();
    assertThat(store.putAll(List.of(wire), true)).containsExactly(PutResult.REPLACED);
    var after = store.actor("Anika Rostova").orElseThrow().actor();
    assertThat(after.articles()).as("articles of the actor").isEqualTo(before.articles());
    assertThat(after.mentions()).as("mentions of the actor").isEqualTo(before.mentions());
    assertThat(store.summary(id(wire)).orElseThrow().duplicateOf()).as("the original is no copy of its copy").isNull();
    assertThat(store.summary(id(copy)).orElseThrow().duplicateOf()).isEqualTo(id(wire));
    assertThat(store.claim(claimOfCopy).orElseThrow().related().stream()
        .map(r -> r.relation() + " " + r.other().id()).sorted().toList()).isEqualTo(relationsBefore);
    assertThat(store.verify().ok()).as(store.verify().toString()).isTrue();
  }

  @Test
  void aBatchIsAtomic() {
    Analysis good = Scenario.wire(false);
    List<Analysis> batch = new ArrayList<>();
    batch.add(good);
    batch.add(null); // fails after the first article was written in the same transaction
    assertThatThrownBy(() -> store.putAll(batch, false)).isInstanceOf(StoreException.class);
    assertThat(store.count()).isZero();
    assertThat(store.contains(id(good))).isFalse();
    assertThat(store.search(SearchQuery.of("ceasefire")).total()).isZero();
    assertThat(store.put(good)).isEqualTo(PutResult.INSERTED);
    assertThat(store.verify().ok()).as(store.verify().toString()).isTrue();
  }

  @Test
  void listsInStorageOrderAndIteratesEveryAnalysis() {
    putScenario();
    List<ArticleSummary> l = store.list(0, 100);
    assertThat(l).extracting(ArticleSummary::id)
        .containsExactlyElementsOf(Scenario.all().stream().map(StoreContractTest::id).toList());
    assertThat(store.list(2, 2)).extracting(ArticleSummary::id).containsExactly(l.get(2).id(), l.get(3).id());
    List<Analysis> seen = new ArrayList<>();
    store.forEach(seen::add);
    assertThat(seen).containsExactlyElementsOf(Scenario.all());
    ArticleSummary first = l.get(0);
    assertThat(first.outlet()).isEqualTo("Meridian Wire");
    assertThat(first.day()).isEqualTo(LocalDate.of(2026, 1, 5));
  }

  @Test
  void survivesReopening() throws Exception {
    putScenario();
    store.close();
    store = reopen();
    assertThat(store.count()).isEqualTo(Scenario.all().size());
    assertThat(store.get(id(Scenario.poll()))).contains(Scenario.poll());
    assertThat(store.search(SearchQuery.of("ceasefire")).total()).isEqualTo(3);
    assertThat(store.verify().ok()).as(store.verify().toString()).isTrue();
  }

  // ---- search

  @Test
  void searchesWordsPhrasesAndFilters() {
    putScenario();
    SearchResult r = store.search(SearchQuery.of("ceasefire talks"));
    assertThat(r.total()).isEqualTo(3);
    assertThat(r.hits()).extracting(h -> h.article().outlet())
        .containsExactlyInAnyOrder("Meridian Wire", "Valley Post", "Harbor Courier");
    assertThat(r.hits().get(0).snippet()).containsIgnoringCase("ceasefire");
    assertThat(store.search(SearchQuery.of("ceasefire unicorn")).total()).isZero();
    assertThat(store.search(SearchQuery.of("Rostova's")).total()).as("a possessive finds the name")
        .isEqualTo(store.search(SearchQuery.of("Rostova")).total()).isPositive();
    assertThat(store.search(SearchQuery.of("\"fuel taxes\"")).total()).isEqualTo(2);
    // not query syntax: read as words, never an error ("AND" alone, an unclosed quote or bracket)
    assertThat(store.search(SearchQuery.of("ceasefire AND")).total()) // "and" is a word too
        .isEqualTo(store.search(SearchQuery.of("ceasefire and")).total()).isPositive();
    assertThat(store.search(SearchQuery.of("\"fuel taxes")).total()).isEqualTo(2);
    // "and" is a word to Lucene and a stop word to PostgreSQL's English configuration: the same either way
    assertThat(store.search(SearchQuery.of("AND")).total()).isEqualTo(store.search(SearchQuery.of("and")).total());
    assertThat(store.search(SearchQuery.of("ceasefire").withOutlet("harbor courier")).hits())
        .extracting(h -> h.article().id()).containsExactly(id(Scenario.courier()));
    assertThat(store.search(SearchQuery.of("ceasefire").withActor("Piet Landau")).total()).isEqualTo(2);
    assertThat(store.search(SearchQuery.of("budget").withActor("Rostova")).total()).isEqualTo(4);
    assertThat(store.search(SearchQuery.of("budget").withActor("Nobody Atall")).total()).isZero();
    assertThat(store.search(SearchQuery.of("budget").withDates(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 12, 31)))
        .hits()).extracting(h -> h.article().id())
        .containsExactlyInAnyOrder(id(Scenario.courier()), id(Scenario.budgetPassed()));
    assertThat(store.search(SearchQuery.of("government").withSourceKind(SourceKind.ANONYMOUS)).total()).isEqualTo(3);
    assertThat(store.search(SearchQuery.of("approval").withSourceKind(SourceKind.ANONYMOUS)).hits())
        .extracting(h -> h.article().outlet()).containsExactlyInAnyOrder("Meridian Wire", "Valley Post");
    assertThat(store.search(new SearchQuery(null, null, null, null, null, null, false, 3, 0)).hits())
        .extracting(h -> h.article().id()).first().isEqualTo(id(Scenario.budgetPassed()));
  }

  @Test
  void searchReturnsFacets() {
    putScenario();
    SearchResult r = store.search(SearchQuery.of("Kestrel"));
    Map<String, Long> outlets = r.facets().get(SearchResult.OUTLET).stream()
        .collect(Collectors.toMap(f -> f.value(), f -> f.count()));
    assertThat(outlets).containsEntry("Valley Post", 2L).containsEntry("Meridian Wire", 2L);
    assertThat(r.facets().get(SearchResult.MONTH)).anySatisfy(f -> {
      assertThat(f.value()).isEqualTo("2026-01");
    });
    assertThat(r.facets().get(SearchResult.ACTOR)).anySatisfy(f -> {
      assertThat(f.value()).isEqualTo("Anika Rostova");
      assertThat(f.count()).isEqualTo(5);
    });
    assertThat(r.facets().get(SearchResult.SOURCE_KIND)).extracting(f -> f.value()).contains("ANONYMOUS", "PERSON");
  }

  @Test
  void pagesAndOrdersByDate() {
    putScenario();
    SearchResult all = store.search(SearchQuery.of("Kestrel").byDate(true).withLimit(10));
    List<LocalDate> days = all.hits().stream().map(h -> h.article().day()).toList();
    assertThat(days).isSortedAccordingTo((x, y) -> y.compareTo(x));
    SearchQuery q = SearchQuery.of("Kestrel").byDate(true).withLimit(2);
    SearchResult page2 = store.search(new SearchQuery(q.text(), null, null, null, null, null, true, 2, 2));
    assertThat(page2.hits()).extracting(h -> h.article().id())
        .containsExactly(all.hits().get(2).article().id(), all.hits().get(3).article().id());
  }

  // ---- cross-document

  @Test
  void resolvesActorsAcrossArticlesAndKeepsHomonymsApart() {
    putScenario();
    List<ActorSummary> rostova = store.findActors("Rostova", 5);
    assertThat(rostova).isNotEmpty();
    assertThat(rostova.get(0).kbId()).isEqualTo("kb:rostova");
    assertThat(rostova.get(0).articles()).isEqualTo(5); // A, B, C (unlinked full name), D (surname only), E
    assertThat(store.findActors("John Miller", 5)).hasSize(2);
    ActorSummary top = store.topActors(1).get(0);
    assertThat(top.name()).isEqualTo("Anika Rostova");
  }

  // ---- actors across articles: titles, surnames, party nicknames (invented names)

  /**
   * An article with one person and the places or parties around them, each named {@code times}
   * times, and {@code once} (when not null) named once.
   */
  private static Analysis personAmong(String outlet, String date, String title, String person, List<String> titles,
      List<String> others, int times, String once) {
    StringBuilder text = new StringBuilder(person + " spoke on " + date + ".");
    for (int i = 0; i < times; i++) {
      text.append(" They met ").append(String.join(" and ", others)).append(" again.");
    }
    if (once != null) {
      text.append(" They left for ").append(once).append('.');
      others = new ArrayList<>(others);
      others.add(once);
    }
    Fixture f = Fixture.article(outlet, date, title, text.toString());
    f.entity(person, EntityType.PERSON, null, null, titles, List.of());
    for (String o : others) {
      f.entity(o, o.endsWith("Party") || o.startsWith("Tory") ? EntityType.ORG : EntityType.GPE);
    }
    return f.build();
  }

  @Test
  void aSurnameWithATitleJoinsTheFullNameItSharesContextWith() {
    // first the surname alone (no full name known yet: an actor of its own), then the full name,
    // then "Mr Pellow" among the same places: Dorian Pellow, not the lone surname
    store.put(personAmong("Fenmoor Star", "2026-02-01", "Pellow in Fenmoor", "Pellow", List.of(),
        List.of("Fenmoor", "Harwick", "Ostvale", "Brindle"), 1, null));
    store.put(personAmong("Fenmoor Star", "2026-02-02", "Dorian Pellow tours", "Dorian Pellow", List.of(),
        List.of("Fenmoor", "Harwick", "Ostvale", "Brindle"), 1, null));
    store.put(personAmong("Valley Post", "2026-02-03", "Pellow returns", "Mr Pellow", List.of(),
        List.of("Fenmoor", "Harwick", "Ostvale", "Brindle"), 1, null));
    ActorSummary dorian = store.findActors("Dorian Pellow", 1).get(0);
    assertThat(dorian.name()).isEqualTo("Dorian Pellow");
    assertThat(dorian.articles()).isEqualTo(2);
    // the title is not part of the name when looking up, and a surname is its best-known bearer first
    assertThat(store.findActors("Mr Pellow", 1)).extracting(ActorSummary::id).containsExactly(dorian.id());
    List<ActorSummary> pellows = store.findActors("Pellow", 5);
    assertThat(pellows.get(0).id()).isEqualTo(dorian.id());
    assertThat(pellows).extracting(ActorSummary::name).contains("Pellow");
    assertThat(store.actor("Mr Pellow").orElseThrow().actor().id()).isEqualTo(dorian.id());
  }

  @Test
  void theFirstPartOfAHyphenatedSurnameJoinsTheFullName() {
    store.put(personAmong("Fenmoor Star", "2026-02-01", "Vance-Tamsin speaks", "Orla Vance-Tamsin", List.of(),
        List.of("Fenmoor", "Harwick", "Ostvale", "Brindle"), 1, null));
    store.put(personAmong("Valley Post", "2026-02-02", "Vance speaks again", "Vance", List.of(),
        List.of("Fenmoor", "Harwick", "Ostvale", "Brindle"), 1, null));
    assertThat(store.findActors("Orla Vance-Tamsin", 1).get(0).articles()).isEqualTo(2);
  }

  @Test
  void aFullNameJoinsItsActorOnLittleSharedContextButNotOnNone() {
    // schools, then policing: one place in common, named once, among others named three times
    // (context cosine 3 / (45 * 46)^0.5 = 0.066: below SAME_CONTEXT, above SAME_FULL_NAME_CONTEXT)
    store.put(personAmong("Fenmoor Star", "2026-02-01", "Brandt on schools", "Ivo Brandt", List.of(),
        List.of("Fenmoor", "Harwick", "Ostvale", "Brindle", "Marrow"), 3, null));
    store.put(personAmong("Valley Post", "2026-02-09", "Brandt on policing", "Ivo Brandt", List.of(),
        List.of("Quillby", "Tarn", "Essendel", "Corvin", "Lomond"), 3, "Fenmoor"));
    // a homonym among none of those places
    store.put(personAmong("Dunmore Daily", "2026-02-10", "Brandt scores", "Ivo Brandt", List.of(),
        List.of("Dunmore", "Lakeby", "Sorrel", "Pinewick", "Hollin"), 3, null));
    assertThat(store.findActors("Ivo Brandt", 5)).extracting(ActorSummary::articles).containsExactly(2L, 1L);
  }

  @Test
  void aPartysNicknameOrShortNameIsTheParty() {
    store.put(personAmong("Fenmoor Star", "2026-02-01", "Conservative Party meets", "Dorian Pellow", List.of(),
        List.of("Conservative Party", "Labour Party", "Fenmoor", "Harwick"), 1, null));
    Fixture f = Fixture.article("Valley Post", "2026-02-02", "Tory plans",
        "The Tory plans were attacked by Labour in Fenmoor. The Conservatives said they would not change them.");
    f.entity("Tory", EntityType.NORP);
    f.entity("Labour", EntityType.ORG);
    f.entity("Conservatives", EntityType.ORG);
    f.entity("Fenmoor", EntityType.GPE);
    store.put(f.build());
    assertThat(store.findActors("Conservative Party", 1).get(0).articles()).isEqualTo(2);
    assertThat(store.findActors("Labour Party", 1).get(0).articles()).isEqualTo(2);
    assertThat(store.actor("Tory").orElseThrow().actor().name()).isEqualTo("Conservative Party");
  }

  @Test
  void aTitleCutBeforeItsNameIsNotShown() {
    store.put(personAmong("Fenmoor Star", "2026-02-01", "Pellow named", "Dorian Pellow",
        List.of("head of Mr", "Finance Minister"), List.of("Fenmoor", "Harwick", "Ostvale", "Brindle"), 1, null));
    assertThat(store.actor("Dorian Pellow").orElseThrow().titles()).containsExactly("Finance Minister");
  }

  /** An article calling the invented country Norvia by its demonym only. */
  private static Analysis norvishArticle() {
    Fixture f = Fixture.article("Meridian Wire", "2026-02-02", "Norvish farmers block roads",
        "Norvish farmers blocked the coast road on Monday over grain prices. Norvish officials promised talks.");
    f.entity("Norvish", EntityType.NORP, "kb:norvia", "nationality", List.of(), List.of());
    return f.build();
  }

  /** An article naming the country itself, then its demonym. */
  private static Analysis norviaArticle() {
    Fixture f = Fixture.article("Valley Post", "2026-02-03", "Norvia raises grain subsidy",
        "Norvia raised its grain subsidy on Tuesday. The Norvish cabinet said the rise would last a year.");
    f.entity("Norvia", EntityType.GPE, "kb:norvia", "country", List.of(), List.of());
    f.entity("Norvish", EntityType.NORP, "kb:norvia", "nationality", List.of(), List.of());
    return f.build();
  }

  @Test
  void aLinkedActorFirstSeenByItsDemonymIsRenamedAfterTheCountry() throws Exception {
    Analysis demonym = norvishArticle();
    store.put(demonym);
    long id = store.entityActors(id(demonym)).get(0);
    assertThat(store.findActors("Norvish", 1).get(0).type()).isEqualTo("NORP");
    store.close();
    store = reopen(); // the renaming works from what the store read back
    Analysis country = norviaArticle();
    store.put(country);
    ActorSummary norvia = store.findActors("Norvia", 1).get(0);
    assertThat(norvia.id()).isEqualTo(id);
    assertThat(norvia.name()).isEqualTo("Norvia");
    assertThat(norvia.type()).isEqualTo("GPE");
    assertThat(norvia.kbId()).isEqualTo("kb:norvia");
    assertThat(norvia.articles()).isEqualTo(2);
    assertThat(store.entityActors(id(country)).values()).containsOnly(id);
    assertThat(store.entityActors(id(demonym)).values()).containsOnly(id);
    assertThat(store.findActors("Norvish", 5)).extracting(ActorSummary::id).containsExactly(id);
    assertThat(store.actor("Norvia").orElseThrow().aliases()).contains("Norvia", "Norvish");
    assertThat(store.topActors(5)).extracting(ActorSummary::name).contains("Norvia").doesNotContain("Norvish");
  }

  @Test
  void storyLabelsNamingARenamedActorFollowItsNewNameAtOnce() {
    Analysis demonym = norvishArticle();
    store.put(demonym);
    long early = summary(demonym).story();
    assertThat(store.story(early).orElseThrow().story().label()).startsWith("Norvish");
    // a month later, another story names the country: the actor is renamed, and the first story's
    // label, written when it was "Norvish", follows although that story gains no article
    Fixture f = Fixture.article("Valley Post", "2026-03-10", "Norvia opens embassy in Kestrel",
        "Norvia opened an embassy in Kestrel on Tuesday. The ambassador presented her letters to the president.");
    f.entity("Norvia", EntityType.GPE, "kb:norvia", "country", List.of(), List.of());
    Analysis country = f.build();
    store.put(country);
    long later = summary(country).story();
    assertThat(later).isNotEqualTo(early);
    assertThat(store.story(early).orElseThrow().story().articles()).isEqualTo(1);
    assertThat(store.story(early).orElseThrow().story().label()).startsWith("Norvia").doesNotContain("Norvish");
    assertThat(store.story(later).orElseThrow().story().label()).startsWith("Norvia");
  }

  private ArticleSummary summary(Analysis a) {
    return store.list(0, 100).stream().filter(s -> s.id().equals(id(a))).findFirst().orElseThrow();
  }

  @Test
  void aRenamedActorIsFoundByItsNewNameWhenUnlinked() {
    store.put(norvishArticle());
    store.put(norviaArticle());
    long id = store.findActors("Norvia", 1).get(0).id();
    Fixture f = Fixture.article("Harbor Courier", "2026-02-04", "Ports reopen",
        "Ports in Norvia reopened on Wednesday after the grain protest ended.");
    f.entity("Norvia", EntityType.GPE);
    Analysis unlinked = f.build();
    store.put(unlinked);
    assertThat(store.entityActors(id(unlinked)).get(0)).isEqualTo(id);
  }

  @Test
  void aLinkedActorFirstSeenByTheCountryKeepsItsNameWhenTheDemonymFollows() {
    Analysis country = norviaArticle();
    store.put(country);
    store.put(norvishArticle());
    List<ActorSummary> found = store.findActors("Norvish", 5);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).name()).isEqualTo("Norvia");
    assertThat(found.get(0).type()).isEqualTo("GPE");
    assertThat(found.get(0).articles()).isEqualTo(2);
  }

  @Test
  void anUnlinkedDemonymStaysANationality() {
    Fixture f = Fixture.article("Valley Post", "2026-02-05", "Quorish fishermen protest",
        "Quorish fishermen protested in the harbour. Quorish boats stayed in port.");
    f.entity("Quorish", EntityType.NORP);
    store.put(f.build());
    Fixture g = Fixture.article("Meridian Wire", "2026-02-06", "Quoria opens harbour",
        "Quoria opened the harbour on Friday. Quorish boats sailed again.");
    g.entity("Quoria", EntityType.GPE);
    g.entity("Quorish", EntityType.NORP);
    store.put(g.build());
    ActorSummary quorish = store.findActors("Quorish", 1).get(0);
    assertThat(quorish.name()).isEqualTo("Quorish");
    assertThat(quorish.type()).isEqualTo("NORP");
    assertThat(quorish.articles()).isEqualTo(2);
    ActorSummary quoria = store.findActors("Quoria", 1).get(0);
    assertThat(quoria.type()).isEqualTo("GPE");
    assertThat(quoria.id()).isNotEqualTo(quorish.id());
  }

  @Test
  void looksUpAnArticlesSummaryAndTheActorsOfItsEntities() {
    putScenario();
    Analysis wire = Scenario.wire(false);
    Analysis copy = Scenario.wire(true);
    ArticleSummary s = store.summary(id(wire)).orElseThrow();
    assertThat(s.title()).isEqualTo(wire.article().title());
    assertThat(s.story()).isNotNull();
    assertThat(store.summary(id(copy)).orElseThrow().duplicateOf()).isEqualTo(id(wire));
    assertThat(store.summary("nope")).isEmpty();

    Map<Integer, Long> actors = store.entityActors(id(wire));
    long rostova = store.findActors("Anika Rostova", 1).get(0).id();
    assertThat(actors.get(0)).isEqualTo(rostova); // entity 0 of the wire is Anika Rostova
    assertThat(store.entityActors(id(copy)).get(0)).isEqualTo(rostova);
    assertThat(actors.get(1)).isNotEqualTo(rostova);
    assertThat(store.entityActors("nope")).isEmpty();
  }

  @Test
  void profilesAnActor() {
    putScenario();
    ActorProfile p = store.actor("Anika Rostova").orElseThrow();
    assertThat(p.aliases()).contains("Anika Rostova", "Rostova");
    assertThat(p.titles()).contains("Prime Minister");
    assertThat(p.roles()).anySatisfy(r -> {
      assertThat(r.role()).isEqualTo("head of government");
      assertThat(r.of()).isEqualTo("Veldora");
    });
    assertThat(p.events()).anySatisfy(e -> assertThat(e.action()).isEqualTo("meet"));
    assertThat(p.related()).extracting(ActorSummary::name).contains("Tomas Veld", "Kestrel");
    ActorProfile landau = store.actor("Piet Landau").orElseThrow();
    assertThat(landau.statements()).extracting(ClaimView::text)
        .contains("the ceasefire talks will resume in Kestrel next week");
    assertThat(landau.quotedBy()).extracting(q -> q.outlet()).containsExactlyInAnyOrder("Meridian Wire", "Valley Post");
    assertThat(store.actor("Zzyzx Nobody")).isEmpty();
  }

  @Test
  void buildsTimelines() {
    putScenario();
    List<TimelineEntry> t = store.timeline(TimelineQuery.ofActor("Rostova", 50));
    assertThat(t).isSortedAccordingTo((x, y) -> x.date().compareTo(y.date()));
    assertThat(t).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo("event");
      assertThat(e.text()).contains("meet").contains("Tomas Veld");
      assertThat(e.date()).isEqualTo(LocalDate.of(2026, 1, 5));
    });
    // the expected budget vote is placed on its due day, after the article reporting the vote
    assertThat(t.get(t.size() - 1).date()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(t.get(t.size() - 1).text()).contains("pass budget").contains("{expected}");
    assertThat(t).anySatisfy(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2026, 3, 30)));
    List<TimelineEntry> q = store.timeline(TimelineQuery.ofQuery("fuel taxes", 10));
    assertThat(q).extracting(e -> e.article().id()).containsExactly(id(Scenario.courier()), id(Scenario.poll()));
    long story = store.list(0, 1).get(0).story();
    List<TimelineEntry> st = store.timeline(TimelineQuery.ofStory(story, 50));
    assertThat(st).isNotEmpty();
    // a story's timeline lists each of its articles (with the events they report)
    assertThat(st.stream().filter(e -> e.kind().equals("article")).map(e -> e.article().id()).toList())
        .containsExactlyInAnyOrderElementsOf(store.story(story).orElseThrow().articles().stream()
            .map(ArticleSummary::id).toList());
    assertThatThrownBy(() -> new TimelineQuery("a", 1L, null, null, null, 5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void detectsCopiesAndClustersStories() {
    putScenario();
    Map<String, ArticleSummary> byId = store.list(0, 100).stream()
        .collect(Collectors.toMap(ArticleSummary::id, s -> s));
    ArticleSummary a = byId.get(id(Scenario.wire(false)));
    ArticleSummary b = byId.get(id(Scenario.wire(true)));
    assertThat(b.duplicateOf()).isEqualTo(a.id());
    assertThat(a.duplicateOf()).isNull();
    assertThat(b.story()).isEqualTo(a.story());
    assertThat(byId.get(id(Scenario.courier())).story()).isEqualTo(a.story());
    assertThat(byId.get(id(Scenario.sportsMiller())).story()).isNotEqualTo(a.story());
    assertThat(byId.get(id(Scenario.senatorMiller())).story())
        .isNotEqualTo(a.story()).isNotEqualTo(byId.get(id(Scenario.sportsMiller())).story());
    StoryView v = store.story(a.story()).orElseThrow();
    assertThat(v.articles()).extracting(ArticleSummary::id).contains(a.id(), b.id());
    assertThat(v.actors()).extracting(ActorSummary::name).contains("Anika Rostova");
    assertThat(v.story().label()).isNotBlank();
    assertThat(store.stories(1).get(0).id()).isEqualTo(a.story());
    assertThat(store.story(999_999)).isEmpty();
  }

  @Test
  void corroboratesOnlyFromIndependentSources() {
    putScenario();
    ClaimReport landau = store.claim(id(Scenario.wire(false)) + ":a1").orElseThrow();
    assertThat(landau.claim().source()).isEqualTo("Piet Landau");
    assertThat(landau.related()).anySatisfy(r -> {
      assertThat(r.relation()).isEqualTo(Relation.CORROBORATES);
      assertThat(r.other().article().id()).isEqualTo(id(Scenario.courier()));
      assertThat(r.other().anonymous()).isTrue();
    });
    // the wire copy says the same, but it is not an independent source
    assertThat(landau.related()).anySatisfy(r -> {
      assertThat(r.relation()).isEqualTo(Relation.REPEATS);
      assertThat(r.other().article().id()).isEqualTo(id(Scenario.wire(true)));
    });
    assertThat(landau.related()).noneSatisfy(r -> {
      assertThat(r.relation()).isEqualTo(Relation.CORROBORATES);
      assertThat(r.other().article().id()).isEqualTo(id(Scenario.wire(true)));
    });
    assertThat(store.corroborated(10)).isNotEmpty()
        .allSatisfy(r -> assertThat(r.count(Relation.CORROBORATES)).isPositive());
  }

  @Test
  void findsContradictionsWithBothSources() {
    putScenario();
    List<ClaimReport> c = store.contradictions(10);
    assertThat(c).anySatisfy(r -> {
      assertThat(r.claim().kind()).isEqualTo("figure");
      assertThat(r.related()).anySatisfy(x -> {
        assertThat(x.relation()).isEqualTo(Relation.CONTRADICTS);
        assertThat(x.why()).contains("48").contains("41");
      });
    });
    ClaimReport quist = store.claim(id(Scenario.courier()) + ":a1").orElseThrow();
    assertThat(quist.related()).singleElement().satisfies(x -> {
      assertThat(x.relation()).isEqualTo(Relation.CONTRADICTS);
      assertThat(x.other().source()).isEqualTo("Ivo Brandt");
    });
    assertThatThrownBy(() -> store.claim("garbage")).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.claim("abcdef:a99")).isEmpty();
  }

  @Test
  void listsSourcesOfAClaimAndAnonymousClaimsAndFigures() {
    putScenario();
    List<ClaimReport> s = store.sources("ceasefire talks resume", 10);
    assertThat(s).isNotEmpty();
    Set<String> sources = s.stream().flatMap(r -> java.util.stream.Stream.concat(java.util.stream.Stream.of(r.claim()),
        r.related().stream().map(x -> x.other()))).map(ClaimView::source).collect(Collectors.toSet());
    assertThat(sources).contains("Piet Landau", "Senior Veldoran officials");
    assertThat(store.anonymousClaims(10)).extracting(ClaimView::source)
        .contains("Senior Veldoran officials", "officials close to the prime minister")
        .doesNotContain("Piet Landau");
    List<FigureView> f = store.figures("approval", "%", 10);
    assertThat(f).extracting(FigureView::value).containsExactlyInAnyOrder(48.0, 48.0, 41.0);
    assertThat(f).allSatisfy(x -> assertThat(x.among()).isEqualTo("Veldorans"));
    assertThat(store.figures(null, "EUR", 10)).isEmpty();
  }

  @Test
  void tracksDeadlines() {
    putScenario();
    LocalDate feb = LocalDate.of(2026, 2, 1);
    List<Deadline> all = store.deadlines(new DeadlineQuery(EnumSet.allOf(Deadline.Status.class), feb, 50));
    // the wire copy repeats the same expectations; they are listed once, from the original
    assertThat(all).extracting(Deadline::what)
        .containsExactlyInAnyOrder("pass the budget", "the ceasefire talks will resume", "a general election");
    Map<String, Deadline> byWhat = all.stream().collect(Collectors.toMap(Deadline::what, d -> d));
    assertThat(byWhat.get("pass the budget").status()).isEqualTo(Deadline.Status.UPCOMING);
    assertThat(byWhat.get("pass the budget").dueTo()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(byWhat.get("the ceasefire talks will resume").status()).isEqualTo(Deadline.Status.OVERDUE);
    assertThat(byWhat.get("a general election").status()).isEqualTo(Deadline.Status.UPCOMING);
    assertThat(byWhat.get("a general election").dueFrom()).isEqualTo(LocalDate.of(2026, 10, 1));

    LocalDate april = LocalDate.of(2026, 4, 2);
    List<Deadline> resolved = store.deadlines(new DeadlineQuery(EnumSet.of(Deadline.Status.RESOLVED), april, 10));
    assertThat(resolved).singleElement().satisfies(d -> {
      assertThat(d.what()).isEqualTo("pass the budget");
      assertThat(d.resolvedBy().id()).isEqualTo(id(Scenario.budgetPassed()));
      assertThat(d.resolution()).contains("Parliament passed the budget");
      assertThat(d.consequence()).isEqualTo("the coalition could collapse");
    });
    assertThat(store.deadlines(new DeadlineQuery(EnumSet.of(Deadline.Status.OVERDUE), april, 10)))
        .extracting(Deadline::what).containsExactly("the ceasefire talks will resume");
  }

  @Test
  void readsTheFutureDatesOfArticlesWithTheirSentences() {
    putScenario();
    List<String> ids = Scenario.all().stream().map(StoreContractTest::id).toList();
    List<StatedTime> expected = new ArrayList<>();
    for (Analysis a : Scenario.all()) {
      for (TimeExpression t : a.layer(Layers.TIMES)) {
        if (t.relation() != TimeRelation.FUTURE || t.type() != TimeType.DATE) {
          continue;
        }
        String sentence = a.layer(Layers.SENTENCES).stream()
            .filter(s -> s.start() <= t.start() && t.end() <= s.end()).findFirst()
            .map(s -> a.text().substring(s.start(), s.end()).strip().replaceAll("\\s+", " "))
            .orElse(a.text().substring(t.start(), t.end()));
        expected.add(new StatedTime(id(a), t.value(), a.text().substring(t.start(), t.end()), sentence));
      }
    }
    assertThat(expected).as("the scenario has future dates to find").isNotEmpty();
    assertThat(store.futureDates(ids)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(store.futureDates(List.of(id(Scenario.all().get(0)), "no-such-article")))
        .allSatisfy(t -> assertThat(t.articleId()).isEqualTo(id(Scenario.all().get(0))));
    assertThat(store.futureDates(List.of())).isEmpty();
  }

  @Test
  void listsTheDeadlinesOfChosenArticles() {
    putScenario();
    LocalDate feb = LocalDate.of(2026, 2, 1);
    DeadlineQuery every = new DeadlineQuery(EnumSet.allOf(Deadline.Status.class), feb, 50);
    List<Deadline> all = store.deadlines(every);
    Set<String> stating = all.stream().map(d -> d.article().id()).collect(Collectors.toSet());
    assertThat(all).isNotEmpty();
    List<String> silent = Scenario.all().stream().map(StoreContractTest::id)
        .filter(id -> !stating.contains(id)).toList();
    assertThat(silent).as("articles stating no expectation").isNotEmpty();
    assertThat(store.deadlines(every.inArticles(Set.copyOf(silent)))).isEmpty();
    for (String article : stating) {
      List<Deadline> one = store.deadlines(every.inArticles(Set.of(article)));
      assertThat(one).isNotEmpty()
          .containsExactlyElementsOf(all.stream().filter(d -> d.article().id().equals(article)).toList());
    }
    assertThat(store.deadlines(every.inArticles(Set.of()))).isEmpty();
    assertThat(store.deadlines(every.inArticles(Set.of("no-such-article")))).isEmpty();
  }

  @Test
  void resolutionDoesNotDependOnIngestOrder() throws Exception {
    List<Analysis> reversed = new ArrayList<>(Scenario.all());
    java.util.Collections.reverse(reversed);
    for (Analysis a : reversed) {
      store.put(a);
    }
    List<Deadline> resolved = store.deadlines(
        new DeadlineQuery(EnumSet.of(Deadline.Status.RESOLVED), LocalDate.of(2026, 4, 2), 10));
    assertThat(resolved).extracting(Deadline::what).contains("pass the budget");
    ClaimReport landau = store.claim(id(Scenario.wire(false)) + ":a1").orElseThrow();
    assertThat(landau.count(Relation.CORROBORATES)).isPositive();
  }

  @Test
  void aFigureOfTheSamePollIsTheNamedPollsClaim() {
    String text = "A Northway Polling survey found 48% approval of the government among Veldorans. "
        + "The same survey found that 30% expect an early election.";
    Fixture f = Fixture.article("Meridian Wire", "2026-01-09", "Poll on the election", text);
    int northway = f.entity("Northway Polling", EntityType.ORG, null, "pollster", List.of(), List.of());
    int named = f.attribution("A Northway Polling survey", northway, SourceKind.POLL_OR_DOCUMENT, false, "found", "find",
        "48% approval of the government among Veldorans");
    int same = f.attribution("The same survey", null, SourceKind.POLL_OR_DOCUMENT, false, "found that", "find",
        "30% expect an early election");
    f.figure("48%", 48, "%", "approval", "the government", "Veldorans", named, northway);
    f.figure("30%", 30, "%", "expect", null, null, same, northway); // the figure stage's reading of "the same survey"
    store.put(f.build());
    assertThat(store.figures("expect", "%", 10)).singleElement()
        .satisfies(x -> assertThat(x.source()).isEqualTo("Northway Polling"));
    assertThat(store.figures("approval", "%", 10)).singleElement()
        .satisfies(x -> assertThat(x.source()).isEqualTo("A Northway Polling survey"));
  }

  @Test
  void rejectsUseAfterClose() {
    store.close();
    assertThatThrownBy(() -> store.count()).isInstanceOf(StoreException.class).hasMessageContaining("closed");
    store = null;
  }
}
