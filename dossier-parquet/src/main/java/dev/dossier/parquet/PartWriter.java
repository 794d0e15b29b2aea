package dev.dossier.parquet;

import dev.dossier.model.Analysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes analyses as one part of a fact-table directory in the Spark job's layout ({@code
 * DIR/TABLE/part-NNNNN-dossier.parquet} for every table of {@link FactTables#names()}), so that
 * {@link ParquetFacts} and {@code dossier load} read it like the job's output. It needs no Spark:
 * for tests, and for moving a few analyses between machines. Not thread-safe.
 */
public final class PartWriter {

  private PartWriter() {}

  /**
   * Writes part {@code part} of {@code dir} from {@code analyses}, replacing that part's files.
   *
   * @throws IOException when a file cannot be written
   */
  public static void write(Path dir, int part, List<Analysis> analyses) throws IOException {
    if (part < 0) {
      throw new IllegalArgumentException("part must be >= 0, got " + part);
    }
    Map<String, List<Object[]>> rows = new LinkedHashMap<>();
    for (String t : FactTables.names()) {
      rows.put(t, new ArrayList<>());
    }
    for (Analysis a : analyses) {
      FactTables.rows(a).forEach((t, r) -> rows.get(t).addAll(r));
    }
    String name = String.format("part-%05d-dossier.parquet", part);
    for (Map.Entry<String, List<Object[]>> e : rows.entrySet()) {
      Path table = Files.createDirectories(dir.resolve(e.getKey()));
      TableWriter.write(table.resolve(name), FactTables.schema(e.getKey()), e.getValue());
    }
  }
}
