package dev.dossier.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

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

class SourceKindsTest {

  private static final Pipeline PIPELINE = StandardPipeline.create();

  private static Attribution bySource(String text, String source) {
    Analysis a = PIPELINE.analyze(Article.builder().text(text).origin(Origin.file("test", "text")).build());
    List<Attribution> all = a.layer(Layers.ATTRIBUTIONS);
    return all.stream().filter(x -> x.source() != null && x.source().text().equals(source)).findFirst()
        .orElseThrow(() -> new AssertionError(source + " not in " + all));
  }

  @Test
  void aPercentageSaidIsThePollNotUnnamedPeople() {
    Attribution a = bySource("In a harbour board survey of 640 residents taken May 2-3, 58% said they would "
        + "use the new ferry, while 30% said the old one was enough.", "58%");
    assertThat(a.sourceKind()).isEqualTo(SourceKind.POLL_OR_DOCUMENT);
    assertThat(a.anonymous()).isFalse();
  }

  @Test
  void aPersonsOfficeIsNoPersonAndNoUnnamedSource() {
    Attribution a = bySource("Mayor Anna Berg visited the harbour on Monday. Her office said the ferry "
        + "would run again in June.", "Her office");
    assertThat(a.sourceKind()).isNotEqualTo(SourceKind.PERSON);
    assertThat(a.sourceKind()).isNotEqualTo(SourceKind.ANONYMOUS);
  }
}
