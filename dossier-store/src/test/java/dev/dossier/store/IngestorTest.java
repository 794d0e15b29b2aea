package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

  @TempDir
  Path dir;

  private static final Map<String, Analysis> BY_ID = new ConcurrentHashMap<>();

  private static Analysis analyze(Article a) {
    if (a.text().contains("day 13.")) {
      throw new IllegalStateException("stage broke on purpose");
    }
    return BY_ID.get(a.id());
  }

  private static final class Recorder implements Ingestor.Listener {
    final List<String> problems = new ArrayList<>();
    int progress;

    @Override
    public synchronized void progress(Ingestor.Stats stats) {
      progress++;
    }

    @Override
    public synchronized void problem(String locator, String message, Throwable cause) {
      problems.add(message);
    }
  }

  @Test
  void storesInInputOrderSkipsWhatIsStoredAndCountsFailures() {
    List<Analysis> all = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Analysis a = Synthetic.analysis(i);
      BY_ID.put(a.article().id(), a);
      all.add(a);
    }
    try (Store s = Stores.embedded(dir.resolve("s"))) {
      Recorder r = new Recorder();
      Ingestor ing = new Ingestor(s, IngestorTest::analyze, 3, 4, false, r);
      for (Analysis a : all.subList(0, 20)) {
        ing.submit(a.article());
      }
      Ingestor.Stats st = ing.finish();
      assertThat(st.read()).isEqualTo(20);
      assertThat(st.stored()).isEqualTo(19);
      assertThat(st.failed()).isEqualTo(1);
      assertThat(r.problems).singleElement().asString().contains("stage broke on purpose");
      assertThat(r.progress).isPositive();
      List<String> expected = new ArrayList<>();
      for (Analysis a : all.subList(0, 20)) {
        if (!a.text().contains("day 13.")) {
          expected.add(a.article().id());
        }
      }
      assertThat(s.list(0, 100)).extracting(ArticleSummary::id).containsExactlyElementsOf(expected);

      Ingestor again = new Ingestor(s, IngestorTest::analyze, 2, 8, false, new Recorder());
      for (Analysis a : all) {
        again.submit(a.article());
      }
      Ingestor.Stats st2 = again.finish();
      assertThat(st2.skipped()).isEqualTo(19);
      assertThat(st2.stored()).isEqualTo(20);
      assertThat(s.count()).isEqualTo(39);
      assertThat(s.verify().ok()).isTrue();
    }
  }

  @Test
  void takesAnalysesMadeElsewhere() {
    try (Store s = Stores.embedded(dir.resolve("s"))) {
      Ingestor ing = new Ingestor(s, a -> {
        throw new AssertionError("must not analyse");
      }, 1, 2, false, new Recorder());
      for (Analysis a : Scenario.all()) {
        ing.submit(a);
      }
      ing.submit(Scenario.courier());
      Ingestor.Stats st = ing.finish();
      assertThat(st.stored()).isEqualTo(Scenario.all().size());
      assertThat(st.skipped()).isEqualTo(1);
    }
  }
}
