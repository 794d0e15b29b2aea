package dev.dossier.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/**
 * What the job keeps of one article between analysing it and writing the tables: its rows for
 * every table (in {@link dev.dossier.parquet.FactTables#names()} order), or why it failed.
 */
final class TableRows implements Serializable {
  private static final long serialVersionUID = 1L;

  final Row[][] tables;
  final String problem;

  private TableRows(Row[][] tables, String problem) {
    this.tables = tables;
    this.problem = problem;
  }

  static TableRows of(Row[][] tables) {
    return new TableRows(tables, null);
  }

  static TableRows failed(String problem) {
    return new TableRows(null, problem);
  }
}
