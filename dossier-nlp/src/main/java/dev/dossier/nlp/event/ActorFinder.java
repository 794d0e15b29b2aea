package dev.dossier.nlp.event;

import dev.dossier.model.Actor;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Extent;
import dev.dossier.model.Mention;
import dev.dossier.model.Token;
import dev.dossier.nlp.event.NounPhrases.Np;
import java.util.List;
import java.util.Set;

/**
 * Turns a noun phrase into an event participant: a resolved entity ("Israeli Prime Minister
 * Benjamin Netanyahu"), a pronoun resolved to the last person named, an unknown proper name, or a
 * group of unnamed members ("military leaders", "Arab governments", "ultra-nationalist partners",
 * "soldiers from Gondor") with its affiliation. The affiliation comes, in this order, from a name
 * inside the phrase ("Arab", "Israeli"), a possessor ("Gondor's government"), an attached "of",
 * "from" or "in" phrase, the coalition, government or party the article named in the last two
 * sentences (for members such as "partners"), or the country it named last. Stateless.
 */
final class ActorFinder {

  /** Heads of groups of unnamed members. */
  static final Set<String> GROUPS = Set.of("leader", "partner", "government", "official", "minister", "ally",
      "member", "lawmaker", "legislator", "soldier", "troop", "force", "police", "military", "army", "militia",
      "rebel", "militant", "fighter", "gunman", "crowd", "protester", "demonstrator", "activist", "negotiator",
      "diplomat", "ambassador", "authority", "cabinet", "coalition", "parliament", "ministry", "media", "press",
      "team", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "cleric", "student", "worker", "opposition",
      "party", "administration", "regime", "state", "court", "judge", "prosecutor", "president", "mayor",
      "commander", "general", "guard", "navy", "agency", "council", "committee", "delegation", "envoy",
      "settler", "resident", "citizen", "voter", "hardliner", "nationalist", "critic", "supporter",
      "security", "service", "unit", "group", "union", "bloc", "faction", "board", "congress", "senate",
      "newspaper", "secretary", "chief", "head", "representative", "staff", "governor", "senator", "chancellor",
      "premier", "king", "queen", "prince", "emir", "chairman", "executive", "officer", "lawyer", "analyst",
      "company", "firm", "bank", "people", "villager", "refugee", "insurgent", "delegate", "inspector",
      "investigator", "regulator", "candidate", "farmer", "employee", "man", "woman", "mp", "mep", "club", "organisation",
      "organization", "colleague", "champion", "player", "country", "nation", "expert", "economist");
  /** Group heads whose affiliation is the coalition or government just mentioned. */
  private static final Set<String> MEMBERS = Set.of("partner", "ally", "member", "faction", "hardliner",
      "nationalist");
  private static final Set<String> BODIES = Set.of("coalition", "government", "party", "cabinet", "alliance",
      "bloc", "administration");
  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his");

  private final EventInput d;

  ActorFinder(EventInput d) {
    this.d = d;
  }

  /** Whether the phrase can name a participant. */
  boolean actorLike(Np np) {
    int h = head(np);
    if (!dev.dossier.nlp.text.Chars.anyLetter(d.tokens.get(h).text())) {
      return false;
    }
    if (d.timeAt[h] >= 0) {
      return false;
    }
    Mention m = mentionAt(h);
    if (m != null) {
      return m.type() != EntityType.EVENT && (m.type() != EntityType.MISC || pos(h).startsWith("NNP")
          || GROUPS.contains(lemma(h)));
    }
    String pos = pos(h);
    return pos.equals("PRP") || pos.startsWith("NNP") || GROUPS.contains(lemma(h)) || acronymGroup(h)
        || h == d.sentences.get(d.tokens.get(h).sentence()).tokenStart()
        && NounPhrases.nameAtStart(d.tokens, h, d.sentences.get(d.tokens.get(h).sentence()).tokenEnd())
        || pos.startsWith("NN") && d.participants.test(ownWords(np, h));
  }

  /** Whether token {@code h} is the plural of a group word written as an acronym: "MPs", "MEPs". */
  private boolean acronymGroup(int h) {
    String t = d.tokens.get(h).text();
    int n = t.length();
    if (n < 3 || t.charAt(n - 1) != 's') {
      return false;
    }
    for (int k = 0; k < n - 1; k++) {
      if (!Character.isUpperCase(t.charAt(k))) {
        return false;
      }
    }
    return GROUPS.contains(t.substring(0, n - 1).toLowerCase(java.util.Locale.ROOT));
  }

