package dev.dossier.nlp.event;

import dev.dossier.model.Actor;
import dev.dossier.model.Event;
import dev.dossier.model.Extent;
import dev.dossier.model.Modality;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.TimeRelation;
import dev.dossier.model.TimeType;
import dev.dossier.model.Token;
import dev.dossier.nlp.event.CameoLexicon.Kind;
import dev.dossier.nlp.event.CameoLexicon.Match;
import dev.dossier.nlp.event.ClauseReader.Clause;
import dev.dossier.nlp.event.ClauseReader.Opening;
import dev.dossier.nlp.event.NounPhrases.Np;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the events of one sentence: verb triggers with their subject and object (passives
 * turned round: "was attacked by X"), event nouns with their possessor, name modifier or "by"
 * phrase ("Netanyahu's visit to Mar-a-Lago", "the Hamas attack", "an attack by Osgiliath
 * soldiers"), and predicative adjectives ("remain wary of"). Each gets a CAMEO code from the
 * lexicon, a place, a time and a modality. Used once per sentence.
 */
final class EventFinder {

  /** Pronouns that may stand for no one in particular ("it was agreed", "they say"). */
  private static final Set<String> IMPERSONAL = Set.of("it", "they", "we");
  /** Verbs whose object is feared or weighed, not done by the subject. */
  private static final Set<String> POSSIBLE_GOVERNORS = Set.of("fear", "risk", "warn", "worry", "threaten",
      "consider", "weigh", "mull", "rule", "caution");
  private static final Set<String> EXPECTED_GOVERNORS = Set.of("expect", "plan", "seek", "want", "propose",
      "prepare", "push", "aim", "schedule", "announce", "promise", "pledge", "vow");
  private static final Set<String> COPULAS = Set.of("be", "remain", "seem", "appear", "become", "stay", "look");
  private static final Set<String> MOVEMENT_ROOTS = ObjectReader.MOVEMENT_ROOTS;
  /** Verbs whose "from" phrase names the one who acts: receive aid from, get support from. */
  private static final Set<String> RECEIVING = Set.of("receive", "obtain", "accept", "get");
  /**
   * Verbs whose direct object, a noun of {@link #AGENT_OF_NOUNS}, is done to their subject by
   * someone else: "won the support of", "needs their backing", "enjoys the blessing of". The
   * subject is the target, not the actor.
   */
  private static final Set<String> RECEIVING_GOVERNORS = Set.of("win", "need", "gain", "enjoy", "have",
      "lose", "garner", "attract", "find", "receive", "get", "secure", "command", "lack", "earn", "seek",
      "require", "obtain", "welcome", "count");
  /** Event nouns whose "of" or "from" phrase names the one who acts: "the support of the rebels", "backing from". */
  private static final Set<String> AGENT_OF_NOUNS = Set.of("support", "backing", "help", "assistance",
      "approval", "endorsement", "blessing", "demand", "request", "appeal", "call", "offer", "threat",
      "warning");

  private final EventInput d;
  private final CameoLexicon lexicon;
  private final ClauseReader r;
  private final ObjectReader objectReader;
  private final String stage;
  private final List<Event> out = new ArrayList<>();
  private final List<int[]> objects = new ArrayList<>();
  /** Words of an entry matched after its trigger ("backing" of "lent his backing"): no trigger of their own. */
  private final BitSet matchedWords = new BitSet();
  private List<Actor> lastSubjects = List.of();
  /** Verbs {@link #remember} kept whose subjects are not read yet, in text order: the first {@code pending}. */
  private int[] verbs = new int[0];
  private int pending;

  EventFinder(EventInput d, CameoLexicon lexicon, int sentence, String stage) {
    this.d = d;
    this.lexicon = lexicon;
    this.r = new ClauseReader(d, sentence);
    this.objectReader = new ObjectReader(d, r);
    this.stage = stage;
  }

  List<Event> find() {
    for (int i = r.from; i < r.to; i++) {
      Token x = d.tokens.get(i);
      String pos = x.pos() == null ? "" : x.pos();
      Np np = r.npAt(i);
      if (np != null && np.head() == i && (pos.startsWith("NN") || d.inName[i]) && d.timeAt[i] < 0
          && lexicon.hasAny(Kind.NOUN, d.forms(i)) && !d.inName[i]) {
        noun(np, i);
      } else if (!matchedWords.get(i) && verbal(i, np) && lexicon.hasAny(Kind.VERB, d.forms(i)) && !helpsAnother(i)) {
        verb(i, Kind.VERB);
      } else if ((np == null || np.from() == i && np.to() == i + 1) && i > r.from
          && COPULAS.contains(CameoLexicon.lemma(d.tokens.get(i - 1))) && lexicon.hasAny(Kind.ADJECTIVE, d.forms(i))) {
        verb(i, Kind.ADJECTIVE);
      } else if (r.finiteVerb(i)) {
        remember(i);
      }
    }
    return out;
  }

  /** What one meets without meeting anyone: "meet the deadline", "met their targets". */
  private static final Set<String> MET_TARGETS = Set.of("deadline", "target", "demand", "expectation",
      "requirement", "criterion", "criteria", "standard", "need", "cost", "obligation", "goal", "condition",
      "threshold", "quota", "challenge", "commitment", "payment", "bill", "debt", "fate", "end", "death");

  /** Whether {@code i} is "meet" whose object is a target reached ({@link #MET_TARGETS}), not a participant. */
  private boolean meetsATarget(int i) {
    if (!CameoLexicon.lemma(d.tokens.get(i)).equals("meet") || i + 1 >= r.to) {
      return false;
    }
    Np object = r.npStarting(i + 1);
    return object != null && MET_TARGETS.contains(CameoLexicon.lemma(d.tokens.get(object.head())));
  }

  /**
   * Whether {@code i} is "help" before the bare verb of the act helped with ("helped broker the
   * truce"): that verb is the event, and the help is no aid given.
   */
  private boolean helpsAnother(int i) {
    if (i + 1 >= r.to || !isHelp(i)) {
      return false;
    }
    Token next = d.tokens.get(i + 1);
    return lexicon.hasAny(Kind.VERB, d.forms(i + 1)) && ("VB".equals(next.pos()) || verbAfterHelp(i + 1));
  }

  /** "helped broker the truce": a singular noun right after "help" and before a determiner is the verb helped with. */
  private boolean verbAfterHelp(int i) {
    if (i <= r.from || i + 1 >= r.to || !isHelp(i - 1) || !"NN".equals(d.tokens.get(i).pos())) {
      return false;
    }
    String after = d.tokens.get(i + 1).pos() == null ? "" : d.tokens.get(i + 1).pos();
    return after.equals("DT") || after.equals("PRP$");
  }

  private boolean isHelp(int i) {
    return CameoLexicon.lemma(d.tokens.get(i)).equals("help");
  }

  /**
   * Whether the clause depends on a condition: it opens with "if" or "unless", follows an
   * "if ..." clause closed by a comma, or is followed by one.
   */
  private boolean conditional(Clause c, int groupStart) {
    if (c.opening() == Opening.CONDITION) {
      return true;
    }
    if (c.to() < r.to && ModalityFinder.CONDITION.contains(d.lower(c.to()))
        && !d.lower(c.to()).equals("whether")) {
      return true;
    }
    for (int k = groupStart - 1; k >= r.from; k--) {
      String w = d.lower(k);
      if (w.equals(",")) {
        for (int j = k - 1; j >= r.from; j--) {
          String v = d.lower(j);
          if (v.equals("if") || v.equals("unless")) {
            return true;
          }
          if (v.equals(",") || v.equals(";")) {
            return false;
          }
        }
        return false;
      }
    }
    return false;
  }

  private static boolean impersonal(Actor a) {
    return a.entity() == null && IMPERSONAL.contains(a.extent().text().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether an "it", "they" or "we" can stand for the last subject: "it" for one participant that
   * is no group of people or person ("Ethiopia indicated it would act", not "critics fear it could"),
   * "they" for several or a group, "we" for a group or a body; never for another pronoun.
   */
  private boolean standsFor(Actor pronoun, List<Actor> last) {
    if (last.isEmpty()) {
      return false;
    }
    String w = pronoun.extent().text().toLowerCase(java.util.Locale.ROOT);
    Actor a = last.get(0);
    if (impersonal(a)) {
      return false;
    }
    boolean person = a.entity() != null && d.entities.get(a.entity()).type() == dev.dossier.model.EntityType.PERSON;
    return switch (w) {
      case "it" -> last.size() == 1 && !a.group() && !person;
      case "they" -> last.size() > 1 || a.group() || a.entity() != null && !person;
      default -> a.group() || a.entity() != null && !person;
    };
  }

  private boolean verbal(int i, Np np) {
    Token x = d.tokens.get(i);
    String pos = x.pos() == null ? "" : x.pos();
    if (d.inName[i]) {
      return false;
    }
    if (i > r.from && d.tokens.get(i - 1).text().equals("-") && d.tokens.get(i - 1).end() == x.start()) {
      return false;
    }
    if (i > r.from && "PRP$".equals(d.tokens.get(i - 1).pos()) && !pos.equals("VBG")) {
      // a possessive is followed by a noun or a gerund, not a verb: "had his back to the wall"
      return false;
    }
    if (np != null && np.head() == i && pos.equals("NN") && i + 1 < r.to
        && (i > np.from() && d.inName[i - 1] || np.from() == i && afterParenthesisedName(i))) {
      // a verb mis-tagged as the head of a name's phrase: "France agree that", "Gondor welcome a"
      String next = d.lower(i + 1);
      String nextPos = d.tokens.get(i + 1).pos() == null ? "" : d.tokens.get(i + 1).pos();
      // or, for a name that opens the sentence, a preposition: "Ethiopia act on a resolution"
      return next.equals("that") || next.equals("to") || nextPos.equals("DT") || nextPos.equals("PRP$")
          || nextPos.equals("IN") && np.from() == r.from && d.inName[np.from()] && !r.finiteVerbAfter(i + 1);
    }
    if (pos.startsWith("VB")) {
      if (np != null) {
        return false;
      }
      if (pos.equals("VBG") && i > r.from && "IN".equals(d.tokens.get(i - 1).pos())) {
        return false;
      }
      return true;
    }
    // a verb mis-tagged as a noun right after "to", a modal or "do": "to press", "will talk", "did not ever clash"
    if (pos.startsWith("NN") && i > r.from) {
      int k = i - 1;
      while (k > r.from && d.tokens.get(k).pos() != null && d.tokens.get(k).pos().startsWith("RB")) {
        k--;
      }
      String before = d.tokens.get(k).pos() == null ? "" : d.tokens.get(k).pos();
      return before.equals("TO") || before.equals("MD") || k < i - 1 && CameoLexicon.lemma(d.tokens.get(k)).equals("do")
          || k == i - 1 && verbAfterHelp(i);
    }
    return false;
  }

  /** Whether a name and a short parenthesis come right before token {@code i}: "the European Union (EU) agree". */
  private boolean afterParenthesisedName(int i) {
    return i - 1 > r.from && r.parenthesisOpening(i - 1) >= 0;
  }

  /**
   * Keeps the subject of a verb that triggers nothing, for a coordinated verb that follows. The
   * subject is read only when a later word of the sentence asks for {@link #lastSubjects()}: most
   * such verbs have no trigger after them, and reading a subject is the costly part of the stage.
   */
  private void remember(int i) {
    if (pending == verbs.length) {
      verbs = java.util.Arrays.copyOf(verbs, Math.max(8, verbs.length * 2));
    }
    verbs[pending++] = i;
  }

  /** The subjects the last verbs had, after reading those of the verbs {@link #remember} kept in turn. */
  private List<Actor> lastSubjects() {
    for (int k = 0; k < pending; k++) {
      rememberNow(verbs[k]);
    }
    pending = 0;
    return lastSubjects;
  }

  private void rememberNow(int i) {
    int g = ModalityFinder.verbGroupStart(d.tokens, i, r.from);
    Clause c = r.clause(g, i);
    keep(c.opening() == Opening.COORDINATION ? lastSubjects : r.subjects(c, g));
  }

  /** Makes {@code s} the last subjects, unless it is empty or an "it"/"they" standing for them. */
  private void keep(List<Actor> s) {
    if (!s.isEmpty() && !(s.size() == 1 && impersonal(s.get(0)) && standsFor(s.get(0), lastSubjects))) {
      lastSubjects = s;
    }
  }

  /** The event of trigger {@code i}, a word {@link #find} found the lexicon has of this kind. */
  private void verb(int i, Kind kind) {
    int g = kind == Kind.ADJECTIVE ? ModalityFinder.verbGroupStart(d.tokens, i - 1, r.from)
        : ModalityFinder.verbGroupStart(d.tokens, i, r.from);
    Clause c = r.clause(g, i);
    lastSubjects();
    List<Actor> subjects = c.opening() == Opening.COORDINATION ? lastSubjects : r.subjects(c, g);
    List<Actor> own = subjects;
    boolean thingSubject = subjects.isEmpty() && c.opening() != Opening.RELATIVE && r.ownSubject(c, g);
    if (subjects.isEmpty() && c.opening() != Opening.RELATIVE && !thingSubject
        || subjects.size() == 1 && impersonal(subjects.get(0)) && standsFor(subjects.get(0), lastSubjects)) {
      // no subject, or "it"/"they" after a verb of saying: "Ethiopia indicated it would act"
      subjects = lastSubjects;
    }
    int reach = r.complementEnd(c);
    Match m = lexicon.match(kind, d.tokens, i, c.from(), r.from, reach, subjects.size() > 1);
    if (m != null && kind == Kind.VERB && m.last() == i && clauseAfter(i, m.entry().root())) {
      m = null; // "recognise that some people have concerns" acknowledges; it recognises no state
    }
    if (m != null && kind == Kind.VERB && m.last() == i && meetsATarget(i)) {
      m = null; // "meet the March 31 deadline", "met the demands": a target reached, no meeting
    }
    if (m == null) {
      if (kind == Kind.VERB) {
        keep(own); // what remember(i) would read: the verb group, clause and subjects just read
      } else {
        remember(i);
      }
      return;
    }
    while (g > r.from && g - 1 >= m.first() && NounPhrases.tagged(d.tokens.get(g - 1), "VB")) {
      // a verb the entry glues before the trigger ("wire tap"): the verb group starts before it
      g = ModalityFinder.verbGroupStart(d.tokens, g - 1, r.from);
    }
    if (!subjects.isEmpty()) {
      lastSubjects = subjects;
    }
    String pos = d.tokens.get(i).pos() == null ? "" : d.tokens.get(i).pos();
    boolean passive = (pos.equals("VBN") || pos.equals("VBD")) && hasBe(g, i) || pos.equals("VBN")
        && by(m.last(), c.to()) >= 0 && g == i;
    if (thingSubject && !passive) {
      return; // "progress on the truce could help him": a thing, not a participant, acts
    }
    if (m.last() > i) {
      matchedWords.set(i + 1, m.last() + 1);
    }
    int after = Math.max(m.last(), i) + 1;
    Np inside = r.npAt(m.last());
    if (inside != null && m.last() > i) {
      after = Math.max(after, inside.to());
    }
    boolean objectMatched = m.last() > i && NounPhrases.tagged(d.tokens.get(m.last()), "NN");
    ObjectReader.Found o = objectReader.read(after, reach, m.entry().root(), subjects, objectMatched);
    if (o.targets.isEmpty() && after > i + 1 && m.entry().exact()) {
      // the pattern's words ran past the participant: "allowed that Mordor isn't a really pleasant"
      ObjectReader.Found early = objectReader.read(i + 1, reach, m.entry().root(), subjects, false);
      if (!early.targets.isEmpty()) {
        o = early;
      }
    }
    List<Actor> actors;
    List<Actor> targets;
    if (passive) {
      int b = by(m.last(), c.to());
      Np agent = b >= 0 ? r.npStarting(b + 1) : null;
      actors = agent != null && r.actors.actorLike(agent) ? r.withCoordinates(agent, c.to()) : List.of();
      targets = subjects;
    } else if (RECEIVING.contains(CameoLexicon.lemma(d.tokens.get(i))) && o.targetPreposition.equals("from")) {
      // "Eriador received money from Osgiliath": the giver acts on the receiver
      actors = o.targets;
      targets = subjects;
    } else {
      actors = subjects;
      targets = o.targets;
      if (targets.isEmpty() && inside != null && m.last() > i && inside.from() > i) {
        // the entry's words end in a noun whose owner is acted on: "attacked Gondor's plans", "the Tory plans"
        Actor owner = r.actors.possessor(inside);
        if (owner == null) {
          owner = r.actors.modifier(inside, m.last());
        }
        if (owner != null && !ObjectReader.sameAs(owner, actors)) {
          targets = List.of(owner);
        }
      }
    }
    if (o.objectTo > after) {
      objects.add(new int[] {after, o.objectTo});
    }
    if (after > i + 1) {
      objects.add(new int[] {i + 1, after});
    }
    Integer time = time(c.from(), c.to(), i);
    TimeRelation rel = time == null ? null : d.times.get(time).relation();
    ModalityFinder.Result mod = ModalityFinder.decide(d.tokens, g, i, conditional(c, g), rel);
    int governor = objectInfinitiveGovernor(g);
    if (governor >= 0) {
      mod = ModalityFinder.ofObjectInfinitive(d.tokens, governor,
          ModalityFinder.verbGroupStart(d.tokens, governor, r.from), mod);
    }
    if (targets.isEmpty() && actors.size() > 1 && !passive) {
      // "Gondor and Osgiliath have renewed ties", "the Philippines and France agree": each to the other
      for (Actor a : actors) {
        List<Actor> others = new ArrayList<>(actors);
        others.remove(a);
        emit(m, i, List.of(a), others, o.place, time, mod, false);
      }
      return;
    }
    emit(m, i, actors, targets, o.place, time, mod, true);
  }

  /**
   * The CAMEO roots of acts done to someone: a "that" clause right after such a verb is no
   * participant. Not 08 (yield): "allowed that the plan is weak" concedes, and PETRARCH's
   * validation records code it as yielding.
   */
  private static final java.util.Set<String> ACTS = java.util.Set.of("04", "05", "06", "07", "14", "15",
      "16", "17", "18", "19", "20");

  /**
   * Whether the verb at {@code i}, whose entry has CAMEO root {@code root}, is followed by a "that"
   * clause, where the verb is one of knowing or saying ("recognised that", "accepted that"): only
   * roots of statements, appeals, intents, demands, disapproval, rejection and threats take one.
   */
  private boolean clauseAfter(int i, String root) {
    // a clause has a finite verb of its own ("that some people have"); "that government" has none
    return ACTS.contains(root) && i + 2 < r.to && d.lower(i + 1).equals("that") && r.finiteVerbAfter(i + 2);
  }

  /**
   * For a verb group that is a bare "to" infinitive after a noun phrase that a verb governs ("asked
   * the envoy to visit"), that verb; else -1.
   */
  private int objectInfinitiveGovernor(int g) {
    if (!d.lower(g).equals("to") || g - 1 <= r.from) {
      return -1;
    }
    Np object = r.npAt(g - 1);
    if (object == null || object.to() != g || object.from() - 1 < r.from) {
      return -1;
    }
    int v = object.from() - 1;
    return NounPhrases.tagged(d.tokens.get(v), "VB") ? v : -1;
  }

  private void noun(Np np, int i) {
    Match m = lexicon.match(Kind.NOUN, d.tokens, i, np.from(), np.to());
    if (m == null) {
      return;
    }
    for (int[] span : objects) {
      if (span[0] <= i && i < span[1]) {
        return;
      }
    }
    int governor = governor(np);
    Clause c = governor >= 0 ? r.clause(ModalityFinder.verbGroupStart(d.tokens, governor, r.from), governor)
        : r.clause(np.from(), np.to() - 1);
    String root = m.entry().root();
    Actor actor = r.actors.possessor(np);
    if (actor == null) {
      actor = r.actors.modifier(np, m.first());
    }
    int b = np.to() < r.to && d.lower(np.to()).equals("by") ? np.to() : -1;
    if (b < 0 && actor == null && agentOf(np, i)) {
      b = np.to();
    }
    List<Actor> actors = actor == null ? List.of() : List.of(actor);
    if (actors.isEmpty() && b >= 0 && r.npStarting(b + 1) != null && r.actors.actorLike(r.npStarting(b + 1))) {
      actors = r.withCoordinates(r.npStarting(b + 1), r.to);
    }
    boolean received = governor >= 0 && governor + 1 == np.from()
        && AGENT_OF_NOUNS.contains(CameoLexicon.lemma(d.tokens.get(i)))
        && RECEIVING_GOVERNORS.contains(CameoLexicon.lemma(d.tokens.get(governor)));
    if (actors.isEmpty() && !received) {
      actors = inherited(np, governor, c);
    }
    int start = b >= 0 ? skipPhrase(b + 1) : np.to();
    ObjectReader.Found o = objectReader.read(start, r.to, root, actors, false);
    List<Actor> targets = o.targets;
    if (received) {
      if (actors.isEmpty()) {
        return; // "needs more support", "lacks the backing of voters": no one named acts
      }
      if (targets.isEmpty()) {
        targets = governorSubjects(governor, c); // "the mayor won the backing of the unions"
      }
    }
    if (actors.isEmpty() && !targets.isEmpty() && MOVEMENT_ROOTS.contains(root)) {
      actors = previousMover(targets);
    }
    if (o.place == null) {
      o.place = placeInside(np);
    }
    if (actors.isEmpty() && targets.isEmpty()) {
      return;
    }
    Integer time = timeInside(np);
    if (time == null) {
      time = time(c.from(), Math.max(c.to(), np.to()), i);
    }
    TimeRelation rel = time == null ? null : d.times.get(time).relation();
    emit(m, i, actors, targets, o.place, time, nounModality(np, governor, c, rel), true);
  }

  private List<Actor> previousMover(List<Actor> targets) {
    for (int k = out.size() - 1; k >= 0; k--) {
      Event e = out.get(k);
      if (MOVEMENT_ROOTS.contains(e.cameoRoot()) && e.actor() != null && sameSentence(e)
          && !ObjectReader.sameAs(e.actor(), targets)) {
        return List.of(e.actor());
      }
    }
    return List.of();
  }

  private List<Actor> inherited(Np np, int governor, Clause c) {
    int before = np.from() - 1;
    while (before > r.from && NounPhrases.tagged(d.tokens.get(before), "JJ")) {
      before--;
    }
    String w = before >= r.from ? d.lower(before) : "";
    if (w.equals("including") || w.equals("and") && !out.isEmpty()) {
      if (w.equals("and")) {
        Event last = out.get(out.size() - 1);
        return last.actor() == null ? List.of() : List.of(last.actor());
      }
      for (int k = before - 1; k >= Math.max(r.from, before - 10); k--) {
        Np owner = r.npAt(k);
        if (owner != null && owner.possessive() >= 0) {
          Actor a = r.actors.possessor(owner);
          if (a != null) {
            return List.of(a);
          }
        }
      }
    }
    if (governor >= 0 && !POSSIBLE_GOVERNORS.contains(CameoLexicon.lemma(d.tokens.get(governor)))) {
      return governorSubjects(governor, c);
    }
    return List.of();
  }

  /** The subjects of the verb at {@code governor}, whose clause is {@code c}. */
  private List<Actor> governorSubjects(int governor, Clause c) {
    int g = ModalityFinder.verbGroupStart(d.tokens, governor, r.from);
    return c.opening() == Opening.COORDINATION ? lastSubjects() : r.subjects(c, g);
  }

  /**
   * Whether the event noun at {@code i}, heading {@code np}, is followed by an "of" or "from"
   * phrase naming the one who acts ("the support of the rebels", "backing from the unions"); not
   * after "in" ("in support of the plan" names what is supported).
   */
  private boolean agentOf(Np np, int i) {
    if (np.to() >= r.to || !AGENT_OF_NOUNS.contains(CameoLexicon.lemma(d.tokens.get(i)))) {
      return false;
    }
    String next = d.lower(np.to());
    return (next.equals("of") || next.equals("from")) && (np.from() == r.from || !d.lower(np.from() - 1).equals("in"));
  }

  private boolean sameSentence(Event e) {
    return d.tokens.get(r.from).start() <= e.start();
  }

  /** The verb that governs the phrase as its object or prepositional complement, or -1. */
  private int governor(Np np) {
    for (int k = np.from() - 1; k >= r.from; k--) {
      Token x = d.tokens.get(k);
      String pos = x.pos() == null ? "" : x.pos();
      String w = d.lower(k);
      if (pos.startsWith("VB") && r.npAt(k) == null && !w.equals("including")) {
        return k;
      }
      if (w.equals(",") || w.equals(";") || w.equals("that") || w.equals("which") || ModalityFinder.CONDITION.contains(w)) {
        return -1;
      }
    }
    return -1;
  }

  private ModalityFinder.Result nounModality(Np np, int governor, Clause c, TimeRelation rel) {
    boolean conditional = c.opening() == Opening.CONDITION;
    if (governor >= 0) {
      int g = ModalityFinder.verbGroupStart(d.tokens, governor, r.from);
      ModalityFinder.Result res = ModalityFinder.decide(d.tokens, g, governor, conditional, null);
      if (res.modality() != Modality.HAPPENED && res.modality() != Modality.ONGOING) {
        return res;
      }
      String lemma = CameoLexicon.lemma(d.tokens.get(governor));
      if (POSSIBLE_GOVERNORS.contains(lemma)) {
        return new ModalityFinder.Result(Modality.POSSIBLE, governor, governor);
      }
      if (EXPECTED_GOVERNORS.contains(lemma)) {
        return new ModalityFinder.Result(Modality.EXPECTED, governor, governor);
      }
    }
    for (int k = np.from(); k < np.head(); k++) {
      Modality m = ModalityFinder.ofModifier(d.lower(k));
      if (m != null && d.timeAt[k] < 0) {
        return new ModalityFinder.Result(m, k, k);
      }
    }
    if (conditional) {
      return new ModalityFinder.Result(Modality.CONDITIONAL, c.openingToken(), c.openingToken());
    }
    return new ModalityFinder.Result(rel == TimeRelation.FUTURE ? Modality.EXPECTED : Modality.HAPPENED, -1, -1);
  }

  private Extent placeInside(Np np) {
    for (int k = np.from(); k < np.head(); k++) {
      var m = r.actors.mentionAt(k);
      if (m != null && m.type() == dev.dossier.model.EntityType.LOC) {
        return Extent.of(d.text, m.start(), m.end());
      }
    }
    return null;
  }

  private boolean hasBe(int g, int i) {
    for (int k = g; k < i; k++) {
      if (ModalityFinder.BE.contains(d.lower(k))) {
        return true;
      }
    }
    return false;
  }

  private int by(int after, int end) {
    for (int k = after + 1; k < Math.min(end, after + 4); k++) {
      if (d.lower(k).equals("by")) {
        return k;
      }
    }
    return -1;
  }

  private int skipPhrase(int k) {
    Np np = r.npStarting(k);
    return np == null ? k : np.to();
  }

  private Integer timeInside(Np np) {
    for (int k = np.from(); k < np.to(); k++) {
      if (d.timeAt[k] >= 0 && located(d.times.get(d.timeAt[k]))) {
        return d.timeAt[k];
      }
    }
    return null;
  }

  /**
   * The located time in the clause nearest the trigger, else the nearest one that opens the sentence
   * before the clause ("On Monday, ..."), or null. A time after the clause belongs to a later clause:
   * in "Qatar, which helped broker the truce, has pushed for talks to open in January", January is
   * not when Qatar helped.
   */
  private Integer time(int from, int to, int at) {
    Integer best = nearest(from, to, at);
    return best != null ? best : nearest(r.from, Math.min(from, r.to), at);
  }

  private Integer nearest(int from, int to, int at) {
    Integer best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = from; k < to; k++) {
      int t = d.timeAt[k];
      if (t >= 0 && located(d.times.get(t)) && Math.abs(k - at) < bestDistance) {
        best = t;
        bestDistance = Math.abs(k - at);
      }
    }
    return best;
  }

  private static boolean located(TimeExpression x) {
    return x.type() == TimeType.DATE || x.type() == TimeType.TIME;
  }

  private void emit(Match m, int trigger, List<Actor> actors, List<Actor> targets, Extent place, Integer time,
      ModalityFinder.Result mod, boolean reverse) {
    List<Actor> as = actors.isEmpty() ? java.util.Collections.singletonList(null) : actors;
    List<Actor> ts = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
    Token first = d.tokens.get(Math.min(m.first(), trigger));
    Token last = d.tokens.get(Math.max(m.last(), trigger));
    Extent trig = Extent.of(d.text, first.start(), last.end());
    Extent hedge = mod.hedgeFrom() < 0 ? null
        : Extent.of(d.text, d.tokens.get(mod.hedgeFrom()).start(), d.tokens.get(mod.hedgeTo()).end());
    Integer placeEntity = place == null ? null : entityCovering(place);
    for (Actor a : as) {
      for (Actor t : ts) {
        if (a == null && t == null) {
          continue;
        }
        out.add(event(trig, m.entry().code(), m.entry().action(), a, t, place, placeEntity, time, mod.modality(),
            hedge));
        if (reverse && m.entry().reverse() != null && a != null && t != null) {
          out.add(event(trig, m.entry().reverse(), "host " + m.entry().action().replaceFirst("^make an? ", ""), t, a,
              place, placeEntity, time, mod.modality(), hedge));
        }
      }
    }
  }

  private Integer entityCovering(Extent place) {
    for (int k = 0; k < d.tokens.size(); k++) {
      if (d.tokens.get(k).start() >= place.start() && d.tokens.get(k).end() <= place.end() && d.entityAt(k) != null) {
        return d.entityAt(k);
      }
    }
    return null;
  }

  private Event event(Extent trig, String code, String action, Actor a, Actor t, Extent place, Integer placeEntity,
      Integer time, Modality modality, Extent hedge) {
    int start = trig.start();
    int end = trig.end();
    for (Extent e : new Extent[] {a == null ? null : a.extent(), t == null ? null : t.extent(), place, hedge}) {
      if (e != null) {
        start = Math.min(start, e.start());
        end = Math.max(end, e.end());
      }
    }
    int sentenceStart = d.tokens.get(r.from).start();
    int sentenceEnd = d.tokens.get(r.to - 1).end();
    start = Math.max(start, sentenceStart);
    end = Math.min(end, sentenceEnd);
    double confidence = 0.5 + (a != null ? 0.2 : 0) + (t != null ? 0.2 : 0) + (a != null && a.entity() != null ? 0.05 : 0);
    String root = code.length() >= 2 ? code.substring(0, 2) : code;
    return new Event(start, end, trig, action, code, root, a, t, place, placeEntity, time, modality, hedge,
        Math.min(0.95, confidence), Objects.requireNonNull(stage));
  }
}
