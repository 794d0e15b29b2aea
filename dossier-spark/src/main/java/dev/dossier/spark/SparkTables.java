package dev.dossier.spark;

import dev.dossier.parquet.FieldType;
import dev.dossier.parquet.FieldType.Field;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/** Spark's view of the {@link dev.dossier.parquet.FactTables}: schemas and rows. Thread-safe. */
final class SparkTables {

  private SparkTables() {}

  /** The Spark schema of a table's columns. */
  static StructType schema(FieldType.Struct struct) {
    List<StructField> fields = new ArrayList<>();
    for (Field f : struct.fields()) {
      fields.add(DataTypes.createStructField(f.name(), type(f.type()), f.nullable()));
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType type(FieldType t) {
    if (t instanceof FieldType.Scalar s) {
      return switch (s.kind()) {
        case INT -> DataTypes.IntegerType;
        case LONG -> DataTypes.LongType;
        case DOUBLE -> DataTypes.DoubleType;
        case BOOLEAN -> DataTypes.BooleanType;
        case STRING -> DataTypes.StringType;
      };
    }
    if (t instanceof FieldType.Struct s) {
      return schema(s);
    }
    FieldType.ListOf l = (FieldType.ListOf) t;
    return ArrayType.apply(type(l.element()), l.elementNullable());
  }

  /** A Spark row of a table row: nested {@code Object[]} become rows, lists Scala sequences. */
  static Row row(Object[] values) {
    Object[] out = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = value(values[i]);
    }
    return RowFactory.create(out);
  }

  private static Object value(Object v) {
    if (v instanceof Object[] struct) {
      return row(struct);
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object o : l) {
        out.add(value(o));
      }
      return CollectionConverters.asScala(out).toSeq();
    }
    return v;
  }
}
