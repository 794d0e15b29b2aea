package dev.dossier.store.export;

/** RFC 4180 fields. Stateless. */
final class Csv {
  private Csv() {}

  static String row(Object... fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      Object f = fields[i];
      if (f == null) {
        continue;
      }
      String s = f.toString();
      if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
        sb.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(s);
      }
    }
    return sb.append("\r\n").toString();
  }

  /** A TSV field: tabs and line breaks become spaces. */
  static String tsv(Object f) {
    return f == null ? "" : f.toString().replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
