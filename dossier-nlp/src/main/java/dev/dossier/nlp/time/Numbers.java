package dev.dossier.nlp.time;

/**
 * Reads numbers written in digits or words from {@link Words}: "10", "2.5", "2 1/2", "twenty-four",
 * "a hundred", "two and a half", and vague amounts ("several", "a few") as NaN. Stateless.
 */
final class Numbers {

  private Numbers() {}

  /** A number read from words {@code [from, end)}. */
  record Num(int end, double value, boolean vague, boolean spelled) {
    boolean integral() {
      return !vague && value == Math.rint(value);
    }
  }

  /** The number starting at word {@code k} (before {@code hi}), or null. */
  static Num read(Words w, int k, int hi) {
    if (k >= hi) {
      return null;
    }
    String s = w.lower(k);
    switch (s) {
      case "several", "few", "many", "numerous", "countless", "multiple" -> {
        return new Num(k + 1, Double.NaN, true, true);
      }
      case "some" -> {
        return null;
      }
      case "couple" -> {
        // "the next couple of years"
        return w.lower(k + 1).equals("of") && k + 2 < hi ? new Num(k + 2, 2, false, true) : null;
      }
      default -> { }
    }
    if (s.equals("a") || s.equals("an")) {
      String n = w.lower(k + 1);
      if (k + 1 < hi && (n.equals("few") || n.equals("number") && w.lower(k + 2).equals("of"))) {
        return new Num(n.equals("few") ? k + 2 : k + 3, Double.NaN, true, true);
      }
      if (n.equals("couple") && k + 2 < hi) {
        return new Num(w.lower(k + 2).equals("of") ? k + 3 : k + 2, 2, false, true);
      }
      if (n.equals("dozen")) {
        return new Num(k + 2, 12, false, true);
      }
      if (n.equals("hundred") || n.equals("thousand")) {
        return new Num(k + 2, n.equals("hundred") ? 100 : 1000, false, true);
      }
      return null;
    }
    if ((s.equals("dozens") || s.equals("hundreds") || s.equals("thousands")) && w.lower(k + 1).equals("of")) {
      return new Num(k + 2, Double.NaN, true, true);
    }
    if (w.digits(k) || isDecimal(s)) {
      double v = Double.parseDouble(s.replace(",", ""));
      int e = k + 1;
      // 2 1/2
      if (e < hi && isFraction(w.lower(e)) && w.digits(k)) {
        v += fraction(w.lower(e));
        e++;
      }
      return new Num(e, v, false, false);
    }
    Integer c = Lexicon.CARDINALS.get(s);
    if (c == null) {
      return null;
    }
    double v = c;
    int e = k + 1;
    if (c >= 20 && c % 10 == 0 && e < hi) {
      Integer u = Lexicon.CARDINALS.get(w.lower(e));
      if (u != null && u > 0 && u < 10) {
        v += u;
        e++;
      }
    }
    if (e < hi && w.lower(e).equals("hundred")) {
      v *= 100;
      e++;
    }
    if (e + 2 < hi && w.lower(e).equals("and") && w.lower(e + 1).equals("a")
        && w.lower(e + 2).equals("half")) {
      v += 0.5;
      e += 3;
    }
    return new Num(e, v, false, true);
  }

  private static boolean isDecimal(String s) {
    if (s.isEmpty() || !Words.isDigit(s.charAt(0))) {
      return false;
    }
    boolean point = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '.' || ch == ',') {
        if (i == s.length() - 1 || ch == '.' && point) {
          return false;
        }
        point |= ch == '.';
        continue;
      }
      if (!Words.isDigit(ch)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isFraction(String s) {
    return s.equals("1/2") || s.equals("1/4") || s.equals("3/4") || s.equals("\u00bd");
  }

  private static double fraction(String s) {
    return switch (s) {
      case "1/4" -> 0.25;
      case "3/4" -> 0.75;
      default -> 0.5;
    };
  }

  /** The day of month (1..31) word {@code k} names: "7", "7th", "seventh"; or -1. */
  static int dayOfMonth(Words w, int k) {
    String s = w.lower(k);
    if (s.isEmpty()) {
      return -1;
    }
    int n = -1;
    if (w.digits(k) && s.length() <= 2) {
      n = Integer.parseInt(s);
    } else if (s.length() >= 3 && s.length() <= 4 && Words.isDigit(s.charAt(0))
        && (s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd") || s.endsWith("th"))) {
      String d = s.substring(0, s.length() - 2);
      if (dev.dossier.nlp.text.Chars.allAsciiDigits(d)) {
        n = Integer.parseInt(d);
      }
    } else {
      Integer o = Lexicon.ORDINALS.get(s);
      if (o != null) {
        n = o;
      }
    }
    return n >= 1 && n <= 31 ? n : -1;
  }

  /** The ordinal word {@code k} names ("third", "3rd"), or -1. */
  static int ordinal(Words w, int k) {
    String s = w.lower(k);
    Integer o = Lexicon.ORDINALS.get(s);
    if (o != null) {
      return o;
    }
    if (s.length() >= 3 && Words.isDigit(s.charAt(0))
        && (s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd") || s.endsWith("th"))) {
      String d = s.substring(0, s.length() - 2);
      if (!d.isEmpty() && d.length() <= 3 && dev.dossier.nlp.text.Chars.allAsciiDigits(d)) {
        return Integer.parseInt(d);
      }
    }
    return -1;
  }
}
