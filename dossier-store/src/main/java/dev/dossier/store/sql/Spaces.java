package dev.dossier.store.sql;

/**
 * Whitespace runs collapsed to one space, as {@code s.replaceAll("\\s+", " ")} does (the same six
 * ASCII whitespace characters of {@code \s}), without a regular expression: the read queries cut
 * hundreds of sentences and leads out of article texts per request. Stateless.
 */
final class Spaces {
  private Spaces() {}

  /** {@code s} with every run of whitespace replaced by one space. */
  static String collapse(String s) {
    return collapse(s, Integer.MAX_VALUE);
  }

  /**
   * The first {@code limit} characters (or all, if fewer) of {@code collapse(s)}, reading only as
   * much of {@code s} as they need.
   */
  static String collapse(String s, int limit) {
    int n = s.length();
    int i = 0;
    while (i < n && !space(s.charAt(i))) {
      i++;
    }
    if (i == n && n <= limit) {
      return s;
    }
    StringBuilder sb = new StringBuilder(Math.min(n, limit));
    sb.append(s, 0, Math.min(i, limit));
    while (i < n && sb.length() < limit) {
      char c = s.charAt(i++);
      if (space(c)) {
        sb.append(' ');
        while (i < n && space(s.charAt(i))) {
          i++;
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
