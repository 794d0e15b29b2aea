package dev.dossier.parquet;

import dev.dossier.parquet.FieldType.Field;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;

/**
 * Reads one Parquet file of a fact table into rows shaped by the table's {@link FieldType.Struct}:
 * columns are matched by name, so a file may have extra columns (ignored) or lack nullable ones
 * (read as null, as for a file written before a field was added). Lists are read in Parquet's
 * standard three-level form, which Spark writes. Needs no Hadoop configuration (nor the XML parser
 * it would load; pages are decompressed by {@link PlainCodecs}), so the CLI reads the tables with
 * parquet-hadoop and a trimmed hadoop-common.
 */
final class TableReader {

  private TableReader() {}

  /**
   * Calls {@code rows} with every row of the file, in file order.
   *
   * @throws IOException when the file cannot be read or is not Parquet
   */
  static void read(Path file, FieldType.Struct schema, Consumer<Object[]> rows) throws IOException {
    try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file),
        ParquetReadOptions.builder(new PlainParquetConfiguration()).withCodecFactory(PlainCodecs.INSTANCE).build())) {
      MessageType fileSchema = r.getFooter().getFileMetaData().getSchema();
      PageReadStore pages;
      while ((pages = r.readNextRowGroup()) != null) {
        RecordReader<Group> rr = new ColumnIOFactory().getColumnIO(fileSchema)
            .getRecordReader(pages, new GroupRecordConverter(fileSchema));
        for (long i = 0, n = pages.getRowCount(); i < n; i++) {
          rows.accept(struct(rr.read(), schema));
        }
      }
    }
  }

  private static Object[] struct(Group g, FieldType.Struct schema) {
    List<Field> fields = schema.fields();
    Object[] out = new Object[fields.size()];
    GroupType t = g.getType();
    for (int i = 0; i < out.length; i++) {
      Field f = fields.get(i);
      if (!t.containsField(f.name())) {
        continue;
      }
      int idx = t.getFieldIndex(f.name());
      if (g.getFieldRepetitionCount(idx) > 0) {
        out[i] = value(g, idx, f.type());
      }
    }
    return out;
  }

  private static Object value(Group g, int idx, FieldType type) {
    if (type instanceof FieldType.Scalar s) {
      return switch (s.kind()) {
        case INT -> g.getInteger(idx, 0);
        case LONG -> g.getLong(idx, 0);
        case DOUBLE -> g.getDouble(idx, 0);
        case BOOLEAN -> g.getBoolean(idx, 0);
        case STRING -> g.getString(idx, 0);
      };
    }
    if (type instanceof FieldType.Struct s) {
      return struct(g.getGroup(idx, 0), s);
    }
    FieldType.ListOf l = (FieldType.ListOf) type;
    Group list = g.getGroup(idx, 0);
    int n = list.getFieldRepetitionCount(0);
    List<Object> out = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      Group element = list.getGroup(0, j);
      out.add(element.getFieldRepetitionCount(0) == 0 ? null : value(element, 0, l.element()));
    }
    return out;
  }
}
