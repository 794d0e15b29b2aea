package dev.dossier.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The BILOU label set over CoNLL's four types (O, then B-, I-, L-, U- for PER, ORG, LOC, MISC),
 * its legal transitions, and conversions to and from IOB2 tags and spans.
 */
public final class NerLabels {

  /** CoNLL types in label order. */
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

  private static final String[] LABELS = build();
  public static final int O = 0;

  private NerLabels() {}

  private static String[] build() {
    List<String> l = new ArrayList<>();
    l.add("O");
    for (String t : TYPES) {
      for (String p : new String[] {"B", "I", "L", "U"}) {
        l.add(p + "-" + t);
      }
    }
    return l.toArray(String[]::new);
  }

  public static String[] labels() {
    return LABELS.clone();
  }

  public static int count() {
    return LABELS.length;
  }

  /** Type index (0..3) of label {@code y}, or -1 for O. */
  public static int type(int y) {
    return y == O ? -1 : (y - 1) / 4;
  }

  /** Position of {@code y}: 'B', 'I', 'L', 'U' or 'O'. */
  public static char position(int y) {
    return y == O ? 'O' : "BILU".charAt((y - 1) % 4);
  }

  static int label(char position, int type) {
    return 1 + 4 * type + "BILU".indexOf(position);
  }

  /** Which transitions {@code prev * L + y} are legal in BILOU. */
  public static boolean[] allowedTransitions() {
    int l = count();
    boolean[] a = new boolean[l * l];
    for (int p = 0; p < l; p++) {
      for (int y = 0; y < l; y++) {
        char pp = position(p);
        char yp = position(y);
        boolean open = pp == 'B' || pp == 'I';
        a[p * l + y] = open ? (yp == 'I' || yp == 'L') && type(p) == type(y) : yp == 'O' || yp == 'B' || yp == 'U';
      }
    }
    return a;
  }

  /** Labels a sequence may start with (O, B, U). */
  public static boolean[] allowedStart() {
    boolean[] a = new boolean[count()];
    for (int y = 0; y < a.length; y++) {
      char p = position(y);
      a[y] = p == 'O' || p == 'B' || p == 'U';
    }
    return a;
  }

  /** Labels a sequence may end with (O, L, U). */
  public static boolean[] allowedEnd() {
    boolean[] a = new boolean[count()];
    for (int y = 0; y < a.length; y++) {
      char p = position(y);
      a[y] = p == 'O' || p == 'L' || p == 'U';
    }
    return a;
  }

  /**
   * BILOU labels of IOB1/IOB2 tags of one sentence.
   *
   * @throws IllegalArgumentException naming a tag whose type is not PER, ORG, LOC or MISC
   */
  public static int[] fromIob(String[] tags) {
    int n = tags.length;
    int[] type = new int[n];
    boolean[] begins = new boolean[n];
    for (int i = 0; i < n; i++) {
      String t = tags[i];
      if (t.equals("O")) {
        type[i] = -1;
        continue;
      }
      int dash = t.indexOf('-');
      type[i] = dash < 0 ? -2 : TYPES.indexOf(t.substring(dash + 1));
      if (type[i] < 0) {
        throw new IllegalArgumentException("unknown NER tag '" + t + "'");
      }
      begins[i] = t.startsWith("B-") || i == 0 || type[i - 1] != type[i];
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      if (type[i] < 0) {
        out[i] = O;
        continue;
      }
      boolean ends = i + 1 == n || type[i + 1] != type[i] || begins[i + 1];
      char p = begins[i] ? (ends ? 'U' : 'B') : (ends ? 'L' : 'I');
      out[i] = label(p, type[i]);
    }
    return out;
  }

  /** IOB2 tags of BILOU labels. */
  public static String[] toIob2(int[] labels, int from, int to) {
    String[] out = new String[to - from];
    for (int i = from; i < to; i++) {
      int y = labels[i];
      if (y == O) {
        out[i - from] = "O";
      } else {
        char p = position(y);
        out[i - from] = (p == 'B' || p == 'U' ? "B-" : "I-") + TYPES.get(type(y));
      }
    }
    return out;
  }
}
