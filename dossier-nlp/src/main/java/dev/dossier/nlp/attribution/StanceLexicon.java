package dev.dossier.nlp.attribution;

import java.util.Set;

/**
 * A broader class of words than {@link CueLexicon}, written for Dossier from general English: verbs,
 * nouns and adjectives of speaking, reporting, showing, knowing, believing, feeling, intending,
 * deciding, judging, supporting and opposing, by lemma. The tagger reads membership as a feature, so
 * that a rare verb of this kind ("lambasted", "bemoaned") shares weights with the frequent ones; it
 * decides nothing by itself. Immutable.
 */
public final class StanceLexicon {

  private static final Set<String> VERBS = words(
      // speaking and writing
      "speak", "talk", "discuss", "address", "chat", "converse", "debate", "mention", "remark", "comment",
      "state", "declare", "proclaim", "pronounce", "announce", "unveil", "publish", "issue", "release",
      "write", "pen", "type", "email", "text", "message", "tweet", "post", "blog", "sing", "chant", "shout",
      "cry", "exclaim", "whisper", "mutter", "murmur", "groan", "grumble", "yell", "scream", "read", "recite",
      "quote", "cite", "paraphrase", "reference", "refer", "allude", "recount", "narrate", "relate", "retell",
      "recall", "remember", "remind", "repeat", "reiterate", "echo", "restate", "explain", "clarify",
      "elaborate", "specify", "detail", "outline", "describe", "depict", "portray", "profile", "characterize",
      "characterise", "define", "summarize", "summarise", "label", "brand", "dub", "term", "call", "name",
      "identify", "list", "document", "record", "chronicle", "report", "tell", "inform", "notify", "brief",
      "relay", "convey", "communicate", "express", "voice", "air", "broadcast", "televise", "feature",
      "interview", "ask", "question", "query", "inquire", "enquire", "answer", "reply", "respond", "react",
      "retort", "counter", "rebut", "refute", "add", "continue", "conclude", "say", "testify", "confess",
      // showing and finding
      "show", "display", "demonstrate", "prove", "illustrate", "highlight", "underscore", "underline",
      "emphasize", "emphasise", "stress", "spotlight", "reveal", "disclose", "expose", "leak", "divulge",
      "indicate", "signal", "suggest", "hint", "imply", "insinuate", "intimate", "find", "discover", "determine",
      "establish", "confirm", "verify", "corroborate", "document", "estimate", "calculate", "measure", "gauge",
      "assess", "evaluate", "judge", "rate", "rank", "poll", "survey", "count", "project", "forecast", "predict",
      // knowing, believing, perceiving
      "know", "learn", "realize", "realise", "recognize", "recognise", "understand", "see", "notice",
      "observe", "watch", "witness", "spot", "hear", "sense", "feel", "perceive", "believe", "think", "consider",
      "regard", "view", "deem", "reckon", "figure", "suppose", "presume", "assume", "imagine", "guess",
      "speculate", "wonder", "ponder", "doubt", "suspect", "trust", "expect", "anticipate", "foresee", "envision",
      "envisage", "agree", "concur", "disagree", "dispute", "contest", "contradict", "deny", "admit",
      "acknowledge", "concede", "allow", "grant", "claim", "allege", "assert", "aver", "avow", "affirm",
      "maintain", "insist", "contend", "argue", "reason", "posit", "theorize",
      // feeling
      "hope", "wish", "fear", "dread", "worry", "fret", "regret", "lament", "mourn", "bemoan", "bewail",
      "deplore", "decry", "complain", "protest", "object", "gripe", "moan", "whine", "rant", "rail", "love",
      "like", "hate", "dislike", "despise", "loathe", "admire", "respect", "appreciate", "welcome", "celebrate",
      "cheer", "applaud", "praise", "laud", "hail", "commend", "congratulate", "thank", "credit", "apologize",
      "apologise", "joke", "quip", "boast", "brag", "tout", "trumpet", "marvel", "puzzle", "scoff", "sneer",
      // intending and deciding
      "want", "desire", "prefer", "intend", "plan", "aim", "mean", "seek", "try", "attempt", "strive",
      "resolve", "decide", "choose", "opt", "elect", "refuse", "decline", "promise", "pledge", "vow", "swear",
      "guarantee", "assure", "reassure", "threaten", "offer", "propose", "suggest", "recommend", "advise",
      "counsel", "urge", "press", "push", "pressure", "lobby", "campaign", "encourage", "exhort", "implore",
      "beg", "plead", "appeal", "petition", "invite", "challenge", "dare", "demand", "request", "require",
      "order", "command", "instruct", "direct", "forbid", "ban", "veto", "vote", "sign", "approve", "authorize",
      "authorise", "rule", "sentence", "convict", "acquit", "sue", "charge", "indict", "accuse", "blame",
      "fault", "warn", "caution", "alert",
      // supporting and opposing
      "support", "back", "endorse", "favor", "favour", "champion", "advocate", "defend", "justify", "embrace",
      "accept", "oppose", "resist", "reject", "dismiss", "fight", "attack", "assail", "criticize", "criticise",
      "condemn", "denounce", "blast", "slam", "bash", "lash", "hammer", "grill", "lambaste", "scold", "rebuke",
      "chide", "chastise", "berate", "castigate", "excoriate", "ridicule", "mock", "deride", "disparage",
      "belittle", "insult", "smear", "target", "question", "downplay", "minimize", "pooh-pooh", "shrug",
      "brush", "rebuff", "spurn", "snub", "ignore");

