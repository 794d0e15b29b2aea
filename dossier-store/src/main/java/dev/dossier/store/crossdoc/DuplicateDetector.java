package dev.dossier.store.crossdoc;

import dev.dossier.model.Article;
import dev.dossier.store.sql.Db;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the earlier article a new one copies: an exact copy (same content hash) or a near-duplicate
 * (estimated Jaccard similarity of word 5-gram shingles at least {@value #NEAR}), found through
 * MinHash signatures of 64 values and 16 LSH bands of 4 rows. A wire story republished by another
 * outlet, lightly edited, is a near-duplicate. Not thread-safe; runs inside the store's write
 * transaction.
 */
public final class DuplicateDetector {

  /** Similarity from which two articles are near-duplicates. */
  public static final double NEAR = 0.8;
  static final MinHash MINHASH = new MinHash(64, 16, 0x5EED_D055_1E5L);
  private static final int SHINGLE = 5;

  /**
   * @param original sequence number of the first article of the group (the one copied)
   * @param score estimated similarity, 1 for an exact copy
   */
  public record Match(long original, double score) {}

  private final Db db;

  public DuplicateDetector(Db db) {
    this.db = db;
  }

  /** The signature of an article's text. */
  public static int[] signature(String text) {
    return MINHASH.signature(MinHash.shingles(Terms.words(text), SHINGLE));
  }

  /**
   * Records the article's signature and returns what it duplicates, or null.
   *
   * @param seq the new article's sequence number (already inserted)
   */
  public Match detect(long seq, Article a) throws SQLException {
    Match match = null;
    Long same = db.longValue("SELECT MIN(seq) FROM articles WHERE content_hash = ? AND seq <> ?",
        a.contentHash(), seq);
    if (same != null) {
      match = new Match(root(same), 1.0);
    }
    int[] sig = signature(a.text());
    long[] bands = MINHASH.bandKeys(sig);
    if (match == null && !a.text().isBlank()) {
      Set<Long> candidates = new LinkedHashSet<>();
      List<Object> args = new ArrayList<>();
      for (long b : bands) {
        args.add(b);
      }
      candidates.addAll(db.query("SELECT DISTINCT article FROM lsh WHERE band_key IN "
          + Db.placeholders(bands.length) + " LIMIT 200", rs -> rs.getLong(1), args.toArray()));
      double best = 0;
      Long bestSeq = null;
      for (long c : candidates) {
        byte[] other = db.first("SELECT minhash FROM articles WHERE seq = ?", rs -> rs.getBytes(1), c);
        if (other == null) {
          continue;
        }
        double s = MinHash.similarity(sig, MinHash.fromBytes(other));
        if (s > best || (s == best && bestSeq != null && c < bestSeq)) {
          best = s;
          bestSeq = c;
        }
      }
      if (bestSeq != null && best >= NEAR) {
        match = new Match(root(bestSeq), best);
      }
    }
    List<Object[]> rows = new ArrayList<>();
    for (long b : bands) {
      rows.add(new Object[] {b, seq});
    }
    db.batch("INSERT INTO lsh (band_key, article) VALUES (?, ?) ON CONFLICT DO NOTHING", rows);
    db.update("UPDATE articles SET minhash = ?, dup_of = ?, dup_score = ? WHERE seq = ?",
        MinHash.toBytes(sig), match == null ? null : match.original(), match == null ? null : match.score(), seq);
    return match;
  }

  private long root(long seq) throws SQLException {
    Long up = db.longValue("SELECT dup_of FROM articles WHERE seq = ?", seq);
    return up == null ? seq : up;
  }
}
