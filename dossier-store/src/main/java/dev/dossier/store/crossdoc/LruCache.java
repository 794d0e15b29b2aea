package dev.dossier.store.crossdoc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps the {@code capacity} most recently used entries. Cross-document linking keeps
 * hot rows (actor contexts, story profiles) in one so it reads them from the database once, and
 * writes every change through to both. Not thread-safe: the store's writer owns it; cleared when a
 * transaction rolls back, since it may then hold changes that were never committed.
 */
final class LruCache<K, V> extends LinkedHashMap<K, V> {
  private static final long serialVersionUID = 1L;
  private final int capacity;
  private boolean evicted;

  LruCache(int capacity) {
    super(Math.min(capacity, 1 << 16), 0.75f, true);
    this.capacity = capacity;
  }

  @Override
  protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
    boolean full = size() > capacity;
    evicted |= full;
    return full;
  }

  /** Whether an entry was dropped to make room since the cache was made or last cleared. */
  boolean evicted() {
    return evicted;
  }

  /** The most entries kept. */
  int capacity() {
    return capacity;
  }

  @Override
  public void clear() {
    super.clear();
    evicted = false;
  }
}
