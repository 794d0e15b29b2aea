package dev.dossier.cli;

import dev.dossier.store.Store;
import dev.dossier.store.Stores;
import picocli.CommandLine.Option;

/** The {@code --data} option shared by every command that opens the store. */
public final class StoreOptions {

  @Option(names = "--data", paramLabel = "DIR|JDBC_URL",
      description = "The store: a directory for the embedded store (default: $DOSSIER_DATA, else ./.dossier), "
          + "or a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DB?user=U&password=P).")
  String data;

  /** The location given, or the default. */
  public String location() {
    return data != null ? data : Stores.defaultLocation();
  }

  /** Opens the store, creating an embedded one where there is none yet; the caller closes it. */
  public Store open() {
    return Stores.open(location());
  }

  /**
   * Opens a store that must exist already, for the commands that only read it: a mistyped
   * {@code --data} directory is an error naming it, not a new empty store that answers nothing.
   * A PostgreSQL URL is opened as it is (the server says whether the database exists).
   *
   * @throws IllegalArgumentException when the directory holds no store
   */
  public Store openExisting() {
    String location = location();
    // a URL and a file are left to Stores.open, which names those mistakes ("unsupported store URL",
    // "a file, not a store directory")
    if (!location.startsWith("jdbc:") && !Stores.exists(location)
        && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(location))) {
      String env = System.getenv(Stores.ENV);
      String whence = data != null ? "" : env != null && !env.isBlank() ? " (from $" + Stores.ENV + ")"
          : " (the default: set --data DIR or $" + Stores.ENV + ")";
      throw new IllegalArgumentException("no store at " + location + whence
          + "; `dossier ingest --data " + location + " SOURCE...` makes one");
    }
    return open();
  }
}
