package dev.dossier.store.crossdoc;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StatementCacheTest {

  private static Claim statement(long id) {
    return new Claim(id, 1, 1, null, false, "outlet:x", Set.of("mayor", "opened", "bridge"), false, null, null, 0,
        null);
  }

  @Test
  void givesBackWhatWasPutByItsId() {
    StatementCache cache = new StatementCache(8);
    Claim a = statement(3);
    Claim b = statement(4);
    cache.put(a);
    cache.put(b);
    assertSame(a, cache.get(3));
    assertSame(b, cache.get(4));
    assertNull(cache.get(5));
  }

  @Test
  void aLaterIdOfTheSameSlotReplacesTheEarlierOne() {
    StatementCache cache = new StatementCache(8);
    Claim early = statement(2);
    Claim late = statement(10); // 10 mod 8 == 2
    cache.put(early);
    cache.put(late);
    assertNull(cache.get(2), "the slot now holds claim 10, so claim 2 is a miss");
    assertSame(late, cache.get(10));
  }

  @Test
  void clearForgetsEverything() {
    StatementCache cache = new StatementCache(4);
    cache.put(statement(1));
    cache.clear();
    assertNull(cache.get(1));
  }

  @Test
  void refusesACapacityThatIsNotAPowerOfTwo() {
    assertThrows(IllegalArgumentException.class, () -> new StatementCache(50_000));
  }
}
