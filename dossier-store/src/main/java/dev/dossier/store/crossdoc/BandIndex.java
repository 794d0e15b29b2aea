package dev.dossier.store.crossdoc;

import dev.dossier.store.sql.Db;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In memory, a table of LSH bands, rows {@code (band_key, item)} ({@code lsh}, {@code
 * claim_bands}): read once, then kept in step with every insert, so finding the items that share
 * a band costs no query. {@link #sharing} gives what {@code SELECT DISTINCT item FROM table WHERE
 * band_key IN (...) LIMIT n} gives in SQLite over the primary key {@code (band_key, item)}, which
 * the tables had when that query ran (now they are keyed by item first, and never queried by band):
 * band keys in ascending order, the items of each in ascending order, each item once, the first
 * {@code n}. Not thread-safe; the store's writer owns it and drops it when a transaction rolls back.
 */
final class BandIndex {

  private final Map<Long, SortedLongs> bands = new HashMap<>();

  private BandIndex() {}

  /** Reads {@code SELECT band_key, itemColumn FROM table}. */
  static BandIndex load(Db db, String table, String itemColumn) throws SQLException {
    BandIndex x = new BandIndex();
    db.query("SELECT band_key, " + itemColumn + " FROM " + table, rs -> {
      x.add(rs.getLong(1), rs.getLong(2));
      return null;
    });
    return x;
  }

  /** Records an inserted row (a row already there is ignored, as the insert ignores it). */
  void add(long bandKey, long item) {
    bands.computeIfAbsent(bandKey, k -> new SortedLongs()).add(item);
  }

  /** The first {@code limit} distinct items of these band keys (see the class comment for the order). */
  List<Long> sharing(long[] bandKeys, int limit) {
    long[] keys = bandKeys.clone();
    Arrays.sort(keys);
    List<Long> out = new ArrayList<>();
    LongSet seen = new LongSet();
    for (int k = 0; k < keys.length && out.size() < limit; k++) {
      if (k > 0 && keys[k] == keys[k - 1]) {
        continue;
      }
      SortedLongs items = bands.get(keys[k]);
      if (items == null) {
        continue;
      }
      for (int i = 0; i < items.size() && out.size() < limit; i++) {
        long item = items.get(i);
        if (seen.add(item)) {
          out.add(item);
        }
      }
    }
    return out;
  }

  /** A set of longs by open addressing, without boxing: which items {@link #sharing} has already given. */
  static final class LongSet {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] slots = newSlots(64);
    private int size;
    private boolean hasEmpty;

    private static long[] newSlots(int n) {
      long[] a = new long[n];
      Arrays.fill(a, EMPTY);
      return a;
    }

    /** Adds {@code v}; whether it was not there yet. */
    boolean add(long v) {
      if (v == EMPTY) {
        boolean added = !hasEmpty;
        hasEmpty = true;
        return added;
      }
      if (2 * (size + 1) > slots.length) {
        long[] old = slots;
        slots = newSlots(old.length * 2);
        for (long o : old) {
          if (o != EMPTY) {
            insert(o);
          }
        }
      }
      if (insert(v)) {
        size++;
        return true;
      }
      return false;
    }

    private boolean insert(long v) {
      int mask = slots.length - 1;
      int i = (int) (Long.hashCode(v * 0x9E3779B97F4A7C15L)) & mask;
      while (slots[i] != EMPTY) {
        if (slots[i] == v) {
          return false;
        }
        i = (i + 1) & mask;
      }
      slots[i] = v;
      return true;
    }
  }
}
