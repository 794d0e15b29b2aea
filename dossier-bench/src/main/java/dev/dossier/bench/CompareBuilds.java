package dev.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@link StageCpuTime} for two builds in one process, pass by pass in turns (A B, then B A), so
 * that both get the same share of a busy machine: each build's benchmark jar is loaded by a class
 * loader of its own (its own classes and models; about twice the heap of one), and each pass
 * analyses the benchmark articles ({@link BenchTexts}) once with every stage, counting the
 * analysing thread's CPU time per stage. Prints each stage's median ms per article for both
 * builds and in how many of the paired passes the second build took less.
 *
 * <p>Run: {@code java -Xmx2g [-XX:TieredStopAtLevel=1] -cp dossier-bench/target/benchmarks.jar
 * dev.dossier.bench.CompareBuilds BEFORE.jar AFTER.jar [WORDS [WARM-UP PASSES [PASSES]]]}
 * (defaults 550, 10, 40), the two jars being {@code benchmarks.jar} of the builds compared. The
 * classes are reached by reflection, so any build of the benchmarks since {@link StageCpuTime}
 * can be compared.
 */
public final class CompareBuilds {

  private CompareBuilds() {}

  /** One build's pipeline and benchmark articles, in a class loader of its own. */
  static final class Build {
    final String name;
    final String[] stages;
    private final List<?> pipelineStages;
    private final List<?> articles;
    private final Method apply;
    private final Method analysisOf;

    /** @param classPath the build's jar, or the directories and jars of its class path */
    Build(String name, List<Path> classPath, int words) throws ReflectiveOperationException {
      this.name = name;
      URL[] urls = classPath.stream().map(CompareBuilds::url).toArray(URL[]::new);
      ClassLoader cl = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
      Class<?> article = cl.loadClass("dev.dossier.model.Article");
      Class<?> analysis = cl.loadClass("dev.dossier.model.Analysis");
      Class<?> stage = cl.loadClass("dev.dossier.nlp.pipeline.Stage");
      Object pipeline = cl.loadClass("dev.dossier.nlp.StandardPipeline").getMethod("create").invoke(null);
      pipelineStages = (List<?>) cl.loadClass("dev.dossier.nlp.pipeline.Pipeline").getMethod("stages").invoke(pipeline);
      Method stageName = stage.getMethod("name");
      stages = new String[pipelineStages.size()];
      for (int s = 0; s < stages.length; s++) {
        stages[s] = (String) stageName.invoke(pipelineStages.get(s));
      }
      Method bench = cl.loadClass("dev.dossier.bench.BenchTexts").getDeclaredMethod("benchArticles", int.class);
      bench.setAccessible(true);
      articles = (List<?>) bench.invoke(null, words);
      apply = stage.getMethod("apply", analysis);
      analysisOf = analysis.getMethod("of", article);
    }

    /** One pass over the articles: each stage's thread CPU nanoseconds. */
    long[] pass(ThreadMXBean mx) throws ReflectiveOperationException {
      long[] cpu = new long[stages.length];
      for (Object a : articles) {
        Object an = analysisOf.invoke(null, a);
        for (int s = 0; s < stages.length; s++) {
          long t0 = mx.getCurrentThreadCpuTime();
          an = apply.invoke(pipelineStages.get(s), an);
          cpu[s] += mx.getCurrentThreadCpuTime() - t0;
        }
      }
      return cpu;
    }

    int articleCount() {
      return articles.size();
    }
  }

  /**
   * Each build's CPU nanoseconds per stage and pass: {@code result[build][stage][pass]}, the last
   * stage index being all stages together. The builds must have the same stages.
   */
  static long[][][] compare(Build a, Build b, int warm, int passes) throws ReflectiveOperationException {
    if (!Arrays.equals(a.stages, b.stages)) {
      throw new IllegalArgumentException("stages differ: " + Arrays.toString(a.stages) + " and "
          + Arrays.toString(b.stages));
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Build[] builds = {a, b};
    int n = a.stages.length;
    long[][][] out = new long[2][n + 1][passes];
    for (int p = 0; p < warm + passes; p++) {
      for (int i = 0; i < 2; i++) {
        int j = p % 2 == 0 ? i : 1 - i;
        long[] cpu = builds[j].pass(mx);
        if (p >= warm) {
          for (int s = 0; s < n; s++) {
            out[j][s][p - warm] = cpu[s];
            out[j][n][p - warm] += cpu[s];
          }
        }
      }
    }
    return out;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: CompareBuilds BEFORE.jar AFTER.jar [WORDS [WARM-UP PASSES [PASSES]]]");
      System.exit(2);
    }
    int words = args.length > 2 ? Integer.parseInt(args[2]) : Integer.parseInt(BenchTexts.SEED_SIZED);
    int warm = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    int passes = args.length > 4 ? Integer.parseInt(args[4]) : 40;
    Build a = new Build(args[0], List.of(Path.of(args[0])), words);
    Build b = new Build(args[1], List.of(Path.of(args[1])), words);
    long[][][] cpu = compare(a, b, warm, passes);
    double perArticle = 1e6 * a.articleCount();
    System.out.printf(Locale.ROOT, "%d articles of about %d words, %d warm-up and %d measured passes in turns%n",
        a.articleCount(), words, warm, passes);
    System.out.printf(Locale.ROOT, "A %s%nB %s%n", a.name, b.name);
    System.out.println("| stage | A ms per article | B ms per article | B / A | passes B lower |");
    System.out.println("|---|---:|---:|---:|---:|");
    List<String> names = new ArrayList<>(List.of(a.stages));
    names.add("all stages");
    for (int s = 0; s < names.size(); s++) {
      double ma = StageCpuTime.median(cpu[0][s]) / perArticle;
      double mb = StageCpuTime.median(cpu[1][s]) / perArticle;
      System.out.printf(Locale.ROOT, "| `%s` | %.3f | %.3f | %.3f | %d of %d |%n", names.get(s), ma, mb, mb / ma,
          lower(cpu[1][s], cpu[0][s]), passes);
    }
  }

  /** In how many passes {@code b} took less than {@code a}. */
  static int lower(long[] b, long[] a) {
    int n = 0;
    for (int p = 0; p < a.length; p++) {
      if (b[p] < a[p]) {
        n++;
      }
    }
    return n;
  }

  private static URL url(Path p) {
    try {
      return p.toAbsolutePath().toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(p.toString(), e);
    }
  }
}
