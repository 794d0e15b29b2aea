package dev.dossier.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.store.sql.Timings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Analyses articles on {@code threads} threads, stages them for the store there ({@link
 * Store#stage}: serialising, fingerprints), and stores them from one writer thread, in input
 * order, in transactions of up to {@code batchSize} articles (those ready within half a second
 * of the first). Articles
 * already stored are skipped before analysis (unless replacing), so an interrupted ingest resumes
 * where it stopped: a kill loses at most the uncommitted transaction, whose articles the next run
 * analyses and stores again. A batch that fails is retried
 * article by article so one bad article costs only itself.
 *
 * <p>{@link #submit} and {@link #problem} are called from one reading thread; listener callbacks
 * come from the writer thread. Not reusable: {@link #finish} once.
 */
public final class Ingestor {

  /**
   * Counts so far.
   *
   * @param read articles submitted
   * @param stored articles stored (new or replaced)
   * @param skipped articles already stored
   * @param failed inputs or articles that failed (reading, analysis or storage)
   * @param analysisNanos time spent analysing, summed over threads
   * @param stagingNanos time spent preparing analyses for the store outside its transaction
   *     (serialising, fingerprints), summed over the analysis threads
   * @param storageNanos time the writer spent storing
   * @param storageCpuNanos CPU time the writer thread spent storing (less than {@code
   *     storageNanos} when it waited for the disk or for a processor)
   * @param wallNanos elapsed time since the ingestor started
   */
  public record Stats(long read, long stored, long skipped, long failed, long analysisNanos, long stagingNanos,
      long storageNanos, long storageCpuNanos, long wallNanos) {

    /** Articles stored or skipped per second of elapsed time. */
    public double perSecond() {
      return wallNanos == 0 ? 0 : (stored + skipped) * 1e9 / wallNanos;
    }
  }

  /** Receives progress and problems. */
  public interface Listener {
    /** Called after each stored batch. */
    void progress(Stats stats);

    /** An article or input failed; the rest go on. */
    void problem(String locator, String message, Throwable cause);
  }

  /** One queued article: staged for the store, or failed ({@code error}) at {@code locator}. */
  private record Item(String locator, Store.Staged staged, Throwable error, String message, long nanos,
      long stageNanos) {}

  /** Analysis JSON (UTF-8) waiting to be parsed on the pool, with its article id when read ahead (else null). */
  private record Json(byte[] json, String locator, String id) {}

  private static final JsonFactory JSON = new JsonFactory();

  /**
   * How long the writer waits for more articles once it holds one, so transactions are large
   * (a commit costs the pages it writes, shared by all its articles) even when analysis is slower
   * than storage. A kill loses at most this much work, stored again by the next run.
   */
  private static final long MAX_WAIT_NANOS = 500_000_000L;

  /** How many submitted articles are checked against the store in one look-up. */
  private static final int CHECK_BATCH = 64;

  private final Store store;
  private final Function<Article, Analysis> analyzer;
  private final boolean replace;
  private final int batchSize;
  private final Listener listener;
  private final ExecutorService pool;
  private final BlockingQueue<CompletableFuture<Item>> pending;
  private final Thread writer;
  private final long started = System.nanoTime();
  private final AtomicLong read = new AtomicLong();
  private final AtomicLong stored = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong analysisNanos = new AtomicLong();
  private final AtomicLong storageNanos = new AtomicLong();
  private final AtomicLong stagingNanos = new AtomicLong();
  private final AtomicLong storageCpuNanos = new AtomicLong();
  private static final CompletableFuture<Item> END = new CompletableFuture<>();
  /** Articles and analyses submitted but not yet checked against the store. */
  private final List<Object> unchecked = new ArrayList<>();
  private volatile Throwable writerFailure;

  /**
   * @param analyzer turns an article into its analysis; must be thread-safe
   * @param threads analysis threads, at least 1
   * @param batchSize most articles per transaction, at least 1
   * @param replace whether articles already stored are analysed again and replaced
   */
  public Ingestor(Store store, Function<Article, Analysis> analyzer, int threads, int batchSize, boolean replace,
      Listener listener) {
    if (threads < 1 || batchSize < 1) {
      throw new IllegalArgumentException("threads and batch size must be at least 1, got " + threads + " and "
          + batchSize);
    }
    this.store = Objects.requireNonNull(store, "store");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.replace = replace;
    this.batchSize = batchSize;
    this.listener = Objects.requireNonNull(listener, "listener");
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dossier-analyze");
      t.setDaemon(true);
      return t;
    });
    this.pending = new ArrayBlockingQueue<>(Math.max(Math.max(16, threads * 8), batchSize));
    this.writer = new Thread(this::writeLoop, "dossier-store-writer");
    this.writer.start();
  }

  /**
   * Queues an article; blocks while the queue is full. Articles are checked against the store
   * {@value #CHECK_BATCH} at a time (one look-up, so the reader seldom waits on the writer).
   */
  public void submit(Article a) {
    read.incrementAndGet();
    offer(a);
  }

  /** Queues an analysis made elsewhere (for example read from Analysis JSON Lines). */
  public void submit(Analysis a) {
    read.incrementAndGet();
    offer(a);
  }

  /**
   * Queues one Analysis JSON document (a line of {@code dossier analyze -o jsonl}): it is parsed
   * and staged on the pool, and stored as it is (not serialised again). Its tokens are checked
   * but not built ({@link StoringJson}): they stay in the stored JSON, which is what {@link
   * Store#get} reads. Its article id is read
   * ahead from the start of the document ({@code "article": {"id": ...}} before any other
   * object), so an article already stored is skipped without parsing it, as for {@link
   * #submit(Analysis)}; when the id comes later, the writer skips it. A document that does not
   * parse counts as failed, at {@code locator}.
   */
  public void submitJson(String json, String locator) {
    submitJson(json.getBytes(StandardCharsets.UTF_8), locator);
  }

  /**
   * {@link #submitJson(String, String)} of a document given as its bytes, read as UTF-8 (a
   * malformed sequence becomes U+FFFD, as when the bytes are decoded to a string). The array is
   * kept: the caller must not change it.
   */
  public void submitJson(byte[] utf8Json, String locator) {
    read.incrementAndGet();
    Json j = new Json(utf8Json, locator, articleId(utf8Json));
    if (j.id() == null) {
      start(j);
    } else {
      offer(j);
    }
  }

  /** The article id when the document's first object field is "article" and its first field "id"; else null. */
  static String articleId(byte[] json) {
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.getCurrentName();
        JsonToken v = p.nextToken();
        if (name.equals("article")) {
          return v == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME && p.getCurrentName().equals("id")
              && p.nextToken() == JsonToken.VALUE_STRING ? p.getText() : null;
        }
        if (v.isStructStart()) {
          return null; // an object or array before the article: not worth reading ahead
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null; // the pool's parse reports it
    }
  }

  private void offer(Object articleOrAnalysis) {
    if (replace) {
      start(articleOrAnalysis);
      return;
    }
    unchecked.add(articleOrAnalysis);
    if (unchecked.size() >= CHECK_BATCH) {
      checkAndEnqueue();
    }
  }

  private static String idOf(Object o) {
    return o instanceof Article a ? a.id() : o instanceof Json j ? j.id() : ((Analysis) o).article().id();
  }

  private void checkAndEnqueue() {
    if (unchecked.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>(unchecked.size());
    unchecked.forEach(o -> ids.add(idOf(o)));
    Set<String> stored = store.storedIds(ids);
    List<Object> batch = new ArrayList<>(unchecked);
    unchecked.clear();
    for (Object o : batch) {
      if (stored.contains(idOf(o))) {
        skipped.incrementAndGet();
      } else {
        start(o);
      }
    }
  }

  /** Queues the analysis (of an article) and the staging of the result on the pool. */
  private void start(Object o) {
    if (o instanceof Article a) {
      enqueue(CompletableFuture.supplyAsync(() -> {
        long t0 = System.nanoTime();
        Analysis an;
        try {
          an = analyzer.apply(a);
        } catch (RuntimeException | StackOverflowError e) {
          return new Item(a.origin().locator(), null, e, "analysis failed: " + e.getMessage(), System.nanoTime() - t0,
              0);
        }
        return staged(an, null, System.nanoTime() - t0);
      }, pool));
    } else if (o instanceof Json j) {
      enqueue(CompletableFuture.supplyAsync(() -> {
        long t0 = System.nanoTime();
        byte[] json = j.json();
        int bad = Utf8.firstMalformed(json);
        if (bad >= 0) {
          // stored with U+FFFD in its place, the text would no longer be what the source said
          String why = String.format(Locale.ROOT,
              "not UTF-8: byte 0x%02x at column %d starts no well-formed UTF-8 sequence", json[bad] & 0xff, bad + 1);
          return new Item(j.locator(), null, new IllegalArgumentException(why), why, 0, System.nanoTime() - t0);
        }
        Analysis an;
        try {
          an = StoringJson.withoutTokens(json); // the tokens stay in the stored JSON only
        } catch (RuntimeException e) {
          return new Item(j.locator(), null, e, e.getMessage(), 0, System.nanoTime() - t0);
        }
        Item it = staged(an, json, 0);
        return new Item(it.locator(), it.staged(), it.error(), it.message(), 0, System.nanoTime() - t0);
      }, pool));
    } else {
      Analysis an = (Analysis) o;
      enqueue(CompletableFuture.supplyAsync(() -> staged(an, null, 0), pool));
    }
  }

  /** Stages an analysis (with its JSON when it was read as JSON) for the store, on the calling pool thread. */
  private Item staged(Analysis an, byte[] json, long analysisNanos) {
    long t0 = System.nanoTime();
    String locator = an.article().origin().locator();
    try {
      Store.Staged st = json == null ? store.stage(an) : store.stage(an, json);
      return new Item(locator, st, null, null, analysisNanos, System.nanoTime() - t0);
    } catch (RuntimeException e) {
      return new Item(locator, null, e, "analysis failed: " + e.getMessage(), analysisNanos, System.nanoTime() - t0);
    }
  }

  /** Counts a problem the reader met and tells the listener. */
  public void problem(String locator, String message, Throwable cause) {
    failed.incrementAndGet();
    listener.problem(locator, message, cause);
  }

  private void enqueue(CompletableFuture<Item> f) {
    if (writerFailure != null) {
      throw new StoreException("the store writer failed: " + writerFailure.getMessage(), writerFailure);
    }
    try {
      pending.put(f);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while queueing article " + f, e);
    }
  }

  private void writeLoop() {
    try {
      boolean end = false;
      while (!end) {
        List<Item> batch = new ArrayList<>();
        int taken = 0;
        long deadline = 0;
        while (taken < batchSize) {
          CompletableFuture<Item> f;
          if (taken == 0) {
            f = pending.take();
          } else {
            long left = deadline - System.nanoTime();
            f = left <= 0 ? null : pending.poll(left, TimeUnit.NANOSECONDS);
            if (f == null) {
              break;
            }
          }
          if (f == END) {
            end = true;
            break;
          }
          add(batch, f.get()); // taken from the queue: stored in this batch, in order, even if late
          if (taken++ == 0) {
            deadline = System.nanoTime() + MAX_WAIT_NANOS;
          }
        }
        if (!batch.isEmpty()) {
          write(batch);
          listener.progress(stats());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      writerFailure = e;
    } catch (ExecutionException | RuntimeException e) {
      writerFailure = e;
      drain();
    }
  }

  /** After a failure, keeps taking queued articles so the reader never blocks; they are not stored. */
  private void drain() {
    try {
      while (pending.take() != END) {
        failed.incrementAndGet();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void add(List<Item> batch, Item it) {
    analysisNanos.addAndGet(it.nanos());
    stagingNanos.addAndGet(it.stageNanos());
    if (it.error() != null) {
      failed.incrementAndGet();
      listener.problem(it.locator(), it.message(), it.error());
    } else {
      batch.add(it);
    }
  }

  private void write(List<Item> batch) {
    long t0 = System.nanoTime();
    long c0 = Timings.cpu();
    List<Store.Staged> as = new ArrayList<>(batch.size());
    batch.forEach(i -> as.add(i.staged()));
    try {
      count(store.putStaged(as, replace));
    } catch (StoreException e) {
      for (Item i : batch) {
        try {
          count(store.putStaged(List.of(i.staged()), replace));
        } catch (StoreException one) {
          failed.incrementAndGet();
          listener.problem(i.locator(), one.getMessage(), one);
        }
      }
    }
    storageNanos.addAndGet(System.nanoTime() - t0);
    storageCpuNanos.addAndGet(Timings.cpu() - c0);
  }

  private void count(List<PutResult> rs) {
    for (PutResult r : rs) {
      (r == PutResult.SKIPPED ? skipped : stored).incrementAndGet();
    }
  }

  public Stats stats() {
    return new Stats(read.get(), stored.get(), skipped.get(), failed.get(), analysisNanos.get(), stagingNanos.get(),
        storageNanos.get(), storageCpuNanos.get(), System.nanoTime() - started);
  }

  /**
   * Waits for every queued article to be stored, stops the threads and returns the final counts.
   *
   * @throws StoreException if the writer failed
   */
  public Stats finish() {
    checkAndEnqueue();
    enqueue(END);
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while finishing the ingest", e);
    } finally {
      pool.shutdownNow();
    }
    if (writerFailure != null) {
      throw new StoreException("the store writer failed: " + writerFailure.getMessage(), writerFailure);
    }
    store.flush();
    return stats();
  }
}
