package dev.dossier.nlp.time.timeml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * TempEval-3 TIMEX3 scores of system tags against gold over the same text, as the independent
 * scorer ({@code shared/tools/timex.py}) computes them: spans compared over non-whitespace
 * characters; strict match = same span, relaxed match = at least one shared character, pairs
 * matched one to one (exact pairs first, then larger overlaps); type and value accuracy over
 * relaxed pairs; attribute F1 = accuracy x relaxed F1. The matching here is greedy where the
 * scorer's is a maximum bipartite matching, so counts can differ in rare crowded spans. Stateless.
 */
public final class TimexScorer {

  private TimexScorer() {}

  /** Counts over one or more documents. */
  public record Counts(int gold, int system, int strict, int relaxed, int type, int value) {
    public Counts plus(Counts o) {
      return new Counts(gold + o.gold, system + o.system, strict + o.strict, relaxed + o.relaxed,
          type + o.type, value + o.value);
    }

    private double f1(int match) {
      return gold + system == 0 ? 0 : 200.0 * match / (gold + system);
    }

    public double strictF1() {
      return f1(strict);
    }

    public double relaxedF1() {
      return f1(relaxed);
    }

    public double typeAccuracy() {
      return relaxed == 0 ? 0 : 100.0 * type / relaxed;
    }

    public double valueAccuracy() {
      return relaxed == 0 ? 0 : 100.0 * value / relaxed;
    }

    /** TempEval-3 value F1: relaxed span match and equal value. */
    public double valueF1() {
      return f1(value);
    }

    @Override
    public String toString() {
      return String.format("gold %d system %d | strict F1 %.2f relaxed F1 %.2f type acc %.2f "
          + "value acc %.2f value F1 %.2f", gold, system, strictF1(), relaxedF1(), typeAccuracy(),
          valueAccuracy(), valueF1());
    }
  }

  private record Pair(int gold, int system, boolean exact, double overlap) {}

  /** Scores {@code system} tags against the gold TIMEX3s of {@code gold}, whose text they share. */
  public static Counts score(TimeMlDocument gold, List<TimeMlWriter.Tag> system) {
    String text = gold.text();
    int[] pre = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      pre[i + 1] = pre[i] + (Character.isWhitespace(text.charAt(i)) ? 0 : 1);
    }
    List<int[]> g = new ArrayList<>();
    for (TimeMlDocument.Timex t : gold.timexes()) {
      if (pre[t.end()] > pre[t.start()]) {
        g.add(new int[] {pre[t.start()], pre[t.end()]});
      }
    }
    List<TimeMlDocument.Timex> gt = gold.timexes().stream()
        .filter(t -> pre[t.end()] > pre[t.start()]).toList();
    List<int[]> s = new ArrayList<>();
    List<TimeMlWriter.Tag> st = new ArrayList<>();
    for (TimeMlWriter.Tag t : system) {
      if (pre[t.end()] > pre[t.start()]) {
        s.add(new int[] {pre[t.start()], pre[t.end()]});
        st.add(t);
      }
    }
    List<Pair> pairs = new ArrayList<>();
    int strict = 0;
    boolean[] strictUsed = new boolean[s.size()];
    for (int i = 0; i < g.size(); i++) {
      for (int j = 0; j < s.size(); j++) {
        int ov = Math.min(g.get(i)[1], s.get(j)[1]) - Math.max(g.get(i)[0], s.get(j)[0]);
        if (ov > 0) {
          int union = Math.max(g.get(i)[1], s.get(j)[1]) - Math.min(g.get(i)[0], s.get(j)[0]);
          boolean exact = g.get(i)[0] == s.get(j)[0] && g.get(i)[1] == s.get(j)[1];
          pairs.add(new Pair(i, j, exact, (double) ov / union));
          if (exact && !strictUsed[j]) {
            strictUsed[j] = true;
            strict++;
          }
        }
      }
    }
    pairs.sort(Comparator.comparing(Pair::exact).reversed()
        .thenComparing(Comparator.comparingDouble(Pair::overlap).reversed()));
    boolean[] gu = new boolean[g.size()];
    boolean[] su = new boolean[s.size()];
    int relaxed = 0;
    int type = 0;
    int value = 0;
    for (Pair p : pairs) {
      if (gu[p.gold] || su[p.system]) {
        continue;
      }
      gu[p.gold] = true;
      su[p.system] = true;
      relaxed++;
      if (gt.get(p.gold).type().equals(st.get(p.system).type())) {
        type++;
      }
      if (gt.get(p.gold).value().equals(st.get(p.system).value())) {
        value++;
      }
    }
    return new Counts(g.size(), s.size(), strict, relaxed, type, value);
  }
}
