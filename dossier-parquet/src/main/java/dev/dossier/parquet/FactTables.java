package dev.dossier.parquet;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.model.StageRun;
import dev.dossier.parquet.FieldType.Field;
import dev.dossier.parquet.FieldType.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fact tables of a set of analyses: {@value #ARTICLES} (one row per article, with its stage
 * provenance) and one table per layer of {@link Layers#ALL}, named by the layer's id ({@code
 * sentences}, {@code tokens}, {@code mentions}...).
 *
 * <p>A layer row is {@value #ARTICLE_ID} (the article's id), {@value #INDEX} (the record's position
 * in its layer, which is what other records' indices refer to) and then the record's components,
 * named as in the Analysis JSON, offsets included. Columns come from the record classes by
 * reflection ({@link RecordCodec}), so a layer added to {@link Layers#ALL} gets its table with no
 * change here. Thread-safe.
 */
public final class FactTables {

  /** The articles table. */
  public static final String ARTICLES = "articles";
  /** In a layer table: the id of the article the record belongs to. */
  public static final String ARTICLE_ID = "articleId";
  /** In a layer table: the record's index in its layer. */
  public static final String INDEX = "index";
  /** In the articles table: what each stage did ({@link StageRun}s, in pipeline order). */
  public static final String RUNS = "runs";

  private static final RecordCodec<Article> ARTICLE = RecordCodec.of(Article.class);
  private static final RecordCodec<StageRun> RUN = RecordCodec.of(StageRun.class);

  private FactTables() {}

  /** Every table: {@value #ARTICLES}, then the layers in JSON order. */
  public static List<String> names() {
    List<String> out = new ArrayList<>();
    out.add(ARTICLES);
    Layers.ALL.forEach(k -> out.add(k.id()));
    return out;
  }

  /**
   * The columns of a table.
   *
   * @throws IllegalArgumentException for an unknown table, or a layer record with a component no
   *     column can hold
   */
  public static FieldType.Struct schema(String table) {
    if (table.equals(ARTICLES)) {
      List<Field> f = new ArrayList<>(ARTICLE.schema().fields());
      f.add(new Field(RUNS, new FieldType.ListOf(RUN.schema(), false), false));
      return new FieldType.Struct(f);
    }
    LayerKey<?> k = layer(table);
    List<Field> f = new ArrayList<>();
    f.add(new Field(ARTICLE_ID, new FieldType.Scalar(Kind.STRING), false));
    f.add(new Field(INDEX, new FieldType.Scalar(Kind.INT), false));
    for (Field c : codec(k).schema().fields()) {
      if (c.name().equals(ARTICLE_ID) || c.name().equals(INDEX)) {
        throw new IllegalArgumentException("layer " + k.id() + " has a component named '" + c.name()
            + "', which its table uses for the article and the position");
      }
      f.add(c);
    }
    return new FieldType.Struct(f);
  }

  /** The layer a table holds. */
  public static LayerKey<?> layer(String table) {
    LayerKey<?> k = Layers.byId(table);
    if (k == null) {
      throw new IllegalArgumentException("no table '" + table + "'; tables: " + names());
    }
    return k;
  }

  /** Every table's rows for one analysis, keyed by table name, in {@link #names()} order. */
  public static Map<String, List<Object[]>> rows(Analysis a) {
    Map<String, List<Object[]>> out = new LinkedHashMap<>();
    out.put(ARTICLES, List.<Object[]>of(articleRow(a)));
    for (LayerKey<?> k : Layers.ALL) {
      out.put(k.id(), layerRows(a, k));
    }
    return out;
  }

  /** The article's row: its fields, then its stage runs. */
  public static Object[] articleRow(Analysis a) {
    Object[] fields = ARTICLE.toRow(a.article());
    Object[] row = new Object[fields.length + 1];
    System.arraycopy(fields, 0, row, 0, fields.length);
    List<Object> runs = new ArrayList<>(a.runs().size());
    for (StageRun r : a.runs()) {
      runs.add(RUN.toRow(r));
    }
    row[fields.length] = runs;
    return row;
  }

  /** One row per record of the layer, in layer order. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static List<Object[]> layerRows(Analysis a, LayerKey<?> k) {
    RecordCodec codec = codec(k);
    String id = a.article().id();
    List<?> records = a.layer(k);
    List<Object[]> out = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      Object[] fields = codec.toRow((Record) records.get(i));
      Object[] row = new Object[fields.length + 2];
      row[0] = id;
      row[1] = i;
      System.arraycopy(fields, 0, row, 2, fields.length);
      out.add(row);
    }
    return out;
  }

  /**
   * The article of an {@value #ARTICLES} row.
   *
   * @throws IllegalArgumentException when a value is missing or invalid
   */
  public static Article article(Object[] row) {
    int n = ARTICLE.schema().fields().size();
    Object[] fields = new Object[n];
    System.arraycopy(row, 0, fields, 0, n);
    return ARTICLE.fromRow(fields);
  }

  /** The stage runs of an {@value #ARTICLES} row. */
  public static List<StageRun> runs(Object[] row) {
    Object v = row[ARTICLE.schema().fields().size()];
    List<StageRun> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      for (Object o : l) {
        out.add(RUN.fromRow((Object[]) o));
      }
    }
    return out;
  }

  /**
   * The record of a layer row (without its article id and index).
   *
   * @throws IllegalArgumentException when a value is missing or the record rejects it
   */
  public static Object record(LayerKey<?> k, Object[] row) {
    Object[] fields = new Object[row.length - 2];
    System.arraycopy(row, 2, fields, 0, fields.length);
    return codec(k).fromRow(fields);
  }

  private static RecordCodec<?> codec(LayerKey<?> k) {
    Class<?> t = k.type();
    if (!t.isRecord()) {
      throw new IllegalArgumentException("layer " + k.id() + " holds " + t.getName() + ", not a record");
    }
    return RecordCodec.of(t.asSubclass(Record.class));
  }
}
