package dev.dossier.nlp.entity;

import dev.dossier.model.Analysis;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Extent;
import dev.dossier.model.Layers;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Role;
import dev.dossier.model.Token;
import dev.dossier.nlp.kb.Gazetteer;
import dev.dossier.nlp.kb.KbActor;
import dev.dossier.nlp.kb.KbRole;
import dev.dossier.nlp.kb.KnowledgeBase;
import dev.dossier.nlp.kb.Names;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The work of {@link EntityStage} on one article: refine names, add what the NER missed, group,
 * link, then resolve descriptions and pronouns. Not thread-safe; one instance per call.
 */
final class EntityResolver {

  private static final String STAGE = EntityStage.NAME;
  private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "de", "al", "el", "du", "des",
      "la", "le", "van", "von", "der", "bin", "ibn", "&");
  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");

  private final KnowledgeBase kb;
  private final String text;
  private final List<Token> tokens;
  private final int[] tokenStarts;
  /** {@link TitleLexicon#lower} of each token, asked for many times per token. */
  private final String[] lowered;
  private final LocalDate date;
  private final List<Work> works = new ArrayList<>();
  private final List<Cluster> clusters = new ArrayList<>();
  /** The NAME work covering each token, rebuilt by {@link #indexNames()}. */
  private Work[] nameOfToken = new Work[0];
  /** {@link #lookup} results by name text. */
  private final Map<String, List<KnowledgeBase.Hit>> lookups = new HashMap<>();
  private static final Object NONE = new Object();

  EntityResolver(Analysis in, KnowledgeBase kb) {
    this.kb = kb;
    this.text = in.text();
    this.tokens = in.layer(Layers.TOKENS);
    this.tokenStarts = new int[tokens.size()];
    this.lowered = new String[tokens.size()];
    for (int i = 0; i < tokenStarts.length; i++) {
      tokenStarts[i] = tokens.get(i).start();
      lowered[i] = TitleLexicon.lower(tokens.get(i).text());
    }
    this.date = in.article().published() == null ? null : in.article().published().anchorDate();
    for (Mention m : in.layer(Layers.MENTIONS)) {
      Work w = Work.of(m);
      place(w);
      if (!numberedPart(w)) {
        works.add(w);
      }
    }
  }

  /**
   * Whether the name {@code w} is a capitalised part word before a numeral, or the two together
   * ("Phase" in "Phase 2 of the truce", or "Phase 2"): a part of something, not an actor. When a
   * verb or a comma follows the numeral the two may name an actor ("Article 19, a rights group,
   * said", "Level 3 reported"), so the name stays.
   */
  private boolean numberedPart(Work w) {
    if (w.kind != MentionKind.NAME || w.firstToken >= tokens.size()
        || !NumberedParts.isPartWord(lowered[w.firstToken])) {
      return false;
    }
    int numeral = w.firstToken + 1;
    boolean fits = w.endToken == numeral || w.endToken == numeral + 1;
    if (!fits || numeral >= tokens.size() || !NumberedParts.isNumeral(tokens.get(numeral).text())
        || !sameSentence(w.firstToken, numeral) || !adjacent(w.firstToken, numeral)) {
      return false;
    }
    int after = numeral + 1;
    if (after < tokens.size() && sameSentence(numeral, after)) {
      Token next = tokens.get(after);
      String pos = next.pos();
      return !(next.text().equals(",") || pos != null && (pos.startsWith("VB") || pos.equals("MD")));
    }
    return true;
  }

  void run() {
    List<String> tokenTexts = new ArrayList<>(tokens.size());
    tokens.forEach(t -> tokenTexts.add(t.text()));
    Gazetteer.Scan texts = kb.gazetteer().scan(tokenTexts);
    for (Work w : works) {
      if (w.kind == MentionKind.NAME) {
        extendToKnownName(w, texts);
      }
    }
    indexNames();
    for (Work w : works) {
      if (w.kind == MentionKind.NAME) {
        splitLeadingTitle(w);
      }
    }
    indexNames();
    for (Work w : works) {
      if (w.kind == MentionKind.NAME) {
        if (w.type == EntityType.PERSON) {
          findTitle(w);
        }
        refineType(w);
      }
    }
    addKnownNames(texts);
    sortWorks();
    indexNames();
    group();
    for (Cluster c : clusters) {
      link(c);
    }
    addNominals();
    addPronouns();
    sortWorks();
  }

  // ------------------------------------------------------------------ tokens

  /** Sets the token range and sentence of {@code w} from its offsets. */
  private void place(Work w) {
    w.firstToken = tokenAtOrAfter(w.start);
    w.endToken = tokenAtOrAfter(w.end);
    w.sentence = w.firstToken < tokens.size() ? tokens.get(w.firstToken).sentence()
        : tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence();
  }

  /** Index of the first token starting at or after {@code offset}. */
  private int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokenStarts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokenStarts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private String tok(int i) {
    return tokens.get(i).text();
  }

  private String lower(int i) {
    return lowered[i];
  }

  private boolean sameSentence(int a, int b) {
    return a >= 0 && b >= 0 && a < tokens.size() && b < tokens.size() && tokens.get(a).sentence() == tokens.get(b).sentence();
  }

  /** Whether only spaces separate token {@code a} from token {@code b} (a before b). */
  private boolean adjacent(int a, int b) {
    for (int k = tokens.get(a).end(); k < tokens.get(b).start(); k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean possessive(String t) {
    return t.equals("'s") || t.equals("\u2019s") || t.equals("'") || t.equals("\u2019");
  }

  private static boolean capitalised(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c) || Character.isTitleCase(c);
      }
    }
    return false;
  }

  /** The NAME work covering token {@code i}, or null. */
  private Work nameAt(int i) {
    return i >= 0 && i < nameOfToken.length ? nameOfToken[i] : null;
  }

  private void indexNames() {
    nameOfToken = new Work[tokens.size()];
    for (Work w : works) {
      if (w.kind == MentionKind.NAME) {
        for (int k = Math.max(0, w.firstToken); k < Math.min(w.endToken, tokens.size()); k++) {
          if (nameOfToken[k] == null) {
            nameOfToken[k] = w;
          }
        }
      }
    }
  }

  /** {@link KnowledgeBase#lookup} of a name, asked once per distinct text of the article. */
  private List<KnowledgeBase.Hit> lookup(String name) {
    List<KnowledgeBase.Hit> hits = lookups.get(name);
    if (hits == null) {
      hits = List.copyOf(kb.lookup(name));
      lookups.put(name, hits);
    }
    return hits;
  }

  /** Whether the knowledge base has an actor of that name or alias, as {@link KnowledgeBase#named} says. */
  private boolean named(String name) {
    for (KnowledgeBase.Hit h : lookup(name)) {
      if (!h.demonym()) {
        return true;
      }
    }
    return false;
  }

  private static String key(Work w) {
    if (w.key == null) {
      w.key = Names.key(w.text);
    }
    return w.key;
  }

  private static List<String> words(Work w) {
    if (w.words == null) {
      w.words = Names.words(w.text);
    }
    return w.words;
  }

  // ------------------------------------------------------------------ titles

  /**
   * A name the NER cut short ("Abdel Fattah" of "Abdel Fattah el-Sisi"): when a knowledge-base
   * name of a compatible type starts at most three tokens before it, covers it and ends in the same
   * sentence over tokens no other mention holds, the mention takes the whole name.
   */
  private void extendToKnownName(Work w, Gazetteer.Scan texts) {
    if (w.firstToken >= w.endToken || w.endToken > tokens.size()) {
      return;
    }
    for (int from = Math.max(0, w.firstToken - 3); from <= w.firstToken; from++) {
      Gazetteer.Match m = texts.longestAt(from, Gazetteer.Casing.NEWS);
      if (m == null || m.end() <= w.endToken || m.start() > w.firstToken || !sameSentence(m.start(), m.end() - 1)) {
        continue;
      }
      if (m.end() - m.start() <= w.endToken - w.firstToken || !m.types().contains(w.type) && w.type != EntityType.MISC) {
        continue;
      }
      boolean free = true;
      for (Work o : works) {
        if (o != w && o.start < tokens.get(m.end() - 1).end() && tokens.get(m.start()).start() < o.end) {
          free = false;
        }
      }
      if (!free) {
        continue;
      }
      w.start = tokens.get(m.start()).start();
      w.end = tokens.get(m.end() - 1).end();
      w.text = text.substring(w.start, w.end);
      w.key = null;
      w.words = null;
      w.only = null;
      w.firstToken = m.start();
      w.endToken = m.end();
      return;
    }
  }

  /** "President Trump" tagged as one name: the title words move to the title. */
  private void splitLeadingTitle(Work w) {
    if (w.type != EntityType.PERSON || w.endToken - w.firstToken < 2 || named(w.text)) {
      return;
    }
    int k = w.firstToken;
    while (k < w.endToken - 1 && (TitleLexicon.word(tok(k)) || possessive(tok(k))) && capitalised(tok(k))) {
      k++;
    }
    if (k == w.firstToken || !hasHead(w.firstToken, k) && !onlyHonorifics(w.firstToken, k)) {
      return;
    }
    int oldStart = w.start;
    int oldFirst = w.firstToken;
    w.start = tokens.get(k).start();
    w.text = text.substring(w.start, w.end);
    w.key = null;
    w.words = null;
    w.only = null;
    w.firstToken = k;
    w.title = Extent.of(text, oldStart, tokens.get(k - 1).end());
    w.titleWords = onlyHonorifics(oldFirst, k) ? null : titleWords(oldFirst, k);
  }

  private boolean hasHead(int from, int to) {
    for (int k = from; k < to; k++) {
      if (TitleLexicon.head(tok(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Title and role words in front of a person's name ("Israeli Prime Minister", "Israel's prime
   * minister", "Hamas leader", "Gov."), or after it in apposition ("Netanyahu, Israel's prime
   * minister,").
   */
  private void findTitle(Work w) {
    if (w.title != null || w.firstToken >= tokens.size() || w.firstToken >= w.endToken) {
      return;
    }
    int k = w.firstToken - 1;
    int left = w.firstToken;
    while (k >= 0 && sameSentence(k, w.firstToken) && adjacent(k, k + 1)) {
      String t = tok(k);
      if (TitleLexicon.word(t) && !(lower(k).equals("of") && left == w.firstToken)) {
        left = k;
        k--;
        continue;
      }
      Work name = nameAt(k);
      if (name != null && name != w && name.endToken == k + 1 && name.type != EntityType.PERSON && left < w.firstToken) {
        left = name.firstToken;
        k = name.firstToken - 1;
        continue;
      }
      if (possessive(t) && k > 0 && left < w.firstToken) {
        Work owner = nameAt(k - 1);
        if (owner != null && owner.endToken == k && owner.type != EntityType.PERSON) {
          left = owner.firstToken;
          k = owner.firstToken - 1;
          continue;
        }
      }
      break;
    }
    // trim leading words that cannot start a title ("of", a dangling modifier is fine)
    while (left < w.firstToken && (lower(left).equals("of") || lower(left).equals("the"))) {
      left++;
    }
    if (left < w.firstToken && hasHead(left, w.firstToken) && !onlyHonorifics(left, w.firstToken)) {
      w.title = Extent.of(text, tokens.get(left).start(), tokens.get(w.firstToken - 1).end());
      w.titleWords = titleWords(left, w.firstToken);
      return;
    }
    appositive(w);
  }

  private boolean onlyHonorifics(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!TitleLexicon.honorific(tok(k))) {
        return false;
      }
    }
    return true;
  }

  /** "Netanyahu, Israel's prime minister, said": the title after the name. */
  private void appositive(Work w) {
    int k = w.endToken;
    if (k >= tokens.size() || !tok(k).equals(",") || !sameSentence(k, w.firstToken)) {
      return;
    }
    int from = k + 1;
    int j = from;
    if (j < tokens.size() && (lower(j).equals("the") || lower(j).equals("a"))) {
      j++;
    }
    int titleStart = j;
    while (j < tokens.size() && sameSentence(j, from)) {
      Work name = nameAt(j);
      if (name != null && name.type != EntityType.PERSON && name.firstToken == j) {
        j = name.endToken;
        continue;
      }
      if (possessive(tok(j)) || TitleLexicon.word(tok(j))) {
        j++;
        continue;
      }
      break;
    }
    if (j == titleStart || j >= tokens.size() || !sameSentence(j, from)) {
      return;
    }
    String stop = tok(j);
    if (!(stop.equals(",") || stop.equals(".") || stop.equals(";") || stop.equals(")") || stop.equals("\u2014"))) {
      return;
    }
    if (!hasHead(titleStart, j) || !TitleLexicon.head(tok(j - 1))) {
      return;
    }
    w.title = Extent.of(text, tokens.get(from).start(), tokens.get(j - 1).end());
    w.titleWords = titleWords(titleStart, j);
  }

  /** The title words of tokens [from, to) without leading names, possessives and honorifics. */
  private String titleWords(int from, int to) {
    int a = from;
    while (a < to) {
      Work name = nameAt(a);
      if (name != null) {
        a = Math.min(to, name.endToken);
      } else if (possessive(tok(a)) || TitleLexicon.honorific(tok(a)) || lower(a).equals("the")) {
        a++;
      } else {
        break;
      }
    }
    if (a >= to) {
      return null;
    }
    return text.substring(tokens.get(a).start(), tokens.get(to - 1).end());
  }

  // ------------------------------------------------------------------ types

  /** The knowledge base corrects the type when it knows the name without doubt. */
  private void refineType(Work w) {
    List<KnowledgeBase.Hit> hits = lookup(w.text);
    if (hits.isEmpty()) {
      return;
    }
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    boolean curated = false;
    for (KnowledgeBase.Hit h : hits) {
      types.add(h.demonym() ? EntityType.NORP : h.actor().type());
      curated |= h.actor().curated();
    }
    if (types.contains(w.type)) {
      return;
    }
    if (types.size() != 1) {
      if (w.type == EntityType.MISC && curated) {
        KnowledgeBase.Hit h = hits.get(0);
        w.type = h.demonym() ? EntityType.NORP : h.actor().type();
      }
      return;
    }
    EntityType t = types.iterator().next();
    if (w.type == EntityType.PERSON && w.title != null) {
      return; // "King Abdullah", "President Jordan": the title says person
    }
    if (!curated && !(w.type == EntityType.MISC || compatible(w.type, t))) {
      return;
    }
    w.type = t;
  }

  /** Types that name the same kind of thing with different emphasis. */
  private static boolean compatible(EntityType a, EntityType b) {
    if (a == b) {
      return true;
    }
    Set<EntityType> places = EnumSet.of(EntityType.GPE, EntityType.LOC);
    return places.contains(a) && places.contains(b);
  }

  // ------------------------------------------------------------------ names the NER missed

  /** Adds knowledge-base names the NER did not mark ("Mar-a-Lago", "Arab"). */
  private void addKnownNames(Gazetteer.Scan texts) {
    if (tokens.isEmpty()) {
      return;
    }
    boolean[] covered = new boolean[tokens.size()];
    for (Work w : works) {
      for (int k = w.firstToken; k < Math.min(w.endToken, tokens.size()); k++) {
        covered[k] = true;
      }
    }
    List<Work> added = new ArrayList<>();
    for (Gazetteer.Match m : texts.findAll(Gazetteer.Casing.NEWS)) {
      boolean free = true;
      for (int k = m.start(); k < m.end(); k++) {
        free &= !covered[k];
      }
      EntityType type = m.type();
      boolean curated = m.entries().stream().allMatch(Gazetteer.Entry::curated);
      if (!free || type == null || !capitalised(tok(m.start())) || !(curated || m.end() - m.start() > 1)
          || !sameSentence(m.start(), m.end() - 1)) {
        continue;
      }
      int s = tokens.get(m.start()).start();
      int e = tokens.get(m.end() - 1).end();
      Work w = new Work(s, e, text.substring(s, e), type, MentionKind.NAME, null, 0.6, STAGE);
      place(w);
      added.add(w);
    }
    works.addAll(added);
    indexNames();
    for (Work w : added) {
      if (w.type == EntityType.PERSON) {
        findTitle(w);
      }
    }
  }

  private void sortWorks() {
    works.sort(Comparator.comparingInt((Work w) -> w.start).thenComparing(Comparator.comparingInt((Work w) -> w.end).reversed()));
  }

  // ------------------------------------------------------------------ grouping

  private void group() {
    Map<String, Cluster> byKey = new HashMap<>();
    Map<KbActor, Cluster> byActor = new IdentityHashMap<>();
    Map<Cluster, List<Work>> distinct = new IdentityHashMap<>();
    for (Work w : works) {
      if (w.kind != MentionKind.NAME) {
        continue;
      }
      String k = w.type + "\u0000" + key(w);
      KbActor only = onlyActor(w);
      Cluster c = byKey.get(k);
      if (c == null && only != null) {
        c = byActor.get(only);
        if (c != null && c.type != w.type) {
          c = null;
        }
      }
      if (c == null && !key(w).isEmpty()) {
        c = related(w, distinct);
      }
      if (c == null) {
        c = new Cluster(w.type);
        clusters.add(c);
      }
      if (!byKey.containsKey(k)) {
        distinct.computeIfAbsent(c, x -> new ArrayList<>()).add(w);
      }
      byKey.putIfAbsent(k, c);
      if (only != null) {
        byActor.putIfAbsent(only, c);
      }
      c.add(w);
    }
  }

  /** The cluster whose names {@code w} shortens or abbreviates (the latest one mentioned), or null. */
  private Cluster related(Work w, Map<Cluster, List<Work>> distinct) {
    Cluster partial = null;
    int partialAt = -1;
    for (Cluster c : clusters) {
      if (c.type != w.type) {
        continue;
      }
      for (Work m : distinct.getOrDefault(c, List.of())) {
        boolean related = switch (w.type) {
          case PERSON -> suffix(words(w), words(m)) || suffix(words(m), words(w));
          case ORG, GPE, LOC, LAW, EVENT, MISC -> acronymOf(w.text, m.text) || acronymOf(m.text, w.text);
          default -> false;
        };
        if (related && c.lastBefore(w.start) > partialAt) {
          partial = c;
          partialAt = c.lastBefore(w.start);
        }
      }
    }
    return partial;
  }

  /** Whether {@code shorter} is the last words of {@code longer} ("Netanyahu", "Benjamin Netanyahu"). */
  private static boolean suffix(List<String> shorter, List<String> longer) {
    if (shorter.isEmpty() || shorter.size() >= longer.size()) {
      return false;
    }
    return longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
  }

  /** Whether {@code acronym} is the initials of {@code name} ("UN", "United Nations"). */
  static boolean acronymOf(String acronym, String name) {
    String a = acronym.replace(".", "");
    if (a.length() < 2 || !dev.dossier.nlp.text.Chars.allUpperCase(a)) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    StringBuilder full = new StringBuilder();
    int n = name.length();
    int i = 0;
    while (i < n) {
      if (wordSeparator(name.charAt(i))) {
        i++;
        continue;
      }
      int from = i;
      while (i < n && !wordSeparator(name.charAt(i))) {
        i++;
      }
      char c = name.charAt(from);
      if (Character.isUpperCase(c)) {
        initials.append(c);
      }
      if (Character.isLetter(c)
          && !CONNECTORS.contains(name.substring(from, i).toLowerCase(Locale.ROOT))) {
        full.append(Character.toUpperCase(c));
      }
    }
    return initials.length() >= 2 && (a.contentEquals(initials) || a.contentEquals(full));
  }

  /** What splits a name into words for its initials: a hyphen or a regex {@code \\s}. */
  private static boolean wordSeparator(char c) {
    return c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The one knowledge-base actor a name can be, for its type, or null. */
  private KbActor onlyActor(Work w) {
    if (w.only != null) {
      return w.only == NONE ? null : (KbActor) w.only;
    }
    KbActor found = null;
    for (KnowledgeBase.Hit h : lookup(w.text)) {
      if (!fits(h, w.type)) {
        continue;
      }
      if (found != null && found != h.actor()) {
        found = null;
        break;
      }
      found = h.actor();
    }
    w.only = found == null ? NONE : found;
    return found;
  }

  private static boolean fits(KnowledgeBase.Hit h, EntityType type) {
    if (type == EntityType.NORP) {
      return h.demonym() || h.actor().type() == EntityType.NORP;
    }
    return !h.demonym() && compatible(h.actor().type(), type);
  }

  // ------------------------------------------------------------------ linking

  private void link(Cluster c) {
    Map<KbActor, Double> score = new LinkedHashMap<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Work w : c.names()) {
      if (!seen.add(key(w))) {
        continue;
      }
      for (KnowledgeBase.Hit h : lookup(w.text)) {
        if (fits(h, c.type)) {
          score.merge(h.actor(), 1 + w.text.length() / 100.0, Double::sum);
          if (h.demonym()) {
            c.demonym = true;
          }
        }
      }
    }
    if (score.isEmpty()) {
      return;
    }
    for (Map.Entry<KbActor, Double> e : score.entrySet()) {
      KbActor a = e.getKey();
      double bonus = a.curated() ? 0.25 : 0;
      List<KbRole> held = date == null ? a.roles() : a.rolesOn(date);
      if (date != null && !held.isEmpty()) {
        bonus += 0.5;
      }
      for (KbRole r : held) {
        if (r.title() != null && c.titles.containsKey(r.title().toLowerCase(Locale.ROOT))) {
          bonus += 1;
          break;
        }
      }
      e.setValue(e.getValue() + bonus);
    }
    List<Map.Entry<KbActor, Double>> ranked = new ArrayList<>(score.entrySet());
    ranked.sort(Map.Entry.<KbActor, Double>comparingByValue().reversed());
    if (ranked.size() > 1 && ranked.get(0).getValue() - ranked.get(1).getValue() < 0.2) {
      return; // ambiguous ("Bush" with no date or title to choose)
    }
    c.actor = ranked.get(0).getKey();
  }

  // ------------------------------------------------------------------ descriptions

  private void addNominals() {
    boolean[] used = new boolean[tokens.size()];
    for (Work w : works) {
      for (int k = w.firstToken; k < Math.min(w.endToken, tokens.size()); k++) {
        if (w.kind != MentionKind.NAME || w.type != EntityType.GPE && w.type != EntityType.NORP && w.type != EntityType.ORG) {
          used[k] = true;
        }
      }
      if (w.title != null) {
        for (int k = tokenAtOrAfter(w.title.start()); k < tokens.size() && tokens.get(k).end() <= w.title.end(); k++) {
          used[k] = true;
        }
      }
    }
    List<Work> added = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Work n = nominalAt(i, used);
      if (n != null) {
        added.add(n);
        for (int k = n.firstToken; k < n.endToken; k++) {
          used[k] = true;
        }
        i = n.endToken - 1;
      }
    }
    works.addAll(added);
  }

  /** A description starting at token {@code i} that resolves to an entity, or null. */
  private Work nominalAt(int i, boolean[] used) {
    int j;
    String country = null;
    Work modifier = null;
    if (lower(i).equals("the")) {
      j = i + 1;
      Work m = j < tokens.size() ? nameAt(j) : null;
      if (m != null && m.firstToken == j && (m.type == EntityType.NORP || m.type == EntityType.GPE)) {
        modifier = m;
        j = m.endToken;
      }
    } else {
      Work owner = nameAt(i);
      if (owner == null || owner.firstToken != i || owner.endToken >= tokens.size() || !possessive(tok(owner.endToken))
          || owner.type == EntityType.PERSON || owner.type == EntityType.NORP) {
        return null;
      }
      modifier = owner;
      j = owner.endToken + 1;
    }
    if (used[i] && modifier == null || j >= tokens.size() || used[j]) {
      return null;
    }
    if (modifier != null && modifier.cluster != null && modifier.cluster.actor != null) {
      KbActor a = modifier.cluster.actor;
      country = "country".equals(a.category()) ? a.id() : a.country();
    }
    NominalLexicon.Head head = null;
    for (NominalLexicon.Head h : NominalLexicon.headsStartingWith(lower(j))) {
      if (matches(h, j)) {
        head = h;
        break;
      }
    }
    if (head == null) {
      return null;
    }
    int end = j + head.words().size();
    if (!sameSentence(i, end - 1) || compoundContinues(end)) {
      return null;
    }
    int s = tokens.get(i).start();
    int e = tokens.get(end - 1).end();
    Cluster target = head.type() == EntityType.PERSON ? personFor(head, country, s) : orgFor(head, modifier, s);
    if (target == null) {
      return null;
    }
    Work w = new Work(s, e, text.substring(s, e), target.type, MentionKind.NOMINAL, null, 0.7, STAGE);
    place(w);
    w.head = head.title() != null ? head.title() : String.join(" ", head.words());
    target.add(w);
    if (head.type() == EntityType.PERSON) {
      target.addTitle(text.substring(tokens.get(j).start(), e));
    }
    return w;
  }

  private boolean matches(NominalLexicon.Head h, int j) {
    if (j + h.words().size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < h.words().size(); k++) {
      if (!lower(j + k).equals(h.words().get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the head is part of a longer noun phrase ("the party leader", "the group of seven"). */
  private boolean compoundContinues(int next) {
    if (next >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(next);
    String l = lower(next);
    if (l.equals("of") || l.equals("-")) {
      return true;
    }
    Work name = nameAt(next);
    if (name != null && name.firstToken == next) {
      return true; // "the prime minister Benjamin Netanyahu" is a title, not a description
    }
    if (t.pos() != null) {
      return t.pos().startsWith("NN");
    }
    return Character.isLetter(t.text().charAt(0)) && capitalised(t.text());
  }

  /** The person a title description refers to: the latest before it, else the most mentioned. */
  private Cluster personFor(NominalLexicon.Head head, String country, int at) {
    List<Cluster> candidates = new ArrayList<>();
    for (Cluster c : clusters) {
      if (c.type == EntityType.PERSON && holdsTitle(c, head.title(), country)) {
        candidates.add(c);
      }
    }
    return pick(candidates, at, true);
  }

  private boolean holdsTitle(Cluster c, String title, String country) {
    String key = Names.key(title);
    if (c.actor != null) {
      List<KbRole> roles = date == null ? List.of() : c.actor.rolesOn(date);
      for (KbRole r : roles) {
        if (r.title() != null && Names.key(r.title()).endsWith(key) && (country == null || country.equals(r.of()))) {
          return true;
        }
      }
    }
    for (Work w : c.mentions) {
      if (w.titleWords != null && Names.key(w.titleWords).endsWith(key) && (country == null
          || (c.actor != null && country.equals(c.actor.country()))
          || (w.title != null && mentionsCountry(w.title, country)))) {
        return true;
      }
    }
    return false;
  }

  private boolean mentionsCountry(Extent title, String country) {
    for (Work w : works) {
      if (w.start >= title.start() && w.end <= title.end() && w.cluster != null && w.cluster.actor != null
          && (country.equals(w.cluster.actor.id()) || country.equals(w.cluster.actor.country()))) {
        return true;
      }
    }
    return false;
  }

  /** The organisation a description refers to: the latest matching one before it. */
  private Cluster orgFor(NominalLexicon.Head head, Work modifier, int at) {
    if (modifier != null) {
      return null; // "Israel's agency", "the U.S. network": not an anaphor of a named organisation
    }
    List<Cluster> candidates = new ArrayList<>();
    for (Cluster c : clusters) {
      if (c.type == EntityType.ORG && describes(head, c)) {
        candidates.add(c);
      }
    }
    return pick(candidates, at, false);
  }

  private static boolean describes(NominalLexicon.Head head, Cluster c) {
    KbActor a = c.actor;
    String cat = a == null ? null : a.category();
    String medium = a == null ? null : a.medium();
    boolean outlet = "outlet".equals(cat) || "wire".equals(cat);
    return switch (head.target()) {
      case TV -> outlet && "tv".equals(medium);
      case BROADCASTER -> outlet && ("tv".equals(medium) || "radio".equals(medium));
      case NEWSPAPER -> outlet && "newspaper".equals(medium);
      case MAGAZINE -> outlet && "magazine".equals(medium);
      case WIRE -> "wire".equals(cat);
      case AGENCY -> "wire".equals(cat) || endsWith(c, a, "agency");
      case OUTLET -> outlet;
      case POLLSTER -> "pollster".equals(cat);
      case ARMED_GROUP -> "armed group".equals(cat);
      case GROUP -> "armed group".equals(cat) || "political movement".equals(cat) || "ngo".equals(cat)
          || endsWith(c, a, "group");
      case MOVEMENT -> "armed group".equals(cat) || "political movement".equals(cat) || endsWith(c, a, "movement");
      case PARTY -> "party".equals(cat) || endsWith(c, a, "party");
      case COMPANY -> "company".equals(cat) || endsWith(c, a, "company");
      case BLOC -> "intergovernmental".equals(cat) && a != null && a.names().stream()
          .anyMatch(n -> n.contains("Union") || n.equals("ASEAN") || n.equals("BRICS") || n.contains("Council"));
      case NAMED -> endsWith(c, a, head.title());
      case TITLE -> false;
    };
  }

  /** Whether the entity's name (or a knowledge-base name) ends with {@code word}. */
  private static boolean endsWith(Cluster c, KbActor a, String word) {
    List<String> names = new ArrayList<>();
    c.names().forEach(w -> names.add(w.text));
    if (a != null) {
      names.addAll(a.names());
    }
    for (String n : names) {
      List<String> ws = Names.words(n);
      if (!ws.isEmpty() && ws.get(ws.size() - 1).equals(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The candidate mentioned last before {@code at}; when none is and {@code salient} allows it,
   * the one with the most mentions if it is the only one with that many.
   */
  private static Cluster pick(List<Cluster> candidates, int at, boolean salient) {
    Cluster best = null;
    int bestAt = -1;
    for (Cluster c : candidates) {
      int last = c.lastBefore(at);
      if (last > bestAt) {
        best = c;
        bestAt = last;
      }
    }
    if (best != null || !salient || candidates.isEmpty()) {
      return best;
    }
    candidates.sort(Comparator.comparingInt((Cluster c) -> c.mentions.size()).reversed());
    if (candidates.size() > 1 && candidates.get(0).mentions.size() == candidates.get(1).mentions.size()) {
      return null;
    }
    return candidates.get(0);
  }

  // ------------------------------------------------------------------ pronouns

  private void addPronouns() {
    boolean[] covered = new boolean[tokens.size()];
    bySentence.clear();
    for (Work w : works) {
      for (int k = w.firstToken; k < Math.min(w.endToken, tokens.size()); k++) {
        covered[k] = true;
      }
      if (w.cluster != null && w.cluster.type == EntityType.PERSON) {
        bySentence.computeIfAbsent(w.sentence, x -> new ArrayList<>()).add(w);
      }
    }
    List<Work> added = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String l = lower(i);
      boolean male = MALE.contains(l);
      if (covered[i] || !(male || FEMALE.contains(l)) || insideQuote(i)) {
        continue;
      }
      Token t = tokens.get(i);
      Cluster c = antecedent(t, male ? "m" : "f");
      if (c == null) {
        continue;
      }
      Work w = new Work(t.start(), t.end(), t.text(), EntityType.PERSON, MentionKind.PRONOUN, null, 0.6, STAGE);
      place(w);
      c.add(w);
      added.add(w);
      bySentence.computeIfAbsent(w.sentence, x -> new ArrayList<>()).add(w);
    }
    works.addAll(added);
  }

  /** The only person, of a compatible gender, mentioned before the pronoun in its sentence, else in the previous one. */
  private final Map<Integer, List<Work>> bySentence = new HashMap<>();

  private Cluster antecedent(Token pronoun, String gender) {
    int sentence = pronoun.sentence();
    for (int s = sentence; s >= Math.max(0, sentence - 1); s--) {
      Set<Cluster> found = new LinkedHashSet<>();
      boolean anyPerson = false;
      for (Work w : bySentence.getOrDefault(s, List.of())) {
        if (w.end <= pronoun.start()) {
          anyPerson = true;
          String g = w.cluster.gender();
          if (g == null || g.equals(gender)) {
            found.add(w.cluster);
          }
        }
      }
      if (found.size() == 1) {
        return found.iterator().next();
      }
      if (anyPerson) {
        return null; // people in the sentence, but not one clear antecedent
      }
    }
    return null;
  }

  /** Whether token {@code i} is inside a quotation in its sentence (an odd number of quotes before it). */
  private boolean insideQuote(int i) {
    int quotes = 0;
    for (int k = i - 1; k >= 0 && sameSentence(k, i); k--) {
      String t = tok(k);
      if (t.equals("\"") || t.equals("\u201c") || t.equals("\u201d") || t.equals("``") || t.equals("''")) {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }

  // ------------------------------------------------------------------ output

  List<Mention> mentions() {
    Map<Cluster, Integer> index = entityIndex();
    List<Mention> out = new ArrayList<>(works.size());
    for (Work w : works) {
      out.add(w.toMention(w.cluster == null ? null : index.get(w.cluster)));
    }
    return out;
  }

  List<Entity> entities() {
    Map<Cluster, Integer> index = entityIndex();
    Map<Work, Integer> mentionIndex = new IdentityHashMap<>();
    for (int i = 0; i < works.size(); i++) {
      mentionIndex.put(works.get(i), i);
    }
    Entity[] out = new Entity[index.size()];
    for (Map.Entry<Cluster, Integer> e : index.entrySet()) {
      out[e.getValue()] = entity(e.getKey(), mentionIndex);
    }
    return List.of(out);
  }

  private Map<Cluster, Integer> entityIndex() {
    List<Cluster> ordered = new ArrayList<>();
    for (Cluster c : clusters) {
      if (!c.mentions.isEmpty()) {
        ordered.add(c);
      }
    }
    ordered.sort(Comparator.comparingInt(Cluster::first));
    Map<Cluster, Integer> index = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      index.put(ordered.get(i), i);
    }
    return index;
  }

  private Entity entity(Cluster c, Map<Work, Integer> mentionIndex) {
    KbActor a = c.actor;
    String name;
    String category;
    if (a != null && c.type == EntityType.NORP && a.type() != EntityType.NORP) {
      name = a.demonyms().isEmpty() ? a.name() : a.demonyms().get(0);
      category = "nationality";
    } else if (a != null) {
      name = a.name();
      category = a.category();
    } else {
      name = null;
      category = null;
    }
    Work canonical = canonical(c, a);
    if (name == null) {
      name = Names.display(canonical.text); // "Richard\nLyng" wrapped in the text is "Richard Lyng"
    }
    List<Integer> ms = new ArrayList<>();
    for (Work w : c.mentions) {
      ms.add(mentionIndex.get(w));
    }
    ms.sort(Integer::compare);
    List<Role> roles = a == null || date == null ? List.of() : kb.rolesOn(a, date);
    return new Entity(canonical.start, canonical.end, name, c.type, category, ms, List.copyOf(c.titles.values()),
        a == null ? null : a.id(), roles, STAGE);
  }

  /** The mention that gives the entity its name: one the knowledge base knows, else the longest. */
  private static Work canonical(Cluster c, KbActor a) {
    List<Work> names = c.names();
    if (names.isEmpty()) {
      return c.mentions.get(0);
    }
    if (a != null) {
      String key = Names.key(a.name());
      for (Work w : names) {
        if (Names.key(w.text).equals(key)) {
          return w;
        }
      }
    }
    Work best = names.get(0);
    for (Work w : names) {
      if (w.text.length() > best.text.length()) {
        best = w;
      }
    }
    return best;
  }
}
