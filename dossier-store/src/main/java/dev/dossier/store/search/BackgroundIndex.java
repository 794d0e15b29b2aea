package dev.dossier.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A {@link TextSearch} that indexes on a thread of its own, so the store's writer does not wait
 * for Lucene: {@link #index}, {@link #commit} and {@link #commitIfDue} are queued and return at
 * once (at most {@value #MAX_QUEUED} queued, then they wait), every other call waits for what is
 * queued and runs after it. All calls reach the wrapped search from that one thread, in the order
 * they were made, so a commit never records a watermark beyond the documents it holds: after a
 * kill, the queued documents are lost with the process and the store re-indexes them from the
 * database on the next open, as for any document indexed after the last commit.
 *
 * <p>A failure of a queued call is thrown by the next call. Calls are serialised by the store.
 */
public final class BackgroundIndex implements TextSearch {

  static final int MAX_QUEUED = 4_096;

  private final TextSearch inner;
  private final ExecutorService thread;
  private final Semaphore room = new Semaphore(MAX_QUEUED);
  private volatile Throwable failure;

  public BackgroundIndex(TextSearch inner) {
    this.inner = Objects.requireNonNull(inner, "inner");
    this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, "dossier-search-index");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public long watermark() {
    return awaitUnchecked(inner::watermark);
  }

  @Override
  public void index(IndexDoc doc) {
    queue(() -> inner.index(doc));
  }

  @Override
  public void delete(String id) {
    awaitUnchecked(() -> {
      inner.delete(id);
      return null;
    });
  }

  @Override
  public void commit(long seq) {
    queue(() -> inner.commit(seq));
  }

  @Override
  public void commitIfDue(long seq) {
    queue(() -> inner.commitIfDue(seq));
  }

  @Override
  public Hits search(Connection db, SearchQuery q, Set<Long> actorIds) throws SQLException {
    return await(() -> inner.search(db, q, actorIds));
  }

  @Override
  public Map<String, Long> indexed(Connection db) throws SQLException {
    return await(() -> inner.indexed(db));
  }

  /** Closes the wrapped search once everything queued has run (even after a failure). */
  @Override
  public void close() throws IOException {
    try {
      thread.submit(() -> {
        inner.close();
        return null;
      }).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while closing the search index", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
    } finally {
      thread.shutdown();
    }
    rethrow();
  }

  private void queue(Runnable r) {
    rethrow();
    room.acquireUninterruptibly();
    thread.execute(() -> {
      try {
        if (failure == null) {
          r.run();
        }
      } catch (RuntimeException | Error e) {
        failure = e;
      } finally {
        room.release();
      }
    });
  }

  private <T> T awaitUnchecked(Callable<T> c) {
    try {
      return await(c);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Runs {@code c} on the index thread after everything queued, and returns its result. */
  private <T> T await(Callable<T> c) throws SQLException {
    rethrow();
    Future<T> f = thread.submit(c);
    try {
      T v = f.get();
      rethrow();
      return v;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the search index", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof SQLException sql) {
        throw sql;
      }
      if (cause instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause.getMessage(), cause);
    }
  }

  private void rethrow() {
    Throwable t = failure;
    if (t != null) {
      if (t instanceof RuntimeException re) {
        throw re;
      }
      throw (Error) t;
    }
  }
}
