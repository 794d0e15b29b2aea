package dev.dossier.nlp.event;

import dev.dossier.model.Actor;
import dev.dossier.model.Extent;
import dev.dossier.nlp.event.NounPhrases.Np;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the participants and the place after a trigger: the direct object or a prepositional
 * participant, and, when no plain phrase names one, the subject of a "that" complement, the agent
 * of a participle after the object ("memos sent by Bree"), the object of an infinitive after the
 * object ("an accord to supply Gondor"), the owner or named modifier of the object, and the "with"
 * company of an event in a country. Stateless apart from the sentence's {@link ClauseReader}.
 */
final class ObjectReader {

  static final Set<String> MOVEMENT_ROOTS = Set.of("04");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "inside", "outside");
  /** Verbs of travel, whose "in", "to" or "for" phrase names the party visited, whatever the code. */
  private static final Set<String> MOVEMENT_VERBS = Set.of("arrive", "visit", "travel", "fly", "leave", "depart",
      "go", "come", "return", "head", "tour");

  private final EventInput d;
  private final ClauseReader r;

  ObjectReader(EventInput d, ClauseReader r) {
    this.d = d;
    this.r = r;
  }

  /** Targets and place found after a trigger. */
  static final class Found {
    List<Actor> targets = List.of();
    String targetPreposition = "";
    Extent place;
    Integer placeEntity;
    int objectTo = -1;
    /** The infinitive after the object that the participants were looked for in ("to supply Gondor"), or -1. */
    int infinitive = -1;
  }

  /**
   * The participants and place after a trigger, in {@code [start, end)}.
   *
   * @param objectMatched whether the entry matched the verb's object ("signed an accord"), so that
   *     an infinitive right after {@code start} follows an object
   */
  Found read(int start, int end, String root, List<Actor> subjects, boolean objectMatched) {
    Found o = new Found();
    boolean movementVerb = start > 0 && MOVEMENT_VERBS.contains(CameoLexicon.lemma(d.tokens.get(start - 1)))
        || start > 1 && MOVEMENT_VERBS.contains(CameoLexicon.lemma(d.tokens.get(start - 2)));
    boolean direct = true;
    for (int k = start; k < end; k++) {
      Np np = r.npStarting(k);
      if (np == null) {
        String w = d.lower(k);
        String pos = d.tokens.get(k).pos() == null ? "" : d.tokens.get(k).pos();
        if (!(pos.startsWith("RB") || pos.equals("RP") || pos.equals("IN") || pos.equals("TO"))) {
          direct = false;
        }
        if (w.equals("that") && pos.equals("IN") && o.targets.isEmpty()) {
          // "expressed hopes on Thursday that Osgiliath ...": the complement's subject
          direct = true;
        }
        if (pos.equals("VB") && k > start && "TO".equals(d.tokens.get(k - 1).pos()) && o.infinitive < 0
            && (o.objectTo > 0 || objectMatched)) {
          // "signed an accord to supply Gondor": the infinitive's object (the infinitive keeps its own
          // event); "refused to condemn" (no object before "to") is left to the infinitive
          direct = true;
          o.infinitive = k;
          continue;
        }
        if (w.equals(",") || pos.startsWith("VB") && !pos.equals("VBN") && !pos.equals("VBG")) {
          break;
        }
        continue;
      }
      String prep = r.preposition(np);
      boolean isDirect = direct && prep.isEmpty();
      direct = false;
      if (np.from() > start && d.lower(np.from() - 1).equals("that")
          && "PRP".equals(d.tokens.get(np.head()).pos())) {
        // "recognise that we will be unable": a pronoun subject of the complement is no target
        break;
      }
      if (d.timeAt[np.head()] >= 0) {
        k = np.to() - 1;
        continue;
      }
      if (isDirect) {
        o.objectTo = np.to();
      }
      boolean movement = MOVEMENT_ROOTS.contains(root) || movementVerb;
      if (r.actors.place(np) || PLACE_PREPOSITIONS.contains(prep) && !movement && o.place == null
          && (r.actors.mentionAt(np.head()) == null || r.actors.mentionAt(np.head()).type() != dev.dossier.model.EntityType.PERSON)) {
        if (o.place == null) {
          o.place = r.actors.extent(firstWord(np), np.to());
          o.placeEntity = d.entityAt(np.head());
        }
        k = np.to() - 1;
        continue;
      }
      if (r.actors.actorLike(np) && (isDirect || ClauseReader.TARGET_PREPOSITIONS.contains(prep))) {
        List<Actor> t = new ArrayList<>();
        for (Actor a : r.withCoordinates(np, end)) {
          if (!sameAs(a, subjects)) {
            t.add(a);
          }
        }
        if (!t.isEmpty()) {
          o.targets = t;
          o.targetPreposition = prep;
          if (prep.equals("in") || prep.equals("at")) {
            // "celebrated Iftar in (at) Osgiliath with the leaders of Gondor": the company, not the place
            List<Actor> company = company(np.to(), end, subjects);
            if (!company.isEmpty()) {
              o.targets = company;
              o.targetPreposition = "with";
              if (o.place == null) {
                o.place = r.actors.extent(firstWord(np), np.to());
                o.placeEntity = d.entityAt(np.head());
              }
            }
          }
          break;
        }
      } else if (isDirect || ClauseReader.TARGET_PREPOSITIONS.contains(prep)) {
        Np pp = r.attachedPhrase(np, end);
        int b = np.to();
        if (pp == null && b + 1 < end && d.lower(b).equals("by")) {
          Np agent = r.npStarting(b + 1);
          pp = agent != null && r.actors.actorLike(agent) ? agent : null;
        }
        if (pp == null && b < end && r.participle(b) >= 0) {
          // "welcomed memos sent by Bree": the one who sent them
          Np agent = r.npStarting(r.participle(b));
          pp = r.actors.actorLike(agent) ? agent : null;
        }
        if (pp != null && !r.actors.place(pp)) {
          List<Actor> t = r.withCoordinates(pp, end);
          if (!t.isEmpty() && !sameAs(t.get(0), subjects)) {
            o.targets = t;
            break;
          }
        }
        if (isDirect || prep.equals("of") || ClauseReader.TARGET_PREPOSITIONS.contains(prep)) {
          Actor mod = isDirect ? r.actors.possessor(np) : null;
          if (mod == null) {
            // "regretted Eriador's refusal": the owner; "ousted the Ithilen villages": the named modifier
            mod = r.actors.modifier(np, np.head());
            mod = isDirect && mod != null && mod.entity() == null ? null : mod;
          }
          if (mod != null && !sameAs(mod, subjects)) {
            o.targets = List.of(mod);
            break;
          }
        }
      }
      k = np.to() - 1;
    }
    if (o.targets.isEmpty() && o.place != null && o.placeEntity != null
        && d.entities.get(o.placeEntity).type() == dev.dossier.model.EntityType.GPE) {
      // "appealed for peace in Ithilen": with no other party, the country it happens in
      int k = 0;
      while (k < d.tokens.size() && d.tokens.get(k).end() <= o.place.start()) {
        k++;
      }
      Np np = r.npAt(k);
      Actor a = np == null ? null : r.actors.of(np, null);
      if (a != null && !sameAs(a, subjects)) {
        o.targets = List.of(a);
      }
    }
    if (o.targets.isEmpty() && MOVEMENT_ROOTS.contains(root)) {
      for (int k = start; k + 1 < r.to; k++) {
        if (d.lower(k).equals("with")) {
          Np np = r.npStarting(k + 1);
          if (np != null && r.actors.actorLike(np) && !r.actors.place(np)) {
            Actor a = r.actors.of(np, null);
            if (a != null && !sameAs(a, subjects)) {
              o.targets = List.of(a);
              break;
            }
          }
        }
      }
    }
    return o;
  }

  /** The participants of a "with" phrase in {@code [from, to)} before a comma or verb, or empty. */
  private List<Actor> company(int from, int to, List<Actor> subjects) {
    for (int k = from; k + 1 < to; k++) {
      String w = d.lower(k);
      String pos = d.tokens.get(k).pos() == null ? "" : d.tokens.get(k).pos();
      if (w.equals(",") || pos.startsWith("VB")) {
        break;
      }
      Np np = w.equals("with") ? r.npStarting(k + 1) : null;
      if (np != null && r.actors.actorLike(np) && !r.actors.place(np)) {
        List<Actor> t = new ArrayList<>();
        for (Actor a : r.withCoordinates(np, to)) {
          if (!sameAs(a, subjects)) {
            t.add(a);
          }
        }
        return t;
      }
    }
    return List.of();
  }

  private int firstWord(Np np) {
    int k = np.from();
    while (k < np.head() && ("DT".equals(d.tokens.get(k).pos()) || "PRP$".equals(d.tokens.get(k).pos()))) {
      k++;
    }
    return k;
  }

  static boolean sameAs(Actor a, List<Actor> others) {
    for (Actor o : others) {
      if (a.entity() != null && a.entity().equals(o.entity()) || a.extent().overlaps(o.extent())) {
        return true;
      }
    }
    return false;
  }
}
