package dev.dossier.store.crossdoc;

import java.util.Set;

/**
 * A claim as cross-document linking compares it.
 *
 * @param id the claim's row id
 * @param article the article's sequence number
 * @param group the article's duplicate group (the original's sequence number, or its own)
 * @param story the article's story, or null
 * @param figure whether it is a figure (else a statement)
 * @param sourceKey who ultimately says it: {@code actor:ID}, {@code outlet:NAME}, {@code
 *     name:NAME} or {@code anon:WHO@OUTLET}
 * @param terms the content words (stemmed)
 * @param negated whether the statement is negated or denied
 * @param measureKey for a figure, what it measures, of what and among whom (normalised), or null
 * @param unit for a figure, its unit, or null
 * @param value for a figure, its value
 * @param period for a figure, when it holds (a TIMEX3 value or the publication month), or null
 */
public record Claim(long id, long article, long group, Long story, boolean figure, String sourceKey,
    Set<String> terms, boolean negated, String measureKey, String unit, double value, String period) {

  /**
   * Whether a figure is a count of people or things that names neither what it is of nor among
   * whom ("two men", "12 people"): its measure is the counted noun alone.
   */
  public boolean bareCount() {
    return ("people".equals(unit) || "count".equals(unit)) && measureKey != null && measureKey.endsWith("||");
  }

  /** Whether a figure says what it is a figure of (the middle part of its measure key). */
  public boolean hasOf() {
    if (measureKey == null) {
      return false;
    }
    int first = measureKey.indexOf('|');
    int second = first < 0 ? -1 : measureKey.indexOf('|', first + 1);
    return first >= 0 && (second < 0 ? measureKey.length() : second) > first + 1;
  }
}
