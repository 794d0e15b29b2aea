package dev.dossier.nlp.kb;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One knowledge-base file in the {@value #FORMAT} JSON format: a header and a list of actors (see
 * {@code docs/knowledge-base.md}). Reading is strict: unknown fields, a missing type or a
 * malformed date are errors naming the file, line and column.
 *
 * @param format always {@value #FORMAT}
 * @param source what the actors come from: "curated" or the imported file's name
 * @param description one line on what the file holds, or null
 * @param actors the actors, in file order; never null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "source", "description", "actors"})
public record KbFile(String format, String source, String description, List<KbActor> actors) {

  /** The format identifier written in every file. */
  public static final String FORMAT = "dossier.kb/1";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .build();

  public KbFile {
    actors = actors == null ? List.of() : List.copyOf(actors);
  }

  /**
   * Reads a file.
   *
   * @param in the JSON; not closed
   * @param name what to call it in error messages (file name or resource path)
   * @throws KbFormatException naming {@code name}, line and column when it is not a valid file
   * @throws UncheckedIOException when reading fails
   */
  public static KbFile read(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    KbFile f;
    try {
      f = MAPPER.readValue(in, KbFile.class);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
      String msg = e.getOriginalMessage();
      for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
        if (!(c instanceof JsonProcessingException) && c.getMessage() != null) {
          msg = c.getMessage();
          break;
        }
      }
      throw new KbFormatException(name + where + ": " + msg, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
    if (!FORMAT.equals(f.format())) {
      throw new KbFormatException(name + ": format is '" + f.format() + "', expected '" + FORMAT + "'", null);
    }
    return f;
  }

  /** Reads the file at {@code path}; see {@link #read(InputStream, String)}. */
  public static KbFile read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** Writes this file as indented JSON, one actor per block. */
  public void write(OutputStream out) {
    try {
      MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes this file to {@code path} (through a temporary file, then an atomic move). */
  public void write(Path path) {
    try {
      Path dir = path.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".kb-", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        write(out);
      }
      Files.move(tmp, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  /** A knowledge-base file that is not valid {@value #FORMAT}. */
  public static final class KbFormatException extends RuntimeException {
    public KbFormatException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
