package dev.dossier.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Attribution;
import dev.dossier.model.Layers;
import dev.dossier.model.Origin;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.attribution.AttributionAssembler.Run;
import dev.dossier.nlp.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceRepairsTest {

  private static final Pipeline PIPELINE = StandardPipeline.create();

  private static Analysis analyse(String text) {
    return PIPELINE.analyze(Article.builder().text(text).origin(Origin.file("test", "text")).build());
  }

  /** The tokens {@code [from, to)} where {@code words} (space-separated token texts) first occur. */
  private static Run run(AttributionInput in, int kind, String words) {
    String[] w = words.split(" ");
    for (int i = 0; i + w.length <= in.size(); i++) {
      boolean match = true;
      for (int k = 0; k < w.length && match; k++) {
        match = in.word[i + k].equals(w[k]);
      }
      if (match) {
        return new Run(kind, i, i + w.length);
      }
    }
    throw new AssertionError("no '" + words + "' in " + String.join(" ", in.word));
  }

  private static String text(AttributionInput in, Run r) {
    return in.text.substring(in.tokens.get(r.from()).start(), in.tokens.get(r.to() - 1).end());
  }

  @Test
  void theSubjectBeforeAParentheticalIsTheSource() {
    AttributionInput in = AttributionInput.of(
        analyse("Maria Lopez, speaking to reporters in Boston on Tuesday, said the plan would fail."));
    Run cue = run(in, AttributionLabels.CUE, "said");
    Run found = SourceRepairs.beforeParenthetical(in, cue, null);
    assertNotNull(found);
    assertEquals("Maria Lopez", text(in, found));
    Run inside = run(in, AttributionLabels.SOURCE, "reporters");
    assertEquals("Maria Lopez", text(in, SourceRepairs.beforeParenthetical(in, cue, inside)));
    Run after = run(in, AttributionLabels.SOURCE, "the plan");
    assertSame(after, SourceRepairs.beforeParenthetical(in, cue, after));
  }

  @Test
  void anAppositiveOrAClauseWithoutACommaIsNoParenthetical() {
    AttributionInput in = AttributionInput.of(analyse("The senator from Ohio said the plan would fail."));
    assertNull(SourceRepairs.beforeParenthetical(in, run(in, AttributionLabels.CUE, "said"), null));
  }

  @Test
  void aPassiveCueOfJudgingHasNoSourceBeforeIt() {
    AttributionInput in = AttributionInput.of(analyse("The mayor was accused of hiding the cost of the stadium."));
    Run cue = run(in, AttributionLabels.CUE, "was accused of");
    Run subject = run(in, AttributionLabels.SOURCE, "The mayor");
    assertTrue(SourceRepairs.passiveWithoutAgent(in, cue));
    assertNull(SourceRepairs.passiveSubject(in, cue, subject));
  }

  @Test
  void whatWasAnnouncedIsNoSource() {
    AttributionInput in = AttributionInput.of(
        analyse("Talks are planned for later this month, although no date has been announced."));
    Run cue = run(in, AttributionLabels.CUE, "has been announced");
    Run subject = run(in, AttributionLabels.SOURCE, "no date");
    assertTrue(SourceRepairs.passiveWithoutAgent(in, cue));
    assertNull(SourceRepairs.passiveSubject(in, cue, subject));
  }

  @Test
  void aPassiveWithAnAgentOrOfFeelingKeepsItsSubject() {
    AttributionInput agent = AttributionInput.of(analyse("The mayor was accused by the council of hiding the cost."));
    assertTrue(!SourceRepairs.passiveWithoutAgent(agent, run(agent, AttributionLabels.CUE, "was accused")));
    AttributionInput feeling = AttributionInput.of(analyse("The mayor was worried about the cost of the stadium."));
    Run cue = run(feeling, AttributionLabels.CUE, "was worried about");
    Run subject = run(feeling, AttributionLabels.SOURCE, "The mayor");
    assertSame(subject, SourceRepairs.passiveSubject(feeling, cue, subject));
  }

  @Test
  void aSecondCoordinatedVerbSharesTheFirstOnesSource() {
    AttributionInput in = AttributionInput.of(
        analyse("Senator Jane Parker has sharply criticized the trade deal and called for new tariffs on steel."));
    Run first = run(in, AttributionLabels.CUE, "has sharply criticized");
    Run source = run(in, AttributionLabels.SOURCE, "Senator Jane Parker");
    Run content = run(in, AttributionLabels.CONTENT, "the trade deal");
    Run second = run(in, AttributionLabels.CUE, "called for");
    assertSame(source, SourceRepairs.sharedSubject(in, second, first, source, content));
    Run wide = run(in, AttributionLabels.CONTENT, "the trade deal and called for new tariffs");
    assertNull(SourceRepairs.sharedSubject(in, second, first, source, wide));
  }

  @Test
  void peopleNamedBeforeAPrepositionAreNoCue() {
    // the demo article's opening sentence (demo/articles/2025-12-30-eastgate-cairo-round.html)
    Analysis a = analyse("Negotiators for Israel and Hamas will meet Egyptian, Qatari and American mediators in Cairo on"
        + " 12 January to begin work on the second phase of the Gaza ceasefire, the White House said in a statement"
        + " on Tuesday.");
    List<Attribution> as = a.layer(Layers.ATTRIBUTIONS);
    assertTrue(as.stream().noneMatch(x -> x.cue().text().startsWith("Negotiators")), as.toString());
    assertTrue(as.stream().anyMatch(x -> x.cue().text().startsWith("said")), as.toString());
  }

  private static int appositive(AttributionInput in, String source) {
    Run r = run(in, AttributionLabels.SOURCE, source);
    return SourceRepairs.appositiveName(in, r, AttributionAssembler.head(in, r));
  }

  @Test
  void aNameInAppositionToADescriptionIsFound() {
    AttributionInput in = AttributionInput.of(analyse("The union leader, Maria Lopez, said the strike would end."));
    assertEquals("Lopez", in.word[appositive(in, "The union leader , Maria Lopez ,")]);
  }

  @Test
  void aNameThatOpensTheSourceOrFollowsAPrepositionIsNoAppositive() {
    AttributionInput first = AttributionInput.of(analyse("Maria Lopez, the union leader, said the strike would end."));
    assertEquals(-1, appositive(first, "Maria Lopez , the union leader ,"));
    AttributionInput of = AttributionInput.of(analyse("A spokesman for Globex Corporation said the plant would close."));
    assertEquals(-1, appositive(of, "A spokesman for Globex Corporation"));
    AttributionInput list = AttributionInput.of(
        analyse("Workers who joined the strike, Maria Lopez, said the strike would end."));
    assertEquals(-1, appositive(list, "Workers who joined the strike , Maria Lopez ,"));
  }
}
