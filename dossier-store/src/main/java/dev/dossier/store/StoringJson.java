package dev.dossier.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.model.StageRun;
import dev.dossier.model.json.AnalysisJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an Analysis JSON document for storing it: every layer is bound as {@link
 * AnalysisJson#fromJson} binds it except tokens, which the store keeps only inside the stored
 * JSON (no table, no linking step reads them) and which are two thirds of a document's bytes.
 * The tokens are checked without being built: a document whose every token has integer {@code
 * start}, {@code end} and {@code sentence} with {@code 0 <= start <= end}, a string {@code text},
 * and {@code pos} and {@code lemma} strings or null gives the analysis {@link AnalysisJson#fromJson}
 * gives with an empty tokens layer; any other document (a token of another shape, or one the
 * full reading refuses) is read by {@link AnalysisJson#fromJson} itself, so it is accepted or
 * refused exactly as there. Thread-safe.
 */
final class StoringJson {
  private StoringJson() {}

  /**
   * The analysis without its tokens (an empty tokens layer).
   *
   * @throws IllegalArgumentException if the JSON is not a valid Analysis document
   */
  static Analysis withoutTokens(String json) {
    return withoutTokens(json.getBytes(StandardCharsets.UTF_8));
  }

  /** {@link #withoutTokens(String)} of well-formed UTF-8. */
  static Analysis withoutTokens(byte[] utf8Json) {
    Parsed p;
    try {
      p = AnalysisJson.mapper().readValue(utf8Json, Parsed.class);
    } catch (IOException | RuntimeException e) {
      p = null;
    }
    return p != null && p.analysis() != null ? p.analysis()
        : AnalysisJson.fromJson(new String(utf8Json, StandardCharsets.UTF_8));
  }

  /** The result of the reading; a null analysis when a token was not plain (read in full instead). */
  @JsonDeserialize(using = Reader.class)
  record Parsed(Analysis analysis) {}

  /** As {@code AnalysisJson}'s reader, with the tokens checked and skipped. */
  static final class Reader extends StdDeserializer<Parsed> {
    private static final Parsed NOT_PLAIN = new Parsed(null);

    Reader() {
      super(Parsed.class);
    }

    @Override
    public Parsed deserialize(JsonParser jp, DeserializationContext ctx) throws IOException {
      if (jp.currentToken() != JsonToken.START_OBJECT) {
        return NOT_PLAIN;
      }
      String schema = null;
      Article article = null;
      Map<LayerKey<?>, List<?>> layers = new LinkedHashMap<>();
      List<StageRun> runs = new ArrayList<>();
      for (String field = jp.nextFieldName(); field != null; field = jp.nextFieldName()) {
        JsonToken value = jp.nextToken();
        LayerKey<?> k = Layers.byId(field);
        if (field.equals("schema")) {
          if (value != JsonToken.VALUE_STRING || !Analysis.SCHEMA.equals(jp.getText())) {
            return NOT_PLAIN;
          }
          schema = jp.getText();
        } else if (field.equals("article")) {
          if (value != JsonToken.START_OBJECT) {
            return NOT_PLAIN;
          }
          article = ctx.readValue(jp, Article.class);
        } else if (k != null) {
          if (value != JsonToken.START_ARRAY) {
            return NOT_PLAIN;
          }
          if (k == Layers.TOKENS) {
            if (!plainTokens(jp)) {
              return NOT_PLAIN;
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
          AnalysisJson.readProvenance(jp, ctx, runs);
        } else {
          jp.skipChildren();
        }
      }
      if (schema == null || article == null || !layers.keySet().containsAll(Layers.ALL)) {
        return NOT_PLAIN;
      }
      return new Parsed(AnalysisJson.restore(article, layers, runs));
    }

    /** Reads the tokens array to its end; whether every token is plain (see the class comment). */
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
  }
}
