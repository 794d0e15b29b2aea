package dev.dossier.bench;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.nlp.pipeline.Stage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * CPU time per article of each stage of the standard pipeline, on one thread: the benchmark
 * articles ({@link BenchTexts}) go through the whole pipeline pass after pass, and each stage's
 * thread CPU time is summed per pass. Prints each stage's median over the measured passes.
 *
 * <p>Unlike the JMH benchmarks, which measure wall time, this counts only the CPU time the
 * analysing thread got, so it moves much less when other processes share the cores (it still moves
 * some: they share the caches too). Run: {@code java -Xmx512m -cp dossier-bench/target/benchmarks.jar
 * dev.dossier.bench.StageCpuTime [WORDS [WARM-UP PASSES [PASSES]]]} (defaults 550, 10, 20).
 */
public final class StageCpuTime {

  private StageCpuTime() {}

  public static void main(String[] args) {
    int words = args.length > 0 ? Integer.parseInt(args[0]) : Integer.parseInt(BenchTexts.SEED_SIZED);
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    List<Article> articles = BenchTexts.benchArticles(words);
    Pipeline pipeline = StandardPipeline.create();
    List<Stage> stages = pipeline.stages();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[][] cpu = new long[stages.size()][passes];
    for (int pass = 0; pass < warm + passes; pass++) {
      for (Article a : articles) {
        Analysis an = Analysis.of(a);
        for (int s = 0; s < stages.size(); s++) {
          long t0 = mx.getCurrentThreadCpuTime();
          an = stages.get(s).apply(an);
          long t = mx.getCurrentThreadCpuTime() - t0;
          if (pass >= warm) {
            cpu[s][pass - warm] += t;
          }
        }
      }
    }
    long[] totals = new long[passes];
    System.out.printf(Locale.ROOT, "%d articles of about %d words, %d warm-up and %d measured passes%n",
        articles.size(), words, warm, passes);
    System.out.println("| stage | CPU ms per article | share |");
    System.out.println("|---|---:|---:|");
    double[] median = new double[stages.size()];
    double sum = 0;
    for (int s = 0; s < stages.size(); s++) {
      for (int p = 0; p < passes; p++) {
        totals[p] += cpu[s][p];
      }
      median[s] = median(cpu[s]) / 1e6 / articles.size();
      sum += median[s];
    }
    for (int s = 0; s < stages.size(); s++) {
      System.out.printf(Locale.ROOT, "| `%s` | %.3f | %.0f %% |%n", stages.get(s).name(), median[s],
          100 * median[s] / sum);
    }
    double total = median(totals) / 1e6 / articles.size();
    System.out.printf(Locale.ROOT, "| all stages | %.3f | |%n", total);
    System.out.printf(Locale.ROOT, "%.1f articles per CPU second (median pass)%n", 1000 / total);
  }

  static double median(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
  }
}
