package dev.dossier.store;

import dev.dossier.model.Analysis;
import dev.dossier.model.json.AnalysisJson;
import java.nio.charset.StandardCharsets;

/**
 * Reads an Analysis JSON document for storing it: every layer but tokens, which the store keeps
 * only inside the stored JSON (no table, no linking step reads them); they are checked, not built
 * ({@link AnalysisJson#fromJsonWithoutTokens}). Thread-safe.
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
    return AnalysisJson.fromJsonWithoutTokens(utf8Json);
  }
}
