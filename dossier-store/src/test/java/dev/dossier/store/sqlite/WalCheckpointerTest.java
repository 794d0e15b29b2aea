package dev.dossier.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalCheckpointerTest {

  @TempDir
  Path dir;

  @Test
  void copiesCommittedPagesIntoTheDatabaseFileWhileTheWriterGoesOn() throws Exception {
    Path db = dir.resolve("t.db");
    String url = "jdbc:sqlite:" + db.toAbsolutePath();
    try (Connection writer = DriverManager.getConnection(url)) {
      SqliteDialect.INSTANCE.configure(writer);
      try (Statement s = writer.createStatement()) {
        s.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v BLOB)");
      }
      long emptySize = Files.size(db);
      WalCheckpointer w = WalCheckpointer.start(url, writer);
      writer.setAutoCommit(false);
      try (PreparedStatement p = writer.prepareStatement("INSERT INTO t (k, v) VALUES (?, ?)")) {
        for (int i = 0; i < 400; i++) {
          p.setInt(1, i);
          p.setBytes(2, new byte[10_000]);
          p.executeUpdate();
        }
      }
      writer.commit();
      w.committed();
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (Files.size(db) < emptySize + 3_000_000 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      // the writer's own automatic checkpoints are off: only the checkpointer wrote the file
      assertTrue(Files.size(db) >= emptySize + 3_000_000, "database file " + Files.size(db) + " bytes");
      w.close();
      assertNull(w.failure());
      try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
        rs.next();
        assertEquals(400, rs.getInt(1));
      }
    }
  }
}
