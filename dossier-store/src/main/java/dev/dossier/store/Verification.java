package dev.dossier.store;

import java.util.List;

/**
 * The result of checking a store: the database against itself and the search index against the
 * database.
 *
 * @param articles articles in the database
 * @param distinctIds distinct article ids in the database (equal to {@code articles} unless
 *     duplicated)
 * @param indexed documents in the search index ({@code articles} when the index is the database
 *     itself)
 * @param missingFromIndex up to 20 ids stored but not indexed
 * @param extraInIndex up to 20 ids indexed but not stored, or indexed under an outdated version
 * @param problems other inconsistencies found, for a person to read
 */
public record Verification(
    long articles, long distinctIds, long indexed, List<String> missingFromIndex,
    List<String> extraInIndex, List<String> problems) {

  public boolean ok() {
    return articles == distinctIds && indexed == articles && missingFromIndex.isEmpty()
        && extraInIndex.isEmpty() && problems.isEmpty();
  }

  @Override
  public String toString() {
    return (ok() ? "OK" : "INCONSISTENT") + ": " + articles + " articles, " + distinctIds + " distinct ids, "
        + indexed + " indexed" + (missingFromIndex.isEmpty() ? "" : ", not indexed: " + missingFromIndex)
        + (extraInIndex.isEmpty() ? "" : ", indexed but not stored: " + extraInIndex)
        + (problems.isEmpty() ? "" : ", " + String.join("; ", problems));
  }
}