  private static final Set<String> NOUNS = words(
      "statement", "declaration", "announcement", "proclamation", "speech", "address", "remark", "comment",
      "talk", "interview", "conversation", "discussion", "debate", "dialogue", "rhetoric", "message",
      "word", "rumor", "rumour", "report", "account", "story", "testimony", "evidence", "finding", "conclusion",
      "decision", "ruling", "verdict", "judgment", "judgement", "assessment", "evaluation", "analysis",
      "review", "study", "survey", "poll", "research", "recommendation", "advice", "suggestion", "proposal",
      "plan", "intention", "intent", "goal", "aim", "objective", "effort", "attempt", "bid", "call", "demand",
      "request", "appeal", "plea", "push", "campaign", "insistence", "emphasis", "claim", "assertion",
      "argument", "case", "contention", "position", "stance", "view", "opinion", "belief", "idea", "notion",
      "thought", "theory", "assumption", "premise", "hypothesis", "speculation", "guess", "vision", "agenda",
      "criticism", "critique", "attack", "accusation", "allegation", "charge", "complaint", "objection",
      "protest", "outcry", "condemnation", "denunciation", "praise", "support", "backing", "endorsement",
      "opposition", "rejection", "denial", "refusal", "admission", "acknowledgment", "acknowledgement",
      "confession", "concession", "apology", "warning", "threat", "promise", "pledge", "vow", "commitment",
      "assurance", "guarantee", "prediction", "forecast", "projection", "estimate", "expectation", "hope",
      "wish", "desire", "fear", "worry", "concern", "anxiety", "doubt", "suspicion", "question", "query",
      "inquiry", "answer", "response", "reply", "reaction", "observation", "note", "memo", "letter", "email",
      "tweet", "post", "op-ed", "editorial", "column", "ad", "advertisement", "disdain", "contempt", "scorn",
      "ridicule", "chagrin", "dismay", "frustration", "anger", "outrage", "surprise", "skepticism",
      "scepticism", "confidence", "faith", "conviction", "awareness", "knowledge", "understanding",
      "recognition", "perception", "impression", "feeling", "sense", "sentiment", "attitude", "order",
      "instruction", "command", "directive", "mandate", "vote", "veto", "pitch", "insight", "revelation",
      "disclosure", "explanation", "description", "portrayal", "depiction", "characterization", "prediction",
      "scrutiny", "debate", "dispute", "disagreement", "agreement", "consensus", "rationale", "justification",
      "defense", "defence", "advocacy", "preference", "choice", "resolution", "determination", "insistence");

  private static final Set<String> ADJECTIVES = words(
      "sure", "certain", "convinced", "confident", "doubtful", "skeptical", "sceptical", "dubious",
      "suspicious", "aware", "unaware", "conscious", "mindful", "worried", "concerned", "afraid", "fearful",
      "anxious", "nervous", "uneasy", "wary", "hopeful", "optimistic", "pessimistic", "eager", "keen",
      "determined", "reluctant", "willing", "unwilling", "ready", "glad", "happy", "pleased", "delighted",
      "proud", "sorry", "sad", "upset", "angry", "furious", "outraged", "frustrated", "disappointed",
      "dismayed", "surprised", "shocked", "critical", "supportive", "opposed", "adamant", "insistent",
      "vocal", "outspoken", "clear", "frank", "candid", "explicit", "emphatic", "credible", "convincing",
      "likely", "unlikely", "quick", "careful", "cautious", "silent", "quiet", "open");

  private StanceLexicon() {}

  private static Set<String> words(String... w) {
    return Set.copyOf(java.util.Arrays.asList(w)); // a word may sit in two groups
  }

  /**
   * Whether a token of lemma {@code lemma} and part of speech {@code pos} is a verb of saying
   * ({@link CueLexicon#isVerb}) or of stance (this lexicon).
   */
  static boolean isSayingOrStanceVerb(String lemma, String pos) {
    return pos.startsWith("VB") && (CueLexicon.isVerb(lemma) || contains(lemma, pos));
  }

  /** Whether {@code lemma} (lower case) with part of speech {@code pos} (Penn tag) is in the lexicon. */
  public static boolean contains(String lemma, String pos) {
    if (lemma == null || pos == null || pos.isEmpty()) {
      return false;
    }
    switch (pos.charAt(0)) {
      case 'V':
        return VERBS.contains(lemma);
      case 'N':
        return NOUNS.contains(lemma);
      case 'J':
        return ADJECTIVES.contains(lemma);
      default:
        return false;
    }
  }
}
