package dev.dossier.nlp.event;

import dev.dossier.model.Actor;
import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Event;
import dev.dossier.model.Layers;
import dev.dossier.model.Origin;
import dev.dossier.model.Published;
import dev.dossier.nlp.event.PetrarchRecords.Record;
import dev.dossier.nlp.event.PetrarchRecords.Triple;
import dev.dossier.nlp.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Scores the event layer against the gold (source, target, code) triples of a PETRARCH validation
 * file. Each sentence is analysed on its own, dated with the record's date; every event with both
 * an actor and a target (PETRARCH codes dyads only) gives the triples of its actor codes x target
 * codes, the codes coming from the PETRARCH actor and agent dictionaries applied to the words that
 * name each participant ({@link PetrarchActors}). Triples are compared exactly, per sentence, as
 * sets. Records that test PETRARCH's handling of broken parse trees (they carry an {@code error}
 * coding) are left out. Immutable; thread-safe if the pipeline is.
 */
public final class CameoEvaluator {

  /**
   * The outcome.
   *
   * @param sentences sentences coded
   * @param gold gold triples
   * @param predicted triples produced
   * @param found gold triples produced exactly
   * @param pairs gold triples whose (source, target) pair was produced with some code
   * @param rootCorrect of those, the ones produced with the gold root code
   * @param byCategory found / gold per sentence category
   */
  public record Score(int sentences, int gold, int predicted, int found, int pairs, int rootCorrect,
      Map<String, int[]> byCategory) {

    /** Share of gold triples found. */
    public double recall() {
      return gold == 0 ? 0 : (double) found / gold;
    }

    /** Share of produced triples that are not gold. */
    public double falsePositives() {
      return predicted == 0 ? 0 : (double) (predicted - found) / predicted;
    }

    /** Share of gold triples with a produced pair whose root code is right. */
    public double rootAccuracy() {
      return pairs == 0 ? 0 : (double) rootCorrect / pairs;
    }
  }

  /** One sentence's outcome, for error listeners. */
  public record Outcome(Record record, Set<Triple> predicted, List<Event> events) {}

  private final Pipeline pipeline;
  private final PetrarchActors actors;
  private final List<String> discards;

  /**
   * @param discards phrases of a PETRARCH discard file (upper case); a sentence containing one is
   *     not coded, as PETRARCH does ("typhoon", "baseball")
   */
  public CameoEvaluator(Pipeline pipeline, PetrarchActors actors, List<String> discards) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.actors = Objects.requireNonNull(actors, "actors");
    this.discards = List.copyOf(discards);
  }

  /** Reads the phrases of a PETRARCH discard file: one a line, {@code +} and comments stripped. */
  public static List<String> discards(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String raw : lines) {
      String s = (raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw).strip();
      s = s.startsWith("+") ? s.substring(1).strip() : s;
      if (!s.isEmpty() && !s.startsWith("<")) {
        out.add(s.replace('_', ' ').toUpperCase(java.util.Locale.ROOT));
      }
    }
    return out;
  }

  private boolean discarded(String text) {
    String t = " " + text.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", " ") + " ";
    for (String d : discards) {
      if (t.contains(" " + d.replaceAll("[^A-Z0-9]+", " ").strip() + " ")) {
        return true;
      }
    }
    return false;
  }

  /** The triples the pipeline codes for one record. */
  public Outcome code(Record r) {
    if (discarded(r.text())) {
      return new Outcome(r, Set.of(), List.of());
    }
    Article.Builder b = Article.builder().text(r.text()).origin(Origin.file(r.id(), "text"));
    if (r.date() != null) {
      b.published(Published.day(r.date()));
    }
    Analysis a = pipeline.analyze(b.build());
    Set<Triple> out = new LinkedHashSet<>();
    List<Event> events = new ArrayList<>(a.layer(Layers.EVENTS));
    for (Event e : events) {
      if (e.actor() == null || e.target() == null || e.cameoCode() == null) {
        continue;
      }
      for (String s : codes(e.actor(), r)) {
        for (String t : codes(e.target(), r)) {
          if (!s.equals(t)) {
            out.add(new Triple(s, t, e.cameoCode()));
          }
        }
      }
    }
    return new Outcome(r, out, events);
  }

  /**
   * A group's codes come from its affiliation and its own words ("Fornost" + "lawmakers"), so
   * that "lawmakers in Fornost and Gondor" gives one code each; anyone else's from the words
   * naming it.
   */
  private List<String> codes(Actor a, Record r) {
    String text = a.group() && a.affiliation() != null && a.extent().text().contains(a.affiliation())
        ? a.affiliation() + " " + a.name() : a.extent().text();
    List<String> c = actors.codes(text, r.date());
    return c.isEmpty() || c.get(0).startsWith("---") ? orElse(actors.codes("the " + text, r.date()), c) : c;
  }

  private static List<String> orElse(List<String> a, List<String> b) {
    return a.isEmpty() ? b : a;
  }

  /** Scores every record, telling {@code listener} about each. */
  public Score score(List<Record> records, Consumer<Outcome> listener) {
    int gold = 0;
    int predicted = 0;
    int found = 0;
    int pairs = 0;
    int root = 0;
    Map<String, int[]> byCategory = new TreeMap<>();
    int coded = 0;
    for (Record r : records) {
      if (r.inputError()) {
        continue;
      }
      coded++;
      Outcome o = code(r);
      listener.accept(o);
      Set<Triple> g = new LinkedHashSet<>(r.gold());
      gold += g.size();
      predicted += o.predicted().size();
      int f = 0;
      for (Triple t : g) {
        if (o.predicted().contains(t)) {
          f++;
        }
        boolean pair = false;
        boolean rootOk = false;
        for (Triple p : o.predicted()) {
          if (Objects.equals(p.source(), t.source()) && Objects.equals(p.target(), t.target())) {
            pair = true;
            rootOk |= Objects.equals(p.root(), t.root());
          }
        }
        pairs += pair ? 1 : 0;
        root += rootOk ? 1 : 0;
      }
      found += f;
      int[] c = byCategory.computeIfAbsent(r.category().isEmpty() ? "-" : r.category(), k -> new int[3]);
      c[0] += f;
      c[1] += g.size();
      c[2] += o.predicted().size();
    }
    return new Score(coded, gold, predicted, found, pairs, root, byCategory);
  }
}
