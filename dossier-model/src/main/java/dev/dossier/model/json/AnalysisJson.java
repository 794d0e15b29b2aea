package dev.dossier.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.model.StageRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps {@link Analysis} to and from the {@value Analysis#SCHEMA} JSON contract documented in
 * {@code docs/analysis-format.md}. Every standard layer is written, as an empty array when no
 * stage produced it. Thread-safe.
 */
public final class AnalysisJson {

  private static final ObjectMapper MAPPER = mapper(false);
  /** The same mapper but for the tokens, checked and left out (see {@link #fromJsonWithoutTokens}). */
  private static final ObjectMapper WITHOUT_TOKENS = mapper(true);

  private static ObjectMapper mapper(boolean skipTokens) {
    return JsonMapper.builder()
        .addModule(new SimpleModule("dossier")
            .addSerializer(Analysis.class, new Ser())
            .addDeserializer(Analysis.class, new Deser(skipTokens)))
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  private static final ObjectWriter COMPACT = MAPPER.writer();
  private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  private AnalysisJson() {}

  /** The shared mapper, configured for every Dossier record. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String toJson(Analysis a, boolean pretty) {
    try {
      return (pretty ? PRETTY : COMPACT).writeValueAsString(a);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A token the reading without tokens cannot vouch for: the document is read in full instead. */
  private static final class NotPlainTokens extends RuntimeException {
    NotPlainTokens() {
      super(null, null, false, false);
    }
  }

  /**
   * The analysis of well-formed UTF-8 JSON with an empty tokens layer, for a reader that needs
   * every layer but the tokens (two thirds of a document's bytes). The tokens are checked without
   * being built: a document whose every token has integer {@code start}, {@code end} and {@code
   * sentence} with {@code 0 <= start <= end}, a string {@code text}, and {@code pos} and {@code
   * lemma} strings or null gives what {@link #fromJson} gives, less the tokens; any other document
   * is read by {@link #fromJson} itself, so it is accepted or refused exactly as there.
   *
   * @throws IllegalArgumentException if the JSON is not a valid {@value Analysis#SCHEMA} document
   */
  public static Analysis fromJsonWithoutTokens(byte[] utf8Json) {
    try {
      Analysis a = WITHOUT_TOKENS.readValue(utf8Json, Analysis.class);
      if (a != null) {
        return a;
      }
    } catch (IOException | RuntimeException e) {
      // not plain, or refused: the full reading decides, with its own message
    }
    return fromJson(new String(utf8Json, java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * @throws IllegalArgumentException if the JSON is not a valid {@value Analysis#SCHEMA} document
   */
  public static Analysis fromJson(String json) {
    try {
      return MAPPER.readValue(json, Analysis.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a " + Analysis.SCHEMA + " document: " + message(e), e);
    }
  }

  /** The parser's own message and where, without Jackson's "[Source: ...]" location text. */
  static String message(IOException e) {
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
      com.fasterxml.jackson.core.JsonLocation at = j.getLocation();
      String where = at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      return j.getOriginalMessage() + where;
    }
    return e.getMessage();
  }

  private static final class Ser extends StdSerializer<Analysis> {
    Ser() {
      super(Analysis.class);
    }

    @Override
    public void serialize(Analysis a, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeStartObject();
      g.writeStringField("schema", Analysis.SCHEMA);
      g.writeFieldName("article");
      p.defaultSerializeValue(a.article(), g);
      for (LayerKey<?> k : Layers.ALL) {
        g.writeFieldName(k.id());
        p.defaultSerializeValue(a.layer(k), g);
      }
      g.writeFieldName("provenance");
      g.writeStartObject();
      g.writeStringField("dossier", Version.get());
      g.writeFieldName("stages");
      p.defaultSerializeValue(a.runs(), g);
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  /**
   * Reads the document as a stream of tokens: each record is bound straight from the parser, with
   * no tree built first (a tree and a parser over each of its nodes cost about twice the CPU of
   * the binding itself). Fields may come in any order; unknown ones are skipped.
   */
  private static final class Deser extends StdDeserializer<Analysis> {
    private final boolean skipTokens;

    Deser(boolean skipTokens) {
      super(Analysis.class);
      this.skipTokens = skipTokens;
    }

    @Override
    public Analysis deserialize(JsonParser jp, DeserializationContext ctx) throws IOException {
      String field;
      if (jp.currentToken() == JsonToken.START_OBJECT) {
        field = jp.nextFieldName();
      } else if (jp.currentToken() == JsonToken.FIELD_NAME) { // inside an object another reader opened
        field = jp.currentName();
      } else {
        throw new IllegalArgumentException("expected a JSON object, found " + jp.currentToken());
      }
      String schema = null;
      Article article = null;
      Map<LayerKey<?>, List<?>> layers = new LinkedHashMap<>();
      List<StageRun> runs = new ArrayList<>();
      for (; field != null; field = jp.nextFieldName()) {
        JsonToken value = jp.nextToken();
        LayerKey<?> k = Layers.byId(field);
        if (field.equals("schema")) {
          schema = value == JsonToken.VALUE_STRING ? jp.getText() : jp.readValueAsTree().toString();
          checkSchema(schema);
        } else if (field.equals("article")) {
          article = value == JsonToken.VALUE_NULL ? null : ctx.readValue(jp, Article.class);
        } else if (k != null) {
          if (value != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException("layer \"" + k.id() + "\" is missing or not an array");
          }
          if (skipTokens && k == Layers.TOKENS) {
            if (!plainTokens(jp)) {
              throw new NotPlainTokens();
            }
            layers.put(k, List.of());
            continue;
          }
          List<Object> records = new ArrayList<>();
          while (jp.nextToken() != JsonToken.END_ARRAY) {
            records.add(ctx.readValue(jp, k.type()));
          }
          layers.put(k, records);
        } else if (field.equals("provenance") && value == JsonToken.START_OBJECT) {
          readProvenance(jp, ctx, runs);
        } else {
          jp.skipChildren();
        }
      }
      checkSchema(schema);
      for (LayerKey<?> k : Layers.ALL) {
        if (!layers.containsKey(k)) {
          throw new IllegalArgumentException("layer \"" + k.id() + "\" is missing or not an array");
        }
      }
      return restore(article, layers, runs);
    }

    /** Reads the tokens array to its end; whether every token is plain (see {@link #fromJsonWithoutTokens}). */
    private static boolean plainTokens(JsonParser jp) throws IOException {
      for (JsonToken t = jp.nextToken(); t != JsonToken.END_ARRAY; t = jp.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          return false;
        }
        int start = -1;
        int end = -1;
        boolean text = false;
        for (String f = jp.nextFieldName(); f != null; f = jp.nextFieldName()) {
          JsonToken v = jp.nextToken();
          switch (f) {
            case "start", "end", "sentence" -> {
              if (v != JsonToken.VALUE_NUMBER_INT || jp.getNumberType() != JsonParser.NumberType.INT) {
                return false;
              }
              if (f.equals("start")) {
                start = jp.getIntValue();
              } else if (f.equals("end")) {
                end = jp.getIntValue();
              }
            }
            case "text" -> {
              if (v != JsonToken.VALUE_STRING) {
                return false;
              }
              text = true;
            }
            case "pos", "lemma" -> {
              if (v != JsonToken.VALUE_STRING && v != JsonToken.VALUE_NULL) {
                return false;
              }
            }
            default -> {
              return false;
            }
          }
        }
        if (start < 0 || end < start || !text) {
          return false;
        }
      }
      return true;
    }

    private static void checkSchema(String schema) {
      if (!Analysis.SCHEMA.equals(schema)) {
        throw new IllegalArgumentException("expected \"schema\": \"" + Analysis.SCHEMA + "\", found "
            + (schema == null ? "none" : "\"" + schema + "\""));
      }
    }
  }

  /**
   * Reads the {@code provenance} object at {@code jp} (its start token read), adding its
   * {@code stages} to {@code runs}; its other fields are skipped.
   */
  private static void readProvenance(JsonParser jp, DeserializationContext ctx, List<StageRun> runs)
      throws IOException {
    for (String field = jp.nextFieldName(); field != null; field = jp.nextFieldName()) {
      JsonToken value = jp.nextToken();
      if (field.equals("stages") && value == JsonToken.START_ARRAY) {
        while (jp.nextToken() != JsonToken.END_ARRAY) {
          runs.add(ctx.readValue(jp, StageRun.class));
        }
      } else {
        jp.skipChildren();
      }
    }
  }

  /**
   * {@code article} with {@code layers} (every layer of the schema, in any order) and the stage
   * runs, its layers put in schema order.
   */
  private static Analysis restore(Article article, Map<LayerKey<?>, List<?>> layers, List<StageRun> runs) {
    Map<LayerKey<?>, List<?>> ordered = new LinkedHashMap<>();
    for (LayerKey<?> k : Layers.ALL) {
      ordered.put(k, layers.get(k));
    }
    return Analysis.restore(article, ordered, runs);
  }
}
