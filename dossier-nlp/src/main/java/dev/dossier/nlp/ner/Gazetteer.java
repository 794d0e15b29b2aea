package dev.dossier.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lists of names by category (countries, cities, demonyms, people, organisations...), matched
 * against a token sequence: every longest match marks its tokens with the category and the token's
 * position in the match (B, I, L or U). Matching is case-sensitive except for all-caps tokens.
 * Immutable; safe to share between threads.
 */
public final class Gazetteer {

  private static final byte[] NONE = new byte[0];

  private final List<String> categories;
  private final Map<String, int[]> entries; // joined tokens -> category bitmask (int[1])
  private final Map<String, Integer> firstWords; // first token -> longest entry length in tokens

  private Gazetteer(List<String> categories, Map<String, int[]> entries, Map<String, Integer> firstWords) {
    this.categories = categories;
    this.entries = entries;
    this.firstWords = firstWords;
  }

  /** A gazetteer that matches nothing. */
  public static Gazetteer empty() {
    return new Gazetteer(List.of(), Map.of(), Map.of());
  }

  /** Builds a gazetteer; not thread-safe. */
  public static final class Builder {
    private final List<String> categories = new ArrayList<>();
    private final Map<String, int[]> entries = new HashMap<>();
    private final Map<String, Integer> firstWords = new HashMap<>();

    /**
     * Adds a name (tokens separated by single spaces) in {@code category}.
     *
     * @throws IllegalStateException past 31 categories
     */
    public Builder add(String category, String name) {
      int c = categories.indexOf(category);
      if (c < 0) {
        if (categories.size() == 31) {
          throw new IllegalStateException("too many gazetteer categories");
        }
        categories.add(category);
        c = categories.size() - 1;
      }
      String[] toks = name.strip().split(" +");
      if (toks.length == 0 || toks[0].isEmpty() || toks.length > 8) {
        return this;
      }
      String k = String.join(" ", toks);
      entries.computeIfAbsent(k, x -> new int[1])[0] |= 1 << c;
      firstWords.merge(toks[0], toks.length, Math::max);
      return this;
    }

    public Gazetteer build() {
      return new Gazetteer(List.copyOf(categories), Map.copyOf(entries), Map.copyOf(firstWords));
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<String> categories() {
    return categories;
  }

  public int size() {
    return entries.size();
  }

  /**
   * Matches over {@code words}: for each token the codes {@code category * 4 + position} of the
   * longest entries covering it (position 0 B, 1 I, 2 L, 3 U). Never null; tokens without a match
   * get an empty array.
   */
  public byte[][] match(String[] words) {
    byte[][] out = new byte[words.length][];
    Arrays.fill(out, NONE);
    if (entries.isEmpty()) {
      return out;
    }
    String[] key = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      key[i] = isAllCaps(w) && w.length() > 1 ? w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT) : w;
    }
    int i = 0;
    while (i < words.length) {
      Integer max = firstWords.get(key[i]);
      int matched = 0;
      int mask = 0;
      if (max != null) {
        StringBuilder sb = new StringBuilder(key[i]);
        int[] found = entries.get(key[i]);
        if (found != null) {
          matched = 1;
          mask = found[0];
        }
        for (int len = 2; len <= max && i + len <= words.length; len++) {
          sb.append(' ').append(key[i + len - 1]);
          found = entries.get(sb.toString());
          if (found != null) {
            matched = len;
            mask = found[0];
          }
        }
      }
      if (matched == 0) {
        i++;
        continue;
      }
      int cats = Integer.bitCount(mask);
      for (int t = 0; t < matched; t++) {
        byte[] codes = new byte[cats];
        int pos = matched == 1 ? 3 : t == 0 ? 0 : t == matched - 1 ? 2 : 1;
        int x = 0;
        for (int c = 0; c < 31; c++) {
          if ((mask & (1 << c)) != 0) {
            codes[x++] = (byte) (c * 4 + pos);
          }
        }
        out[i + t] = codes;
      }
      i += matched;
    }
    return out;
  }

  private static boolean isAllCaps(String w) {
    boolean letter = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }
}
