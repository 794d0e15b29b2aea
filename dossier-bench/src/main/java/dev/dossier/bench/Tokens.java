package dev.dossier.bench;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Layers;
import dev.dossier.nlp.text.TokenizeStage;
import java.util.List;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Tokens processed, which JMH reports as a rate (tokens per second) beside articles per second. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Tokens {
  public long tokens;

  @Setup(Level.Iteration)
  public void reset() {
    tokens = 0;
  }

  /** The token count of each article, in order. */
  static int[] count(List<Article> articles) {
    TokenizeStage t = new TokenizeStage();
    return articles.stream().mapToInt(a -> t.apply(Analysis.of(a)).layer(Layers.TOKENS).size())
        .toArray();
  }
}
