package dev.dossier.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Attribution;
import dev.dossier.model.Layers;
import dev.dossier.model.Origin;
import dev.dossier.model.SourceKind;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionStageTest {

  private static final Pipeline PIPELINE = StandardPipeline.create();

  private static Analysis analyse(String text) {
    return PIPELINE.analyze(Article.builder().text(text).origin(Origin.file("test", "text")).build());
  }

  private static Attribution withCue(List<Attribution> as, String cue) {
    return as.stream().filter(a -> a.cue().text().equals(cue)).findFirst()
        .orElseThrow(() -> new AssertionError("no attribution with cue '" + cue + "' in " + as));
  }

  @Test
  void namedOutletWithAccordingTo() {
    Analysis a = analyse("According to Reuters, the talks between the two governments collapsed on Monday.");
    Attribution at = withCue(a.layer(Layers.ATTRIBUTIONS), "According to");
    assertNotNull(at.source());
    assertEquals("Reuters", at.source().text());
    assertTrue(at.content().text().contains("talks"), at.content().text());
    assertEquals(a.text().substring(at.cue().start(), at.cue().end()), at.cue().text());
    assertEquals("attribution", at.stage());
  }

  @Test
  void aSubjectBeforeADocumentPhraseSpeaksForEveryCoordinatedVerb() {
    Analysis a = analyse("The union, in a statement released in London, said the strike would go ahead "
        + "but accused the employer of delay, and said no new offer had been made.");
    List<Attribution> as = a.layer(Layers.ATTRIBUTIONS);
    assertTrue(as.size() >= 2, as.toString());
    for (Attribution at : as) {
      assertNotNull(at.source(), at.toString());
      assertEquals("The union", at.source().text(), at.cue().text());
    }
  }

  @Test
  void anonymousOfficialsWithAffiliation() {
    Analysis a = analyse("Senior officials said that the negotiations would resume next month.\n\n"
        + "French diplomats said the proposal was unacceptable.");
    List<Attribution> as = a.layer(Layers.ATTRIBUTIONS);
    Attribution first = as.get(0);
    assertEquals("said", first.cue().text());
    assertEquals(SourceKind.ANONYMOUS, first.sourceKind());
    assertTrue(first.anonymous());
    assertTrue(first.content().text().contains("negotiations"), first.content().text());
    Attribution second = as.get(1);
    assertTrue(second.anonymous());
    assertEquals("French", second.affiliation());
  }

  @Test
  void quotationsSignedWithADash() {
    Analysis a = analyse("\u201cWe need better schools for our children.\u201d \u2015 Maria Lopez\n"
        + "\u201cTaxes are far too high, and nobody listens.\u201d\u2015 John R. Smith\n");
    List<Attribution> as = a.layer(Layers.ATTRIBUTIONS);
    Attribution first = withCue(as, "\u2015");
    assertEquals("Maria Lopez", first.source().text());
    assertEquals("\u201cWe need better schools for our children.\u201d", first.content().text());
    assertTrue(first.direct());
    Attribution second = as.stream().filter(x -> x.source() != null && x.source().text().equals("John R. Smith"))
        .findFirst().orElseThrow(() -> new AssertionError(as.toString()));
    assertEquals("\u2015", second.cue().text());
    assertTrue(second.content().text().startsWith("\u201cTaxes are far too high"), second.content().text());
  }

  @Test
  void aSpeakerAndAColonOpeningAParagraphAreAnAttribution() {
    Analysis a = analyse("Partial transcript as follows:\n\n"
        + "\"WALLACE: Let us start with the debate on Monday night and what happened there.\n\n"
        + "UPDATE: The meeting was moved to Friday afternoon at the request of the mayor.\n");
    List<Attribution> as = a.layer(Layers.ATTRIBUTIONS);
    Attribution speaker = as.stream().filter(x -> x.source() != null && x.source().text().equals("WALLACE"))
        .findFirst().orElseThrow(() -> new AssertionError(as.toString()));
    assertEquals(":", speaker.cue().text());
    assertTrue(speaker.content().text().startsWith("Let us start with the debate"), speaker.content().text());
    assertTrue(as.stream().noneMatch(x -> x.source() != null && x.source().text().equals("UPDATE")), as.toString());
  }

  @Test
  void aNameAfterAnInvertedCueIsItsSource() {
    Analysis a = analyse("The flooding in the valley has been building for years.\n\n"
        + "However the storms on their own are not likely to change the price of grain, noted the Ledger\u2019s Maria Okafor.\n");
    Attribution noted = withCue(a.layer(Layers.ATTRIBUTIONS), "noted");
    assertNotNull(noted.source(), noted.toString());
    assertEquals("the Ledger\u2019s Maria Okafor", noted.source().text());
    assertTrue(noted.content().text().startsWith("However the storms"), noted.content().text());
  }

  @Test
  void aVerbOfSayingAndAColonEndingAParagraphLeadIntoTheNext() {
    Analysis a = analyse("\u201cThe plan is a disgrace,\u201d she said on Tuesday.\n\n"
        + "The governor added:\n\n"
        + "It is typical of the council. They know nothing about the budget, and the spending never stops.\n");
    Attribution added = withCue(a.layer(Layers.ATTRIBUTIONS), "added:");
    assertNotNull(added.source(), added.toString());
    assertEquals("The governor", added.source().text());
    assertTrue(added.content().text().startsWith("It is typical of the council."), added.content().text());
    assertTrue(added.content().text().endsWith("never stops."), added.content().text());
  }

  @Test
  void inBeforeAPollAttributesTheFindingToThePoll() {
    Analysis a = analyse("The race has tightened since the summer.\n\n"
        + "In the latest Marist poll, the governor took just 6 percent of the vote among likely voters.\n");
    Attribution in = withCue(a.layer(Layers.ATTRIBUTIONS), "In");
    assertNotNull(in.source(), in.toString());
    assertEquals("the latest Marist poll", in.source().text());
    assertEquals(SourceKind.POLL_OR_DOCUMENT, in.sourceKind());
    assertTrue(in.content().text().startsWith("the governor took"), in.content().text());
  }

  @Test
  void anOpeningPollPhraseTheTaggerReadAsASourceAttributesTheClauseToThePoll() {
    Analysis a = analyse("The ferry debate has divided the island.\n\n"
        + "In a Harbor Gazette poll released Monday, 48 percent of residents said they wanted a new ferry.\n");
    List<Attribution> as = a.layer(Layers.ATTRIBUTIONS);
    Attribution in = withCue(as, "In");
    assertNotNull(in.source(), in.toString());
    assertEquals("a Harbor Gazette poll released Monday", in.source().text());
    assertTrue(in.content().text().startsWith("48 percent of residents said"), in.content().text());
    assertTrue(as.stream().noneMatch(x -> x.source() != null && x.source().text().contains("Gazette")
        && x.cue().text().equals("said")), as.toString());
  }

  @Test
  void pollCitedByAnOutletIsOneAttributionWithARelay() {
    Analysis a = analyse("A new Pew survey cited by the newspaper showed 58% support for the measure among voters.");
    List<Attribution> as = a.layer(Layers.ATTRIBUTIONS);
    Attribution poll = withCue(as, "showed");
    assertEquals("A new Pew survey", poll.source().text());
    assertEquals(SourceKind.POLL_OR_DOCUMENT, poll.sourceKind());
    assertNotNull(poll.relay());
    assertEquals("the newspaper", poll.relay().text());
    assertTrue(as.stream().noneMatch(x -> x.cue().text().startsWith("cited")), as.toString());
  }

  @Test
  void offsetsPointIntoTheText() {
    Analysis a = analyse("\"We will not give up,\" the minister told reporters. Critics say the plan is too costly.");
    for (Attribution at : a.layer(Layers.ATTRIBUTIONS)) {
      assertEquals(a.text().substring(at.content().start(), at.content().end()), at.content().text());
      assertTrue(at.start() <= at.cue().start() && at.cue().end() <= at.end());
    }
    assertTrue(a.layer(Layers.ATTRIBUTIONS).size() >= 2, a.layer(Layers.ATTRIBUTIONS).toString());
  }

  private static String entityName(Analysis a, Attribution at) {
    assertNotNull(at.sourceEntity(), at.toString());
    return a.layer(Layers.ENTITIES).get(at.sourceEntity()).name();
  }

  @Test
  void aPersonNamedInAppositionAfterADescriptionIsTheSource() {
    Analysis a = analyse("The union leader, Maria Lopez, said the strike would end on Friday.");
    Attribution at = withCue(a.layer(Layers.ATTRIBUTIONS), "said");
    assertEquals("The union leader, Maria Lopez,", at.source().text());
    assertEquals(SourceKind.PERSON, at.sourceKind());
    assertTrue(!at.anonymous(), at.toString());
    assertEquals("Maria Lopez", entityName(a, at));
  }

  @Test
  void aPersonNamedAfterACompanysTitleIsTheSourceNotTheCompany() {
    Analysis a = analyse("The Globex Corporation finance director, Peter Novak, said sales would fall next year.");
    Attribution at = withCue(a.layer(Layers.ATTRIBUTIONS), "said");
    assertEquals(SourceKind.PERSON, at.sourceKind(), at.toString());
    assertEquals("Peter Novak", entityName(a, at));
  }

  @Test
  void aNameAfterItsDescriptionWithoutACommaIsTheSource() {
    Analysis a = analyse("US research think-tank Harwell Institute said most patients waited too long.");
    Attribution at = withCue(a.layer(Layers.ATTRIBUTIONS), "said");
    assertEquals(SourceKind.ORGANIZATION, at.sourceKind(), at.toString());
    assertTrue(!at.anonymous(), at.toString());
    assertEquals("Harwell Institute", entityName(a, at));
  }

  @Test
  void aReportNamingItsAuthorInAppositionStaysADocument() {
    Analysis a = analyse("The latest report, Harwell Institute, found most patients waited too long.");
    Attribution at = withCue(a.layer(Layers.ATTRIBUTIONS), "found");
    assertEquals(SourceKind.POLL_OR_DOCUMENT, at.sourceKind(), at.toString());
  }

  @Test
  void aNameFollowedByItsDescriptionStaysTheSource() {
    Analysis a = analyse("Maria Lopez, the union leader, said the strike would end on Friday.");
    Attribution at = withCue(a.layer(Layers.ATTRIBUTIONS), "said");
    assertEquals(SourceKind.PERSON, at.sourceKind(), at.toString());
    assertEquals("Maria Lopez", entityName(a, at));
  }
}
