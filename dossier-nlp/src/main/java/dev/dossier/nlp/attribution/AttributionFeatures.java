package dev.dossier.nlp.attribution;

import static dev.dossier.nlp.train.Hashing.hash;
import static dev.dossier.nlp.train.Hashing.key;

import java.util.Arrays;

/**
 * Feature keys for tagging one paragraph with cue, source and content labels: the word, lemma and
 * part of speech in a window of two, the mention type, the quotation state, whether a word of
 * saying from {@link CueLexicon} is near and on which side, and where the token stands in its
 * sentence (first, after a comma, after "that"). Stateless; thread-safe. {@link #VERSION} names the
 * feature set; models record it and are rejected on load when it differs.
 */
public final class AttributionFeatures {

  public static final String VERSION = "attribution-features-8";

  private final dev.dossier.nlp.ner.WordClusters clusters;

  /** Features with the word classes of the shipped NER model. */
  public AttributionFeatures() {
    this(dev.dossier.nlp.ner.NerModel.shipped().clusters());
  }

  public AttributionFeatures(dev.dossier.nlp.ner.WordClusters clusters) {
    this.clusters = java.util.Objects.requireNonNull(clusters, "clusters");
  }

  private static final long BOS = hash("<s>");
  private static final long EOS = hash("</s>");
  private static final int NEAR = 30;

  /** Feature keys per token of paragraph {@code p} for the first pass. */
  public long[][] extract(AttributionInput in, int p) {
    return base(in, p, true);
  }

  /**
   * What the first-pass keys that depend on one token alone are read from: its word, lemma, part
   * of speech, mention type and quotation state ({@link #typeKeys}). A class, not a record: a
   * record's {@code equals} and {@code hashCode} go through method handles, which cost more on
   * this hot path (a map lookup per token), most of all with the C1 compiler alone.
   */
  public static final class TokenType {
    private final String word;
    private final String lemma;
    private final String pos;
    private final String ner;
    private final boolean inQuote;
    private final int hash;

    public TokenType(String word, String lemma, String pos, String ner, boolean inQuote) {
      this.word = word;
      this.lemma = lemma;
      this.pos = pos;
      this.ner = ner;
      this.inQuote = inQuote;
      this.hash = (((word.hashCode() * 31 + lemma.hashCode()) * 31 + pos.hashCode()) * 31 + ner.hashCode()) * 2
          + (inQuote ? 1 : 0);
    }

    public String word() {
      return word;
    }

    public String lemma() {
      return lemma;
    }

    public String pos() {
      return pos;
    }

    public String ner() {
      return ner;
    }