  /** The words of the phrase after its possessor and names, up to the head: "golden geese" in "Gondor's golden geese". */
  private String ownWords(Np np, int h) {
    int from = Math.max(np.from(), np.possessive() + 1);
    for (int k = from; k < h; k++) {
      if (d.inName[k]) {
        from = k + 1;
      }
    }
    return d.span(from, h + 1);
  }

  /**
   * The head of the phrase, stepping back over a singular common noun glued to a name by a
   * tagging error ("Donald Trump intersect", "France agree").
   */
  private int head(Np np) {
    int h = np.head();
    if (h > np.from() && !d.inName[h] && "NN".equals(pos(h)) && !GROUPS.contains(lemma(h)) && d.inName[h - 1]
        && d.mentions.get(d.mentionAt[h - 1]).type() != EntityType.LOC) {
      return h - 1;
    }
    return h;
  }

  /** Whether the phrase names a place rather than a participant (a LOC mention). */
  boolean place(Np np) {
    Mention m = mentionAt(np.head());
    return m != null && (m.type() == EntityType.LOC);
  }

  /**
   * The participant the phrase names, or null when it names none.
   *
   * @param pp the phrase of an "of", "from" or "in" attached to it, or null
   */
  Actor of(Np np, Np pp) {
    if (!actorLike(np)) {
      return null;
    }
    int h = head(np);
    if (h != np.head()) {
      np = new Np(np.from(), h + 1, h, np.possessive());
    }
    int from = np.from();
    while (from < h && isDeterminer(from)) {
      from++;
    }
    Mention m = mentionAt(h);
    if (m != null) {
      Integer e = entityOf(m);
      String name = e == null ? m.text() : d.entities.get(e).name();
      return new Actor(extent(from, np.to()), e, null, name, false, null);
    }
    String pos = pos(h);
    if (pos.equals("PRP")) {
      Integer e = PERSONAL.contains(lower(h)) ? lastPerson(h) : null;
      return new Actor(extent(h, h + 1), e, null, e == null ? d.tokens.get(h).text() : d.entities.get(e).name(),
          false, null);
    }
    if (GROUPS.contains(lemma(h))) {
      String own = ownAffiliation(np, from);
      String viaPp = own == null && pp != null ? ppAffiliation(pp) : null;
      String affiliation = own != null ? own : viaPp != null ? viaPp : contextAffiliation(np);
      int to = viaPp != null ? Math.max(pp.to(), np.to()) : np.to();
      boolean plural = pos.endsWith("S") || Set.of("government", "military", "army", "police", "coalition",
          "cabinet", "parliament", "ministry", "media", "team", "administration", "opposition").contains(lemma(h));
      return new Actor(extent(from, to), null, null, d.span(from, np.to()), plural, affiliation);
    }
    int s = h;
    while (s > from && pos(s - 1).startsWith("NNP")) {
      s--;
    }
    return new Actor(extent(from, np.to()), null, null, d.span(s, h + 1), false, null);
  }

  /** The participant named by the possessor of the phrase ("Netanyahu" in "Netanyahu's visit"), or null. */
  Actor possessor(Np np) {
    if (np.possessive() < 0) {
      return null;
    }
    int end = np.possessive();
    int h = end - 1;
    Np owner = new Np(np.from(), end, h, -1);
    if (pos(h).equals("PRP$")) {
      Integer e = PERSONAL.contains(lower(h)) ? lastPerson(h) : null;
      return e == null ? null : new Actor(extent(h, h + 1), e, null, d.entities.get(e).name(), false, null);
    }
    return of(owner, null);
  }

  /** The participant named by a name before the head ("Hamas" in "the Hamas attack"), or null. */
  Actor modifier(Np np, int head) {
    for (int i = head - 1; i >= Math.max(np.from(), np.possessive() + 1); i--) {
      Mention m = mentionAt(i);
      if (m != null && d.timeAt[i] < 0) {
        if (m.type() == EntityType.LOC || m.type() == EntityType.MISC || m.type() == EntityType.EVENT
            || m.type() == EntityType.LAW) {
          return null;
        }
        int s = i;
        while (s > np.from() && d.mentionAt[s - 1] == d.mentionAt[i]) {
          s--;
        }
        Integer e = entityOf(m);
        return new Actor(extent(s, i + 1), e, null, e == null ? m.text() : d.entities.get(e).name(), false, null);
      }
      boolean numbered = i + 1 < d.tokens.size() && "CD".equals(pos(i + 1));
      if (d.mentionAt[i] < 0 && pos(i).startsWith("NNP") && d.timeAt[i] < 0 && !numbered) {
        return new Actor(extent(i, i + 1), null, null, d.tokens.get(i).text(), false, null);
      }
    }
    return null;
  }

