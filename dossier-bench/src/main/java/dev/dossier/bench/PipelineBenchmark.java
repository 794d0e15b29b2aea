package dev.dossier.bench;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Layers;
import dev.dossier.model.Origin;
import dev.dossier.nlp.ner.NerStage;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.nlp.pos.PosStage;
import dev.dossier.nlp.text.TokenizeStage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of tokenise, POS, NER and tokenise + sentences + POS + NER on one thread, on
 * seed-sized (~900 words) and long (~5,000 words) articles, with a 512 MB heap. The {@code tokens}
 * counter is tokens per second; the primary score is articles per second.
 *
 * <p>Run: {@code java -jar dossier-bench/target/benchmarks.jar PipelineBenchmark
 * -Ddossier.data=../shared/data} (see docs/ner.md for the figures).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
@Threads(1)
public class PipelineBenchmark {

  @Param({"900", "5000"})
  public int words;

  private static final TokenizeStage TOKENIZE = new TokenizeStage();
  private static final PosStage POS = new PosStage();
  private static final NerStage NER = new NerStage();
  private static final Pipeline FULL = Pipeline.builder().add(TOKENIZE).add(POS).add(NER).build();
  private static final Pipeline TOKENS_ONLY = Pipeline.builder().add(TOKENIZE).build();

  private List<Article> articles;
  private List<Analysis> tokenized;
  private int[] tokenCounts;
  private int next;

  /** Tokens processed, reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Tokens {
    public long tokens;

    @Setup(Level.Iteration)
    public void reset() {
      tokens = 0;
    }
  }

  @Setup(Level.Trial)
  public void setup() {
    String dir = System.getProperty("dossier.data");
    articles = new ArrayList<>();
    tokenized = new ArrayList<>();
    for (String t : BenchTexts.articles(words, 20, 42L)) {
      Article a = Article.builder().text(t).origin(Origin.file("bench", "text")).build();
      articles.add(a);
      tokenized.add(TOKENS_ONLY.analyze(a));
    }
    tokenCounts = tokenized.stream().mapToInt(a -> a.layer(Layers.TOKENS).size()).toArray();
    if (dir == null) {
      System.err.println("dossier.data not set; reading ../shared/data");
    }
  }

  private int pick() {
    next = (next + 1) % articles.size();
    return next;
  }

  @Benchmark
  public Analysis tokenize(Tokens c) {
    int i = pick();
    c.tokens += tokenCounts[i];
    return TOKENIZE.apply(Analysis.of(articles.get(i)));
  }

  @Benchmark
  public Analysis pos(Tokens c) {
    int i = pick();
    c.tokens += tokenCounts[i];
    return POS.apply(tokenized.get(i));
  }

  @Benchmark
  public Analysis ner(Tokens c) {
    int i = pick();
    c.tokens += tokenCounts[i];
    return NER.apply(tokenized.get(i));
  }

  @Benchmark
  public Analysis tokenizePosNer(Tokens c) {
    int i = pick();
    c.tokens += tokenCounts[i];
    return FULL.analyze(articles.get(i));
  }
}
