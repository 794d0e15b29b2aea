package dev.dossier.nlp.time.timeml;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Layers;
import dev.dossier.model.Origin;
import dev.dossier.model.Published;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.nlp.pipeline.Stage;
import dev.dossier.nlp.time.TimesStage;
import java.util.List;
import java.util.function.Consumer;

/**
 * Tags {@link TimeMlDocument}s with Dossier's times: the standard pipeline's tokenising stages
 * (tokens, sentences and, when the pipeline has it, part of speech) and then the times stage,
 * anchored on the document creation time. Thread-safe; build once, the models load here.
 */
public final class TimeMlTagger {

  private final Pipeline pipeline;

  public TimeMlTagger() {
    Pipeline.Builder b = Pipeline.builder();
    for (Stage s : StandardPipeline.create().stages()) {
      if (s.name().equals(TimesStage.NAME)) {
        break;
      }
      if (s.provides().contains(Layers.TOKENS) || s.provides().contains(Layers.SENTENCES)) {
        b.add(s);
      }
    }
    pipeline = b.add(new TimesStage()).build();
  }

  /**
   * The TIMEX3 tags for {@code doc}.
   *
   * @param source names the document in errors
   * @param warnings receives a message when the creation time is missing or unreadable (the
   *     times are then left unanchored)
   */
  public List<TimeMlWriter.Tag> tag(TimeMlDocument doc, String source, Consumer<String> warnings) {
    Article.Builder b = Article.builder().text(doc.text()).origin(Origin.file(source, "timeml"));
    if (doc.dctValue() == null || doc.dctValue().isBlank()) {
      warnings.accept("no document creation time; relative times stay unanchored");
    } else {
      try {
        b.published(Published.parse(doc.dctValue()));
      } catch (IllegalArgumentException e) {
        warnings.accept("creation time " + e.getMessage() + "; relative times stay unanchored");
      }
    }
    Analysis a = pipeline.analyze(b.build());
    return TimeMlWriter.tags(a.layer(Layers.TIMES));
  }
}
