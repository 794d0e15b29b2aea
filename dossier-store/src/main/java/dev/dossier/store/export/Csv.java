package dev.dossier.store.export;

import dev.dossier.model.Extent;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * RFC 4180 and TSV fields. A {@code double} or {@code float} field is written rounded to 3
 * decimals ({@link #decimal}); an {@code Object[]} field stands for its elements, so
 * {@link #extent} adds three fields. Stateless.
 */
final class Csv {
  private Csv() {}

  static String row(Object... fields) {
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    for (Object f : flat(fields)) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      if (f == null) {
        continue;
      }
      String s = text(f);
      if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
        sb.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(s);
      }
    }
    return sb.append("\r\n").toString();
  }

  /** A TSV field: tabs and line breaks become spaces; a float is rounded as in {@link #row}. */
  static String tsv(Object f) {
    return f == null ? "" : text(f).replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  /** The three columns of an extent: {@code NAME, NAME_start, NAME_end}. */
  static Object[] extentColumns(String name) {
    return new Object[] {name, name + "_start", name + "_end"};
  }

  /** An extent's words and its {@code [start, end)}, or three empty fields. */
  static Object[] extent(Extent e) {
    return e == null ? new Object[3] : new Object[] {e.text(), e.start(), e.end()};
  }

  /**
   * {@code d} rounded half-up to 3 decimals, trailing zeros dropped but one decimal kept: 0.9 for
   * 0.8999999999999999, 48.0 for 48, 0.125 for 0.1249999; never in exponent form.
   */
  static String decimal(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.toString(d);
    }
    BigDecimal b = BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    return (b.scale() < 1 ? b.setScale(1) : b).toPlainString();
  }

  /** {@code d} rounded half-up to 3 decimals, for exports that write numbers (events-jsonl). */
  static double round(double d) {
    return Double.isNaN(d) || Double.isInfinite(d) ? d : Double.parseDouble(decimal(d));
  }

  private static String text(Object f) {
    return f instanceof Double || f instanceof Float ? decimal(((Number) f).doubleValue()) : f.toString();
  }

  private static java.util.List<Object> flat(Object[] fields) {
    java.util.List<Object> out = new java.util.ArrayList<>();
    for (Object f : fields) {
      if (f instanceof Object[] a) {
        out.addAll(flat(a));
      } else {
        out.add(f);
      }
    }
    return out;
  }
}
