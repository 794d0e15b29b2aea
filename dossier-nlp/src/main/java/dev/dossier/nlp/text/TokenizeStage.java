package dev.dossier.nlp.text;

import dev.dossier.model.Analysis;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.model.Sentence;
import dev.dossier.model.Token;
import dev.dossier.nlp.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Provides the sentences and tokens layers with {@link NewsTokenizer} and {@link SentenceSplitter}. */
public final class TokenizeStage implements Stage {

  private final NewsTokenizer tokenizer = new NewsTokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Override
  public String name() {
    return "tokenize";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.SENTENCES, Layers.TOKENS);
  }

  @Override
  public Analysis apply(Analysis in) {
    String text = in.text();
    int[] spans = tokenizer.tokenize(text);
    int[] bounds = splitter.split(text, spans);
    List<Token> tokens = new ArrayList<>(spans.length / 2);
    List<Sentence> sentences = new ArrayList<>(bounds.length / 2);
    for (int s = 0; s < bounds.length; s += 2) {
      int first = bounds[s];
      int end = bounds[s + 1];
      int sentence = s / 2;
      for (int k = first; k < end; k++) {
        int ts = spans[2 * k];
        int te = spans[2 * k + 1];
        tokens.add(new Token(ts, te, text.substring(ts, te), null, null, sentence));
      }
      sentences.add(new Sentence(spans[2 * first], spans[2 * (end - 1) + 1], first, end));
    }
    return in.with(Layers.TOKENS, tokens).with(Layers.SENTENCES, sentences);
  }
}
