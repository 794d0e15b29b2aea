package dev.dossier.nlp.pos;

import dev.dossier.nlp.train.ModelFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.nlp.ner.NerModel;
import dev.dossier.nlp.train.LinearChain;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained part-of-speech model ({@value #MODEL_FILE}) with its manifest ({@value #MANIFEST_FILE});
 * loading checks the feature version against {@link PosFeatures#VERSION} and the file's SHA-256.
 * Immutable; thread-safe.
 */
public final class PosModel {

  public static final String MODEL_FILE = "pos.model.gz";
  public static final String MANIFEST_FILE = "manifest.json";
  public static final String RESOURCE_DIR = "/dev/dossier/nlp/pos/";
  private static final String MAGIC = "dossier-pos/1";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final PosTagger tagger;
  private final JsonNode manifest;

  private PosModel(PosTagger tagger, JsonNode manifest) {
    this.tagger = tagger;
    this.manifest = manifest;
  }

  public PosTagger tagger() {
    return tagger;
  }

  public JsonNode manifest() {
    return manifest;
  }

  /** "pos-" and the first 12 hex digits of the model file's SHA-256. */
  public String id() {
    return "pos-" + manifest.path("files").path(MODEL_FILE).asText("unknown").substring(0, 12);
  }

  private static final class Holder {
    static final PosModel SHIPPED = loadShipped();

    private static PosModel loadShipped() {
      return ModelFiles.shipped(PosModel.class, RESOURCE_DIR, MANIFEST_FILE, MODEL_FILE, "POS model", PosModel::read);
    }
  }

  /** The shipped model, loaded once. @throws UncheckedIOException if missing or mismatched */
  public static PosModel shipped() {
    return Holder.SHIPPED;
  }

  /** Loads a directory written by {@link #save}. @throws IOException if missing or mismatched */
  public static PosModel load(Path dir) throws IOException {
    return ModelFiles.load(dir, MANIFEST_FILE, MODEL_FILE, PosModel::read);
  }

  private static PosModel read(byte[] manifestBytes, byte[] model, String where) throws IOException {
    JsonNode m = ModelFiles.checkedManifest(manifestBytes, model, MODEL_FILE, PosFeatures.VERSION, where,
        "dossier train pos");
    try (DataInputStream in = new DataInputStream(
        new BufferedInputStream(new GZIPInputStream(new ByteArrayInputStream(model)), 1 << 16))) {
      if (!MAGIC.equals(in.readUTF())) {
        throw new IOException(where + ": " + MODEL_FILE + " is not a " + MAGIC + " model");
      }
      return new PosModel(new PosTagger(LinearChain.read(in)), m);
    }
  }

  /** Writes the model and {@code manifest} (feature version and checksum added) to {@code dir}. */
  public static void save(Path dir, LinearChain chain, ObjectNode manifest) throws IOException {
    Files.createDirectories(dir);
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bos) {
      {
        def.setLevel(9);
      }
    })) {
      out.writeUTF(MAGIC);
      chain.write(out);
    }
    byte[] model = bos.toByteArray();
    Files.write(dir.resolve(MODEL_FILE), model);
    manifest.put("featureVersion", PosFeatures.VERSION);
    manifest.putObject("files").put(MODEL_FILE, NerModel.sha256(model));
    Files.writeString(dir.resolve(MANIFEST_FILE), JSON.writeValueAsString(manifest) + "\n");
  }
}
