package dev.dossier.nlp.attribution;

import dev.dossier.model.SourceKind;
import java.util.Set;

/**
 * Words of saying, reporting, believing, intending and denying, by lemma, written for Dossier. The
 * tagger uses membership as a feature (it learns which uses are cues from the training data), the
 * assembler uses it to give a cue its normalised form, and the figure and event stages use it to
 * recognise reported speech. Immutable.
 */
public final class CueLexicon {

  private static final Set<String> VERBS = words(
      "say", "tell", "report", "add", "claim", "state", "argue", "announce", "acknowledge", "admit", "warn",
      "deny", "insist", "explain", "note", "write", "suggest", "believe", "think", "expect", "accuse", "allege",
      "assert", "confirm", "declare", "describe", "disclose", "reveal", "emphasize", "emphasise", "stress",
      "maintain", "contend", "predict", "promise", "pledge", "vow", "threaten", "urge", "call", "demand",
      "ask", "reply", "respond", "answer", "recall", "remark", "comment", "observe", "point", "mention",
      "indicate", "show", "find", "conclude", "estimate", "testify", "tweet", "post", "quote", "cite",
      "hope", "fear", "worry", "doubt", "question", "charge", "blame", "criticize", "criticise", "praise",
      "agree", "disagree", "dispute", "reject", "dismiss", "concede", "caution", "signal", "hint", "imply",
      "learn", "know", "feel", "consider", "see", "hear", "understand", "recognize", "recognise", "complain",
      "boast", "joke", "quip", "shout", "chant", "yell", "scream", "lament", "predict", "forecast", "project",
      "propose", "plan", "intend", "want", "decide", "refuse", "acknowledge", "affirm", "assure", "inform",
      "notify", "brief", "advise", "counter", "rebut", "retort", "suspect", "speculate", "wonder", "guess",
      "assume", "presume", "imagine", "recommend", "insinuate", "proclaim", "publish", "air", "broadcast",
      "survey", "poll", "reckon", "figure", "suppose", "attest", "relay", "repeat", "reiterate", "underline",
      "highlight", "summarize", "summarise", "describe", "portray", "characterize", "characterise", "label",
      "brand", "dub", "contend", "offer", "order", "instruct", "request", "seek", "press", "push");

  private static final Set<String> NOUNS = words(
      "statement", "report", "according", "interview", "speech", "remarks", "remark", "comment", "comments",
      "claim", "claims", "announcement", "testimony", "letter", "memo", "tweet", "post", "poll", "survey",
      "study", "analysis", "assessment", "estimate", "estimates", "view", "views", "opinion", "belief",
      "argument", "warning", "denial", "accusation", "allegation", "allegations", "charge", "charges",
      "promise", "pledge", "vow", "threat", "prediction", "forecast", "message", "note", "email", "emails",
      "press", "briefing", "conference", "release", "op-ed", "editorial", "column", "book", "document",
      "documents", "filing", "ruling", "verdict", "finding", "findings", "data", "figures", "records",
      "told", "quoted", "cited", "sources", "source", "words", "suggestion", "insistence", "assertion",
      "concern", "concerns", "fears", "hopes", "expectation", "expectations", "plan", "plans", "call",
      "calls", "demand", "demands", "request", "proposal", "criticism", "praise", "response", "reply");

  private static final Set<String> SOURCE_HEADS = words(
      "official", "officials", "source", "sources", "aide", "aides", "spokesman", "spokeswoman",
      "spokesperson", "adviser", "advisers", "advisor", "advisors", "diplomat", "diplomats", "analyst",
      "analysts", "expert", "experts", "observer", "observers", "insider", "insiders", "person", "people",
      "staffer", "staffers", "lawmaker", "lawmakers", "member", "members", "associate", "associates",
      "confidant", "confidants", "ally", "allies", "critic", "critics", "supporter", "supporters",
      "officer", "officers", "representative", "representatives", "witness", "witnesses", "resident",
      "residents", "voter", "voters", "strategist", "strategists", "operative", "operatives");

  private static final Set<String> DOCUMENT_HEADS = words(
      "poll", "polls", "survey", "surveys", "report", "reports", "study", "studies", "document",
      "documents", "analysis", "memo", "letter", "statement", "data", "figures", "assessment", "estimate",
      "estimates", "filing", "record", "records", "review", "audit", "investigation", "ruling", "cable",
      "email", "emails", "transcript", "census", "index", "paper", "book");

  private CueLexicon() {}

  private static Set<String> words(String... w) {
    return Set.copyOf(java.util.Arrays.asList(w));
  }

  /**
   * Whether {@code lemma} (lower case) is a verb of saying, believing, intending... Also accepts
   * the stems the lemmatiser leaves of some inflected forms, a final "e" short ("declar" of
   * "declared", "describ" of "described", "quot" of "quoted").
   */
  public static boolean isVerb(String lemma) {
    return lemma != null && (VERBS.contains(lemma) || VERBS.contains(lemma + 'e'));
  }

  /**
   * Whether {@code lemma} is a verb of the list exactly as written, without {@link #isVerb}'s
   * repair of truncated stems; the tagger's features read this (the shipped model was trained on
   * it).
   */
  public static boolean isListedVerb(String lemma) {
    return lemma != null && VERBS.contains(lemma);
  }

  /** Whether {@code word} (lower case) is a noun or other word that introduces attributed content. */
  public static boolean isNoun(String word) {
    return word != null && NOUNS.contains(word);
  }

  /** Whether {@code word} (lower case) is a head noun of an unnamed source ("officials", "aides"). */
  public static boolean isAnonymousHead(String word) {
    return word != null && SOURCE_HEADS.contains(word);
  }

  private static final Set<String> ORGANIZATION_HEADS = words(
      "union", "unions", "company", "companies", "firm", "firms", "corporation", "bank", "banks", "board",
      "party", "parties", "committee", "council", "association", "federation", "organization", "organisation",
      "agency", "airline", "exchange", "foundation", "institute", "university", "league", "coalition",
      "campaign", "group", "court", "utility", "club");
  private static final Set<String> GOVERNMENT_HEADS = words(
      "government", "governments", "ministry", "administration", "army", "military", "police", "cabinet",
      "parliament", "senate", "congress", "department", "embassy", "presidency", "regime", "authorities",
      "state", "treasury", "navy");

  /**
   * The kind of a source named only by a noun for a body ("the union said", "the ministry said"):
   * ORGANIZATION, GOVERNMENT, or null when the noun is no such body.
   */
  public static SourceKind bodyKind(String word) {
    if (word == null) {
      return null;
    }
    return ORGANIZATION_HEADS.contains(word) ? SourceKind.ORGANIZATION
        : GOVERNMENT_HEADS.contains(word) ? SourceKind.GOVERNMENT : null;
  }

  /** Whether {@code word} (lower case) names a poll, report or other document. */
  public static boolean isDocumentHead(String word) {
    return word != null && DOCUMENT_HEADS.contains(word);
  }
}