    public boolean inQuote() {
      return inQuote;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof TokenType x && x.hash == hash && x.inQuote == inQuote && x.word.equals(word)
          && x.lemma.equals(lemma) && x.pos.equals(pos) && x.ner.equals(ner);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** Token {@code t}'s {@link TokenType}. */
  public static TokenType type(AttributionInput in, int t) {
    return new TokenType(in.word[t], in.lemma[t], in.pos[t], in.ner[t], in.inQuote[t]);
  }

  /** The number of parts of {@link #typeKeys}. */
  public static final int PARTS = 5;

  /**
   * The first-pass keys that depend on one token of type {@code x} alone, in {@value #PARTS}
   * parts: those of the token itself; those of the token after it (of which it is the previous
   * word), of the token before it, of the token two after it and of the token two before it.
   * Token {@code i}'s keys of {@link #extract} are, in another order, its
   * {@link #extractContext} keys, part 0 of its own type, part 1 of token {@code i - 1}'s type,
   * part 2 of token {@code i + 1}'s, part 3 of {@code i - 2}'s and part 4 of {@code i + 2}'s, or
   * instead of a token outside the paragraph the same part of {@link #edgeKeys}.
   */
  public long[][] typeKeys(TokenType x) {
    String lower = AttributionInput.digitsAsZero(x.word().toLowerCase(java.util.Locale.ROOT));
    long hw = hash(lower);
    long hl = hash(x.lemma());
    long hp = hash(x.pos());
    long hn = hash(x.ner());
    int[] cl = clusters.lookup(x.word());
    int q = x.inQuote() ? 1 : 0;
    long[] own = new long[12 + (cl == null ? 0 : cl.length + 1)];
    int k = 0;
    own[k++] = key(0, 0);
    own[k++] = key(1, hw);
    own[k++] = key(2, hl);
    own[k++] = key(3, hp);
    own[k++] = key(14, hn);
    own[k++] = key(15, hn, hp);
    own[k++] = key(16, q, AttributionInput.isQuote(x.word()) ? 1 : 0);
    own[k++] = key(17, isCueWord(lower, x.lemma(), x.pos()) ? 1 : 0, hp);
    own[k++] = key(26, shape(x.word()));
    own[k++] = key(28, q, hp);
    if (cl != null) {
      for (int c = 0; c < cl.length; c++) {
        own[k++] = key(29 + c, cl[c]);
      }
      own[k++] = key(33, cl[0], hp);
    }
    own[k++] = key(58, suffix(lower), hp);
    own[k++] = key(78, hl, q);
    long[] before = cl == null ? new long[] {key(4, hw), key(8, hp)}
        : new long[] {key(4, hw), key(8, hp), key(34, cl[cl.length - 1])};
    long[] after = cl == null ? new long[] {key(5, hw), key(9, hp)}
        : new long[] {key(5, hw), key(9, hp), key(35, cl[cl.length - 1])};
    return new long[][] {own, before, after, {key(6, hw)}, {key(7, hw)}};
  }

  /**
   * The parts of {@link #typeKeys} for the tokens outside a paragraph: none of its own, the
   * paragraph's start as the token before the first, its end as the token after the last, and
   * likewise two tokens away.
   */
  public static long[][] edgeKeys() {
    return new long[][] {{}, {key(4, BOS), key(8, BOS)}, {key(5, EOS), key(9, EOS)}, {key(6, BOS)}, {key(7, EOS)}};
  }

  /**
   * The first-pass keys per token of paragraph {@code p} but those of {@link #typeKeys}: a
   * token's keys that read more than one token or more than its type.
   */
  public long[][] extractContext(AttributionInput in, int p) {
    return base(in, p, false);
  }

  /**
   * Feature keys per token of paragraph {@code p}; with {@code prior} (the first pass's label per
   * token of the article) also the labels around each token and the distance to the nearest cue,
   * source and content the first pass found, for the second pass.
   */
  public long[][] extract(AttributionInput in, int p, int[] prior) {
    return extract(in, p, prior, null);
  }

  /**
   * As {@link #extract(AttributionInput, int, int[])}, with also the first pass's confidence that
   * each token is a cue ({@code cue}, a bucket per token of the article, see
   * {@link AttributionTagger#confidenceBuckets}), or null.
   */
  public long[][] extract(AttributionInput in, int p, int[] prior, byte[] cue) {
    long[][] base = extract(in, p);
    return prior == null ? base : withPrior(base, in, p, prior, cue);
  }

  /**
   * {@code base} (the first-pass keys of paragraph {@code p}) with the second pass's keys read from
   * {@code prior} (and {@code cue}, if not null) appended; the same as {@code extract(in, p, prior, cue)}
   * without computing the base keys again.
   */
  public long[][] withPrior(long[][] base, AttributionInput in, int p, int[] prior, byte[] cue) {
    long[][] own = priorKeys(in, p, prior, cue);
    long[][] out = new long[own.length][];
    for (int i = 0; i < own.length; i++) {
      long[] b = base[i];
      long[] x = Arrays.copyOf(b, b.length + own[i].length);
      System.arraycopy(own[i], 0, x, b.length, own[i].length);
      out[i] = x;
    }
    return out;
  }

  /**
   * The second pass's own keys per token of paragraph {@code p}, read from {@code prior} (and
   * {@code cue}, if not null): what {@link #withPrior} appends to the first-pass keys.
   */
  public long[][] priorKeys(AttributionInput in, int p, int[] prior, byte[] cue) {
    int from = in.paragraphs[p];
    int n = in.paragraphs[p + 1] - from;
    long[] hw = new long[n];
    long[] hp = new long[n];
    for (int i = 0; i < n; i++) {
      hw[i] = hash(in.lower[from + i]);
      hp[i] = hash(in.pos[from + i]);
    }
    int[][] near = nearestKinds(prior, from, n);
    long[][] out = new long[n][];
    long[] buf = new long[32];
    for (int i = 0; i < n; i++) {
      int k = stacked(prior, from, n, i, hw[i], hp[i], near, buf, 0);
      if (cue != null) {
        int t = from + i;
        int c = cue[t];
        buf[k++] = key(87, c);
        buf[k++] = key(88, c, hp[i]);
        buf[k++] = key(89, c, prior[t]);
        buf[k++] = key(90, i > 0 ? cue[t - 1] : -1, c);
        buf[k++] = key(91, c, i + 1 < n ? cue[t + 1] : -1);
      }
      out[i] = Arrays.copyOf(buf, k);
    }
    return out;
  }

  /** @param all with the keys of {@link #typeKeys} (else without them) */
  private long[][] base(AttributionInput in, int p, boolean all) {
    int from = in.paragraphs[p];
    int to = in.paragraphs[p + 1];
    int n = to - from;
    long[] hw = new long[n];
    long[] hl = new long[n];
    long[] hp = new long[n];
    boolean[] cue = new boolean[n];
    for (int i = 0; i < n; i++) {
      int t = from + i;
      hw[i] = hash(in.lower[t]);
      hl[i] = hash(in.lemma[t]);
      hp[i] = hash(in.pos[t]);
      cue[i] = isCueWord(in, t);
    }
    int[] leftCue = new int[n];
    int[] rightCue = new int[n];
    int last = -1;
    for (int i = 0; i < n; i++) {
      if (i > 0 && in.sentence[from + i] != in.sentence[from + i - 1]) {
        last = -1;
      }
      leftCue[i] = last < 0 ? -1 : i - last;
      if (cue[i]) {
        last = i;
      }
    }
    last = -1;
    for (int i = n - 1; i >= 0; i--) {
      if (i < n - 1 && in.sentence[from + i] != in.sentence[from + i + 1]) {
        last = -1;
      }
      rightCue[i] = last < 0 ? -1 : last - i;
      if (cue[i]) {
        last = i;
      }
    }
    int[][] cl = new int[n][];
    for (int i = 0; i < n && all; i++) {
      cl[i] = clusters.lookup(in.word[from + i]);
    }
    int[] leftName = new int[n];
    int[] rightName = new int[n];
    String[] leftType = new String[n];
    int lastName = -1;
    for (int i = 0; i < n; i++) {
      if (i > 0 && in.sentence[from + i] != in.sentence[from + i - 1]) {
        lastName = -1;
      }
      leftName[i] = lastName < 0 ? -1 : i - lastName;
      leftType[i] = lastName < 0 ? "-" : in.ner[from + lastName];
      if (in.mention[from + i] >= 0) {
        lastName = i;
      }
    }
    lastName = -1;
    for (int i = n - 1; i >= 0; i--) {
      if (i < n - 1 && in.sentence[from + i] != in.sentence[from + i + 1]) {
        lastName = -1;
      }
      rightName[i] = lastName < 0 ? -1 : lastName - i;
      if (in.mention[from + i] >= 0) {
        lastName = i;
      }
    }
    int[] verbsBefore = new int[n];
    int[] sentCues = new int[n];
    int[] sentMarks = new int[n];
    sentenceCounts(in, from, n, cue, verbsBefore, sentCues, sentMarks);
    long[] tokenClass = new long[n];
    for (int i = 0; i < n; i++) {
      tokenClass[i] = tokenClass(in, from + i);
    }
    long[][] out = new long[n][];
    long[] buf = new long[128];
    int[] leftQuote = new int[n];
    int[] rightQuote = new int[n];
    quoteDistances(in, from, n, leftQuote, rightQuote);
    Paragraph par = new Paragraph(hw, hl, hp, cue, leftCue, rightCue, cl, leftName, rightName, leftType,
        verbsBefore, sentCues, sentMarks, tokenClass, leftQuote, rightQuote, thatAhead(in, from, n));
    int sentStart = 0;
    boolean afterComma = false;
    boolean afterThat = false;
    for (int i = 0; i < n; i++) {
      int t = from + i;
      if (i == 0 || in.sentence[t] != in.sentence[t - 1]) {
        sentStart = i;
        afterComma = false;
        afterThat = false;
      }
      out[i] = keys(in, t, i, n, sentStart, afterComma, afterThat, par, buf, all);
      if (",".equals(in.word[t])) {
        afterComma = true;
      }
      if ("that".equals(in.lower[t]) && leftCue[i] >= 0 && leftCue[i] <= 3) {
        afterThat = true;
      }
    }
    return out;
  }

  /** The per-token values of one paragraph that {@link #keys} reads. */
  private record Paragraph(long[] hw, long[] hl, long[] hp, boolean[] cue, int[] leftCue, int[] rightCue, int[][] cl,
      int[] leftName, int[] rightName, String[] leftType, int[] verbsBefore, int[] sentCues, int[] sentMarks,
      long[] tokenClass, int[] leftQuote, int[] rightQuote, long[] thatAhead) {
  }

  /**
   * The first-pass keys of token {@code t}, the {@code i}th of its paragraph of {@code n} tokens.
   * One call per token (not the body of the loop in {@link #base}), so
   * that the JIT compiles it as one method instead of recompiling a long loop on the stack.
   * Without {@code all}, the keys of {@link #typeKeys} are left out (they are summed per type).
   */
  private long[] keys(AttributionInput in, int t, int i, int n, int sentStart, boolean afterComma,
      boolean afterThat, Paragraph par, long[] buf, boolean all) {
    long[] hw = par.hw;
    long[] hl = par.hl;
    long[] hp = par.hp;
    boolean[] cue = par.cue;
    int[] leftCue = par.leftCue;
    int[] rightCue = par.rightCue;
    int[][] cl = par.cl;
    int[] leftName = par.leftName;
    int[] rightName = par.rightName;
    String[] leftType = par.leftType;
    int[] verbsBefore = par.verbsBefore;
    int[] sentCues = par.sentCues;
    int[] sentMarks = par.sentMarks;
    long[] tokenClass = par.tokenClass;
    int[] leftQuote = par.leftQuote;
    int[] rightQuote = par.rightQuote;
    int k = 0;
    long p1 = i > 0 ? hw[i - 1] : BOS;
    long n1 = i + 1 < n ? hw[i + 1] : EOS;
    long pp1 = i > 0 ? hp[i - 1] : BOS;
    long np1 = i + 1 < n ? hp[i + 1] : EOS;
    if (all) {
      buf[k++] = key(0, 0);
      buf[k++] = key(1, hw[i]);
      buf[k++] = key(2, hl[i]);
      buf[k++] = key(3, hp[i]);
      buf[k++] = key(4, p1);
      buf[k++] = key(5, n1);
      buf[k++] = key(6, i > 1 ? hw[i - 2] : BOS);
      buf[k++] = key(7, i + 2 < n ? hw[i + 2] : EOS);
      buf[k++] = key(8, pp1);
      buf[k++] = key(9, np1);
    }
    buf[k++] = key(10, pp1, hp[i]);
    buf[k++] = key(11, hp[i], np1);
    buf[k++] = key(12, p1, hw[i]);
    buf[k++] = key(13, hw[i], n1);
    if (all) {
      buf[k++] = key(14, hash(in.ner[t]));
      buf[k++] = key(15, hash(in.ner[t]), hp[i]);
      buf[k++] = key(16, in.inQuote[t] ? 1 : 0, AttributionInput.isQuote(in.word[t]) ? 1 : 0);
      buf[k++] = key(17, cue[i] ? 1 : 0, hp[i]);
    }
    buf[k++] = key(18, bucket(leftCue[i]), bucket(rightCue[i]));
    buf[k++] = key(19, bucket(leftCue[i]), hp[i]);
    buf[k++] = key(20, bucket(rightCue[i]), hp[i]);
    buf[k++] = key(21, i == sentStart ? 1 : 0, hp[i]);
    buf[k++] = key(22, (afterComma ? 2 : 0) + (afterThat ? 1 : 0), bucket(leftCue[i]));
    buf[k++] = key(23, bucket(i - sentStart), in.inQuote[t] ? 1 : 0);
    buf[k++] = key(24, i > 0 ? hl[i - 1] : BOS, hl[i]);
    buf[k++] = key(25, cue[i] ? hl[i] : 0, n1);
    if (all) {
      buf[k++] = key(26, shape(in.word[t]));
    }
    buf[k++] = key(27, i > 0 ? hash(in.ner[t - 1]) : BOS, hash(in.ner[t]));
    if (all) {
      buf[k++] = key(28, in.inQuote[t] ? 1 : 0, hp[i]);
    }
    if (cl[i] != null) { // without all, no word classes are looked up
      for (int c = 0; c < cl[i].length; c++) {
        buf[k++] = key(29 + c, cl[i][c]);
      }
      buf[k++] = key(33, cl[i][0], hp[i]);
    }
    if (i > 0 && cl[i - 1] != null) {
      buf[k++] = key(34, cl[i - 1][cl[i - 1].length - 1]);
    }
    if (i + 1 < n && cl[i + 1] != null) {
      buf[k++] = key(35, cl[i + 1][cl[i + 1].length - 1]);
    }
    buf[k++] = key(36, bucket(leftName[i]), hash(leftType[i]));
    buf[k++] = key(37, bucket(leftName[i]), hp[i]);
    buf[k++] = key(38, bucket(rightName[i]), hp[i]);
    buf[k++] = key(39, bucket(leftName[i]), bucket(leftCue[i]));
    long pp2 = i > 1 ? hp[i - 2] : BOS;
    long np2 = i + 2 < n ? hp[i + 2] : EOS;
    buf[k++] = key(52, hl[i], np1);
    buf[k++] = key(53, hl[i], pp1);
    buf[k++] = key(54, hl[i], n1);
    buf[k++] = key(55, key(0, pp2, pp1), hp[i]);
    buf[k++] = key(56, key(0, pp1, hp[i]), np1);
    buf[k++] = key(57, key(0, hp[i], np1), np2);
    if (all) {
      buf[k++] = key(58, suffix(in.lower[t]), hp[i]);
    }
    buf[k++] = key(59, bucket(leftQuote[i]), bucket(rightQuote[i]));
    buf[k++] = key(60, bucket(leftQuote[i]), hp[i]);
    buf[k++] = key(61, bucket(rightQuote[i]), hp[i]);
    buf[k++] = key(62, cue[i] ? 1 : 0, key(0, bucket(leftQuote[i]), bucket(rightQuote[i])));
    buf[k++] = key(63, hl[i], bucket(i - sentStart));
    buf[k++] = key(64, hl[i], key(0, bucket(leftName[i]), bucket(rightName[i])));
    buf[k++] = key(65, cue[i] ? 1 : 0, key(0, pp1, np1));
    buf[k++] = key(66, hl[i], par.thatAhead[i]);
    long before = i > 0 ? tokenClass[i - 1] : BOS;
    long after = i + 1 < n ? tokenClass[i + 1] : EOS;
    buf[k++] = key(72, Math.min(verbsBefore[i], 3), hp[i]);
    buf[k++] = key(74, key(0, sentCues[i], sentMarks[i]), hp[i]);
    if (all) {
      buf[k++] = key(78, hl[i], in.inQuote[t] ? 1 : 0);
    }
    buf[k++] = key(80, hl[i], before);
    buf[k++] = key(83, key(0, before, after), hp[i]);
    return Arrays.copyOf(buf, k);
  }

  private static int stacked(int[] prior, int from, int n, int i, long hw, long hp, int[][] near, long[] buf,
      int k) {
    int t = from + i;
    int y = prior[t];
    int yp = i > 0 ? prior[t - 1] : -1;
    int yn = i + 1 < n ? prior[t + 1] : -1;
    buf[k++] = key(40, y);
    buf[k++] = key(41, yp, y);
    buf[k++] = key(42, y, yn);
    buf[k++] = key(43, i > 1 ? prior[t - 2] : -1, i + 2 < n ? prior[t + 2] : -1);
    buf[k++] = key(44, y, hp);
    buf[k++] = key(45, y, hw);
    for (int kind = 0; kind < 3; kind++) {
      int left = near[2 * kind][i];
      int right = near[2 * kind + 1][i];
      buf[k++] = key(46 + kind, bucket(left), bucket(right));
      buf[k++] = key(49 + kind, bucket(left), hp);
    }
    return k;
  }

  /**
   * Per kind, the distance from each token to the nearest other token of the paragraph the prior
   * labels give that kind, left (row {@code 2 * kind}) and right ({@code 2 * kind + 1}), at most
   * {@value #NEAR}, else -1.
   */
  private static int[][] nearestKinds(int[] prior, int from, int n) {
    int[][] near = new int[6][n];
    for (int kind = 0; kind < 3; kind++) {
      int last = -1;
      for (int i = 0; i < n; i++) {
        near[2 * kind][i] = last >= 0 && i - last <= NEAR ? i - last : -1;
        if (AttributionLabels.kind(prior[from + i]) == kind) {
          last = i;
        }
      }
      last = -1;
      for (int i = n - 1; i >= 0; i--) {
        near[2 * kind + 1][i] = last >= 0 && last - i <= NEAR ? last - i : -1;
        if (AttributionLabels.kind(prior[from + i]) == kind) {
          last = i;
        }
      }
    }
    return near;
  }

  /**
   * Per token: the verbs before it in its sentence; the words of saying in its sentence (at most
   * 3); and the marks in its sentence (1 a quotation mark, 2 a colon, 3 both, else 0).
   */
  private static void sentenceCounts(AttributionInput in, int from, int n, boolean[] cue, int[] verbsBefore,
      int[] sentCues, int[] sentMarks) {
    int start = 0;
    while (start < n) {
      int end = start;
      int cues = 0;
      int marks = 0;
      int verbs = 0;
      while (end < n && in.sentence[from + end] == in.sentence[from + start]) {
        verbsBefore[end] = verbs;
        String pos = in.pos[from + end];
        verbs += pos.startsWith("VB") || pos.equals("MD") ? 1 : 0;
        cues += cue[end] ? 1 : 0;
        String w = in.word[from + end];
        marks |= AttributionInput.isQuote(w) ? 1 : w.equals(":") ? 2 : 0;
        end++;
      }
      for (int i = start; i < end; i++) {
        sentCues[i] = Math.min(cues, 3);
        sentMarks[i] = marks;
      }
      start = end;
    }
  }

  /**
   * A coarse class of a token: a quotation mark, a comma, a colon, "that", a personal pronoun, a
   * name, a common noun, a preposition, a determiner, a verb, else other.
   */
  private static long tokenClass(AttributionInput in, int t) {
    String w = in.word[t];
    if (AttributionInput.isQuote(w)) {
      return 1;
    }
    switch (w) {
      case ",":
        return 2;
      case ":":
        return 3;
      case "that":
        return 4;
      default:
        break;
    }
    String pos = in.pos[t];
    if (pos.equals("PRP")) {
      return 5;
    }
    if (in.mention[t] >= 0 && !in.ner[t].equals("NOMINAL") && !in.ner[t].equals("PRONOUN")) {
      return 6;
    }
    if (pos.startsWith("NN")) {
      return 7;
    }
    if (pos.equals("IN") || pos.equals("TO")) {
      return 8;
    }
    if (pos.equals("DT")) {
      return 9;
    }
    return pos.startsWith("VB") || pos.equals("MD") ? 10 : 0;
  }

  /** Distance to the nearest quotation mark on each side within the sentence, or -1. */
  private static void quoteDistances(AttributionInput in, int from, int n, int[] left, int[] right) {
    int last = -1;
    for (int i = 0; i < n; i++) {
      if (i > 0 && in.sentence[from + i] != in.sentence[from + i - 1]) {
        last = -1;
      }
      left[i] = last < 0 ? -1 : i - last;
      if (AttributionInput.isQuote(in.word[from + i])) {
        last = i;
      }
    }
    last = -1;
    for (int i = n - 1; i >= 0; i--) {
      if (i < n - 1 && in.sentence[from + i] != in.sentence[from + i + 1]) {
        last = -1;
      }
      right[i] = last < 0 ? -1 : last - i;
      if (AttributionInput.isQuote(in.word[from + i])) {
        last = i;
      }
    }
  }

  /**
   * Per token of the paragraph of {@code n} tokens from {@code from}, what follows it within three
   * tokens of the paragraph: 1 "that", 2 a colon, 3 a quotation mark, 4 a comma (the nearest of
   * these), else 0. Each token is classed once, not once per token before it.
   */
  private static long[] thatAhead(AttributionInput in, int from, int n) {
    int[] mark = new int[n];
    for (int j = 0; j < n; j++) {
      mark[j] = aheadMark(in.lower[from + j]);
    }
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < Math.min(n, i + 4); j++) {
        if (mark[j] != 0) {
          out[i] = mark[j];
          break;
        }
      }
    }
    return out;
  }

