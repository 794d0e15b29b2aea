package dev.dossier.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.dossier.model.json.AnalysisJson;
import java.io.UncheckedIOException;

/**
 * The server's JSON mapper: the Analysis contract's mapper, with ISO dates. Thread-safe; do not
 * reconfigure it.
 */
public final class Json {

  private static final ObjectMapper MAPPER = AnalysisJson.mapper().copy()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The value as JSON; a {@link RawJson} as it is. */
  public static String write(Object value) {
    if (value instanceof RawJson raw) {
      return raw.json();
    }
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
