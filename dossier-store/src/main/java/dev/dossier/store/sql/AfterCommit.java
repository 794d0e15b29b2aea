package dev.dossier.store.sql;

/**
 * Told by the store after each write transaction commits; closed with the store, before its
 * connection. {@link #NONE} does nothing.
 */
public interface AfterCommit extends AutoCloseable {

  AfterCommit NONE = new AfterCommit() {
    @Override
    public void committed() {}

    @Override
    public void close() {}
  };

  /** A write transaction has committed. Must not block. */
  void committed();

  @Override
  void close();
}