  /** 1 "that", 2 a colon, 3 a quotation mark, 4 a comma, else 0. */
  private static int aheadMark(String w) {
    if (w.equals("that")) {
      return 1;
    }
    if (w.equals(":")) {
      return 2;
    }
    if (AttributionInput.isQuote(w)) {
      return 3;
    }
    return w.equals(",") ? 4 : 0;
  }

  private static long suffix(String w) {
    return w.length() <= 3 ? hash(w) : hash(w, w.length() - 3, w.length());
  }

  static boolean isCueWord(AttributionInput in, int t) {
    return isCueWord(in.lower[t], in.lemma[t], in.pos[t]);
  }

  private static boolean isCueWord(String lower, String lemma, String pos) {
    if (pos.startsWith("VB") && CueLexicon.isListedVerb(lemma)) {
      return true;
    }
    return CueLexicon.isNoun(lower);
  }

  private static long bucket(int d) {
    if (d < 0) {
      return 99;
    }
    return d <= 3 ? d : d <= 5 ? 5 : d <= 10 ? 10 : d <= 20 ? 20 : 30;
  }

  private static long shape(String w) {
    long h = 0;
    char prev = 0;
    int len = 0;
    for (int i = 0; i < w.length() && len < 6; i++) {
      char c = w.charAt(i);
      char m = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (m != prev) {
        h = h * 31 + m;
        len++;
      }
      prev = m;
    }
    return h;
  }
}
