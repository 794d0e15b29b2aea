package dev.dossier.nlp.ner;

import dev.dossier.model.Analysis;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Sentence;
import dev.dossier.model.Token;
import dev.dossier.nlp.pipeline.Stage;
import dev.dossier.nlp.time.Holidays;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds named mentions (provides the mentions layer) with the trained two-pass tagger over the
 * whole article, then refines each mention's CoNLL type into a product type with
 * {@link EntityTyper}. Mentions are names ({@link MentionKind#NAME}) without titles or entity
 * links; a later stage groups them. Confidence is the logistic of the smallest Viterbi margin over
 * the mention's tokens: higher is surer, but it is not calibrated. Immutable; thread-safe.
 */
public final class NerStage implements Stage {

  public static final String NAME = "ner";

  private final NerModel model;
  private final EntityTyper typer;

  /** The stage with the shipped model and lexicons (loaded once per JVM). */
  public NerStage() {
    this(NerModel.shipped(), EntityTyper.standard());
  }

  public NerStage(NerModel model, EntityTyper typer) {
    this.model = Objects.requireNonNull(model, "model");
    this.typer = Objects.requireNonNull(typer, "typer");
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
    return Set.of(Layers.MENTIONS);
  }

  @Override
  public Analysis apply(Analysis in) {
    List<Token> tokens = in.layer(Layers.TOKENS);
    List<Sentence> sentences = in.layer(Layers.SENTENCES);
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
    }
    int[] starts = new int[sentences.size()];
    for (int s = 0; s < starts.length; s++) {
      starts[s] = sentences.get(s).tokenStart();
    }
    NerDocument doc = new NerDocument(words, null, starts);
    float[] margins = new float[words.length];
    int[] labels = model.tagger().tag(doc, margins);
    String text = in.text();
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      char p = NerLabels.position(labels[i]);
      if (p != 'B' && p != 'U') {
        continue;
      }
      int j = i;
      while (NerLabels.position(labels[j]) != 'L' && NerLabels.position(labels[j]) != 'U') {
        j++;
      }
      float margin = Float.POSITIVE_INFINITY;
      for (int k = i; k <= j; k++) {
        margin = Math.min(margin, margins[k]);
      }
      String conll = NerLabels.TYPES.get(NerLabels.type(labels[i]));
      String[] span = java.util.Arrays.copyOfRange(words, i, j + 1);
      if (Holidays.named(span)) {
        i = j;
        continue;
      }
      int start = tokens.get(i).start();
      int end = tokens.get(j).end();
      double confidence = 1.0 / (1.0 + Math.exp(-margin / 4.0));
      mentions.add(new Mention(start, end, text.substring(start, end), typer.type(conll, span), MentionKind.NAME,
          null, null, Math.round(confidence * 1000) / 1000.0, NAME));
      i = j;
    }
    return in.with(Layers.MENTIONS, mentions);
  }
}
