package dev.dossier.nlp.event;

import dev.dossier.model.Actor;
import dev.dossier.model.Analysis;
import dev.dossier.model.Entity;
import dev.dossier.model.Event;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.nlp.kb.KnowledgeBase;
import dev.dossier.nlp.pipeline.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Provides the {@code events} layer: who did what to whom, where and when, coded with CAMEO, and
 * whether it happened, is ongoing, expected, possible, conditional or denied, with the hedge words.
 * Clauses are read from part-of-speech tags, name mentions and time expressions (no parser): see
 * {@link ClauseReader} for clauses and subjects, {@link ObjectReader} for objects, {@link ActorFinder}
 * for participants and group actors, {@link ModalityFinder} for modality, and {@link CameoLexicon}
 * for the codes, {@link ActorCoder} for the participants' CAMEO actor codes from the knowledge base.
 * Immutable; thread-safe.
 */
public final class EventStage implements Stage {

  public static final String NAME = "events";

  private final CameoLexicon lexicon;
  private final Predicate<String> participants;
  private final ActorCoder coder;

  /** The stage with the lexicon shipped with Dossier. */
  public EventStage() {
    this(CameoLexicon.shipped());
  }

  public EventStage(CameoLexicon lexicon) {
    this(lexicon, words -> false);
  }

  /**
   * @param participants tells whether words that are no name, pronoun or group word name a
   *     participant all the same ("Gollum", "golden geese"), from an actor dictionary the user
   *     supplies ({@link PetrarchActors#names}); must be thread-safe and cheap (it is asked per phrase)
   */
  public EventStage(CameoLexicon lexicon, Predicate<String> participants) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.participants = Objects.requireNonNull(participants, "participants");
    this.coder = new ActorCoder(KnowledgeBase.standard());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String model() {
    return "cameo-lexicon:" + lexicon.size();
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS, Layers.ENTITIES, Layers.TIMES);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.EVENTS);
  }

  @Override
  public Analysis apply(Analysis in) {
    EventInput d = EventInput.of(in, participants);
    List<Event> out = new ArrayList<>();
    for (int s = 0; s < d.sentences.size(); s++) {
      if (d.sentences.get(s).tokenEnd() > d.sentences.get(s).tokenStart()) {
        out.addAll(new EventFinder(d, lexicon, s, NAME).find());
      }
    }
    out.sort(java.util.Comparator.comparingInt(Event::start).thenComparingInt(Event::end));
    LocalDate date = in.article().published() == null ? null : in.article().published().anchorDate();
    List<Entity> entities = in.layer(Layers.ENTITIES);
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      Actor actor = coder.coded(e.actor(), entities, date);
      Actor target = coder.coded(e.target(), entities, date);
      if (actor != e.actor() || target != e.target()) {
        out.set(i, new Event(e.start(), e.end(), e.trigger(), e.action(), e.cameoCode(), e.cameoRoot(), actor,
            target, e.place(), e.placeEntity(), e.time(), e.modality(), e.hedge(), e.confidence(), e.stage()));
      }
    }
    return in.with(Layers.EVENTS, out);
  }
}
