package dev.dossier.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Origin;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.attribution.AttributionAssembler.Run;
import dev.dossier.nlp.pipeline.Pipeline;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** "X is expected to Y": the content is the raised subject and the infinitive together. */
class RaisedSubjectTest {

  private static final Pipeline PIPELINE = StandardPipeline.upToEntities();

  private static AttributionInput input(String text) {
    Analysis a = PIPELINE.analyze(Article.builder().text(text).origin(Origin.file("test", "text")).build());
    return AttributionInput.of(a);
  }

  private static int index(AttributionInput in, String word) {
    int i = Arrays.asList(in.word).indexOf(word);
    assertThat(i).as(word).isNotNegative();
    return i;
  }

  private static String text(AttributionInput in, Run r) {
    return in.text.substring(in.tokens.get(r.from()).start(), in.tokens.get(r.to() - 1).end());
  }

  @Test
  void theSubjectAndTheInfinitiveAreOneContent() {
    AttributionInput in = input("The harbor board met on Tuesday. The mayor is expected to sign the new ferry "
        + "contract next month, while the unions are still studying it.");
    int is = index(in, "is");
    Run cue = new Run(AttributionLabels.CUE, is, is + 2);
    Run subject = new Run(AttributionLabels.CONTENT, is - 2, is);
    Run content = ClauseContents.raisedSubject(in, cue, subject);
    assertThat(content).isNotNull();
    assertThat(text(in, content)).isEqualTo("The mayor is expected to sign the new ferry contract next month");
  }

  @Test
  void onlyANounPhraseBeforeAPassiveOfExpectingBeforeAnInfinitive() {
    AttributionInput in = input("The mayor is expected at the ferry terminal on Friday.");
    int is = index(in, "is");
    Run cue = new Run(AttributionLabels.CUE, is, is + 2);
    assertThat(ClauseContents.raisedSubject(in, cue, new Run(AttributionLabels.CONTENT, is - 2, is))).isNull();
    AttributionInput clause = input("They support the changes lawmakers are expected to consider.");
    int are = index(clause, "are");
    Run cue2 = new Run(AttributionLabels.CUE, are, are + 2);
    assertThat(ClauseContents.raisedSubject(clause, cue2, new Run(AttributionLabels.CONTENT, 0, are))).isNull();
    assertThat(ClauseContents.raisedSubject(clause, cue2, new Run(AttributionLabels.CONTENT, are - 1, are))).isNotNull();
  }
}
