package dev.dossier.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
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

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new SimpleModule("dossier")
          .addSerializer(Analysis.class, new Ser())
          .addDeserializer(Analysis.class, new Deser()))
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

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

  /**
   * @throws IllegalArgumentException if the JSON is not a valid {@value Analysis#SCHEMA} document
   */
  public static Analysis fromJson(String json) {
    try {
      return MAPPER.readValue(json, Analysis.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a " + Analysis.SCHEMA + " document: " + e.getMessage(), e);
    }
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

  private static final class Deser extends StdDeserializer<Analysis> {
    Deser() {
      super(Analysis.class);
    }

    @Override
    public Analysis deserialize(JsonParser jp, DeserializationContext ctx) throws IOException {
      ObjectMapper m = (ObjectMapper) jp.getCodec();
      JsonNode root = m.readTree(jp);
      JsonNode schema = root.get("schema");
      if (schema == null || !Analysis.SCHEMA.equals(schema.asText())) {
        throw new IllegalArgumentException("expected \"schema\": \"" + Analysis.SCHEMA + "\", found "
            + (schema == null ? "none" : schema.toString()));
      }
      Article article = m.treeToValue(root.get("article"), Article.class);
      Map<LayerKey<?>, List<?>> layers = new LinkedHashMap<>();
      for (LayerKey<?> k : Layers.ALL) {
        JsonNode arr = root.get(k.id());
        if (arr == null || !arr.isArray()) {
          throw new IllegalArgumentException("layer \"" + k.id() + "\" is missing or not an array");
        }
        List<Object> records = new ArrayList<>(arr.size());
        for (JsonNode n : arr) {
          records.add(m.treeToValue(n, k.type()));
        }
        layers.put(k, records);
      }
      List<StageRun> runs = new ArrayList<>();
      JsonNode prov = root.path("provenance").path("stages");
      for (JsonNode n : prov) {
        runs.add(m.treeToValue(n, StageRun.class));
      }
      return Analysis.restore(article, layers, runs);
    }
  }
}
