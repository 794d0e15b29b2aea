package dev.dossier.spark;

import dev.dossier.model.Analysis;
import dev.dossier.parquet.FactTables;
import dev.dossier.parquet.TableWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/**
 * The files of one partition of the job: one Parquet file per table ({@code OUT/TABLE/part-NNNNN-
 * dossier.snappy.parquet}), streamed an analysis at a time, so a task holds one article's rows,
 * not its partition's. Each file is written under a hidden temporary name ({@code .part-NNNNN-
 * ATTEMPT.tmp}, which readers skip) and renamed when the whole partition is written, so a failed
 * or retried task leaves no partial part behind, and a retry replaces the part. Not thread-safe.
 */
final class PartWriters implements AutoCloseable {

  private final FileSystem fs;
  private final List<String> tables = FactTables.names();
  private final Path[] temp;
  private final Path[] done;
  private final TableWriter[] writers;
  private boolean committed;

  PartWriters(String output, int partition, long attempt, Configuration conf) throws IOException {
    Path out = new Path(output);
    this.fs = out.getFileSystem(conf);
    int n = tables.size();
    temp = new Path[n];
    done = new Path[n];
    writers = new TableWriter[n];
    String part = String.format("part-%05d", partition);
    try {
      for (int i = 0; i < n; i++) {
        Path dir = new Path(out, tables.get(i));
        temp[i] = new Path(dir, "." + part + "-" + attempt + ".tmp");
        done[i] = new Path(dir, part + "-dossier.snappy.parquet");
        writers[i] = TableWriter.open(HadoopOutputFile.fromPath(temp[i], conf), tables.get(i));
      }
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Appends an analysis's rows to every table. */
  void write(Analysis a) {
    Map<String, List<Object[]>> rows = FactTables.rows(a);
    try {
      for (int i = 0; i < writers.length; i++) {
        for (Object[] r : rows.get(tables.get(i))) {
          writers[i].write(r);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the tables of " + a.article().origin().locator(), e);
    }
  }

  /** Rows written per table, in {@link FactTables#names()} order. */
  long[] rows() {
    long[] c = new long[writers.length];
    for (int i = 0; i < c.length; i++) {
      c[i] = writers[i].rows();
    }
    return c;
  }

  /** Closes every file and gives it its final name. */
  void commit() throws IOException {
    for (TableWriter w : writers) {
      w.close();
    }
    committed = true;
    for (int i = 0; i < done.length; i++) {
      fs.delete(done[i], false);
      if (!fs.rename(temp[i], done[i])) {
        throw new IOException("cannot rename " + temp[i] + " to " + done[i]);
      }
    }
  }

  /** After a failure: closes what is open and removes the temporary files. */
  @Override
  public void close() {
    if (committed) {
      return;
    }
    for (int i = 0; i < writers.length; i++) {
      try {
        if (writers[i] != null) {
          writers[i].close();
        }
        fs.delete(temp[i], false);
      } catch (IOException | RuntimeException e) {
        // the task is failing already; a temporary file left behind is hidden from readers
      }
    }
  }
}
