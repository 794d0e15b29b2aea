package dev.dossier.nlp.attribution;

import dev.dossier.nlp.train.ModelFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.model.Attribution;
import dev.dossier.nlp.ner.NerModel;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A learned keep-or-drop decision on each assembled attribution: logistic regression over
 * {@link CueFilterFeatures}, trained by {@link CueFilterTrainer} on the pipeline's own output over
 * PolNeAR train, labelled by whether the cue overlaps a gold cue. An attribution whose probability
 * of a true cue is below the threshold is dropped; an attribution nested in a dropped one moves to
 * the nearest kept one containing it (or to the top, and is then decided itself). Nested
 * attributions under a kept parent are never dropped (PolNeAR does not score them). The model
 * ({@value #MODEL_FILE}) ships with its manifest ({@value #MANIFEST_FILE}), checked on load.
 * Immutable; thread-safe.
 */
public final class CueFilter {

  public static final String MODEL_FILE = "cue-filter.model.gz";
  public static final String MANIFEST_FILE = "cue-filter.manifest.json";
  private static final String MAGIC = "dossier-cue-filter/1";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final CueFilter NONE = new CueFilter(Map.of(), Map.of(), Double.NEGATIVE_INFINITY, false, false, true, null);

  private final Map<String, Double> weights;
  private final Map<String, int[]> rates;
  private final double threshold;
  private final boolean firstPass;
  private final boolean punctuation;
  private final boolean quotes;
  private final boolean context;
  private final JsonNode manifest;

  /**
   * @param punctuation whether cues with no letter or digit (the dash of a signed quotation, a
   *     speaker's colon: made by rules, with a handful of training examples) are decided too, or kept
   * @param quotes whether attributions of a direct quotation are decided too, or kept
   */
  CueFilter(Map<String, Double> weights, Map<String, int[]> rates, double threshold, boolean firstPass,
      boolean punctuation, boolean quotes, JsonNode manifest) {
    this(weights, rates, threshold, firstPass, punctuation, quotes, false, manifest);
  }

  /** @param context whether the features include {@link CueFilterFeatures#context the context group} */
  CueFilter(Map<String, Double> weights, Map<String, int[]> rates, double threshold, boolean firstPass,
      boolean punctuation, boolean quotes, boolean context, JsonNode manifest) {
    this.context = context;
    this.punctuation = punctuation;
    this.quotes = quotes;
    this.weights = Map.copyOf(weights);
    this.rates = Map.copyOf(rates);
    this.threshold = threshold;
    this.firstPass = firstPass;
    this.manifest = manifest;
  }

  /** A filter that keeps every attribution. */
  public static CueFilter none() {
    return NONE;
  }

  /** The probability threshold below which an attribution is dropped. */
  public double threshold() {
    return threshold;
  }

  public JsonNode manifest() {
    return manifest;
  }

  /** "cue-filter-" and the first 12 hex digits of the model file's SHA-256, or "none". */
  public String id() {
    return manifest == null ? "none"
        : "cue-filter-" + manifest.path("files").path(MODEL_FILE).asText("unknown").substring(0, 12);
  }

  /** Whether this filter decides on {@code a}; if not, it keeps it. */
  boolean decides(Attribution a) {
    return decides(a, punctuation, quotes);
  }

  static boolean decides(Attribution a, boolean punctuation, boolean quotes) {
    return (punctuation || a.cue().text().codePoints().anyMatch(Character::isLetterOrDigit))
        && (quotes || !a.direct());
  }

  /** Whether the features read the tagger's first pass, which {@link #apply} then needs. */
  public boolean readsFirstPass() {
    return firstPass;
  }

  /** The probability that {@code a}'s cue is a true cue. */
  double probability(AttributionInput in, int[] labels, AttributionTagger.FirstPass first, Attribution a) {
    return probability(CueFilterFeatures.of(in, labels, first, a, rates, context));
  }

  double probability(List<String> features) {
    double z = 0;
    for (String f : features) {
      z += weights.getOrDefault(f, 0.0);
    }
    return 1 / (1 + Math.exp(-z));
  }

  Map<String, int[]> rates() {
    return rates;
  }

  /**
   * The attributions of {@code found} this filter keeps, in order, with their parents renumbered.
   *
   * @param labels the tagger's labels the attributions were assembled from
   * @param first the tagger's first pass when {@link #readsFirstPass()}, else ignored
   */
  public List<Attribution> apply(AttributionInput in, int[] labels, AttributionTagger.FirstPass first,
      List<Attribution> found) {
    if (this == NONE || found.isEmpty()) {
      return found;
    }
    int n = found.size();
    boolean[] dropped = new boolean[n];
    boolean[] decided = new boolean[n];
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < n; i++) {
        if (!decided[i] && !dropped[i] && keptParent(found, dropped, i) == null) {
          decided[i] = true;
          if (decides(found.get(i)) && probability(in, labels, firstPass ? first : null, found.get(i)) < threshold) {
            dropped[i] = true;
            changed = true;
          }
        }
      }
    }
    int[] index = new int[n];
    List<Attribution> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      index[i] = dropped[i] ? -1 : out.size();
      if (!dropped[i]) {
        out.add(found.get(i));
      }
    }
    if (out.size() == n) {
      return found;
    }
    for (int i = 0, j = 0; i < n; i++) {
      if (dropped[i]) {
        continue;
      }
      Attribution a = found.get(i);
      Integer p = keptParent(found, dropped, i);
      Integer parent = p == null ? null : index[p];
      if (!java.util.Objects.equals(parent, a.parent())) {
        out.set(j, new Attribution(a.start(), a.end(), a.source(), a.sourceEntity(), a.sourceKind(), a.anonymous(),
            a.affiliation(), a.cue(), a.cueLemma(), a.content(), a.direct(), parent, a.relay(), a.relayEntity(),
            a.confidence(), a.stage()));
      }
      j++;
    }
    return out;
  }

  /** The nearest ancestor of attribution {@code i} that is not dropped, or null. */
  private static Integer keptParent(List<Attribution> found, boolean[] dropped, int i) {
    Integer p = found.get(i).parent();
    int guard = found.size();
    while (p != null && dropped[p] && guard-- > 0) {
      p = found.get(p).parent();
    }
    return p;
  }

  private static final class Holder {
    static final CueFilter SHIPPED = loadShipped();

    private static CueFilter loadShipped() {
      return ModelFiles.shipped(CueFilter.class, AttributionModel.RESOURCE_DIR, MANIFEST_FILE, MODEL_FILE, "cue filter",
          CueFilter::read);
    }
  }

  /** The shipped filter, loaded once. @throws UncheckedIOException if missing or mismatched */
  public static CueFilter shipped() {
    return Holder.SHIPPED;
  }

  /** Loads a directory written by {@link #save}. @throws IOException if missing or mismatched */
  public static CueFilter load(Path dir) throws IOException {
    return ModelFiles.load(dir, MANIFEST_FILE, MODEL_FILE, CueFilter::read);
  }

  private static CueFilter read(byte[] manifestBytes, byte[] model, String where) throws IOException {
    JsonNode m = ModelFiles.checkedManifest(manifestBytes, model, MODEL_FILE, CueFilterFeatures.VERSION, where,
        "dossier train cue-filter");
    Map<String, Double> w = new HashMap<>();
    Map<String, int[]> r = new HashMap<>();
    double threshold = Double.NaN;
    boolean firstPass = false;
    boolean punctuation = false;
    boolean quotes = true;
    boolean context = false;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(new ByteArrayInputStream(model)), StandardCharsets.UTF_8))) {
      if (!MAGIC.equals(in.readLine())) {
        throw new IOException(where + ": " + MODEL_FILE + " is not a " + MAGIC + " model");
      }
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t");
        switch (f[0]) {
          case "threshold" -> threshold = Double.parseDouble(f[1]);
          case "firstPass" -> firstPass = Boolean.parseBoolean(f[1]);
          case "punctuation" -> punctuation = Boolean.parseBoolean(f[1]);
          case "quotes" -> quotes = Boolean.parseBoolean(f[1]);
          case "context" -> context = Boolean.parseBoolean(f[1]);
          case "w" -> w.put(f[1], Double.parseDouble(f[2]));
          case "r" -> r.put(f[1], new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3])});
          default -> throw new IOException(where + ": " + MODEL_FILE + ": unknown line '" + f[0] + "'");
        }
      }
    }
    if (Double.isNaN(threshold)) {
      throw new IOException(where + ": " + MODEL_FILE + " has no threshold");
    }
    return new CueFilter(w, r, threshold, firstPass, punctuation, quotes, context, m);
  }

  /** Writes the weights, rates and threshold and {@code manifest} (feature version and checksum added). */
  static void save(Path dir, Map<String, Double> weights, Map<String, int[]> rates, double threshold,
      boolean firstPass, boolean punctuation, boolean quotes, boolean context, ObjectNode manifest) throws IOException {
    Files.createDirectories(dir);
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(new GZIPOutputStream(bos) {
      {
        def.setLevel(9);
      }
    }, StandardCharsets.UTF_8)) {
      out.write(MAGIC + "\n");
      out.write(String.format(Locale.ROOT, "threshold\t%.4f\n", threshold));
      out.write("firstPass\t" + firstPass + "\n");
      out.write("punctuation\t" + punctuation + "\n");
      out.write("quotes\t" + quotes + "\n");
      if (context) {
        out.write("context\ttrue\n");
      }
      for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
        if (Math.abs(e.getValue()) >= 1e-4) {
          out.write(String.format(Locale.ROOT, "w\t%s\t%.5f\n", e.getKey(), e.getValue()));
        }
      }
      for (Map.Entry<String, int[]> e : new TreeMap<>(rates).entrySet()) {
        out.write("r\t" + e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\n");
      }
    }
    byte[] model = bos.toByteArray();
    Files.write(dir.resolve(MODEL_FILE), model);
    manifest.put("featureVersion", CueFilterFeatures.VERSION);
    manifest.putObject("files").put(MODEL_FILE, NerModel.sha256(model));
    Files.writeString(dir.resolve(MANIFEST_FILE), JSON.writeValueAsString(manifest) + "\n");
  }
}
