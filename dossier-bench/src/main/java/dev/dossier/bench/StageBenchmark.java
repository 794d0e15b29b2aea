package dev.dossier.bench;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.nlp.pipeline.Stage;
import java.util.ArrayList;
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
 * Throughput of each stage of the standard pipeline alone, on one thread with a 512 MB heap: the
 * articles are first run through the stages before it (outside the measurement), then the stage
 * is applied to those analyses. The primary score is articles per second; the {@code tokens}
 * counter is tokens per second. {@code stage} takes the names of {@link StandardPipeline#create()}'s
 * stages ({@code StageBenchmarkTest} checks that every stage is listed).
 *
 * <p>Run: {@code java -jar dossier-bench/target/benchmarks.jar StageBenchmark} (figures in
 * docs/performance.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
@Threads(1)
public class StageBenchmark {

  @Param({"tokenize", "pos", "ner", "entities", "times", "attribution", "figures", "events", "expectations"})
  public String stage;

  @Param({BenchTexts.SEED_SIZED, BenchTexts.LONG})
  public int words;

  private Stage measured;
  private List<Analysis> inputs;
  private int[] tokenCounts;
  private int next;

  @Setup
  public void setup() {
    Pipeline full = StandardPipeline.create();
    List<Stage> before = new ArrayList<>();
    for (Stage s : full.stages()) {
      if (s.name().equals(stage)) {
        measured = s;
        break;
      }
      before.add(s);
    }
    if (measured == null) {
      throw new IllegalArgumentException("no stage '" + stage + "' in the standard pipeline; stages: "
          + full.stages().stream().map(Stage::name).toList());
    }
    Pipeline.Builder b = Pipeline.builder();
    before.forEach(b::add);
    Pipeline prefix = before.isEmpty() ? null : b.build();
    inputs = new ArrayList<>();
    for (Article a : BenchTexts.benchArticles(words)) {
      inputs.add(prefix == null ? Analysis.of(a) : prefix.analyze(a));
    }
    tokenCounts = Tokens.count(inputs.stream().map(Analysis::article).toList());
  }

  @Benchmark
  public Analysis apply(Tokens c) {
    next = (next + 1) % inputs.size();
    c.tokens += tokenCounts[next];
    return measured.apply(inputs.get(next));
  }
}
