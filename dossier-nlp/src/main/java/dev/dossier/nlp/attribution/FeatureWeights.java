package dev.dossier.nlp.attribution;

import java.util.Map;

/**
 * The cue filter's weights by feature name, in an open-addressing table that keeps each name's
 * hash code beside it: a name that is not in the table (most of an attribution's lexical
 * features) is turned away by comparing integers in one array, without reading the stored names,
 * which an immutable {@code Map} compares with {@code equals} slot by slot. Immutable; thread-safe.
 */
final class FeatureWeights {

  private final int[] hashes;
  private final String[] names;
  private final double[] weights;
  private final int mask;
  private final int shift;

  FeatureWeights(Map<String, Double> weights) {
    int slots = Integer.highestOneBit(Math.max(2, weights.size() * 2 - 1)) << 1; // at most half full
    hashes = new int[slots];
    names = new String[slots];
    this.weights = new double[slots];
    mask = slots - 1;
    shift = 32 - Integer.numberOfTrailingZeros(slots);
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      String name = e.getKey();
      int h = name.hashCode();
      int i = home(h);
      while (names[i] != null) {
        i = (i + 1) & mask;
      }
      hashes[i] = h;
      names[i] = name;
      this.weights[i] = e.getValue();
    }
  }

  private int home(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }

  /** The weight of {@code name}, or 0 if it has none. */
  double get(String name) {
    int h = name.hashCode();
    for (int i = home(h); names[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == h && names[i].equals(name)) {
        return weights[i];
      }
    }
    return 0.0;
  }
}
