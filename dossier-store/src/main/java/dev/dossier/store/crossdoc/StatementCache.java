package dev.dossier.store.crossdoc;

import java.util.Arrays;

/**
 * The statements claim linking compares, by claim id: one slot per id modulo the capacity, so a
 * look-up is one array read and one id check (no hash node and boxed key to chase, which made the
 * {@link LruCache} it replaces the writer's hottest look-up: up to 300 candidates per statement).
 * Claim ids are given in sequence, so a slot holds the latest claim of its residue and the cache
 * keeps about the {@code capacity} most recent statements; a miss is read from the database. Not
 * thread-safe: the store's writer owns it; cleared on rollback.
 */
final class StatementCache {
  private final Claim[] slots;
  private final int mask;

  /** @param capacity slots, a power of two */
  StatementCache(int capacity) {
    if (capacity < 1 || Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("capacity must be a power of two, got " + capacity);
    }
    this.slots = new Claim[capacity];
    this.mask = capacity - 1;
  }

  /** The cached claim of this id, or null. */
  Claim get(long id) {
    Claim c = slots[(int) (id & mask)];
    return c != null && c.id() == id ? c : null;
  }

  /** Caches {@code c}, in place of the claim whose id shares its slot. */
  void put(Claim c) {
    slots[(int) (c.id() & mask)] = c;
  }

  void clear() {
    Arrays.fill(slots, null);
  }
}
