package dev.dossier.nlp.time;

import dev.dossier.model.Analysis;
import dev.dossier.model.Extent;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.model.Published;
import dev.dossier.model.TimeExpression;
import dev.dossier.nlp.pipeline.Stage;
import dev.dossier.nlp.time.Meaning.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Provides the {@code times} layer: every time expression with its TIMEX3 type and value anchored
 * on the article's publication date, and whether it is past, present or future. Reads tokens and
 * sentences; uses part-of-speech tags when the tokens carry them (to tell the tense of the verb
 * that decides which Friday "Friday" is) and word cues otherwise.
 *
 * <p>Immutable and thread-safe: the grammar and lexicon are built once; each call keeps its
 * discourse state (the time last mentioned, the reporting period) on its own stack.
 */
public final class TimesStage implements Stage {

  /** The stage name recorded on every time expression. */
  public static final String NAME = "times";

  private final TimeGrammar grammar = new TimeGrammar();
  private final TimeResolver resolver = new TimeResolver();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String version() {
    return "1";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.TIMES);
  }

  @Override
  public Analysis apply(Analysis in) {
    Published published = in.article().published();
    return in.with(Layers.TIMES, times(in, published == null ? null : published.anchorDate()));
  }

  /**
   * The time expressions of an analysis that has tokens, anchored on {@code dct}.
   *
   * @param dct the date relative expressions are anchored on, or null for none
   */
  public List<TimeExpression> times(Analysis in, LocalDate dct) {
    String text = in.text();
    Words w = Words.of(in.layer(Layers.TOKENS));
    List<TimeGrammar.Match> matches = grammar.scan(w);
    List<TimeExpression> out = new ArrayList<>(matches.size());
    TimeResolver.Discourse discourse = new TimeResolver.Discourse(dct);
    for (TimeGrammar.Match m : matches) {
      int sentence = w.sentence(m.from());
      discourse.sentence = sentence;
      int lo = m.from();
      while (lo > 0 && w.sentence(lo - 1) == sentence) {
        lo--;
      }
      int hi = m.to();
      while (hi < w.size() && w.sentence(hi) == sentence) {
        hi++;
      }
      int slo = lo;
      int shi = hi;
      Tense[] memo = new Tense[1];
      TimeResolver.Result r = resolver.resolve(m.meaning(), discourse, () -> {
        if (memo[0] == null) {
          memo[0] = Tense.of(w, m.from(), m.to(), slo, shi);
        }
        return memo[0];
      });
      if (r == null) {
        continue;
      }
      int start = w.start(m.from());
      int end = w.end(m.to() - 1);
      Extent b = null;
      Extent e = null;
      if (m.meaning().kind == Kind.RANGE) {
        Meaning mm = m.meaning();
        b = Extent.of(text, w.start(mm.beginFrom), w.end(mm.beginTo - 1));
        e = Extent.of(text, w.start(mm.endFrom), w.end(mm.endTo - 1));
      }
      out.add(new TimeExpression(start, end, text.substring(start, end), r.type(), r.value(),
          r.rangeBegin(), r.rangeEnd(), r.mod(), r.relation(), NAME, b, e, r.anchor()));
    }
    return out;
  }
}
