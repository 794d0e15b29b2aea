package dev.dossier.nlp.attribution;

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
 * A trained attribution tagging model ({@value #MODEL_FILE}) with its manifest ({@value #MANIFEST_FILE});
 * loading checks the feature version against {@link AttributionFeatures#VERSION} and the file's SHA-256.
 * Immutable; thread-safe.
 */
public final class AttributionModel {

  public static final String MODEL_FILE = "attribution.model.gz";
  public static final String MANIFEST_FILE = "manifest.json";
  public static final String RESOURCE_DIR = "/dev/dossier/nlp/attribution/";
  private static final String MAGIC = "dossier-attribution/1";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final AttributionTagger tagger;
  private final JsonNode manifest;

  private AttributionModel(AttributionTagger tagger, JsonNode manifest) {
    this.tagger = tagger;
    this.manifest = manifest;
  }

  public AttributionTagger tagger() {
    return tagger;
  }

  public JsonNode manifest() {
    return manifest;
  }

  /** "attribution-" and the first 12 hex digits of the model file's SHA-256. */
  public String id() {
    return "attribution-" + manifest.path("files").path(MODEL_FILE).asText("unknown").substring(0, 12);
  }

  private static final class Holder {
    static final AttributionModel SHIPPED = loadShipped();

    private static AttributionModel loadShipped() {
      return ModelFiles.shipped(AttributionModel.class, RESOURCE_DIR, MANIFEST_FILE, MODEL_FILE, "attribution model",
          AttributionModel::read);
    }
  }

  /** The shipped model, loaded once. @throws UncheckedIOException if missing or mismatched */
  public static AttributionModel shipped() {
    return Holder.SHIPPED;
  }

  /** Loads a directory written by {@link #save}. @throws IOException if missing or mismatched */
  public static AttributionModel load(Path dir) throws IOException {
    return ModelFiles.load(dir, MANIFEST_FILE, MODEL_FILE, AttributionModel::read);
  }

  private static AttributionModel read(byte[] manifestBytes, byte[] model, String where) throws IOException {
    JsonNode m = ModelFiles.checkedManifest(manifestBytes, model, MODEL_FILE, AttributionFeatures.VERSION, where,
        "dossier train attribution");
    // buffered: the rows are read a few bytes at a time, each read of the bare stream one call to inflate
    try (DataInputStream in = new DataInputStream(
        new BufferedInputStream(new GZIPInputStream(new ByteArrayInputStream(model)), 1 << 16))) {
      if (!MAGIC.equals(in.readUTF())) {
        throw new IOException(where + ": " + MODEL_FILE + " is not a " + MAGIC + " model");
      }
      LinearChain first = LinearChain.read(in);
      LinearChain second = in.readBoolean() ? LinearChain.read(in) : null;
      return new AttributionModel(new AttributionTagger(first, second), m);
    }
  }

  /** Writes the model and {@code manifest} (feature version and checksum added) to {@code dir}. */
  public static void save(Path dir, AttributionTagger tagger, ObjectNode manifest) throws IOException {
    Files.createDirectories(dir);
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bos) {
      {
        def.setLevel(9);
      }
    })) {
      out.writeUTF(MAGIC);
      tagger.model().write(out);
      out.writeBoolean(tagger.second() != null);
      if (tagger.second() != null) {
        tagger.second().write(out);
      }
    }
    byte[] model = bos.toByteArray();
    Files.write(dir.resolve(MODEL_FILE), model);
    manifest.put("featureVersion", AttributionFeatures.VERSION);
    manifest.putObject("files").put(MODEL_FILE, NerModel.sha256(model));
    Files.writeString(dir.resolve(MANIFEST_FILE), JSON.writeValueAsString(manifest) + "\n");
  }
}
