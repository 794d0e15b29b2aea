package dev.dossier.nlp.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact-span precision, recall and F1 over IOB2/IOB1/BILOU tag sequences, per type and overall,
 * following conlleval's chunk rules (a span is right only if its first token, last token and type
 * all match). Not thread-safe; one instance accumulates one evaluation.
 */
public final class SpanScore {

  private final Map<String, int[]> counts = new TreeMap<>(); // type -> {gold, predicted, correct}

  /** Adds one sentence's gold and predicted tags (same length). */
  public void add(String[] gold, String[] predicted) {
    if (gold.length != predicted.length) {
      throw new IllegalArgumentException("gold has " + gold.length + " tags, predicted " + predicted.length);
    }
    List<Chunk> g = chunks(gold);
    List<Chunk> p = chunks(predicted);
    for (Chunk c : g) {
      counts.computeIfAbsent(c.type, k -> new int[3])[0]++;
    }
    for (Chunk c : p) {
      counts.computeIfAbsent(c.type, k -> new int[3])[1]++;
      if (g.contains(c)) {
        counts.get(c.type)[2]++;
      }
    }
  }

  /** {precision, recall, F1} in percent for {@code type}, or overall when it is null. */
  public double[] prf(String type) {
    int gold = 0;
    int pred = 0;
    int ok = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      if (type == null || type.equals(e.getKey())) {
        gold += e.getValue()[0];
        pred += e.getValue()[1];
        ok += e.getValue()[2];
      }
    }
    double p = pred == 0 ? 0 : 100.0 * ok / pred;
    double r = gold == 0 ? 0 : 100.0 * ok / gold;
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  /** The types seen, sorted. */
  public Iterable<String> types() {
    return counts.keySet();
  }

  /** A table of P/R/F1 per type and overall. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    for (String t : counts.keySet()) {
      sb.append(row(t, prf(t)));
    }
    return sb.append(row("overall", prf(null))).toString();
  }

  private static String row(String name, double[] x) {
    return String.format(Locale.ROOT, "%-8s P %6.2f  R %6.2f  F1 %6.2f%n", name, x[0], x[1], x[2]);
  }

  private record Chunk(int start, int end, String type) {}

  /** Chunks of a tag sequence; S-/E-/L-/U- tags are read as B-/I- (BILOU and IOBES). */
  static List<Chunk> chunks(String[] tags) {
    List<Chunk> out = new java.util.ArrayList<>();
    String prev = "O";
    String prevType = "";
    int start = -1;
    String startType = null;
    for (int i = 0; i <= tags.length; i++) {
      String raw = i < tags.length ? tags[i] : "O";
      int dash = raw.indexOf('-');
      String tag = dash < 0 ? raw : raw.substring(0, dash);
      String type = dash < 0 ? "" : raw.substring(dash + 1);
      if (tag.equals("S") || tag.equals("U")) {
        tag = "B";
      } else if ((tag.equals("E") || tag.equals("L")) && !type.isEmpty()) {
        tag = "I";
      }
      boolean end = (prev.equals("B") || prev.equals("I")) && (tag.equals("B") || tag.equals("O"))
          || (!prev.equals("O") && !prevType.equals(type));
      if (start >= 0 && end) {
        out.add(new Chunk(start, i, startType));
        start = -1;
      }
      boolean begin = tag.equals("B") || (tag.equals("I") && prev.equals("O"))
          || (!tag.equals("O") && !prevType.equals(type));
      if (begin) {
        start = i;
        startType = type;
      }
      prev = tag;
      prevType = type;
    }
    return out;
  }
}
