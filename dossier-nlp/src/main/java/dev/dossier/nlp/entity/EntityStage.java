package dev.dossier.nlp.entity;

import dev.dossier.model.Analysis;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.nlp.kb.KnowledgeBase;
import dev.dossier.nlp.pipeline.Stage;
import java.util.Objects;
import java.util.Set;

/**
 * Groups the mentions of an article into entities and links them to the knowledge base on the
 * article's publication date (stage {@value #NAME}).
 *
 * <p>It refines the mentions layer: types are corrected from the knowledge base ("Israel" GPE,
 * "Israeli" NORP, "Abraham Accords" LAW, "Mar-a-Lago" LOC, "Gallup" ORG), title and role words in
 * front of a person's name become the mention's {@code title} ("Israeli Prime Minister" before
 * "Benjamin Netanyahu"), names the NER missed but the knowledge base knows are added, and
 * descriptions ("the prime minister", "Israel's prime minister", "the network") and pronouns
 * ("he", "his", "her") are added when they resolve confidently to a named entity. The mentions
 * layer stays ordered by start (an enclosing mention before the ones it contains).
 *
 * <p>It provides the entities layer: full names, surnames, possessives, acronyms and knowledge-base
 * aliases of one actor form one entity; a demonym ("Israeli", NORP) and its country ("Israel",
 * GPE) stay separate entities linked to the same actor. A linked entity carries the actor's id,
 * canonical name, category and the roles it held on {@code article.published().anchorDate()};
 * without a publication date no roles are reported (the article's "now" is unknown), and
 * descriptions are resolved from the titles in the text only. See {@code docs/entities.md}.
 *
 * <p>Immutable and thread-safe: all working state is local to {@link #apply}.
 */
public final class EntityStage implements Stage {

  /** The stage name recorded on what it produces. */
  public static final String NAME = "entities";

  private final KnowledgeBase kb;

  /** The stage over {@link KnowledgeBase#standard()} (curated plus the user's imports). */
  public EntityStage() {
    this(KnowledgeBase.standard());
  }

  /** The stage over {@code kb}. */
  public EntityStage(KnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String model() {
    return "kb:" + kb.size();
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.MENTIONS, Layers.ENTITIES);
  }

  @Override
  public Analysis apply(Analysis in) {
    EntityResolver r = new EntityResolver(in, kb);
    r.run();
    return in.with(Layers.MENTIONS, r.mentions()).with(Layers.ENTITIES, r.entities());
  }
}
