package dev.dossier.bench;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.ner.NerStage;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.nlp.pos.PosStage;
import dev.dossier.nlp.text.TokenizeStage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Throughput of whole pipelines on one thread with a 512 MB heap, on seed-sized (~550 words) and
 * long (~5,000 words) articles: {@code standard} is the full default analysis ({@link
 * StandardPipeline#create()}, every stage), {@code tokenizePosNer} the stages CoreNLP's
 * tokenize,ssplit,pos,lemma,ner covers. The primary score is articles per second; the {@code
 * tokens} counter is tokens per second.
 *
 * <p>Run: {@code java -jar dossier-bench/target/benchmarks.jar PipelineBenchmark} (figures in
 * docs/performance.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
@Threads(1)
public class PipelineBenchmark {

  @Param({BenchTexts.SEED_SIZED, BenchTexts.LONG})
  public int words;

  private static final Pipeline STANDARD = StandardPipeline.create();
  private static final Pipeline TOKENIZE_POS_NER = Pipeline.builder().add(new TokenizeStage()).add(new PosStage())
      .add(new NerStage()).build();

  private List<Article> articles;
  private int[] tokenCounts;
  private int next;

  @Setup
  public void setup() {
    articles = BenchTexts.benchArticles(words);
    tokenCounts = Tokens.count(articles);
  }

  private Article pick(Tokens c) {
    next = (next + 1) % articles.size();
    c.tokens += tokenCounts[next];
    return articles.get(next);
  }

  @Benchmark
  public Analysis standard(Tokens c) {
    return STANDARD.analyze(pick(c));
  }

  @Benchmark
  public Analysis tokenizePosNer(Tokens c) {
    return TOKENIZE_POS_NER.analyze(pick(c));
  }
}
