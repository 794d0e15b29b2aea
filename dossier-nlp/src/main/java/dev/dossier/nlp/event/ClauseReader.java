package dev.dossier.nlp.event;

import dev.dossier.model.Actor;
import dev.dossier.model.Token;
import dev.dossier.nlp.event.NounPhrases.Np;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Chunk-based clause reading for one sentence, without a parser: clause boundaries, the subject
 * before a verb group (with coordination "Mordor, Rohan and Bree", attached "of", "from" or "in"
 * phrases, relative clauses, coordinated verb phrases), and the object or prepositional
 * participant after a trigger. Stateless apart from the sentence it was built for.
 */
final class ClauseReader {

  /** How a clause begins. */
  enum Opening { START, RELATIVE, CONDITION, COORDINATION, OTHER }

  /** A clause: tokens {@code [from, to)} and how it opens. */
  record Clause(int from, int to, Opening opening, int openingToken) {}

  private static final Set<String> RELATIVE = Set.of("who", "which", "whom", "whose", "that");
  private static final Set<String> SUBORDINATE = Set.of("after", "before", "when", "while", "because", "if",
      "unless", "although", "though", "since", "until", "whereas", "where", "whether", "once");
  private static final Set<String> DASHES = Set.of(";", ":", "\u2014", "\u2013", "--", "(", ")", "\"", "\u201c",
      "\u201d");
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "nor");
  static final Set<String> TARGET_PREPOSITIONS = Set.of("with", "to", "against", "on", "at", "into", "toward",
      "towards", "from", "for", "over", "about", "between", "upon", "of", "in");
  private static final Set<String> ATTACHED = Set.of("of", "from", "in");
  private static final Set<String> LEADING = Set.of("according", "beyond", "despite", "amid", "during", "after",
      "before", "with", "without", "unlike", "like", "besides", "including", "against");

  final EventInput d;
  final ActorFinder actors;
  final int from;
  final int to;
  final List<Np> nps;
  private final int[] npAt;

  ClauseReader(EventInput d, int sentence) {
    this.d = d;
    this.actors = new ActorFinder(d);
    this.from = d.sentences.get(sentence).tokenStart();
    this.to = d.sentences.get(sentence).tokenEnd();
    this.nps = NounPhrases.chunk(d.tokens, from, to, d.inName, d.timeAt);
    this.npAt = new int[to - from];
    java.util.Arrays.fill(npAt, -1);
    for (int k = 0; k < nps.size(); k++) {
      for (int i = nps.get(k).from(); i < nps.get(k).to(); i++) {
        npAt[i - from] = k;
      }
    }
  }

  /** The phrase covering token {@code i}, or null. */
  Np npAt(int i) {
    return i < from || i >= to || npAt[i - from] < 0 ? null : nps.get(npAt[i - from]);
  }

  /** The phrase starting at token {@code i}, or null. */
  Np npStarting(int i) {
    Np np = npAt(i);
    return np != null && np.from() == i ? np : null;
  }

  /** The clause around the verb group {@code [groupStart, at]}. */
  Clause clause(int groupStart, int at) {
    int left = from;
    Opening opening = Opening.START;
    int openingToken = -1;
    for (int j = groupStart - 1; j >= from; j--) {
      String w = d.lower(j);
      int open = j == groupStart - 1 ? parenthesisOpening(j) : -1;
      if (open > from) {
        // "the European Union (EU) agree": a short parenthesis before the verb does not end the subject
        j = open;
        continue;
      }
      if (j == groupStart - 1 && CONJUNCTIONS.contains(w)) {
        left = j + 1;
        opening = Opening.COORDINATION;
        openingToken = j;
        break;
      }
      Opening o = boundary(j, groupStart);
      if (o != null) {
        left = j + 1;
        opening = o;
        openingToken = j;
        break;
      }
    }
    int right = to;
    for (int j = at + 1; j < to; j++) {
      if (boundary(j, -1) != null || finiteVerb(j) && participle(j) < 0) {
        right = j;
        break;
      }
    }
    return new Clause(left, right, opening, openingToken);
  }

  /** For a ")" at {@code j} closing a parenthesis of at most four words after a name, the "(", else -1. */
  int parenthesisOpening(int j) {
    if (!d.tokens.get(j).text().equals(")")) {
      return -1;
    }
    for (int k = j - 1; k > Math.max(from, j - 6); k--) {
      if (d.tokens.get(k).text().equals("(")) {
        return d.inName[k - 1] ? k : -1;
      }
    }
    return -1;
  }

  /**
   * Where the words a verb governs may reach: past the end of its clause when a complement clause
   * follows ("allowed that Mordor isn't a pleasant place": up to the end of the "that" clause),
   * otherwise the clause end.
   */
  int complementEnd(Clause c) {
    if (c.to() >= to || !d.lower(c.to()).equals("that")) {
      return c.to();
    }
    for (int j = c.to() + 1; j < to; j++) {
      if (finiteVerb(j)) {
        return clause(j, j).to();
      }
      if (boundary(j, -1) != null) {
        return j;
      }
    }
    return to;
  }

  private Opening boundary(int j, int groupStart) {
    Token x = d.tokens.get(j);
    String w = d.lower(j);
    String pos = x.pos() == null ? "" : x.pos();
    if (DASHES.contains(w) || w.equals("-") && !attached(j)) {
      return Opening.OTHER;
    }
    if (RELATIVE.contains(w) && (pos.startsWith("W") || w.equals("that"))) {
      return Opening.RELATIVE;
    }
    if (SUBORDINATE.contains(w) && (pos.equals("IN") || pos.startsWith("W") || pos.equals("RB"))) {
      return ModalityFinder.CONDITION.contains(w) ? Opening.CONDITION : Opening.OTHER;
    }
    if (w.equals(",") && j + 1 < to && CONJUNCTIONS.contains(d.lower(j + 1))
        && !listEnd(j, groupStart)) {
      return Opening.OTHER;
    }
    if (groupStart >= 0 && j < groupStart && finiteVerb(j)) {
      return Opening.OTHER;
    }
    return null;
  }

  /**
   * Whether ", and X" closes a list of participants that is the subject ("Mordor, the awful
   * Fornost, and good Gondor welcomed"): X runs up to the verb group and a name ends before the comma.
   */
  private boolean listEnd(int comma, int groupStart) {
    if (groupStart < 0 || comma + 2 >= to) {
      return false;
    }
    Np last = npStarting(comma + 2);
    Np before = npAt(comma - 1);
    return last != null && last.to() == groupStart && before != null && before.to() == comma
        && actors.actorLike(last) && actors.actorLike(before);
  }

  private boolean attached(int j) {
    return j > 0 && j + 1 < d.tokens.size() && d.tokens.get(j - 1).end() == d.tokens.get(j).start()
        && d.tokens.get(j).end() == d.tokens.get(j + 1).start();
  }

  /**
   * For a participle after a noun that names who sent or made the thing ("memos sent by Bree",
   * "assurances sent from Bree", also when tagged as a past tense), the phrase of its agent;
   * otherwise -1.
   */
  int participle(int j) {
    String pos = d.tokens.get(j).pos() == null ? "" : d.tokens.get(j).pos();
    if (!(pos.equals("VBN") || pos.equals("VBD")) || j <= from || j + 2 >= to
        || !NounPhrases.tagged(d.tokens.get(j - 1), "NN") || d.inName[j - 1]) {
      return -1;
    }
    String next = d.lower(j + 1);
    return (next.equals("by") || next.equals("from")) && npStarting(j + 2) != null ? j + 2 : -1;
  }

  /** Whether a finite verb follows in the clause from token {@code j} (before a comma or another clause). */
  boolean finiteVerbAfter(int j) {
    for (int k = j; k < to && !d.tokens.get(k).text().equals(",") && boundary(k, -1) == null; k++) {
      if (finiteVerb(k)) {
        return true;
      }
    }
    return false;
  }

  boolean finiteVerb(int j) {
    String pos = d.tokens.get(j).pos() == null ? "" : d.tokens.get(j).pos();
    return (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) && npAt(j) == null;
  }

  /**
   * The participants named before the verb group: the first phrase of the clause not governed by a
   * preposition, with the phrases coordinated to it and an attached "of", "from" or "in" phrase.
   * Empty when the clause names none.
   */
  List<Actor> subjects(Clause c, int groupStart) {
    Np reporter = groupStart > c.from() + 1 ? cut(npAt(groupStart - 1), groupStart) : null;
    if (reporter != null && reporter.to() == groupStart && reporter.from() > c.from()
        && d.lower(reporter.from() - 1).equals(",") && actors.actorLike(reporter)
        && !listEnd(reporter.from() - 1, groupStart)) {
      // "..., and Gondor and Dagolath, the Osgiliath newspaper al-Raya said": the phrase after the comma
      Actor a = actors.of(reporter, null);
      if (a != null) {
        return List.of(a);
      }
    }
    for (int i = c.from(); i < groupStart; i++) {
      String pos = d.tokens.get(i).pos() == null ? "" : d.tokens.get(i).pos();
      if ((finiteVerb(i) || pos.equals("VB")) && npAt(i) == null) {
        break;
      }
      Np np = cut(npStarting(i), groupStart);
      if (np == null || np.to() > groupStart) {
        continue;
      }
      Np later = introduced(np, groupStart);
      if (later != null) {
        np = later;
      }
      // the subordinator that opens a clause ("after Trump hosted ...") does not govern its subject
      if (np.from() != c.from() && governed(np) || d.timeAt[np.head()] >= 0) {
        i = np.to() - 1;
        continue;
      }
      if (!actors.actorLike(np) && !attachedActor(np, groupStart)) {
        // "Eriador's death toll has risen": the possessor stands for the thing it owns
        Actor owner = commonNouns(np.to(), groupStart) ? actors.possessor(np) : null;
        if (owner != null) {
          return List.of(owner);
        }
        i = np.to() - 1;
        continue;
      }
      return withCoordinates(np, groupStart);
    }
    if (c.opening() == Opening.RELATIVE && c.openingToken() > from) {
      int k = c.openingToken() - 1;
      if (d.lower(k).equals(",") && k > from) {
        k--;
      }
      Np antecedent = npAt(k);
      if (antecedent != null && actors.actorLike(antecedent)) {
        Actor a = actors.of(antecedent, null);
        return a == null ? List.of() : List.of(a);
      }
    }
    return List.of();
  }

  /**
   * Whether the clause has a subject of its own before the verb group that {@link #subjects} found
   * no participant in: before a finite verb group, a phrase not governed by a preposition and not
   * a time, with no verb before it ("progress on the truce could help him"). Such a clause does
   * not take the participants of the clause before it.
   */
  boolean ownSubject(Clause c, int groupStart) {
    if (groupStart >= to || !finiteVerb(groupStart)) {
      return false; // an infinitive or a participle has no subject of its own here
    }
    int first = c.from();
    while (first < groupStart && npAt(first) == null && leftOfVerbGroup(first)) {
      first++; // the rest of the clause before's verb group: "I do n't think | the mission is threatened"
    }
    for (int i = first; i < groupStart; i++) {
      String pos = d.tokens.get(i).pos() == null ? "" : d.tokens.get(i).pos();
      if (pos.startsWith("VB") && npAt(i) == null) {
        return false;
      }
      Np np = cut(npStarting(i), groupStart);
      if (np == null || np.to() > groupStart) {
        continue;
      }
      if (np.from() != c.from() && governed(np) || d.timeAt[np.head()] >= 0) {
        i = np.to() - 1;
        continue;
      }
      return true;
    }
    return false;
  }

  /** Whether token {@code i} is an adverb, a modal, a base-form verb or "to": part of a verb group. */
  private boolean leftOfVerbGroup(int i) {
    String pos = d.tokens.get(i).pos() == null ? "" : d.tokens.get(i).pos();
    return pos.equals("RB") || pos.equals("MD") || pos.equals("VB") || pos.equals("TO");
  }

  /** Whether tokens {@code [from, to)} are only common nouns, adjectives and "and" ("and injury toll"). */
  private boolean commonNouns(int from, int to) {
    for (int k = from; k < to; k++) {
      String pos = d.tokens.get(k).pos() == null ? "" : d.tokens.get(k).pos();
      if (d.inName[k] || !(pos.equals("NN") || pos.equals("NNS") || pos.startsWith("JJ") || pos.equals("CC"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * For an introductory phrase set off by a comma ("Beyond Gaza, Netanyahu is expected..."), the
   * participant phrase that ends right at the verb group; otherwise null.
   */
  private Np introduced(Np np, int groupStart) {
    int k = np.to();
    if (k >= groupStart || !d.lower(k).equals(",")) {
      return null;
    }
    Np last = npAt(groupStart - 1);
    if (last == null || last.to() != groupStart || last.from() <= k || governed(last) || !actors.actorLike(last)) {
      return null;
    }
    for (int j = k + 1; j < last.from(); j++) {
      if (CONJUNCTIONS.contains(d.lower(j))) {
        return null;
      }
    }
    return last.from() == k + 1 ? last : null;
  }

  private boolean attachedActor(Np np, int limit) {
    Np pp = attachedPhrase(np, limit);
    return pp != null && actors.actorLike(pp);
  }

  /** A phrase and the phrases coordinated with it, as participants; an attached "of" phrase distributes. */
  List<Actor> withCoordinates(Np first, int limit) {
    List<Np> heads = coordinated(first, limit);
    Np last = heads.get(heads.size() - 1);
    Np pp = attachedPhrase(last, limit);
    List<Actor> out = new ArrayList<>();
    List<Np> pps = pp == null ? List.of() : coordinated(pp, limit);
    for (Np h : heads) {
      if (!pps.isEmpty() && (ActorFinder.GROUPS.contains(CameoLexicon.lemma(d.tokens.get(h.head())))
          || !actors.actorLike(h))) {
        for (Np p : pps) {
          Actor a = actors.actorLike(h) ? actors.of(h, p) : actors.of(p, null);
          if (a != null) {
            out.add(a);
          }
        }
      } else {
        Actor a = actors.of(h, null);
        if (a != null) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /** The phrase introduced by "of", "from" or "in" right after {@code np}, or null. */
  Np attachedPhrase(Np np, int limit) {
    int k = np.to();
    if (k + 1 >= Math.min(limit, to) || !ATTACHED.contains(d.lower(k))) {
      return null;
    }
    Np pp = npStarting(k + 1);
    return pp != null && pp.to() <= limit && actors.actorLike(pp) ? pp : null;
  }

  /** {@code first} and the phrases joined to it by commas, "and", "or" or "nor" before {@code limit}. */
  List<Np> coordinated(Np first, int limit) {
    List<Np> out = new ArrayList<>();
    out.add(first);
    int closed = 1;
    int k = first.to();
    while (k < Math.min(limit, to)) {
      int j = k;
      boolean joined = false;
      boolean conjunction = false;
      while (j < limit && (d.lower(j).equals(",")
          || CONJUNCTIONS.contains(d.lower(j)))) {
        joined = true;
        conjunction |= CONJUNCTIONS.contains(d.lower(j));
        j++;
      }
      Np next = joined ? cut(npStarting(j), limit) : null;
      if (next == null || next.to() > limit || !actors.actorLike(next) || d.timeAt[next.head()] >= 0) {
        break;
      }
      out.add(next);
      if (conjunction) {
        closed = out.size();
      }
      k = next.to();
    }
    return new ArrayList<>(out.subList(0, closed));
  }

  /**
   * The phrase cut before {@code limit} when the trigger at {@code limit} was tagged as its head
   * ("France agree that": the phrase "France agree" becomes "France"); otherwise the phrase.
   */
  Np cut(Np np, int limit) {
    if (np == null || np.to() <= limit || np.from() >= limit || np.head() < limit) {
      return np;
    }
    return new Np(np.from(), limit, limit - 1, np.possessive() < limit ? np.possessive() : -1);
  }

  /** Whether a preposition governs the phrase. */
  boolean governed(Np np) {
    if (np.from() == from) {
      return false;
    }
    Token p = d.tokens.get(np.from() - 1);
    String pos = p.pos() == null ? "" : p.pos();
    return pos.equals("IN") || pos.equals("TO") || LEADING.contains(d.lower(np.from() - 1));
  }

  /** The preposition before the phrase, lower case, or "". */
  String preposition(Np np) {
    if (np.from() == from) {
      return "";
    }
    int k = np.from() - 1;
    String before = d.tokens.get(k).pos() == null ? "" : d.tokens.get(k).pos();
    if (k > from && (before.equals("VBN") || before.equals("JJ"))) {
      // "against besieged Osgiliath": a participle or adjective left out of the phrase
      k--;
    }
    Token p = d.tokens.get(k);
    String pos = p.pos() == null ? "" : p.pos();
    String w = d.lower(k);
    return (pos.equals("IN") || pos.equals("TO")) && !w.equals("that") ? w : "";
  }
}
