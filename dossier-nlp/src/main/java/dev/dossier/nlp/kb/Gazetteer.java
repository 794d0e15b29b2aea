package dev.dossier.nlp.kb;

import dev.dossier.model.EntityType;
import dev.dossier.model.Token;
import dev.dossier.nlp.text.NewsTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds knowledge-base names in tokenised text: a trie over the normalised words of every alias
 * and demonym (see {@link Names}), matched token by token, longest match first.
 *
 * <p>Aliases are tokenised with {@link NewsTokenizer}, so they match the tokens the pipeline
 * produces ({@code Mar-a-Lago} is one token, {@code Netanyahu 's} two). Tokens made only of
 * periods or apostrophes are skipped on both sides; any other punctuation must match literally.
 * Under {@link Casing#NEWS} an all-capital alias of up to six letters ("UN", "WHO", "AP") matches
 * only all-capital text, and every word capitalised in an alias must be capitalised in the text
 * ("The Sun" does not match "The sun", "Trump" does not match "trump", "Gaza war" matches "Gaza
 * war"). Immutable and thread-safe.
 */
public final class Gazetteer {

  /** How letter case in the text is checked against the alias. */
  public enum Casing {
    /** News casing: acronyms in capitals, names capitalised. */
    NEWS,
    /** Case is ignored (headlines in capitals, lower-cased text). */
    IGNORE
  }

  /** How an alias must be cased in text under {@link Casing#NEWS}. */
  public enum Form {
    /** All capitals, up to six letters: the text must be all capitals too. */
    ACRONYM,
    /** Has capitalised words: they must be capitalised in the text too. */
    CAPITALISED,
    /** Anything goes. */
    ANY
  }

  /**
   * What a name can refer to.
   *
   * @param actorId knowledge-base id of the actor
   * @param type the type a mention of this name has: the actor's type, or NORP for a demonym
   * @param category the actor's category, or null
   * @param demonym whether the name is a demonym of the actor ("Israeli" of Israel)
   * @param form how the alias is cased
   * @param capitals bit i is set when word i of the alias is capitalised
   * @param curated whether the actor comes from the curated base
   */
  public record Entry(String actorId, EntityType type, String category, boolean demonym, Form form,
      long capitals, boolean curated) {}

  /**
   * A run of tokens that names something.
   *
   * @param start index of the first token
   * @param end index one past the last token
   * @param entries what it can refer to, curated actors first; never empty
   */
  public record Match(int start, int end, List<Entry> entries) {
    /** The distinct types of the entries, in entry order. */
    public Set<EntityType> types() {
      Set<EntityType> s = EnumSet.noneOf(EntityType.class);
      entries.forEach(e -> s.add(e.type()));
      return s;
    }

    /** The type all entries agree on, or null when they disagree. */
    public EntityType type() {
      Set<EntityType> t = types();
      return t.size() == 1 ? t.iterator().next() : null;
    }
  }

  private static final NewsTokenizer TOKENIZER = new NewsTokenizer();
  private static final String[] NO_KEYS = new String[0];
  private static final Node[] NO_CHILDREN = new Node[0];
  private static final Entry[] NO_ENTRIES = new Entry[0];

  private final Node root;
  private final int aliases;
  private final int maxTokens;

  private Gazetteer(Node root, int aliases, int maxTokens) {
    this.root = root;
    this.aliases = aliases;
    this.maxTokens = maxTokens;
  }

  /** Builds the gazetteer of {@code actors}: names, aliases and demonyms. */
  static Gazetteer of(Iterable<KbActor> actors) {
    Builder b = new Builder();
    for (KbActor a : actors) {
      for (String n : a.names()) {
        b.add(n, a, a.type(), false);
      }
      for (String d : a.demonyms()) {
        b.add(d, a, EntityType.NORP, true);
      }
    }
    return b.build();
  }

  /** Number of distinct (alias, entry) pairs indexed. */
  public int size() {
    return aliases;
  }

  /**
   * The longest match starting at token {@code i} of {@code tokens}, or null. Looks at most as
   * many tokens ahead as the longest alias has, so calling it at every position stays linear.
   */
  public Match longestAt(List<String> tokens, int i, Casing casing) {
    if (i < 0 || i >= tokens.size()) {
      return null;
    }
    List<String> window = tokens.subList(i, Math.min(tokens.size(), i + maxTokens));
    Match m = longestAt(Words.of(window), window, 0, window.size(), casing);
    return m == null ? null : new Match(m.start() + i, m.end() + i, m.entries());
  }

  /**
   * Every match in {@code tokens}, scanning left to right and taking the longest match at each
   * position; matches do not overlap.
   *
   * @param tokens token texts, as the tokenizer produced them; never null
   * @param casing how case is checked
   * @return matches ordered by start; never null
   */
  public List<Match> findAll(List<String> tokens, Casing casing) {
    return scan(tokens).findAll(casing);
  }

  /**
   * The tokens of one text, split into trie words once for any number of {@link Scan#longestAt}
   * and {@link Scan#findAll} calls (each of which would otherwise split them again).
   */
  public Scan scan(List<String> tokens) {
    return new Scan(Objects.requireNonNull(tokens, "tokens"));
  }

  /** Lookups over one text's tokens, which are split into words once. Not thread-safe. */
  public final class Scan {
    private final List<String> tokens;
    private Words words;

    private Scan(List<String> tokens) {
      this.tokens = tokens;
    }

    private Words words() {
      if (words == null) {
        words = Words.of(tokens);
      }
      return words;
    }

    /** Same as {@link Gazetteer#longestAt(List, int, Casing)} on these tokens. */
    public Match longestAt(int i, Casing casing) {
      if (i < 0 || i >= tokens.size()) {
        return null;
      }
      return Gazetteer.this.longestAt(words(), tokens, i, Math.min(tokens.size(), i + maxTokens), casing);
    }

    /** Same as {@link Gazetteer#findAll(List, Casing)} on these tokens. */
    public List<Match> findAll(Casing casing) {
      Words w = words();
      List<Match> out = new ArrayList<>();
      int i = 0;
      while (i < tokens.size()) {
        Match m = Gazetteer.this.longestAt(w, tokens, i, tokens.size(), casing);
        if (m == null) {
          i++;
        } else {
          out.add(m);
          i = m.end();
        }
      }
      return out;
    }
  }

  /** {@link #findAll(List, Casing)} over {@link Token} records. */
  public List<Match> findAllTokens(List<Token> tokens, Casing casing) {
    List<String> texts = new ArrayList<>(tokens.size());
    tokens.forEach(t -> texts.add(t.text()));
    return findAll(texts, casing);
  }

  /** The longest match at token {@code i} that ends by token {@code limit} (exclusive). */
  private Match longestAt(Words w, List<String> tokens, int i, int limit, Casing casing) {
    int word = w.firstWord[i];
    if (word < 0) {
      return null;
    }
    Node n = root;
    Match best = null;
    for (int k = word; k < w.words.length && w.tokenOf[k] < limit; k++) {
      n = n.child(w.words[k]);
      if (n == null) {
        break;
      }
      int tok = w.tokenOf[k];
      boolean tokenEnds = k + 1 == w.words.length || w.tokenOf[k + 1] != tok;
      if (tokenEnds && n.entries.length > 0) {
        List<Entry> ok = accepted(n.entries, w, word, tokens, i, tok + 1, casing);
        if (!ok.isEmpty()) {
          best = new Match(i, tok + 1, ok);
        }
      }
    }
    return best;
  }

  private static List<Entry> accepted(Entry[] entries, Words w, int firstWord, List<String> tokens, int from,
      int to, Casing casing) {
    List<Entry> out = new ArrayList<>(entries.length);
    for (Entry e : entries) {
      boolean ok = casing == Casing.IGNORE || switch (e.form()) {
        case ACRONYM -> allCapitals(tokens, from, to);
        case CAPITALISED -> capitalsMatch(e.capitals(), w, firstWord);
        case ANY -> true;
      };
      if (ok && out.stream().noneMatch(x -> x.actorId().equals(e.actorId()) && x.demonym() == e.demonym())) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean capitalsMatch(long mask, Words w, int firstWord) {
    for (int j = 0; j < 64 && mask >>> j != 0; j++) {
      if ((mask >>> j & 1) != 0 && (firstWord + j >= w.words.length || !w.capitals.get(firstWord + j))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allCapitals(List<String> tokens, int from, int to) {
    for (int t = from; t < to; t++) {
      String s = tokens.get(t);
      for (int i = 0; i < s.length(); i++) {
        if (Character.isLowerCase(s.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  /** How {@code alias} must be cased in news text. */
  static Form form(String alias) {
    int letters = 0;
    boolean lower = false;
    for (int i = 0; i < alias.length(); i++) {
      char c = alias.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        lower |= Character.isLowerCase(c);
      }
    }
    if (!lower && letters >= 1 && letters <= 6) {
      return Form.ACRONYM;
    }
    return Form.CAPITALISED;
  }

  /** The words of each token: {@code words[k]} belongs to token {@code tokenOf[k]}. */
  private static final class Words {
    final String[] words;
    final int[] tokenOf;
    final int[] firstWord;
    final BitSet capitals;

    private Words(String[] words, int[] tokenOf, int[] firstWord, BitSet capitals) {
      this.words = words;
      this.tokenOf = tokenOf;
      this.firstWord = firstWord;
      this.capitals = capitals;
    }

    static Words of(List<String> tokens) {
      Builder b = new Builder(tokens.size());
      int[] firstWord = new int[tokens.size()];
      BitSet caps = new BitSet();
      for (int t = 0; t < tokens.size(); t++) {
        String token = tokens.get(t);
        String plain = plainWord(token);
        if (plain != null) {
          char c = token.charAt(0);
          firstWord[t] = b.size();
          b.add(plain, t, c >= 'A' && c <= 'Z' || c >= '0' && c <= '9');
          continue;
        }
        caps.clear();
        List<String> ws = tokenWords(token, caps);
        firstWord[t] = ws.isEmpty() ? -1 : b.size();
        for (int j = 0; j < ws.size(); j++) {
          b.add(ws.get(j), t, caps.get(j));
        }
      }
      return new Words(b.words.toArray(NO_KEYS), b.tokenOf, firstWord, b.capitals);
    }

    /** The words as they are added: each with its token and whether it is capitalised. */
    private static final class Builder {
      final List<String> words;
      int[] tokenOf;
      final BitSet capitals = new BitSet();

      Builder(int tokens) {
        words = new ArrayList<>(tokens + 8);
        tokenOf = new int[tokens * 2 + 8];
      }

      int size() {
        return words.size();
      }

      void add(String word, int token, boolean capital) {
        if (words.size() == tokenOf.length) {
          tokenOf = Arrays.copyOf(tokenOf, tokenOf.length * 2);
        }
        if (capital) {
          capitals.set(words.size());
        }
        tokenOf[words.size()] = token;
        words.add(word);
      }
    }
  }

  /**
   * The one trie word of a token made only of ASCII letters, digits and {@code &} (most tokens),
   * as {@link #tokenWords} would give it, without splitting: the token lower-cased (the token
   * itself when it has no capital). Null for any other token.
   */
  static String plainWord(String token) {
    int n = token.length();
    if (n == 0) {
      return null;
    }
    boolean upper = false;
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '&')) {
        return null;
      }
    }
    if (!upper) {
      return token;
    }
    char[] lower = new char[n];
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(lower);
  }

  /**
   * The trie words of one token: its normalised words; a token of other punctuation is its own
   * literal word; a token of periods and apostrophes only has none. Bit j of {@code capitals} is
   * set when word j starts with a capital letter or a digit.
   */
  static List<String> tokenWords(String token, BitSet capitals) {
    List<String> ws = Names.words(token, capitals);
    if (!ws.isEmpty()) {
      return ws;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c != '.' && !Names.isApostrophe(c)) {
        return List.of("\u0000" + token);
      }
    }
    return List.of();
  }

  /** Children a node must have to be looked up by hash rather than by binary search. */
  private static final int HASHED_CHILDREN = 64;

  /**
   * A trie node, frozen: children in sorted arrays, searched by binary search, or, for a node with
   * many (the root has one per first word of every alias, and is asked at every token), in an
   * open-addressed hash table instead.
   */
  private static final class Node {
    String[] keys = NO_KEYS;
    Node[] children = NO_CHILDREN;
    Entry[] entries = NO_ENTRIES;
    /** For a hashed node: the keys' hash codes, in an open-addressed table parallel to the keys. */
    int[] hashes;

    Node child(String word) {
      if (hashes != null) {
        return hashed(word);
      }
      int i = Arrays.binarySearch(keys, word);
      return i >= 0 ? children[i] : null;
    }

    /**
     * Linear probing from the word's slot. A word no alias starts with costs one read of
     * {@code hashes} when its slot is empty or holds another hash, not the key and entry a map
     * would follow.
     */
    private Node hashed(String word) {
      int h = word.hashCode();
      int mask = hashes.length - 1;
      for (int i = (h ^ h >>> 16) & mask; ; i = i + 1 & mask) {
        String k = keys[i];
        if (k == null) {
          return null;
        }
        if (hashes[i] == h && k.equals(word)) {
          return children[i];
        }
      }
    }

    /** Makes this node hashed, with {@code children} by word; the table is at most half full. */
    void hash(Map<String, Node> byWord) {
      int size = Integer.highestOneBit(Math.max(4, byWord.size() * 2 - 1)) << 1;
      keys = new String[size];
      children = new Node[size];
      hashes = new int[size];
      int mask = size - 1;
      byWord.forEach((w, c) -> {
        int h = w.hashCode();
        int i = (h ^ h >>> 16) & mask;
        while (keys[i] != null) {
          i = i + 1 & mask;
        }
        keys[i] = w;
        children[i] = c;
        hashes[i] = h;
      });
    }
  }

  /** Builds a trie; not thread-safe. */
  private static final class Builder {
    private final BuildNode root = new BuildNode();
    private final Map<String, String> interned = new HashMap<>();
    private int size;
    private int maxTokens = 1;

    void add(String alias, KbActor a, EntityType type, boolean demonym) {
      int[] spans = TOKENIZER.tokenize(alias);
      List<String> words = new ArrayList<>();
      long mask = 0;
      BitSet caps = new BitSet();
      for (int k = 0; k < spans.length; k += 2) {
        caps.clear();
        List<String> ws = tokenWords(alias.substring(spans[k], spans[k + 1]), caps);
        for (int j = 0; j < ws.size(); j++) {
          if (caps.get(j) && words.size() < 64) {
            mask |= 1L << words.size();
          }
          words.add(interned.computeIfAbsent(ws.get(j), x -> x));
        }
      }
      if (words.isEmpty()) {
        return;
      }
      maxTokens = Math.max(maxTokens, spans.length / 2 + 2);
      Form f = form(alias);
      if (f == Form.CAPITALISED && mask == 0) {
        f = Form.ANY;
      }
      Entry e = new Entry(a.id(), type, a.category(), demonym, f, f == Form.CAPITALISED ? mask : 0L, a.curated());
      BuildNode n = root;
      for (String w : words) {
        n = n.children.computeIfAbsent(w, x -> new BuildNode());
      }
      if (n.entries.add(e)) {
        size++;
      }
    }

    Gazetteer build() {
      return new Gazetteer(freeze(root), size, maxTokens);
    }

    private static Node freeze(BuildNode b) {
      Node n = new Node();
      if (b.children.size() >= HASHED_CHILDREN) {
        Map<String, Node> frozen = new HashMap<>(b.children.size() * 2);
        b.children.forEach((w, c) -> frozen.put(w, freeze(c)));
        n.hash(frozen);
      } else if (!b.children.isEmpty()) {
        TreeMap<String, BuildNode> sorted = new TreeMap<>(b.children);
        n.keys = sorted.keySet().toArray(NO_KEYS);
        n.children = new Node[n.keys.length];
        int i = 0;
        for (BuildNode c : sorted.values()) {
          n.children[i++] = freeze(c);
        }
      }
      if (!b.entries.isEmpty()) {
        List<Entry> es = new ArrayList<>(b.entries);
        es.sort((x, y) -> Boolean.compare(y.curated(), x.curated()));
        n.entries = es.toArray(NO_ENTRIES);
      }
      return n;
    }
  }

  private static final class BuildNode {
    final Map<String, BuildNode> children = new HashMap<>(4);
    final Set<Entry> entries = new LinkedHashSet<>(2);
  }
}
