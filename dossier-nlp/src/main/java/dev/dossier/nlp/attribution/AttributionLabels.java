package dev.dossier.nlp.attribution;

/**
 * The token labels of the attribution tagger: BIO over three span kinds (cue, source, content).
 * A token inside several gold spans gets the innermost kind's label, cue before source before
 * content, so a nested attribution's cue and source survive inside its parent's content.
 */
public final class AttributionLabels {

  public static final int O = 0;
  public static final int CUE = 0;
  public static final int SOURCE = 1;
  public static final int CONTENT = 2;
  static final String[] KINDS = {"Cue", "Source", "Content"};
  static final String[] NAMES = {"O", "B-CUE", "I-CUE", "B-SRC", "I-SRC", "B-CON", "I-CON"};

  private AttributionLabels() {}

  public static String[] names() {
    return NAMES.clone();
  }

  public static int begin(int kind) {
    return 1 + 2 * kind;
  }

  public static int inside(int kind) {
    return 2 + 2 * kind;
  }

  /** The kind of label {@code y}, or -1 for O. */
  public static int kind(int y) {
    return y == O ? -1 : (y - 1) / 2;
  }

  public static boolean isBegin(int y) {
    return y != O && (y - 1) % 2 == 0;
  }

  /** BIO: an I label only after a B or I of its kind. */
  public static boolean[] allowedTransitions() {
    int l = NAMES.length;
    boolean[] a = new boolean[l * l];
    for (int p = 0; p < l; p++) {
      for (int y = 0; y < l; y++) {
        a[p * l + y] = isBegin(y) || y == O || kind(p) == kind(y);
      }
    }
    return a;
  }

  /** A sequence cannot start inside a span. */
  public static boolean[] allowedStart() {
    boolean[] a = new boolean[NAMES.length];
    for (int y = 0; y < a.length; y++) {
      a[y] = y == O || isBegin(y);
    }
    return a;
  }
}