  private String ownAffiliation(Np np, int from) {
    for (int i = from; i < np.head(); i++) {
      Mention m = mentionAt(i);
      if (m != null && d.timeAt[i] < 0) {
        Integer e = entityOf(m);
        return e == null ? m.text() : d.entities.get(e).name();
      }
      if (pos(i).startsWith("NNP")) {
        return d.tokens.get(i).text();
      }
    }
    Actor owner = possessor(np);
    return owner == null ? null : owner.name();
  }

  private String ppAffiliation(Np pp) {
    if (!actorLike(pp)) {
      return null;
    }
    Actor a = of(pp, null);
    return a == null ? null : a.group() && a.affiliation() != null ? a.affiliation() : a.name();
  }

  private String contextAffiliation(Np np) {
    int sentence = d.tokens.get(np.head()).sentence();
    int floor = d.sentences.get(Math.max(0, sentence - 2)).tokenStart();
    if (MEMBERS.contains(lemma(np.head()))) {
      for (int i = np.from() - 1; i >= floor; i--) {
        if (BODIES.contains(lemma(i)) && pos(i).startsWith("NN")) {
          String owner = ownerBefore(i);
          return owner == null ? d.tokens.get(i).text() : owner + "'s " + d.tokens.get(i).text();
        }
      }
    }
    for (int i = np.from() - 1; i >= floor; i--) {
      Mention m = mentionAt(i);
      if (m != null && (m.type() == EntityType.GPE || m.type() == EntityType.NORP)) {
        Integer e = entityOf(m);
        return e == null ? m.text() : d.entities.get(e).name();
      }
    }
    return null;
  }

  private String ownerBefore(int head) {
    for (int i = head - 1; i >= Math.max(0, head - 4); i--) {
      if (pos(i).equals("PRP$") && PERSONAL.contains(lower(i))) {
        Integer e = lastPerson(i);
        return e == null ? null : d.entities.get(e).name();
      }
      if (NounPhrases.isPossessive(d.tokens.get(i)) && i > 0 && mentionAt(i - 1) != null) {
        Integer e = entityOf(mentionAt(i - 1));
        return e == null ? mentionAt(i - 1).text() : d.entities.get(e).name();
      }
    }
    return null;
  }

  /** The entity of the last person mentioned before token {@code i}, or null. */
  Integer lastPerson(int i) {
    for (int k = i - 1; k >= 0; k--) {
      Mention m = mentionAt(k);
      if (m != null && m.type() == EntityType.PERSON && m.entity() != null) {
        return m.entity();
      }
    }
    return null;
  }

  /** The entity of a mention; a nationality resolves to its country when the article names it. */
  private Integer entityOf(Mention m) {
    Integer e = m.entity();
    if (e == null) {
      return null;
    }
    Entity x = d.entities.get(e);
    if (x.type() == EntityType.NORP && x.kbId() != null) {
      for (int k = 0; k < d.entities.size(); k++) {
        Entity c = d.entities.get(k);
        if (c.type() == EntityType.GPE && x.kbId().equals(c.kbId())) {
          return k;
        }
      }
    }
    return e;
  }

  Mention mentionAt(int i) {
    return d.inName[i] ? d.mentions.get(d.mentionAt[i]) : null;
  }

  Extent extent(int fromToken, int toToken) {
    return Extent.of(d.text, d.tokens.get(fromToken).start(), d.tokens.get(toToken - 1).end());
  }

  private boolean isDeterminer(int i) {
    String p = pos(i);
    return p.equals("DT") || p.equals("PDT") || p.equals("PRP$") && !PERSONAL.contains(lower(i)) || p.equals("CD")
        && d.timeAt[i] < 0;
  }

  private String pos(int i) {
    Token x = d.tokens.get(i);
    return x.pos() == null ? "" : x.pos();
  }

  private String lemma(int i) {
    return CameoLexicon.lemma(d.tokens.get(i));
  }

  private String lower(int i) {
    return d.lower(i);
  }

  /** An actor of unknown identity named by the given tokens. */
  Actor named(List<Token> t, int from, int to) {
    return new Actor(extent(from, to), null, null, d.span(from, to), false, null);
  }
}
