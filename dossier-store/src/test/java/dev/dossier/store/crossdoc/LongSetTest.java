package dev.dossier.store.crossdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongSetTest {

  @Test
  void addsEachValueOnceLikeAHashSet() {
    Random r = new Random(42);
    BandIndex.LongSet set = new BandIndex.LongSet();
    Set<Long> expected = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      long v = r.nextInt(5_000) - 100; // many repeats, some negative, past several growths
      assertEquals(expected.add(v), set.add(v), "add(" + v + ")");
    }
  }

  @Test
  void theSentinelValueIsAnOrdinaryMember() {
    BandIndex.LongSet set = new BandIndex.LongSet();
    assertTrue(set.add(Long.MIN_VALUE));
    assertFalse(set.add(Long.MIN_VALUE));
    assertTrue(set.add(0));
    assertFalse(set.add(0));
  }
}
