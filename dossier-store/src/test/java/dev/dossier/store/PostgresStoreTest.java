package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The store contract on PostgreSQL. Needs a server: {@code DOSSIER_PG_URL} is a JDBC URL of a
 * database the tests may create schemas in ({@code .ci/run} starts one). Without it the tests
 * are skipped, except under {@code CI=true}, where a missing server is a failure. Each test gets
 * its own schema, dropped afterwards.
 */
class PostgresStoreTest extends StoreContractTest {

  private String schema;

  static String url() {
    String url = System.getenv("DOSSIER_PG_URL");
    if (url == null || url.isBlank()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true but DOSSIER_PG_URL is not set: .ci/run must start PostgreSQL and export it");
      }
      Assumptions.abort("DOSSIER_PG_URL is not set; PostgreSQL tests skipped");
    }
    return url;
  }

  private String schemaUrl() {
    String url = url();
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @Override
  protected Store newStore() throws Exception {
    schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return Stores.open(schemaUrl());
  }

  @Override
  protected Store reopen() {
    return Stores.open(schemaUrl());
  }

  @AfterEach
  void dropSchema() throws Exception {
    if (store != null) {
      store.close();
      store = null;
    }
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  @Test
  void keepsItsTablesInTheGivenSchema() throws Exception {
    store.put(Scenario.wire(false));
    try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT COUNT(*) FROM " + schema + ".articles")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(1);
    }
  }
}
