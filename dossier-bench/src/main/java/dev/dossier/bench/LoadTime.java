package dev.dossier.bench;

import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.attribution.AttributionModel;
import dev.dossier.nlp.attribution.CueFilter;
import dev.dossier.nlp.ner.NerModel;
import dev.dossier.nlp.pos.PosModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Start-up cost: the CPU and wall time of loading each shipped model once, on one thread, in the
 * order the pipeline needs them, then of building the rest of the standard pipeline. Run in a
 * fresh JVM: {@code java -Xmx512m -XX:TieredStopAtLevel=1 -cp dossier-bench/target/benchmarks.jar
 * dev.dossier.bench.LoadTime} (C1 only, as the launcher runs).
 */
public final class LoadTime {

  private LoadTime() {}

  public static void main(String[] args) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    time(mx, "POS model", PosModel::shipped);
    time(mx, "NER model", NerModel::shipped);
    time(mx, "attribution model", AttributionModel::shipped);
    time(mx, "cue filter", CueFilter::shipped);
    time(mx, "rest of the pipeline", StandardPipeline::create);
    System.out.printf(Locale.ROOT, "%-22s %7.0f ms CPU %7.0f ms wall%n", "all",
        (mx.getCurrentThreadCpuTime() - cpu0) / 1e6, (System.nanoTime() - wall0) / 1e6);
  }

  private static void time(ThreadMXBean mx, String what, Supplier<?> load) {
    long cpu = mx.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    load.get();
    System.out.printf(Locale.ROOT, "%-22s %7.0f ms CPU %7.0f ms wall%n", what, (mx.getCurrentThreadCpuTime() - cpu) / 1e6,
        (System.nanoTime() - wall) / 1e6);
  }
}
