package dev.dossier.store.sql;

import dev.dossier.model.Actor;
import dev.dossier.model.Extent;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A normalised table holding one layer's records: {@code (article, idx, columns...)} with primary
 * key {@code (article, idx)}, where {@code article} is the article's sequence number and {@code
 * idx} the record's index in its layer. Immutable and thread-safe.
 *
 * @param <T> the record type
 */
final class Table<T> {

  final String name;
  final List<String> columns;
  final List<ColType> types;
  private final BiConsumer<T, Row> fill;

  private Table(String name, List<String> columns, List<ColType> types, BiConsumer<T, Row> fill) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.types = List.copyOf(types);
    this.fill = fill;
  }

  static <T> Builder<T> named(String name) {
    return new Builder<>(name);
  }

  String ddl(Dialect d) {
    StringBuilder sb = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(name)
        .append(" (article BIGINT NOT NULL, idx BIGINT NOT NULL");
    for (int i = 0; i < columns.size(); i++) {
      sb.append(", ").append(columns.get(i)).append(' ').append(types.get(i).sql);
    }
    return sb.append(", PRIMARY KEY (article, idx))").append(d.compositeKeySuffix()).toString();
  }

  String insertSql() {
    StringBuilder sb = new StringBuilder("INSERT INTO ").append(name).append(" (article, idx");
    columns.forEach(c -> sb.append(", ").append(c));
    sb.append(") VALUES (?, ?");
    columns.forEach(c -> sb.append(", ?"));
    return sb.append(')').toString();
  }

  /** Binds one record as a batch entry of {@link #insertSql()}. */
  void addBatch(PreparedStatement ps, long article, int idx, T record) throws SQLException {
    Row row = new Row(columns.size());
    fill.accept(record, row);
    if (row.values.size() != columns.size()) {
      throw new IllegalStateException(name + ": filled " + row.values.size() + " values for "
          + columns.size() + " columns");
    }
    ps.setLong(1, article);
    ps.setLong(2, idx);
    for (int i = 0; i < columns.size(); i++) {
      Jdbc.bind(ps, i + 3, row.values.get(i), types.get(i));
    }
    ps.addBatch();
  }

  /** The values of one row, in column order. Not thread-safe. */
  static final class Row {
    final List<Object> values;

    Row(int n) {
      values = new ArrayList<>(n);
    }

    Row v(Object o) {
      values.add(o);
      return this;
    }

    /** Three values: the extent's text, start and end (all null when the extent is null). */
    Row ext(Extent e) {
      values.add(e == null ? null : e.text());
      values.add(e == null ? null : e.start());
      values.add(e == null ? null : e.end());
      return this;
    }

    /** Seven values describing an event participant (all null when absent). */
    Row actor(Actor a) {
      values.add(a == null ? null : a.name());
      values.add(a == null ? null : a.entity());
      values.add(a == null ? null : a.code());
      values.add(a == null ? null : a.group());
      values.add(a == null ? null : a.affiliation());
      values.add(a == null || a.extent() == null ? null : a.extent().start());
      values.add(a == null || a.extent() == null ? null : a.extent().end());
      return this;
    }
  }

  /** Declares a table's columns, in the order the filler writes them. */
  static final class Builder<T> {
    private final String name;
    private final List<String> columns = new ArrayList<>();
    private final List<ColType> types = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    Builder<T> col(String column, ColType type) {
      columns.add(column);
      types.add(type);
      return this;
    }

    Builder<T> i(String... cs) {
      for (String c : cs) {
        col(c, ColType.INT);
      }
      return this;
    }

    Builder<T> t(String... cs) {
      for (String c : cs) {
        col(c, ColType.TEXT);
      }
      return this;
    }

    Builder<T> r(String c) {
      return col(c, ColType.REAL);
    }

    Builder<T> b(String c) {
      return col(c, ColType.BOOL);
    }

    Builder<T> ext(String prefix) {
      return col(prefix + "_text", ColType.TEXT).col(prefix + "_start", ColType.INT)
          .col(prefix + "_end", ColType.INT);
    }

    Builder<T> actor(String prefix) {
      return t(prefix + "_name").i(prefix + "_entity").t(prefix + "_code").b(prefix + "_group")
          .t(prefix + "_affiliation").i(prefix + "_start", prefix + "_end");
    }

    Table<T> fill(BiConsumer<T, Row> fill) {
      return new Table<>(name, columns, types, fill);
    }
  }
}
