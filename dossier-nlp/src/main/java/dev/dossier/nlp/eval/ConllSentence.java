package dev.dossier.nlp.eval;

import java.util.List;

/**
 * One sentence of a CoNLL file: its rows split on whitespace, in order.
 *
 * @param line 1-based line number of its first row in the file
 * @param rows the whitespace-separated columns of each row; never empty
 */
public record ConllSentence(int line, List<String[]> rows) {
  public ConllSentence {
    rows = List.copyOf(rows);
  }

  public int size() {
    return rows.size();
  }

  /** The first column: the tokens. */
  public String[] words() {
    return column(0);
  }

  /** Column {@code k} of every row; a negative {@code k} counts from the end (-1 is the last). */
  public String[] column(int k) {
    String[] out = new String[rows.size()];
    for (int i = 0; i < out.length; i++) {
      String[] r = rows.get(i);
      int idx = k < 0 ? r.length + k : k;
      out[i] = idx >= 0 && idx < r.length ? r[idx] : null;
    }
    return out;
  }
}
