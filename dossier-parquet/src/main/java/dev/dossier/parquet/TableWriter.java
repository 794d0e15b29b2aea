package dev.dossier.parquet;

import dev.dossier.parquet.FieldType.Field;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * Writes rows shaped by a table's {@link FieldType.Struct} to one Parquet file, in the layout Spark
 * writes (lists in the standard three-level form, strings as UTF-8 binaries, Snappy pages), without
 * Spark or a Hadoop file system. The inverse of {@link TableReader}. Not thread-safe.
 */
public final class TableWriter implements AutoCloseable {

  private final FieldType.Struct schema;
  private final SimpleGroupFactory groups;
  private final ParquetWriter<Group> writer;
  private long rows;

  private TableWriter(OutputFile file, FieldType.Struct schema) throws IOException {
    this.schema = schema;
    MessageType type = new MessageType("spark_schema", fields(schema));
    this.groups = new SimpleGroupFactory(type);
    this.writer = ExampleParquetWriter.builder(file)
        .withConf(new PlainParquetConfiguration())
        .withType(type)
        .withCodecFactory(PlainCodecs.INSTANCE)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .build();
  }

  /**
   * Opens {@code file} (any Parquet {@link OutputFile}, such as a Hadoop file system's), replacing
   * it, for rows of {@code table} ({@link FactTables#names()}). The caller closes the writer.
   *
   * @throws IOException when the file cannot be created
   */
  public static TableWriter open(OutputFile file, String table) throws IOException {
    return new TableWriter(file, FactTables.schema(table));
  }

  /**
   * Writes {@code rows} to {@code file}, replacing it.
   *
   * @throws IOException when the file cannot be written
   */
  static void write(Path file, FieldType.Struct schema, List<Object[]> rows) throws IOException {
    try (TableWriter w = new TableWriter(new LocalOutputFile(file), schema)) {
      for (Object[] row : rows) {
        w.write(row);
      }
    }
  }

  /** Appends one row, shaped as {@link FactTables#rows} makes them. */
  public void write(Object[] row) throws IOException {
    Group g = groups.newGroup();
    fill(g, schema, row);
    writer.write(g);
    rows++;
  }

  /** Rows written so far. */
  public long rows() {
    return rows;
  }

  /** Finishes the file. */
  @Override
  public void close() throws IOException {
    writer.close();
  }

  private static Type[] fields(FieldType.Struct s) {
    List<Field> fs = s.fields();
    Type[] out = new Type[fs.size()];
    for (int i = 0; i < out.length; i++) {
      Field f = fs.get(i);
      out[i] = type(f.name(), f.type(), f.nullable());
    }
    return out;
  }

  private static Type type(String name, FieldType t, boolean nullable) {
    Repetition rep = nullable ? Repetition.OPTIONAL : Repetition.REQUIRED;
    if (t instanceof FieldType.Scalar s) {
      return switch (s.kind()) {
        case INT -> Types.primitive(PrimitiveTypeName.INT32, rep).named(name);
        case LONG -> Types.primitive(PrimitiveTypeName.INT64, rep).named(name);
        case DOUBLE -> Types.primitive(PrimitiveTypeName.DOUBLE, rep).named(name);
        case BOOLEAN -> Types.primitive(PrimitiveTypeName.BOOLEAN, rep).named(name);
        case STRING -> Types.primitive(PrimitiveTypeName.BINARY, rep).as(LogicalTypeAnnotation.stringType()).named(name);
      };
    }
    if (t instanceof FieldType.Struct s) {
      return new GroupType(rep, name, fields(s));
    }
    FieldType.ListOf l = (FieldType.ListOf) t;
    Type element = type("element", l.element(), l.elementNullable());
    return Types.buildGroup(rep).as(LogicalTypeAnnotation.listType())
        .addField(new GroupType(Repetition.REPEATED, "list", element)).named(name);
  }

  private static void fill(Group g, FieldType.Struct schema, Object[] values) {
    List<Field> fs = schema.fields();
    for (int i = 0; i < fs.size(); i++) {
      if (values[i] != null) {
        add(g, i, fs.get(i).type(), values[i]);
      }
    }
  }

  private static void add(Group g, int idx, FieldType t, Object v) {
    if (t instanceof FieldType.Scalar s) {
      switch (s.kind()) {
        case INT -> g.add(idx, (Integer) v);
        case LONG -> g.add(idx, (Long) v);
        case DOUBLE -> g.add(idx, (Double) v);
        case BOOLEAN -> g.add(idx, (Boolean) v);
        case STRING -> g.add(idx, (String) v);
      }
      return;
    }
    if (t instanceof FieldType.Struct s) {
      fill(g.addGroup(idx), s, (Object[]) v);
      return;
    }
    FieldType.ListOf l = (FieldType.ListOf) t;
    Group list = g.addGroup(idx);
    for (Object e : (List<?>) v) {
      Group element = list.addGroup(0);
      if (e != null) {
        add(element, 0, l.element(), e);
      }
    }
  }
}
