package dev.dossier.nlp.expectation;

import dev.dossier.model.Actor;
import dev.dossier.model.Analysis;
import dev.dossier.model.Attribution;
import dev.dossier.model.Event;
import dev.dossier.model.Expectation;
import dev.dossier.model.Extent;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.model.Mention;
import dev.dossier.model.Sentence;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.TimeRelation;
import dev.dossier.model.TimeType;
import dev.dossier.model.Token;
import dev.dossier.nlp.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Provides the {@code expectations} layer: forward-looking statements found by {@link
 * ExpectationPatterns} (scheduled events, deadlines, expected actions, possible outcomes), each with
 * what is expected and its normalised head, the due date (the first time expression of the item
 * that is not in the past, by index in the {@code times} layer and its TIMEX3 value), the
 * condition, the consequence and its normalised outcome, the content and its items, who expects it
 * (the source of the smallest attribution whose content holds it, else the subject of "fear" or
 * "expect"), the hedge words and the modality (expected, possible, conditional).
 *
 * <p>When an {@code events} layer is present (a stage that provides it ran earlier), each
 * expectation is linked to the first event whose trigger lies in what it expects; the stage does
 * not require that layer. Immutable; thread-safe.
 */
public final class ExpectationStage implements Stage {

  public static final String NAME = "expectations";

  private final ExpectationPatterns patterns = new ExpectationPatterns();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS, Layers.TIMES, Layers.ATTRIBUTIONS);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.EXPECTATIONS);
  }

  @Override
  public Analysis apply(Analysis in) {
    List<Token> tokens = in.layer(Layers.TOKENS);
    List<TimeExpression> times = in.layer(Layers.TIMES);
    List<Expectation> out = new ArrayList<>();
    for (Sentence s : in.layer(Layers.SENTENCES)) {
      if (s.tokenEnd() <= s.tokenStart()) {
        continue;
      }
      List<TimeExpression> here = new ArrayList<>();
      for (TimeExpression t : times) {
        if (t.start() < s.end() && s.start() < t.end()) {
          here.add(t);
        }
      }
      Words w = new Words(tokens, s.tokenStart(), s.tokenEnd(), here);
      for (Found f : patterns.find(w)) {
        out.add(build(in, w, f));
      }
    }
    return in.with(Layers.EXPECTATIONS, out);
  }

  private Expectation build(Analysis in, Words w, Found f) {
    String text = in.text();
    Extent what = extent(text, w, f.what);
    Integer time = dueTime(in.layer(Layers.TIMES), w, f);
    String due = time == null ? null : in.layer(Layers.TIMES).get(time).value();
    return new Expectation(w.start(f.statement[0]), w.end(f.statement[1]), what, f.kind, due, time,
        extent(text, w, f.condition), extent(text, w, f.consequence), expectedBy(in, w, f, what),
        extent(text, w, f.hedge), f.modality, event(in, what), NAME, Heads.head(w, f),
        Heads.outcome(w, f.consequence), extent(text, w, f.content), Heads.items(w, f.content));
  }

  private static Extent extent(String text, Words w, int[] r) {
    return r == null || r[1] <= r[0] ? null : Extent.of(text, w.start(r[0]), w.end(r[1]));
  }

  /** The first time that is not past: in the due position, else in what is expected, else in the statement. */
  private static Integer dueTime(List<TimeExpression> times, Words w, Found f) {
    for (int[] r : new int[][] {f.dueAt, f.what, f.statement}) {
      if (r == null || r[1] <= r[0]) {
        continue;
      }
      int s = w.start(r[0]);
      int e = w.end(r[1]);
      for (int k = 0; k < times.size(); k++) {
        TimeExpression t = times.get(k);
        if (s <= t.start() && t.end() <= e && t.relation() != TimeRelation.PAST
            && !t.value().equals("PRESENT_REF") && t.type() != TimeType.SET) {
          return k;
        }
      }
    }
    return null;
  }

  /** The source of the smallest attribution holding what is expected; else whoever fears or expects it. */
  private static Actor expectedBy(Analysis in, Words w, Found f, Extent what) {
    List<Attribution> as = in.layer(Layers.ATTRIBUTIONS);
    Attribution best = null;
    for (Attribution a : as) {
      if (a.source() != null && a.content().contains(what) && !a.source().overlaps(what) && plausibleCue(a)
          && (best == null || a.content().length() < best.content().length())) {
        best = a;
      }
    }
    if (best != null) {
      return new Actor(best.source(), best.sourceEntity(), null, name(in, best.sourceEntity(), best.source()),
          best.anonymous(), best.affiliation());
    }
    if (f.expecter == null) {
      return null;
    }
    Extent e = extent(in.text(), w, f.expecter);
    Integer entity = entityIn(in.layer(Layers.MENTIONS), e);
    return new Actor(e, entity, null, name(in, entity, e), false, null);
  }

  /** The entity's name when the words are resolved to one ("he" → "Benjamin Netanyahu"), else the words. */
  private static String name(Analysis in, Integer entity, Extent words) {
    List<dev.dossier.model.Entity> entities = in.layer(Layers.ENTITIES);
    return entity != null && entity >= 0 && entity < entities.size() ? entities.get(entity).name() : words.text();
  }

  /** A cue inside a name ("Prime" in "Israeli Prime Minister ...") is a tagging slip, not a saying. */
  private static boolean plausibleCue(Attribution a) {
    String c = a.cue().text();
    return c.isEmpty() || !Character.isUpperCase(c.charAt(0)) || c.startsWith("According") || c.startsWith("As ");
  }

  private static Integer entityIn(List<Mention> mentions, Extent e) {
    for (Mention m : mentions) {
      if (e.contains(m) && m.entity() != null) {
        return m.entity();
      }
    }
    return null;
  }

  private static Integer event(Analysis in, Extent what) {
    List<Event> events = in.layer(Layers.EVENTS);
    for (int k = 0; k < events.size(); k++) {
      if (what.contains(events.get(k).trigger())) {
        return k;
      }
    }
    return null;
  }
}
