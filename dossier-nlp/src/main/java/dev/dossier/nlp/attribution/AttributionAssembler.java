package dev.dossier.nlp.attribution;

import dev.dossier.model.Attribution;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Extent;
import dev.dossier.model.Mention;
import dev.dossier.model.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the tagger's labels into attribution relations: each cue is joined to the nearest source in
 * its sentence and the nearest content in its paragraph (the same sentence first); the source is
 * resolved to an entity through the mention on its head word (pronouns and nominals such as "the
 * network" through the entity stage's grouping), given a kind and, when unnamed, whatever
 * affiliation the text gives; "X cited by Y" makes Y the relay ({@link RelayPhrases}); an
 * attribution whose cue lies inside another's content is nested in it, and {@link NestedClaims}
 * finds the nested claims the tagger cannot label. Rules take over where the tagger is weak:
 * dash-signed quotations ({@link DashQuotes}), a speaker and a colon opening a paragraph
 * ({@link SpeakerColons}), "what negotiators describe as X"
 * ({@link WhatTheyCall}), the clause of "according to X," and of a
 * parenthetical ", aides say," ({@link ClauseContents}); a lone non-lexicon participle with no
 * source is not a cue ("and mounting pressure"). Stateless; thread-safe.
 */
final class AttributionAssembler {

  private static final Set<String> RELAY_VERBS = RelayPhrases.VERBS;
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "some", "several", "two", "three",
      "four", "many", "other", "another", "one", "senior", "top", "few", "most", "all", "both", "these", "those");

  private static final int SUBJECT_DISTANCE = 2;

  /** A run of tokens {@code [from, to)} with one kind. */
  record Run(int kind, int from, int to) {}

  List<Attribution> assemble(AttributionInput in, int[] labels, List<Mention> mentions, List<Entity> entities,
      String stage) {
    return assemble(in, labels, null, mentions, entities, stage);
  }

  /**
   * The attributions of {@code labels}; with {@code first} (the tagger's first pass, or null), also the
   * first-pass cues the second pass swallowed into a content ({@link SwallowedCues}).
   */
  List<Attribution> assemble(AttributionInput in, int[] labels, AttributionTagger.FirstPass first,
      List<Mention> mentions, List<Entity> entities, String stage) {
    labels = labels.clone();
    java.util.Map<Integer, Run[]> signed = new java.util.HashMap<>();
    for (Run[] t : DashQuotes.apply(in, labels)) {
      signed.put(t[0].from, t);
    }
    List<Run[]> leads = ColonLeads.apply(in, labels);
    List<Run[]> speakers = SpeakerColons.apply(in, labels);
    for (Run[] t : leads) {
      if (speakers.stream().noneMatch(x -> t[2].from <= x[0].from && x[0].from < t[2].to)) {
        signed.put(t[0].from, t);
      }
    }
    for (Run[] t : speakers) {
      signed.put(t[0].from, t);
    }
    for (Run[] t : PollPhrases.apply(in, labels)) {
      signed.put(t[0].from, t);
    }
    for (Run[] t : SwallowedCues.apply(in, labels, first)) {
      if (t[1] != null) {
        signed.put(t[0].from, t); // with no subject of its own, the cue is joined like any other ("said … but accused")
      }
    }
    for (Run[] t : MissedCues.apply(in, labels)) {
      signed.put(t[0].from, t);
    }
    ConfidentVerbs.apply(in, labels, first);
    ClauseContents.accordingToSources(in, labels);
    RelayPhrases.apply(in, labels);
    List<Run> cues = new ArrayList<>();
    List<Run> sources = new ArrayList<>();
    List<Run> contents = new ArrayList<>();
    for (Run r : runs(in, labels)) {
      (r.kind == AttributionLabels.CUE ? cues : r.kind == AttributionLabels.SOURCE ? sources : contents).add(r);
    }
    List<Attribution> out = new ArrayList<>();
    Run[] last = null; // the previous cue's cue, source and content
    Run lastFound = null; // the source found for the previous cue before SourceRepairs changed it
    for (Run cue : cues) {
      Run[] rule = signed.get(cue.from);
      if (rule != null) {
        out.add(build(in, cue, rule[1], rule[2], mentions, entities, stage));
        continue;
      }
      Run source = nearest(in, cue, sources, true);
      Run content = nearest(in, cue, contents, false);
      Run quote = quoteBefore(in, cue, source, contents);
      if (quote != null && (content == null || !direct(in, content))) {
        content = quote;
      }
      if (source == null) {
        source = agent(in, cue, content);
      }
      if (source == null) {
        source = subject(in, cue, content, mentions);
      }
      Run found = source;
      if (source != null && last != null && last[1] != null && source.equals(lastFound) && !source.equals(last[1])) {
        source = last[1]; // the previous cue's source, repaired there, is the same run: repaired here too
      }
      source = SourceRepairs.beforeParenthetical(in, cue, source);
      source = SourceRepairs.passiveSubject(in, cue, source);
      if (source == null && last != null) {
        source = SourceRepairs.sharedSubject(in, cue, last[0], last[1], last[2]);
      }
      Run clause = ClauseContents.accordingTo(in, cue, source);
      if (clause == null) {
        Run whole = ClauseContents.parenthetical(in, cue, source);
        // not over another cue that opens the sentence ("Asked whether …, the mayor said, “…”"); a cue
        // inside the statement ("talks are expected in Cairo, a diplomat said") stays part of it
        clause = whole == null || cues.stream().anyMatch(c -> c != cue && c.from == whole.from && c.to <= whole.to)
            ? null : whole;
      }
      if (clause == null) {
        clause = ClauseContents.raisedSubject(in, cue, content);
      }
      if (clause == null) {
        clause = ClauseContents.closingSource(in, cue, source, content);
      }
      if (clause != null) {
        content = clause;
      }
      if (source == null && participle(in, cue) || bareNoun(in, cue)) {
        continue;
      }
      if (content == null) {
        content = fallbackContent(in, cue, source);
        if (content == null) {
          continue;
        }
      }
      if (source == null) {
        Run[] inverted = inverted(in, cue, content);
        if (inverted != null) {
          source = inverted[0];
          content = inverted[1];
        }
      }
      Run[] second = direct(in, content) || clause != null ? null : CoordinatedCues.split(in, cue, content);
      if (second != null && cues.stream().noneMatch(c -> c.from < second[1].to && second[1].from < c.to)) {
        content = second[0];
        out.add(build(in, second[1], source, second[2], mentions, entities, stage));
      }
      Run[] inner = direct(in, content) ? null : NestedClaims.find(in, content);
      Run[] later = inner == null ? NestedClaims.inside(in, content) : null;
      if (later != null && cues.stream().noneMatch(c -> c.from < later[0].to && later[0].from < c.to)) {
        Run before = NestedClaims.before(in, content, later[1]);
        if (before != null) {
          content = before; // the claim's own source and cue end the outer content, as in PolNeAR
          inner = later;
        }
      }
      out.add(build(in, cue, source, content, mentions, entities, stage));
      last = new Run[] {cue, source, content};
      lastFound = found;
      Run[] claim = inner;
      if (claim != null && cues.stream().noneMatch(c -> c.from < claim[0].to && claim[0].from < c.to)) {
        out.add(build(in, claim[0], claim[1], claim[2], mentions, entities, stage));
      }
    }
    for (Run[] t : WhatTheyCall.find(in)) {
      if (cues.stream().noneMatch(c -> c.from < t[0].to && t[0].from < c.to)) {
        out.add(build(in, t[0], t[1], t[2], mentions, entities, stage));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Attribution::start).thenComparingInt(Attribution::end));
    return nest(out);
  }

  /**
   * A direct quotation of the same sentence that ends with a comma just before the cue and its
   * source ({@code "…," she said}), preferred to an indirect content after the cue; or null.
   */
  private static Run quoteBefore(AttributionInput in, Run cue, Run source, List<Run> contents) {
    int at = source != null && source.to <= cue.from && source.from < cue.from ? Math.min(source.from, cue.from)
        : cue.from;
    for (Run r : contents) {
      if (r.to > at || at - r.to > 3) {
        continue;
      }
      boolean quoted = false;
      boolean comma = false;
      for (int i = Math.max(r.from, r.to - 2); i < at; i++) {
        if (AttributionInput.isQuote(in.word[i])) {
          quoted = true;
        } else if (",".equals(in.word[i])) {
          comma = true;
        } else if (i >= r.to && !isPunct(in.word[i])) {
          quoted = false;
          break;
        }
      }
      if (quoted && comma && in.sentence[r.to - 1] == in.sentence[cue.from]) {
        return r;
      }
    }
    return null;
  }

  /**
   * For a passive cue with no source in its sentence, the agent after "by" ("was first reported by
   * The Washington Post", "are supported by an unusual coalition of leaders"), outside its
   * content; or null.
   */
  private static Run agent(AttributionInput in, Run cue, Run content) {
    int by = "by".equals(in.lower[cue.to - 1]) ? cue.to - 1 : cue.to < in.size() && "by".equals(in.lower[cue.to]) ? cue.to
        : -1;
    if (by < 0 || by + 1 >= in.size() || in.sentence[by + 1] != in.sentence[cue.from]) {
      return null;
    }
    boolean passive = false;
    for (int i = cue.from; i < by; i++) {
      passive |= in.pos[i].equals("VBN");
    }
    int end = RelayPhrases.relayEnd(in, by + 1);
    if (!passive || end == by + 1 || !in.pos[end - 1].startsWith("NN")
        || content != null && content.from < end && by + 1 < content.to) {
      return null;
    }
    return new Run(AttributionLabels.SOURCE, by + 1, end);
  }

  /**
   * For a cue with no source in its sentence: a named mention or personal pronoun at most
   * {@value #SUBJECT_DISTANCE} tokens before it, outside its content ("Scott asked the crowd …"),
   * or null.
   */
  private static Run subject(AttributionInput in, Run cue, Run content, List<Mention> mentions) {
    int s = in.sentence[cue.from];
    for (int i = cue.from - 1; i >= 0 && in.sentence[i] == s && cue.from - i <= SUBJECT_DISTANCE; i--) {
      if (content != null && content.from <= i && i < content.to) {
        return null;
      }
      if (in.pos[i].equals("PRP") || in.pos[i].equals("WP")) {
        return new Run(AttributionLabels.SOURCE, i, i + 1);
      }
      int m = in.mention[i];
      if (m >= 0 && "PERSON ORG GPE NORP".contains(in.ner[i])) {
        int from = i;
        while (from > 0 && in.mention[from - 1] == m) {
          from--;
        }
        return new Run(AttributionLabels.SOURCE, from, i + 1);
      }
      if (!in.pos[i].startsWith("RB") && !in.pos[i].equals("MD")) {
        return null; // only an adverb or a modal between ("Scott also asked", "he will say")
      }
    }
    return null;
  }

  /**
   * An inverted attribution, "Storms alone will not move grain prices, noted the Ledger's Maria Okafor.": a cue
   * right after a comma (and a closing quotation mark), followed by a short phrase naming someone
   * that ends the sentence and was read as the content. Returns that phrase as the source and the
   * clause before the comma as the content, or null.
   */
  private static Run[] inverted(AttributionInput in, Run cue, Run content) {
    int s = in.sentence[cue.from];
    int comma = cue.from - 1;
    if (comma > 0 && AttributionInput.isQuote(in.word[comma])) {
      comma--;
    }
    if (comma <= 0 || !",".equals(in.word[comma]) || in.sentence[comma] != s
        || content.from != cue.to || content.to - content.from > 10 || in.sentence[content.to - 1] != s) {
      return null;
    }
    for (int i = content.to; i < in.size() && in.sentence[i] == s; i++) {
      if (!isPunct(in.word[i])) {
        return null;
      }
    }
    String last = in.pos[content.to - 1];
    boolean names = false;
    for (int i = content.from; i < content.to; i++) {
      names |= in.mention[i] >= 0 || in.pos[i].equals("PRP");
      if (in.pos[i].startsWith("VB") || ",".equals(in.word[i])) {
        return null;
      }
    }
    if (!names || !(last.startsWith("NN") || last.equals("PRP"))) {
      return null;
    }
    int from = ClauseContents.sentence(in, comma)[0];
    while (from < comma && isPunct(in.word[from]) && !AttributionInput.isQuote(in.word[from])) {
      from++;
    }
    if (comma - from < 3) {
      return null;
    }
    return new Run[] {new Run(AttributionLabels.SOURCE, content.from, content.to),
        new Run(AttributionLabels.CONTENT, from, comma)};
  }

  /**
   * Whether {@code cue} is a lone participle that is not a word of saying ("and mounting
   * pressure"); the assembler drops such a cue when its sentence gives it no source.
   */
  private static boolean participle(AttributionInput in, Run cue) {
    return cue.to - cue.from == 1 && in.pos[cue.from].equals("VBG") && !CueLexicon.isVerb(in.lemma[cue.from]);
  }

  /**
   * Whether {@code cue} is a noun phrase that names people, with no verb and no word of saying or
   * stance in it ("Negotiators for" opening "Negotiators for Israel and Hamas will meet …, the
   * White House said"): it names who acts, it does not attribute.
   */
  private static boolean bareNoun(AttributionInput in, Run cue) {
    boolean people = false;
    for (int i = cue.from; i < cue.to; i++) {
      String p = in.pos[i];
      if (p.startsWith("VB") || p.equals("MD") || CueLexicon.isNoun(in.lower[i])
          || StanceLexicon.contains(in.lemma[i], p)) {
        return false;
      }
      people |= p.startsWith("NN") && (CueLexicon.isAnonymousHead(in.lower[i]) || agentNoun(in.lemma[i]));
    }
    return people;
  }

  /** A noun of someone who does something: negotiator, reporter, activist, politician. */
  private static boolean agentNoun(String lemma) {
    return lemma.length() > 5 && (lemma.endsWith("er") || lemma.endsWith("or") || lemma.endsWith("ist")
        || lemma.endsWith("ian"));
  }

  /** Runs of B/I labels of one kind; a run never crosses a paragraph. */
  static List<Run> runs(AttributionInput in, int[] labels) {
    List<Run> out = new ArrayList<>();
    int p = 0;
    int i = 0;
    while (i < labels.length) {
      int k = AttributionLabels.kind(labels[i]);
      if (k < 0) {
        i++;
        continue;
      }
      while (in.paragraphs[p + 1] <= i) {
        p++;
      }
      int end = in.paragraphs[p + 1];
      int j = i + 1;
      while (j < end && labels[j] == AttributionLabels.inside(k)) {
        j++;
      }
      out.add(new Run(k, i, j));
      i = j;
    }
    return out;
  }

  private static Run nearest(AttributionInput in, Run cue, List<Run> candidates, boolean sameSentence) {
    Run best = null;
    int bestScore = Integer.MAX_VALUE;
    int sentence = in.sentence[cue.from];
    int paragraph = paragraphOf(in, cue.from);
    for (Run r : candidates) {
      if (paragraphOf(in, r.from) != paragraph) {
        continue;
      }
      boolean same = in.sentence[r.from] <= sentence && sentence <= in.sentence[r.to - 1];
      if (sameSentence && !same) {
        continue;
      }
      int gap = r.to <= cue.from ? cue.from - r.to : r.from >= cue.to ? r.from - cue.to : 0;
      int score = gap + (same ? 0 : 1000 * Math.abs(in.sentence[r.from] - sentence));
      if (score < bestScore) {
        bestScore = score;
        best = r;
      }
    }
    return sameSentence || bestScore < 2500 ? best : null;
  }

  private static int paragraphOf(AttributionInput in, int token) {
    int lo = 0;
    int hi = in.paragraphs.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (in.paragraphs[mid] <= token) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The rest of the sentence after the cue, or before the source and cue when they end it. */
  private static Run fallbackContent(AttributionInput in, Run cue, Run source) {
    int s = in.sentence[cue.from];
    int lo = cue.from;
    while (lo > 0 && in.sentence[lo - 1] == s) {
      lo--;
    }
    int hi = cue.to;
    while (hi < in.size() && in.sentence[hi] == s) {
      hi++;
    }
    int after = cue.to;
    if (source != null && source.from >= cue.to) {
      after = source.to;
    }
    while (after < hi && isPunct(in.word[after]) || after < hi && "that".equals(in.lower[after])) {
      after++;
    }
    int stop = hi;
    while (stop > after && isPunct(in.word[stop - 1])) {
      stop--;
    }
    if (stop - after >= 3) {
      return new Run(AttributionLabels.CONTENT, after, stop);
    }
    int before = Math.min(cue.from, source == null ? cue.from : source.from);
    while (before > lo && isPunct(in.word[before - 1])) {
      before--;
    }
    return before - lo >= 3 ? new Run(AttributionLabels.CONTENT, lo, before) : null;
  }

  /** Whether {@code w} is one character that is neither a letter nor a digit. */
  static boolean isPunct(String w) {
    return w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0));
  }

  /** Writes the B and I labels of {@code r} into {@code labels}. */
  static void label(int[] labels, Run r) {
    labels[r.from()] = AttributionLabels.begin(r.kind());
    for (int i = r.from() + 1; i < r.to(); i++) {
      labels[i] = AttributionLabels.inside(r.kind());
    }
  }

  private Attribution build(AttributionInput in, Run cue, Run source, Run content, List<Mention> mentions,
      List<Entity> entities, String stage) {
    Extent cueX = extent(in, cue);
    Extent contentX = extent(in, content);
    Extent sourceX = source == null ? null : extent(in, source);
    Integer sourceEntity = null;
    SourceKind kind = SourceKind.OTHER;
    boolean anonymous = false;
    String affiliation = null;
    Extent relay = null;
    Integer relayEntity = null;
    if (source != null) {
      int head = head(in, source);
      int named = SourceRepairs.appositiveName(in, source, head);
      if (named >= 0 && !CueLexicon.isDocumentHead(in.lower[head])
          && entityOf(mentions, entities, in.mention[named]) != null) {
        head = named; // "The party leader, Maria Lopez,": the name decides the entity and the kind (a report
        // naming its author stays a document)
      }
      int m = in.mention[head];
      String headWord = in.lower[head];
      Entity e = m >= 0 ? entityOf(mentions, entities, m) : null;
      SourceKind body;
      Integer holder;
      if (CueLexicon.isDocumentHead(headWord)) {
        kind = SourceKind.POLL_OR_DOCUMENT;
        sourceEntity = firstNamedEntity(in, source.from, head, mentions);
      } else if (e != null && !(e.type() == EntityType.NORP && CueLexicon.isAnonymousHead(headWord))) {
        sourceEntity = mentions.get(m).entity();
        kind = kindOf(e);
      } else if (m < 0 && in.pos[head].startsWith("NN") && (body = CueLexicon.bodyKind(headWord)) != null) {
        kind = body; // "the union said": a body speaking, not unnamed people
      } else if (CueLexicon.isAnonymousHead(headWord) || in.pos[head].startsWith("NN") && m < 0) {
        kind = SourceKind.ANONYMOUS;
        anonymous = true;
        affiliation = affiliation(in, source, head);
      } else if (e != null) {
        sourceEntity = mentions.get(m).entity();
        kind = kindOf(e);
      }
      if (SourceKinds.percentage(in, source)) {
        kind = SourceKind.POLL_OR_DOCUMENT; // "47% said": the poll's respondents
        anonymous = false;
        affiliation = null;
        sourceEntity = SourceKinds.pollster(in, source, mentions, entities);
      } else if ((holder = SourceKinds.officeHolder(in, source, mentions)) == null || holder >= 0) {
        // "his office said": the holder's office, resolved to the holder
        sourceEntity = holder;
        kind = SourceKinds.officeKind(holder == null || holder >= entities.size() ? null : entities.get(holder));
        anonymous = false;
        affiliation = null;
      } else if (kind == SourceKind.ORGANIZATION && SourceKinds.peer(in, source, head)) {
        kind = SourceKind.PERSON; // "Lord Goldsmith said"
      }
      int[] r = relay(in, source, cue);
      if (r != null) {
        relay = Extent.of(in.text, in.tokens.get(r[0]).start(), in.tokens.get(r[1] - 1).end());
        relayEntity = firstNamedEntity(in, r[0], r[1], mentions);
        if (r[0] - 2 > source.from && r[0] <= source.to) {
          sourceX = extent(in, new Run(AttributionLabels.SOURCE, source.from, r[0] - 2));
        }
      }
    }
    int start = Math.min(cueX.start(), contentX.start());
    int end = Math.max(cueX.end(), contentX.end());
    if (sourceX != null) {
      start = Math.min(start, sourceX.start());
      end = Math.max(end, sourceX.end());
    }
    return new Attribution(start, end, sourceX, sourceEntity, kind, anonymous, affiliation, cueX,
        cueLemma(in, cue), contentX, direct(in, content), null, relay, relayEntity, 0.7, stage);
  }

  private static Extent extent(AttributionInput in, Run r) {
    return Extent.of(in.text, in.tokens.get(r.from).start(), in.tokens.get(r.to - 1).end());
  }

  /** The head of a source: the last noun of its first noun phrase ("officials" in "officials close to"). */
  static int head(AttributionInput in, Run r) {
    int last = -1;
    for (int i = r.from; i < r.to; i++) {
      String p = in.pos[i];
      boolean nominal = p.startsWith("NN") || p.startsWith("PRP") || p.equals("CD") && last >= 0;
      if (nominal) {
        last = i;
      } else if (last >= 0 && !p.equals("POS")) {
        break;
      }
      if (p.startsWith("PRP")) {
        break;
      }
    }
    return last >= 0 ? last : r.to - 1;
  }

  private static Entity entityOf(List<Mention> mentions, List<Entity> entities, int m) {
    Integer e = mentions.get(m).entity();
    return e == null || e >= entities.size() ? null : entities.get(e);
  }

  private static Integer firstNamedEntity(AttributionInput in, int from, int to, List<Mention> mentions) {
    for (int i = from; i < to; i++) {
      int m = in.mention[i];
      if (m >= 0 && mentions.get(m).entity() != null) {
        return mentions.get(m).entity();
      }
    }
    return null;
  }

  static SourceKind kindOf(Entity e) {
    String c = e.category() == null ? "" : e.category();
    switch (c) {
      case "outlet", "wire":
        return SourceKind.OUTLET;
      case "pollster":
        return SourceKind.POLL_OR_DOCUMENT;
      case "government body", "country", "state", "government":
        return SourceKind.GOVERNMENT;
      default:
        break;
    }
    return switch (e.type()) {
      case PERSON -> SourceKind.PERSON;
      case GPE -> SourceKind.GOVERNMENT;
      case ORG -> SourceKind.ORGANIZATION;
      case NORP -> SourceKind.ANONYMOUS;
      default -> SourceKind.OTHER;
    };
  }

  private static String affiliation(AttributionInput in, Run source, int head) {
    int from = source.from;
    while (from < head && DETERMINERS.contains(in.lower[from])) {
      from++;
    }
    if (from < head) {
      return in.text.substring(in.tokens.get(from).start(), in.tokens.get(head - 1).end());
    }
    int to = source.to;
    while (to > head + 1 && isPunct(in.word[to - 1])) {
      to--;
    }
    if (to > head + 1) {
      return in.text.substring(in.tokens.get(head + 1).start(), in.tokens.get(to - 1).end());
    }
    return null;
  }

  /** "cited by the network" inside or right after the source: the tokens of the relay. */
  private static int[] relay(AttributionInput in, Run source, Run cue) {
    int limit = Math.max(source.to, cue.from);
    for (int i = source.from; i + 2 < Math.min(limit + 1, in.size()); i++) {
      if (RELAY_VERBS.contains(in.lower[i]) && "by".equals(in.lower[i + 1])) {
        int from = i + 2;
        int to = RelayPhrases.relayEnd(in, from);
        return to > from ? new int[] {from, to} : null;
      }
    }
    return null;
  }

  private static String cueLemma(AttributionInput in, Run cue) {
    StringBuilder sb = new StringBuilder();
    for (int i = cue.from; i < cue.to; i++) {
      String p = in.pos[i];
      if (cue.to - cue.from > 1 && (p.equals("MD") || p.startsWith("VB") && isAuxiliary(in.lemma[i]) && i + 1 < cue.to)) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append("according".equals(in.lower[i]) ? "according" : in.lemma[i]);
    }
    return sb.length() == 0 ? in.lemma[cue.from] : sb.toString();
  }

  private static boolean isAuxiliary(String lemma) {
    return lemma.equals("be") || lemma.equals("have") || lemma.equals("do");
  }

  private static boolean direct(AttributionInput in, Run content) {
    if (AttributionInput.isQuote(in.word[content.from]) || AttributionInput.isQuote(in.word[content.to - 1])) {
      return true;
    }
    return content.from > 0 && AttributionInput.isQuote(in.word[content.from - 1]);
  }

  /** Sets each attribution's parent: the one with the smallest content containing its cue. */
  private static List<Attribution> nest(List<Attribution> in) {
    List<Attribution> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      Attribution a = in.get(i);
      Integer parent = null;
      int best = Integer.MAX_VALUE;
      for (int j = 0; j < in.size(); j++) {
        Attribution b = in.get(j);
        if (j != i && b.content().contains(a.cue()) && b.content().length() < best
            && !(a.content().contains(b.cue()))) {
          best = b.content().length();
          parent = j;
        }
      }
      out.add(parent == null ? a : new Attribution(a.start(), a.end(), a.source(), a.sourceEntity(),
          a.sourceKind(), a.anonymous(), a.affiliation(), a.cue(), a.cueLemma(), a.content(), a.direct(), parent,
          a.relay(), a.relayEntity(), a.confidence(), a.stage()));
    }
    return out;
  }
}
