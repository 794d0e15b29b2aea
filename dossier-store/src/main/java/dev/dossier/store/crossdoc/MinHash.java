package dev.dossier.store.crossdoc;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MinHash signatures and locality-sensitive hashing bands: two sets whose Jaccard similarity is
 * J agree on each signature position with probability J, and share at least one band key with
 * probability {@code 1 - (1 - J^rows)^bands}. Immutable and thread-safe.
 */
public final class MinHash {

  private final int size;
  private final int bands;
  private final long[] seeds;

  /**
   * @param size signature length
   * @param bands number of LSH bands; must divide {@code size}
   * @param seed fixes the hash functions, so signatures stay comparable across runs
   */
  public MinHash(int size, int bands, long seed) {
    if (size <= 0 || bands <= 0 || size % bands != 0) {
      throw new IllegalArgumentException("signature size " + size + " is not a positive multiple of "
          + bands + " bands");
    }
    this.size = size;
    this.bands = bands;
    this.seeds = new long[size];
    long s = seed;
    for (int i = 0; i < size; i++) {
      s = mix(s + 0x9E3779B97F4A7C15L);
      seeds[i] = s;
    }
  }

  public int size() {
    return size;
  }

  /** The signature of a set of element hashes; all {@code Integer.MAX_VALUE} for an empty set. */
  public int[] signature(Collection<Long> elements) {
    int[] sig = new int[size];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (long e : elements) {
      for (int i = 0; i < size; i++) {
        int h = (int) (mix(e ^ seeds[i]) >>> 33);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** The signature of a set of strings. */
  public int[] signatureOf(Collection<String> elements) {
    Set<Long> hs = new HashSet<>();
    for (String e : elements) {
      hs.add(hash(e));
    }
    return signature(hs);
  }

  /** Estimated Jaccard similarity: the fraction of positions where the signatures agree. */
  public static double similarity(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("signatures of lengths " + a.length + " and " + b.length);
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  /** One key per band; equal keys mean the band's rows agree (up to hash collisions). */
  public long[] bandKeys(int[] sig) {
    int rows = size / bands;
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = mix(b * 0x100000001B3L + 17);
      for (int r = 0; r < rows; r++) {
        h = mix(h ^ (sig[b * rows + r] & 0xFFFFFFFFL));
      }
      keys[b] = h;
    }
    return keys;
  }

  /** Hashes of the word n-grams (shingles) of a word list; one shingle when shorter than n. */
  public static Set<Long> shingles(List<String> words, int n) {
    Set<Long> out = new HashSet<>();
    if (words.isEmpty()) {
      return out;
    }
    if (words.size() < n) {
      out.add(hash(String.join(" ", words)));
      return out;
    }
    for (int i = 0; i + n <= words.size(); i++) {
      long h = 0x84222325CBF29CE4L;
      for (int j = i; j < i + n; j++) {
        h = mix(h ^ hash(words.get(j)));
      }
      out.add(h);
    }
    return out;
  }

  /** A 64-bit hash of a string (FNV-1a, then mixed). */
  public static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** SplitMix64's finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  public static byte[] toBytes(int[] sig) {
    ByteBuffer b = ByteBuffer.allocate(sig.length * 4);
    for (int v : sig) {
      b.putInt(v);
    }
    return b.array();
  }

  public static int[] fromBytes(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    int[] sig = new int[bytes.length / 4];
    for (int i = 0; i < sig.length; i++) {
      sig[i] = b.getInt();
    }
    return sig;
  }
}
