package dev.dossier.store;

import dev.dossier.store.postgres.PostgresDialect;
import dev.dossier.store.postgres.PostgresSearch;
import dev.dossier.store.search.BackgroundIndex;
import dev.dossier.store.search.LuceneIndex;
import dev.dossier.store.sql.SqlStore;
import dev.dossier.store.sqlite.SqliteDialect;
import dev.dossier.store.sqlite.WalCheckpointer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Opens stores. Stateless and thread-safe. */
public final class Stores {
  private Stores() {}

  /** The environment variable naming the default data location. */
  public static final String ENV = "DOSSIER_DATA";

  /** The embedded store's database file in its directory. */
  private static final String DATABASE_FILE = "dossier.db";

  /** The default location: {@code $DOSSIER_DATA}, else {@code ./.dossier}. */
  public static String defaultLocation() {
    String env = System.getenv(ENV);
    return env == null || env.isBlank() ? ".dossier" : env;
  }

  /**
   * Whether {@code location} names a store that exists: an embedded store's directory holding its
   * database, or any PostgreSQL URL (whether that database exists only the server can say).
   */
  public static boolean exists(String location) {
    return location.startsWith("jdbc:postgresql:") || Files.isRegularFile(Path.of(location, DATABASE_FILE));
  }

  /**
   * Opens a store: a PostgreSQL JDBC URL ({@code jdbc:postgresql://...}) or a directory for the
   * embedded store (created when missing). Any other {@code jdbc:} URL is refused.
   *
   * @throws StoreException naming the location and what failed
   */
  public static Store open(String location) {
    if (location.startsWith("jdbc:postgresql:")) {
      return postgres(location);
    }
    if (location.startsWith("jdbc:")) {
      // a mistyped URL ("jdbc:postgres://...") would otherwise become a directory of that name
      throw new StoreException("unsupported store URL " + location.replaceAll("password=[^&]*", "password=***")
          + ": a store is a directory or a PostgreSQL URL (jdbc:postgresql://HOST:PORT/DB?user=U&password=P)");
    }
    Path dir = Path.of(location);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new StoreException(location + " is a file, not a store directory: give --data a directory"
          + " (a new one is created) or a jdbc:postgresql:// URL");
    }
    return embedded(dir);
  }

  /**
   * The embedded store in {@code dir}: {@code dir/dossier.db} (SQLite) and {@code dir/index}
   * (Lucene, indexed on a thread of its own: {@link BackgroundIndex}); the write-ahead log is
   * checkpointed on a thread of its own too ({@link WalCheckpointer}). One process at a time may open it.
   */
  public static Store embedded(Path dir) {
    LuceneIndex index;
    try {
      Files.createDirectories(dir);
      index = LuceneIndex.open(dir.resolve("index"));
    } catch (IOException e) {
      throw new StoreException("cannot open the store at " + dir + ": " + e.getMessage(), e);
    }
    Connection c;
    String url = "jdbc:sqlite:" + dir.resolve(DATABASE_FILE).toAbsolutePath();
    try {
      c = DriverManager.getConnection(url);
    } catch (SQLException e) {
      try {
        index.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new StoreException("cannot open the database of the store at " + dir + ": " + e.getMessage(), e);
    }
    return SqlStore.open(c, SqliteDialect.INSTANCE, new BackgroundIndex(index), dir.toString(),
        writer -> WalCheckpointer.start(url, writer));
  }

  /** A store in the PostgreSQL database at {@code jdbcUrl} (user and password in the URL or its defaults). */
  public static Store postgres(String jdbcUrl) {
    String shown = jdbcUrl.replaceAll("password=[^&]*", "password=***");
    Connection c;
    try {
      c = DriverManager.getConnection(jdbcUrl);
    } catch (SQLException e) {
      throw new StoreException("cannot connect to " + shown + ": " + e.getMessage(), e);
    }
    return SqlStore.open(c, PostgresDialect.INSTANCE, new PostgresSearch(), shown);
  }
}
