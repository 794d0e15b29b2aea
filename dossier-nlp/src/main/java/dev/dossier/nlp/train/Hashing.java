package dev.dossier.nlp.train;

/** 64-bit hashing of feature values and templates. Deterministic across runs and platforms. */
public final class Hashing {

  private Hashing() {}

  /** The FNV-1a state before any code unit: {@code mix(FNV_START)} is the hash of "". */
  public static final long FNV_START = 0xcbf29ce484222325L;

  /** FNV-1a over the UTF-16 code units of {@code s[from, to)}, finalised with {@link #mix}. */
  public static long hash(CharSequence s, int from, int to) {
    long h = FNV_START;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /**
   * One FNV-1a step: the state after {@code c}, for hashing text without building it as a string
   * ({@code mix(step(step(FNV_START, 'a'), 'b')) == hash("ab")}).
   */
  public static long step(long h, char c) {
    return (h ^ c) * 0x100000001b3L;
  }

  public static long hash(CharSequence s) {
    return hash(s, 0, s.length());
  }

  /** The murmur3 64-bit finaliser. */
  public static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /** A feature key for {@code template} and one value hash; never 0. */
  public static long key(int template, long value) {
    long k = mix(value + 0x9e3779b97f4a7c15L * (template + 1));
    return k == 0 ? 1 : k;
  }

  /** A feature key for {@code template} and two value hashes; never 0. */
  public static long key(int template, long a, long b) {
    return key(template, a * 0x9e3779b97f4a7c15L + Long.rotateLeft(b, 31));
  }
}
