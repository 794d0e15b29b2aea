package dev.dossier.nlp.pos;

import dev.dossier.model.Analysis;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.model.Sentence;
import dev.dossier.model.Token;
import dev.dossier.nlp.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Refines the tokens layer with Penn Treebank part-of-speech tags ({@link PosTagger}, sentence by
 * sentence) and lower-case lemmas ({@link Lemmatizer}). Immutable; thread-safe.
 */
public final class PosStage implements Stage {

  public static final String NAME = "pos";

  private final PosModel model;
  private final Lemmatizer lemmatizer;

  /** The stage with the shipped model (loaded once per JVM). */
  public PosStage() {
    this(PosModel.shipped(), Lemmatizer.standard());
  }

  public PosStage(PosModel model, Lemmatizer lemmatizer) {
    this.model = Objects.requireNonNull(model, "model");
    this.lemmatizer = Objects.requireNonNull(lemmatizer, "lemmatizer");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String model() {
    return model.id();
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.TOKENS);
  }

  @Override
  public Analysis apply(Analysis in) {
    List<Token> tokens = in.layer(Layers.TOKENS);
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
    }
    List<Token> out = new ArrayList<>(tokens.size());
    for (Sentence s : in.layer(Layers.SENTENCES)) {
      String[] tags = model.tagger().tag(words, s.tokenStart(), s.tokenEnd());
      for (int i = s.tokenStart(); i < s.tokenEnd(); i++) {
        String tag = tags[i - s.tokenStart()];
        out.add(tokens.get(i).withPos(tag, lemmatizer.lemma(words[i], tag)));
      }
    }
    return in.with(Layers.TOKENS, out);
  }
}
