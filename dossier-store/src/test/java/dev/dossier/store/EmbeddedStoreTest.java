package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.model.Analysis;
import dev.dossier.store.search.SearchQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded store (SQLite + Lucene), plus its on-disk behaviour. */
class EmbeddedStoreTest extends StoreContractTest {

  @TempDir
  Path dir;

  @Override
  protected Store newStore() {
    return Stores.embedded(dir.resolve("store"));
  }

  @Override
  protected Store reopen() {
    return Stores.embedded(dir.resolve("store"));
  }

  @Test
  void linksTheSameWhenReopenedPartWay() {
    // past 200 articles, words in most of them stop being story words: that needs the stored
    // document frequencies, which a reopened store reads back
    List<Analysis> all = IntStream.range(0, 320).mapToObj(Synthetic::analysis).toList();
    store.putAll(all.subList(0, 230), false);
    store.close();
    store = reopen();
    store.putAll(all.subList(230, 320), false);
    Store once = Stores.embedded(dir.resolve("once"));
    try {
      once.putAll(all, false);
      assertThat(links(store)).isEqualTo(links(once));
      assertThat(store.stories(500)).isEqualTo(once.stories(500));
    } finally {
      once.close();
    }
  }

  private static List<String> links(Store s) {
    return s.list(0, 1000).stream().map(a -> a.id() + " story " + a.story() + " copies " + a.duplicateOf()).toList();
  }

  @Test
  void keepsADatabaseAndAnIndexInItsDirectory() {
    store.put(Scenario.wire(false));
    assertThat(dir.resolve("store/dossier.db")).exists();
    assertThat(dir.resolve("store/index")).isDirectory();
  }

  @Test
  void refusesASecondOpenOfTheSameDirectory() {
    assertThatThrownBy(() -> Stores.embedded(dir.resolve("store")))
        .isInstanceOf(StoreException.class).hasMessageContaining("in use by another process");
  }

  @Test
  void rebuildsALostIndexFromTheDatabase() throws Exception {
    for (var a : Scenario.all()) {
      store.put(a);
    }
    store.close();
    try (Stream<Path> files = Files.walk(dir.resolve("store/index"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    store = reopen();
    assertThat(store.verify().ok()).as(store.verify().toString()).isTrue();
    assertThat(store.search(SearchQuery.of("ceasefire")).total()).isEqualTo(3);
  }

  @Test
  void indexesDatedAndUndatedArticlesTogether() {
    // Lucene rejected an undated article after a dated one (the day field was a point in some
    // documents only), which broke dossier load on the seed article plus Reuters
    store.put(Fixture.article("Wire", "2026-01-05", "Dated", "The ceasefire held on Monday.").build());
    store.put(dev.dossier.model.Analysis.of(dev.dossier.model.Article.builder().outlet("Wire").title("Undated")
        .text("The ceasefire held again.").url("https://wire.example/undated")
        .origin(dev.dossier.model.Origin.file("test", "text")).build()));
    store.put(Fixture.article("Wire", "2026-01-07", "Dated again", "The ceasefire held on Wednesday.").build());
    assertThat(store.search(SearchQuery.of("ceasefire")).total()).isEqualTo(3);
    assertThat(store.search(SearchQuery.of("ceasefire").withDates(null, java.time.LocalDate.parse("2026-01-06")))
        .total()).isEqualTo(1);
  }

  @Test
  void opensThroughTheGenericEntryPoint() {
    store.close();
    store = Stores.open(dir.resolve("store").toString());
    assertThat(store.count()).isZero();
  }
}
