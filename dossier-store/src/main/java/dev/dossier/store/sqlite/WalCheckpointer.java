package dev.dossier.store.sqlite;

import dev.dossier.store.sql.AfterCommit;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Copies the write-ahead log into the database file on a thread of its own, after each commit
 * ({@code PRAGMA wal_checkpoint(PASSIVE)} on a second connection), instead of the writer doing it
 * inside its commit every {@code wal_autocheckpoint} pages: the writer stops checkpointing (its
 * {@code wal_autocheckpoint} is set to 0) and goes on linking while the pages are copied. A
 * passive checkpoint takes no lock the writer waits for; it copies the frames committed when it
 * starts, and once it has copied all of them the writer's next transaction starts the log from
 * its beginning, so the log stays about one transaction long. Crash safety is SQLite's own: a
 * killed process leaves a log that the next open replays, checkpointed or not.
 */
public final class WalCheckpointer implements AfterCommit {

  private final Connection conn;
  private final Thread thread;
  private boolean requested;
  private boolean stopping;
  private volatile Exception failure;

  private WalCheckpointer(Connection conn) {
    this.conn = conn;
    this.thread = new Thread(this::loop, "dossier-wal-checkpoint");
    this.thread.setDaemon(true);
  }

  /**
   * Starts checkpointing the database at {@code url} for {@code writer}, whose automatic
   * checkpoints it turns off.
   */
  public static WalCheckpointer start(String url, Connection writer) throws SQLException {
    Connection c = DriverManager.getConnection(url);
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 10000");
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    try (Statement s = writer.createStatement()) {
      s.execute("PRAGMA wal_autocheckpoint = 0");
    }
    WalCheckpointer w = new WalCheckpointer(c);
    w.thread.start();
    return w;
  }

  @Override
  public synchronized void committed() {
    requested = true;
    notifyAll();
  }

  private void loop() {
    try (Statement s = conn.createStatement()) {
      while (true) {
        synchronized (this) {
          while (!requested && !stopping) {
            wait();
          }
          if (!requested) {
            return;
          }
          requested = false;
        }
        s.execute("PRAGMA wal_checkpoint(PASSIVE)");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (SQLException | RuntimeException e) {
      failure = e; // the writer's connection checkpoints when it closes; nothing is lost
    }
  }

  /** The error that stopped checkpointing, or null. */
  Exception failure() {
    return failure;
  }

  /** Lets a requested checkpoint finish, then closes the second connection. */
  @Override
  public void close() {
    synchronized (this) {
      stopping = true;
      notifyAll();
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      conn.close();
    } catch (SQLException e) {
      // closing a connection that only checkpointed: the database is unaffected
    }
  }
}
