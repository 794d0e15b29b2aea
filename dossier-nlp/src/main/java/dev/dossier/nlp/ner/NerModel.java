package dev.dossier.nlp.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.nlp.train.LinearChain;
import dev.dossier.nlp.train.Sha256;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained NER model: the tagger's weights ({@value #MODEL_FILE}), the word clusters its features
 * read ({@value #CLUSTERS_FILE}) and a manifest ({@value #MANIFEST_FILE}: training data and
 * checksums, parameters, dev scores, code version). Loading checks the manifest: the feature
 * version must be the code's {@link NerFeatures#VERSION} and every file's SHA-256 must match.
 * Immutable; safe to share between threads.
 */
public final class NerModel {

  public static final String MODEL_FILE = "ner.model.gz";
  public static final String CLUSTERS_FILE = "clusters.tsv.gz";
  public static final String MANIFEST_FILE = "manifest.json";
  /** Where the shipped model lives on the class path. */
  public static final String RESOURCE_DIR = "/dev/dossier/nlp/ner/";
  private static final String MAGIC = "dossier-ner/1";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final NerTagger tagger;
  private final JsonNode manifest;
  private final WordClusters clusters;

  private NerModel(NerTagger tagger, JsonNode manifest, WordClusters clusters) {
    this.tagger = tagger;
    this.manifest = manifest;
    this.clusters = clusters;
  }

  /** The word classes the model's features use (other stages' features may share them). */
  public WordClusters clusters() {
    return clusters;
  }

  public NerTagger tagger() {
    return tagger;
  }

  /** The manifest, as read. */
  public JsonNode manifest() {
    return manifest;
  }

  /** "ner-" and the first 12 hex digits of the model file's SHA-256. */
  public String id() {
    return "ner-" + manifest.path("files").path(MODEL_FILE).asText("unknown").substring(0, 12);
  }

  private static final class Holder {
    static final NerModel SHIPPED = loadShipped();

    private static NerModel loadShipped() {
      try {
        return load(name -> NerModel.class.getResourceAsStream(RESOURCE_DIR + name),
            dev.dossier.nlp.train.ModelFiles.SHIPPED_PREFIX + RESOURCE_DIR);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the shipped NER model: " + e.getMessage(), e);
      }
    }
  }

  /**
   * The model shipped with Dossier, loaded once.
   *
   * @throws UncheckedIOException if it is missing or does not match its manifest
   */
  public static NerModel shipped() {
    return Holder.SHIPPED;
  }

  /**
   * Loads a model directory written by {@link #save}.
   *
   * @throws IOException if a file is missing or unreadable, or the manifest does not match
   */
  public static NerModel load(Path dir) throws IOException {
    return load(name -> {
      Path p = dir.resolve(name);
      return Files.exists(p) ? Files.newInputStream(p) : null;
    }, dir.toString());
  }

  interface Opener {
    InputStream open(String name) throws IOException;
  }

  private static byte[] bytes(Opener o, String name, String where) throws IOException {
    try (InputStream in = o.open(name)) {
      if (in == null) {
        throw new IOException(where + ": " + name + " is missing");
      }
      return in.readAllBytes();
    }
  }

  private static NerModel load(Opener o, String where) throws IOException {
    JsonNode m = JSON.readTree(bytes(o, MANIFEST_FILE, where));
    String version = m.path("featureVersion").asText();
    if (!NerFeatures.VERSION.equals(version)) {
      throw new IOException(where + ": model was trained with features '" + version + "' but this code computes '"
          + NerFeatures.VERSION + "'; retrain with dossier train ner");
    }
    byte[] model = bytes(o, MODEL_FILE, where);
    byte[] clusters = bytes(o, CLUSTERS_FILE, where);
    check(m, MODEL_FILE, model, where);
    check(m, CLUSTERS_FILE, clusters, where);
    WordClusters wc = WordClusters.read(new ByteArrayInputStream(clusters));
    NerFeatures f = new NerFeatures(wc, Gazetteer.empty());
    try (DataInputStream in = new DataInputStream(
        new BufferedInputStream(new GZIPInputStream(new ByteArrayInputStream(model)), 1 << 16))) {
      String magic = in.readUTF();
      if (!MAGIC.equals(magic)) {
        throw new IOException(where + ": " + MODEL_FILE + " is not a " + MAGIC + " model");
      }
      LinearChain first = LinearChain.read(in);
      LinearChain second = in.readBoolean() ? LinearChain.read(in) : null;
      return new NerModel(new NerTagger(f, first, second), m, wc);
    }
  }

  private static void check(JsonNode m, String name, byte[] data, String where) throws IOException {
    if (!dev.dossier.nlp.train.ModelFiles.verifies(where)) {
      return;
    }
    String want = m.path("files").path(name).asText("");
    String got = sha256(data);
    if (!want.equals(got)) {
      throw new IOException(where + ": " + name + " has SHA-256 " + got + " but the manifest says '" + want + "'");
    }
  }

  /**
   * Writes a model directory: the tagger, a copy of the clusters file, and {@code manifest} with
   * the feature version and the files' checksums added.
   */
  public static void save(Path dir, NerTagger tagger, Path clustersFile, ObjectNode manifest) throws IOException {
    Objects.requireNonNull(tagger, "tagger");
    Files.createDirectories(dir);
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bos) {
      {
        def.setLevel(9);
      }
    })) {
      out.writeUTF(MAGIC);
      tagger.first().write(out);
      out.writeBoolean(tagger.second() != null);
      if (tagger.second() != null) {
        tagger.second().write(out);
      }
    }
    byte[] model = bos.toByteArray();
    // gzip headers carry no timestamp from GZIPOutputStream, so equal weights give equal bytes
    Files.write(dir.resolve(MODEL_FILE), model);
    byte[] clusters = Files.readAllBytes(clustersFile);
    if (!clustersFile.toAbsolutePath().normalize().equals(dir.resolve(CLUSTERS_FILE).toAbsolutePath().normalize())) {
      Files.write(dir.resolve(CLUSTERS_FILE), clusters);
    }
    manifest.put("featureVersion", NerFeatures.VERSION);
    ObjectNode files = manifest.putObject("files");
    files.put(MODEL_FILE, sha256(model));
    files.put(CLUSTERS_FILE, sha256(clusters));
    Files.writeString(dir.resolve(MANIFEST_FILE), JSON.writeValueAsString(manifest) + "\n");
  }

  /** Hex SHA-256 of {@code data} ({@link Sha256}: the JDK's digest, faster with C1 alone). */
  public static String sha256(byte[] data) {
    return HexFormat.of().formatHex(Sha256.digest(data));
  }

  /** Hex SHA-256 of a file's bytes. */
  public static String sha256(Path file) throws IOException {
    return sha256(Files.readAllBytes(file));
  }
}
