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

  /** Opens the store; the caller closes it. */
  public Store open() {
    return Stores.open(location());
  }
}
