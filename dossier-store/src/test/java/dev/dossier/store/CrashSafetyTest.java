package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.store.search.SearchQuery;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that is writing to the embedded store (SIGKILL, at random moments) and checks that
 * after reopening nothing stored is lost or duplicated, the search index matches the database,
 * and ingest resumes to completion.
 */
class CrashSafetyTest {

  @TempDir
  Path dir;

  private Process child(Path store, int from, int to, boolean close) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        CrashChild.class.getName(), store.toString(), Integer.toString(from), Integer.toString(to),
        close ? "close" : "halt")
        .redirectErrorStream(true).start();
  }

  private static void awaitReady(Process p) throws Exception {
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      if (line.equals("ready")) {
        return;
      }
    }
    throw new AssertionError("child ended before it was ready, exit " + p.waitFor());
  }

  @Test
  void survivesKillsAtRandomMomentsAndResumes() throws Exception {
    Path store = dir.resolve("store");
    int n = 600;
    Random random = new Random(42);
    List<Long> counts = new ArrayList<>();
    for (int kill = 0; kill < 3; kill++) {
      Process p = child(store, 0, n, false);
      awaitReady(p);
      Thread.sleep(200 + random.nextInt(800));
      p.destroyForcibly(); // SIGKILL
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      try (Store s = Stores.embedded(store)) {
        var v = s.verify();
        assertThat(v.ok()).as(v.toString()).isTrue();
        counts.add(s.count());
        assertThat(s.search(SearchQuery.of("plan")).total()).isEqualTo(s.count());
      }
    }
    assertThat(counts).isSorted();
    Process p = child(store, 0, n, true);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    try (Store s = Stores.embedded(store)) {
      assertThat(s.count()).isEqualTo(n);
      assertThat(s.verify().ok()).as(s.verify().toString()).isTrue();
      assertThat(s.search(SearchQuery.of("plan")).total()).isEqualTo(n);
      for (int i : new int[] {0, 299, n - 1}) {
        assertThat(s.get(Synthetic.analysis(i).article().id())).contains(Synthetic.analysis(i));
      }
    }
  }

  @Test
  void aHaltWithoutCloseLosesNoCommittedArticle() throws Exception {
    Path store = dir.resolve("store");
    Process p = child(store, 0, 50, false);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    try (Store s = Stores.embedded(store)) {
      assertThat(s.count()).isEqualTo(50);
      assertThat(s.verify().ok()).as(s.verify().toString()).isTrue();
      assertThat(s.search(SearchQuery.of("plan")).total()).isEqualTo(50);
    }
  }
}
