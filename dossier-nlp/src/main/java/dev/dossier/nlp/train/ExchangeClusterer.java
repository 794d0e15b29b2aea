package dev.dossier.nlp.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Induces word classes from unlabelled text with the predictive exchange algorithm (Uszkoreit and
 * Brants 2008): it maximises the likelihood of the class bigram model
 * {@code p(w | v) = p(w | c(w)) p(c(w) | v)}, whose objective is
 * {@code sum_{v,c} N(v,c) log N(v,c) - sum_c N(c) log N(c)}, by moving one word at a time to the
 * class that raises it most. Deterministic: words are visited in frequency order (ties by
 * spelling) and classes start as frequency rank modulo the class count.
 *
 * <p>Not thread-safe; one instance per run.
 */
public final class ExchangeClusterer {

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private int[] counts = new int[1024];
  private final Map<Long, Integer> bigrams = new HashMap<>();

  /** Counts one sentence (words and the bigrams between them, with a boundary word at each end). */
  public void add(String[] sentence) {
    int prev = id("<s>");
    counts[prev]++;
    for (String w : sentence) {
      int cur = id(w);
      counts[cur]++;
      bigrams.merge(((long) prev << 32) | cur, 1, Integer::sum);
      prev = cur;
    }
  }

  private int id(String w) {
    Integer i = ids.get(w);
    if (i == null) {
      i = words.size();
      ids.put(w, i);
      words.add(w);
      if (i >= counts.length) {
        counts = Arrays.copyOf(counts, counts.length * 2);
      }
    }
    return i;
  }

  /** Number of distinct words seen. */
  public int vocabulary() {
    return words.size();
  }

  /**
   * Clusters every word seen at least {@code minCount} times into {@code classes} classes.
   *
   * @param log receives one progress line per iteration; may be null
   * @return word → class, for the words clustered
   */
  public Map<String, Integer> cluster(int classes, int minCount, int iterations, java.util.function.Consumer<String> log) {
    // vocabulary: frequent words in frequency order; rare words share one predecessor row
    Integer[] order = new Integer[words.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a])
        : words.get(a).compareTo(words.get(b)));
    int[] row = new int[words.size()];
    int v = 0;
    for (Integer w : order) {
      row[w] = counts[w] >= minCount ? v++ : -1;
    }
    int rare = v;
    int rows = v + 1;
    for (int i = 0; i < row.length; i++) {
      if (row[i] < 0) {
        row[i] = rare;
      }
    }
    // predecessor lists per clustered word: pred[w] = (row, count) pairs
    int[][] predRow = new int[v][];
    int[][] predCount = new int[v][];
    {
      int[] sizes = new int[v];
      Map<Long, Integer> merged = new HashMap<>();
      for (Map.Entry<Long, Integer> e : bigrams.entrySet()) {
        int p = row[(int) (e.getKey() >>> 32)];
        int w = row[(int) (long) e.getKey()];
        if (w == rare) {
          continue;
        }
        merged.merge(((long) p << 32) | w, e.getValue(), Integer::sum);
      }
      for (long k : merged.keySet()) {
        sizes[(int) k]++;
      }
      for (int w = 0; w < v; w++) {
        predRow[w] = new int[sizes[w]];
        predCount[w] = new int[sizes[w]];
      }
      int[] fill = new int[v];
      Long[] keys = merged.keySet().toArray(Long[]::new);
      Arrays.sort(keys);
      for (Long k : keys) {
        int w = (int) (long) k;
        predRow[w][fill[w]] = (int) (k >>> 32);
        predCount[w][fill[w]++] = merged.get(k);
      }
    }
    int[] wordCount = new int[v];
    int[] rowToWord = new int[v];
    for (Integer w : order) {
      if (row[w] < v) {
        wordCount[row[w]] = counts[w];
        rowToWord[row[w]] = w;
      }
    }
    int[] cls = new int[v];
    long[] nc = new long[classes];
    int[] nvc = new int[rows * classes];
    for (int w = 0; w < v; w++) {
      cls[w] = w % classes;
      nc[cls[w]] += wordCount[w];
      for (int k = 0; k < predRow[w].length; k++) {
        nvc[predRow[w][k] * classes + cls[w]] += predCount[w][k];
      }
    }
    double[] gain = new double[classes];
    for (int it = 0; it < iterations; it++) {
      int moved = 0;
      for (int w = 0; w < v; w++) {
        int a = cls[w];
        int[] pr = predRow[w];
        int[] pc = predCount[w];
        // take w out of its class
        for (int k = 0; k < pr.length; k++) {
          nvc[pr[k] * classes + a] -= pc[k];
        }
        nc[a] -= wordCount[w];
        Arrays.fill(gain, 0);
        for (int k = 0; k < pr.length; k++) {
          int base = pr[k] * classes;
          int n = pc[k];
          for (int c = 0; c < classes; c++) {
            int x = nvc[base + c];
            gain[c] += xlogx(x + n) - xlogx(x);
          }
        }
        int best = a;
        double bestGain = gain[a] - (xlogx(nc[a] + wordCount[w]) - xlogx(nc[a]));
        for (int c = 0; c < classes; c++) {
          double g = gain[c] - (xlogx(nc[c] + wordCount[w]) - xlogx(nc[c]));
          if (g > bestGain + 1e-9) {
            bestGain = g;
            best = c;
          }
        }
        for (int k = 0; k < pr.length; k++) {
          nvc[pr[k] * classes + best] += pc[k];
        }
        nc[best] += wordCount[w];
        if (best != a) {
          cls[w] = best;
          moved++;
        }
      }
      if (log != null) {
        log.accept("iteration " + (it + 1) + ": " + moved + " of " + v + " words moved");
      }
      if (moved == 0) {
        break;
      }
    }
    Map<String, Integer> out = new HashMap<>();
    for (int w = 0; w < v; w++) {
      out.put(words.get(rowToWord[w]), cls[w]);
    }
    return out;
  }

  private static final double[] XLOGX = new double[1 << 16];

  static {
    for (int i = 1; i < XLOGX.length; i++) {
      XLOGX[i] = i * Math.log(i);
    }
  }

  private static double xlogx(long x) {
    return x < XLOGX.length ? XLOGX[(int) x] : x * Math.log(x);
  }
}
