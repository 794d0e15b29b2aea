package dev.dossier.store.crossdoc;

import dev.dossier.model.Article;
import dev.dossier.store.sql.Db;
import java.sql.SQLException;
import java.util.ArrayList;
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
  /** Texts with fewer words are compared together with their title. */
  static final int SHORT_TEXT = 20;

  /**
   * @param original sequence number of the first article of the group (the one copied)
   * @param score estimated similarity, 1 for an exact copy
   */
  public record Match(long original, double score) {}

  /** Most earlier articles sharing a band that are compared with a new one. */
  private static final int CANDIDATES = 200;

  private final Db db;
  /** {@code lsh} in memory (null: read it first). */
  private BandIndex lsh;
  /**
   * Rows of {@code lsh} not written yet: held back until the transaction ends ({@link #flush}),
   * the in-memory {@link BandIndex} (loaded before the first is held) having them already.
   */
  private final List<long[]> held = new ArrayList<>();

  public DuplicateDetector(Db db) {
    this.db = db;
  }

  private BandIndex lsh() throws SQLException {
    if (lsh == null) {
      lsh = BandIndex.load(db, "lsh", "article");
    }
    return lsh;
  }

  /** Writes the band rows held back since the last call, in key order; before the transaction commits. */
  public void flush() throws SQLException {
    db.batch("INSERT INTO lsh (band_key, article) VALUES (?, ?) ON CONFLICT DO NOTHING", sortedRows(held));
    held.clear();
  }

  /**
   * {@code (key, item)} pairs as statement arguments, sorted by item, then key: the order of the
   * band tables' primary key, so B-tree pages are visited in order (the items are new, so at its end).
   */
  static List<Object[]> sortedRows(List<long[]> pairs) {
    pairs.sort((x, y) -> x[1] != y[1] ? Long.compare(x[1], y[1]) : Long.compare(x[0], y[0]));
    List<Object[]> rows = new ArrayList<>(pairs.size());
    for (long[] p : pairs) {
      rows.add(new Object[] {p[0], p[1]});
    }
    return rows;
  }

  /** Forgets the bands kept in memory and the rows held back (after a rollback, or when an article is replaced). */
  public void forget() {
    lsh = null;
    held.clear();
  }

  /**
   * The fingerprint of an article's text; of its title and text when the text has fewer than
   * {@value #SHORT_TEXT} words, too few to say which story it tells (Reuters' headline-only
   * items, whose text is all "Blah blah blah.", are not copies of each other).
   */
  public static Fingerprint fingerprint(Article a) {
    List<String> words = Terms.words(a.text());
    boolean shortText = words.size() < SHORT_TEXT;
    if (shortText && a.title() != null) {
      List<String> both = new ArrayList<>(Terms.words(a.title()));
      both.addAll(words);
      words = both;
    }
    return new Fingerprint(MINHASH.signature(MinHash.shingles(words, SHINGLE)), shortText);
  }

  /** The signature of a text alone. */
  public static int[] signature(String text) {
    return MINHASH.signature(MinHash.shingles(Terms.words(text), SHINGLE));
  }

  /**
   * What duplicate detection compares, computed ahead of the store's transaction (on any thread).
   *
   * @param signature MinHash signature of the shingles
   * @param shortText whether the text was too short to compare without its title
   */
  public record Fingerprint(int[] signature, boolean shortText) {}

  /**
   * Records the article's bands and returns what it duplicates, or null. The article row need not
   * be stored yet; its own signature and match are written with it.
   *
   * @param seq the new article's sequence number (already inserted)
   * @param fp its {@link #fingerprint(Article)}
   */
  public Match detect(long seq, Article a, Fingerprint fp) throws SQLException {
    return detect(seq, a, fp, Set.of());
  }

  /**
   * {@link #detect(long, Article, Fingerprint)} that never takes one of {@code copies} for the
   * original: the stored copies of an article being replaced stay its copies.
   */
  public Match detect(long seq, Article a, Fingerprint fp, Set<Long> copies) throws SQLException {
    Match match = null;
    int[] sig = fp.signature();
    boolean shortText = fp.shortText();
    Long same = null;
    if (!shortText) {
      for (long s : db.query("SELECT seq FROM articles WHERE content_hash = ? AND seq <> ? ORDER BY seq",
          rs -> rs.getLong(1), a.contentHash(), seq)) {
        if (!copies.contains(s)) {
          same = s;
          break;
        }
      }
    }
    if (same != null) {
      match = new Match(root(same), 1.0);
    }
    long[] bands = MINHASH.bandKeys(sig);
    if (match == null && !a.text().isBlank()) {
      // SELECT DISTINCT article FROM lsh WHERE band_key IN (...) LIMIT 200, from memory
      List<Long> candidates = lsh().sharing(bands, CANDIDATES);
      double best = 0;
      Long bestSeq = null;
      for (Object[] r : db.queryIn("SELECT seq, minhash FROM articles WHERE seq IN IN_LIST AND minhash IS NOT NULL",
          candidates, 50, rs -> new Object[] {rs.getLong(1), rs.getBytes(2)})) {
        long c = (Long) r[0];
        if (copies.contains(c)) {
          continue;
        }
        double s = MinHash.similarity(sig, MinHash.fromBytes((byte[]) r[1]));
        if (s > best || (s == best && bestSeq != null && c < bestSeq)) {
          best = s;
          bestSeq = c;
        }
      }
      if (bestSeq != null && best >= NEAR) {
        match = new Match(root(bestSeq), best);
      }
    }
    for (long b : bands) {
      lsh().add(b, seq);
      held.add(new long[] {b, seq}); // written at the end of the transaction (flush)
    }
    return match; // the article row gets the signature and the match (columns minhash, dup_of, dup_score)
  }

  private long root(long seq) throws SQLException {
    Long up = db.longValue("SELECT dup_of FROM articles WHERE seq = ?", seq);
    return up == null ? seq : up;
  }
}
