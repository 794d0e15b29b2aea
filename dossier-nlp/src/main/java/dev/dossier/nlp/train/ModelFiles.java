package dev.dossier.nlp.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.nlp.ner.NerModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checks every shipped model shares: its manifest and model file read from the class path, the
 * manifest's feature version against the code's, and the model file's SHA-256 against the manifest.
 */
public final class ModelFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelFiles() {
  }

  /**
   * The bytes of {@code dir + manifestFile} and {@code dir + modelFile} on {@code owner}'s class path.
   *
   * @param what the model's name in messages ("POS model", "cue filter")
   * @throws UncheckedIOException if either is missing or unreadable
   */
  public static byte[][] fromClassPath(Class<?> owner, String dir, String manifestFile, String modelFile,
      String what) {
    try (InputStream m = owner.getResourceAsStream(dir + manifestFile);
         InputStream b = owner.getResourceAsStream(dir + modelFile)) {
      if (m == null || b == null) {
        throw new IOException("the " + what + " is missing from the class path at " + dir);
      }
      return new byte[][] {m.readAllBytes(), b.readAllBytes()};
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the shipped " + what + ": " + e.getMessage(), e);
    }
  }

  /** Builds a model from its manifest and model file; {@code where} names their location in messages. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(byte[] manifest, byte[] model, String where) throws IOException;
  }

  /**
   * The shipped model: {@code dir + manifestFile} and {@code dir + modelFile} on {@code owner}'s class
   * path, read by {@code reader}.
   *
   * @throws UncheckedIOException if either is missing, unreadable or mismatched
   */
  public static <T> T shipped(Class<?> owner, String dir, String manifestFile, String modelFile, String what,
      Reader<T> reader) {
    byte[][] files = fromClassPath(owner, dir, manifestFile, modelFile, what);
    try {
      return reader.read(files[0], files[1], SHIPPED_PREFIX + dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the shipped " + what + ": " + e.getMessage(), e);
    }
  }

  /** A model directory's {@code manifestFile} and {@code modelFile}, read by {@code reader}. */
  public static <T> T load(Path dir, String manifestFile, String modelFile, Reader<T> reader) throws IOException {
    return reader.read(Files.readAllBytes(dir.resolve(manifestFile)), Files.readAllBytes(dir.resolve(modelFile)),
        dir.toString());
  }

  /** How {@link #shipped} names a model's place: "class path /dev/dossier/nlp/pos/". */
  public static final String SHIPPED_PREFIX = "class path ";

  /**
   * Whether a model read from {@code where} has its checksum compared with its manifest's at load:
   * every model a user points Dossier at (a directory), not the shipped ones, which the build's
   * tests check ({@code ShippedModelChecksumsTest}) and which the jar carries with its own CRCs.
   * SHA-256 of the shipped 16 MB took some 150 ms of CPU at every start with the launcher's C1
   * compiler (the JDK's SHA-256 intrinsic is C2's).
   */
  public static boolean verifies(String where) {
    return !where.startsWith(SHIPPED_PREFIX);
  }

  /**
   * The parsed manifest, once it names {@code featureVersion} and {@code model}'s SHA-256 (for a
   * model outside the class path: {@link #verifies}).
   *
   * @param where the model's location in messages
   * @param retrain the command that trains the model, for the version message
   * @throws IOException if the manifest is unreadable, the feature version differs or the checksum
   */
  public static JsonNode checkedManifest(byte[] manifest, byte[] model, String modelFile, String featureVersion,
      String where, String retrain) throws IOException {
    JsonNode m = JSON.readTree(manifest);
    String version = m.path("featureVersion").asText();
    if (!featureVersion.equals(version)) {
      throw new IOException(where + ": model was trained with features '" + version + "' but this code computes '"
          + featureVersion + "'; retrain with " + retrain);
    }
    String want = m.path("files").path(modelFile).asText("");
    if (!verifies(where)) {
      return m;
    }
    String got = NerModel.sha256(model);
    if (!want.equals(got)) {
      throw new IOException(where + ": " + modelFile + " has SHA-256 " + got + " but the manifest says '" + want + "'");
    }
    return m;
  }
}
