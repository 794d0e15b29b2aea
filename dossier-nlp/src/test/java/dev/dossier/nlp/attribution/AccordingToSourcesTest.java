package dev.dossier.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Attribution;
import dev.dossier.model.Layers;
import dev.dossier.model.Origin;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Source spans and kinds: after "according to", ", a diplomat said.", bodies named by a noun. */
class AccordingToSourcesTest {

  private static final Pipeline PIPELINE = StandardPipeline.create();

  private static List<Attribution> attributions(String text) {
    Analysis a = PIPELINE.analyze(Article.builder().text(text).origin(Origin.file("test", "text")).build());
    return a.layer(Layers.ATTRIBUTIONS);
  }

  @Test
  void aLongSourceEndsBeforeItsRelativeClause() {
    List<Attribution> as = attributions("The ferry contract will be signed next month, according to three officials "
        + "familiar with the port authority's plans who asked not to be named because talks continue.");
    assertThat(as).filteredOn(a -> a.cue().text().equals("according to")).singleElement()
        .satisfies(a -> assertThat(a.source().text())
            .isEqualTo("three officials familiar with the port authority's plans"));
  }

  @Test
  void aShortSourceRunsToTheEndOfTheSentence() {
    List<Attribution> as = attributions("The ferry contract will be signed next month, according to a report by "
        + "the port authority's finance committee.");
    assertThat(as).filteredOn(a -> a.cue().text().equals("according to")).singleElement()
        .satisfies(a -> assertThat(a.source().text()).isEqualTo("a report by the port authority's finance committee"));
  }

  @Test
  void aSourceClosingTheSentenceSaysAllBeforeItsComma() {
    List<Attribution> as = attributions("A second ferry is expected next spring, and the port has set aside money "
        + "for its crew, a council member said.");
    assertThat(as).filteredOn(a -> a.cue().text().equals("said")).singleElement()
        .satisfies(a -> assertThat(a.content().text())
            .isEqualTo("A second ferry is expected next spring, and the port has set aside money for its crew"));
  }

  @Test
  void aBodyNamedByANounIsNoAnonymousSource() {
    List<Attribution> as = attributions("The union said on Monday that the dock strike would continue. "
        + "The ministry said the talks would resume. Officials said the port would stay closed.");
    assertThat(as).extracting(a -> a.source().text(), Attribution::sourceKind, Attribution::anonymous)
        .contains(org.assertj.core.groups.Tuple.tuple("The union", dev.dossier.model.SourceKind.ORGANIZATION, false),
            org.assertj.core.groups.Tuple.tuple("The ministry", dev.dossier.model.SourceKind.GOVERNMENT, false),
            org.assertj.core.groups.Tuple.tuple("Officials", dev.dossier.model.SourceKind.ANONYMOUS, true));
  }
}
