package dev.dossier.nlp.expectation;

import dev.dossier.nlp.expectation.Found.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Normalised forms of what an expectation is about: the head ("election" for "the scheduled
 * October 2026 vote", "Phase 2" for "press Netanyahu on advancing ... Phase 2 of the agreement"),
 * the outcome of a consequence ("government collapse" for "collapse the government") and the items
 * of a content ("further withdrawals" and "postwar governance" for "further Israeli withdrawals and
 * discussions over postwar governance in Gaza"). Stateless.
 */
final class Heads {

  private Heads() {}

  /** Verbs a head skips to the verb after them ("be held", "get done", "have completed"). */
  private static final Set<String> LIGHT_VERBS = Set.of("be", "get", "have");
  private static final Set<String> LIST_SEPARATORS = Set.of("and", "or", ",");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "inside", "across", "within");
  /** Modifiers a head leaves out: they say how sure or how many, not what. */
  private static final Set<String> HEDGE_MODIFIERS = Set.of("one", "additional", "another", "further", "new",
      "possible", "potential", "prospective", "imminent", "any", "some", "more", "likely", "looming", "fresh", "many",
      "several", "most", "all", "few", "each", "every");
  /** Nouns of events, to find what a verb phrase is about ("seek approval for ... military operation"). */
  private static final Set<String> EVENT_NOUNS = Set.of("operation", "offensive", "strike", "attack", "invasion",
      "election", "vote", "referendum", "withdrawal", "ceasefire", "truce", "deal", "agreement", "accord", "treaty",
      "summit", "talks", "visit", "meeting", "sanction", "escalation", "annexation", "reform", "budget", "merger",
      "acquisition", "shutdown", "default", "recession", "cut", "hike", "increase", "trial", "verdict",
      "ruling", "launch", "release", "negotiation", "deployment");
  /** Things a deadline is commonly for. */
  private static final Set<String> DEADLINE_TOPICS = Set.of("budget", "bill", "law", "deal", "agreement", "treaty",
      "ceasefire", "truce", "payment", "debt", "tax", "filing", "application", "submission", "report", "plan",
      "nomination", "registration", "withdrawal", "disarmament", "ultimatum", "tariff", "sanction", "loan", "bid",
      "offer", "proposal", "reform", "ratification", "vote");
  /** Verbs whose consequence is named after the verb, with the object in front ("government collapse"). */
  private static final Map<String, String> NOMINAL = Map.ofEntries(Map.entry("collapse", "collapse"),
      Map.entry("topple", "fall"), Map.entry("scuttle", "collapse"), Map.entry("sink", "collapse"),
      Map.entry("derail", "derailment"), Map.entry("delay", "delay"), Map.entry("end", "end"),
      Map.entry("halt", "halt"), Map.entry("undermine", "undermining"), Map.entry("weaken", "weakening"),
      Map.entry("destabilize", "destabilisation"), Map.entry("destabilise", "destabilisation"),
      Map.entry("block", "blocking"), Map.entry("freeze", "freeze"), Map.entry("suspend", "suspension"),
      Map.entry("cancel", "cancellation"), Map.entry("postpone", "postponement"), Map.entry("break", "breakup"),
      Map.entry("split", "split"), Map.entry("dissolve", "dissolution"), Map.entry("shut", "shutdown"),
      Map.entry("paralyze", "paralysis"), Map.entry("paralyse", "paralysis"), Map.entry("oust", "ouster"),
      Map.entry("unseat", "ouster"));
  /** Verbs whose consequence is their object ("trigger early elections" → "early elections"). */
  private static final Set<String> BRING_ABOUT = Set.of("trigger", "spark", "cause", "prompt", "provoke", "force",
      "bring", "mean", "risk", "precipitate", "unleash", "invite", "produce");
  /** Nouns that only frame what an item of content is about ("discussions over postwar governance"). */
  private static final Set<String> FRAMING = Set.of("discussion", "talk", "negotiation", "effort", "plan", "step",
      "move", "debate", "arrangement");
  private static final Set<String> FRAMING_PREP = Set.of("over", "on", "about", "of", "for", "to", "regarding");
  private static final Set<String> PLAN_WORDS = Set.of("Phase", "Stage", "Round", "Step", "Part", "Tranche");

  /** The normalised head of what {@code f} expects, or null. */
  static String head(Words w, Found f) {
    int[] r = f.what;
    if (f.shape == Shape.NOUN) {
      String head = nounHead(w, f.headAt != null ? f.headAt : r);
      if ("deadline".equals(head)) {
        String topic = topic(w);
        return topic == null ? head : topic + " deadline";
      }
      return head;
    }
    for (int i = r[0]; i < r[1]; i++) {
      if (PLAN_WORDS.contains(w.text(i)) && (w.pos(i + 1).equals("CD") || w.text(i + 1).matches("[IVX]+"))) {
        return w.text(i) + " " + w.text(i + 1);
      }
    }
    if (w.lemma(r[0]).equals("be") && f.subject != null && w.isNoun(f.subject[1] - 1)) {
      String subject = nounHead(w, f.subject); // "the vote is due to be taken": the vote
      if (subject != null) {
        return subject;
      }
    }
    int v = r[0];
    while (v + 1 < r[1] && LIGHT_VERBS.contains(w.lemma(v)) && w.isVerb(v + 1)) {
      v++;
    }
    String verb = w.lemma(v);
    int o = v + 1;
    if (w.pos(o).equals("RP")) {
      verb = verb + " " + w.lower(o);
      o++;
    }
    int[] object = w.phraseAfter(o, 5);
    if (object != null && object[1] > r[1]) {
      object = null;
    }
    String obj = object == null ? null : nounHead(w, object);
    if (obj != null && eventIn(w, object)) {
      return verb + " " + obj;
    }
    for (int i = r[0] + 1; i < r[1]; i++) {
      if (EVENT_NOUNS.contains(w.lemma(i)) && !w.isNoun(i + 1) && (w.isNoun(i) || w.pos(i).startsWith("JJ"))) {
        int k = i;
        while (k - 1 > r[0] && (w.pos(k - 1).startsWith("JJ") || w.isNoun(k - 1) || w.isDeterminer(k - 1)
            || w.pos(k - 1).equals("CD"))) {
          k--;
        }
        String event = nounHead(w, new int[] {k, i + 1});
        return k == o && object == null ? verb + " " + event : event; // "launch a new offensive"
      }
    }
    return obj == null ? verb : verb + " " + obj;
  }

  /** What a bare "deadline" is for: the first noun of the sentence that names something due ("budget"). */
  private static String topic(Words w) {
    for (int i = w.from; i < w.to; i++) {
      if (w.isNoun(i) && DEADLINE_TOPICS.contains(w.lemma(i))) {
        return w.lemma(i);
      }
    }
    return null;
  }

  private static boolean eventIn(Words w, int[] r) {
    for (int i = r[0]; i < r[1]; i++) {
      if (EVENT_NOUNS.contains(w.lemma(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The head of a noun phrase: without determiners, dates, hedge modifiers and scheduling words,
   * the last noun by its lemma ("elections" → "election"); "vote" is "election" in a sentence that
   * speaks of elections.
   */
  static String nounHead(Words w, int[] r) {
    List<Integer> keep = new ArrayList<>();
    for (int i = r[0]; i < r[1]; i++) {
      String l = w.lower(i);
      if (w.isDeterminer(i) || w.inTime(i) || HEDGE_MODIFIERS.contains(l) || !dev.dossier.nlp.text.Chars.anyLetter(l)
          || Lexicon.SCHEDULED_BEFORE.contains(l) || w.pos(i).equals("CD") && !planNumber(w, i)) {
        continue;
      }
      if (w.isPossessive(i) && (keep.isEmpty() || keep.get(keep.size() - 1) != i - 1)) {
        continue;
      }
      keep.add(i);
    }
    if (keep.isEmpty()) {
      return null;
    }
    int last = keep.get(keep.size() - 1);
    String head = w.pos(last).startsWith("NNP") || planNumber(w, last) ? w.text(last) : w.lemma(last);
    if (head.equals("vote") && sentenceHas(w, "election")) {
      head = "election";
    }
    return join(w, keep.subList(0, keep.size() - 1), head, last);
  }

  /** The outcome a consequence names ("collapse the government" → "government collapse"), or null. */
  static String outcome(Words w, int[] r) {
    if (r == null) {
      return null;
    }
    String verb = w.lemma(r[0]);
    int o = r[0] + 1;
    boolean down = w.lower(o).equals("down");
    if (down || w.pos(o).equals("RP")) {
      o++;
    }
    if (w.lower(o).equals("to") || w.lower(o).equals("in")) {
      o++; // "lead to", "result in"
      verb = "bring";
    }
    int[] object = w.phraseAfter(o, 6);
    String obj = object == null || object[1] > r[1] ? null : nounHead(w, object);
    if (obj == null) {
      return NOMINAL.getOrDefault(verb, verb);
    }
    if (down && verb.equals("bring")) {
      return obj + " collapse";
    }
    if (NOMINAL.containsKey(verb)) {
      return obj + " " + NOMINAL.get(verb);
    }
    if (BRING_ABOUT.contains(verb)) {
      return text(w, w.withoutDeterminer(object));
    }
    return verb + " " + obj;
  }

  /**
   * The items of a content, split at "and", "or" and commas, each without determiners, nationality
   * adjectives, framing nouns ("discussions over") and a closing place ("in Gaza").
   */
  static List<String> items(Words w, int[] r) {
    List<String> out = new ArrayList<>();
    if (r == null) {
      return out;
    }
    int s = r[0];
    for (int i = r[0]; i <= r[1]; i++) {
      if (i == r[1] || LIST_SEPARATORS.contains(w.lower(i))) {
        String item = item(w, s, i);
        if (item != null) {
          out.add(item);
        }
        s = i + 1;
      }
    }
    return out;
  }

  private static String item(Words w, int from, int to) {
    int s = from;
    while (s < to && w.isDeterminer(s)) {
      s++;
    }
    if (s + 1 < to && FRAMING.contains(w.lemma(s)) && FRAMING_PREP.contains(w.lower(s + 1))) {
      s += 2;
    }
    int e = to;
    for (int i = s + 1; i < to; i++) {
      if (PLACE_PREPOSITIONS.contains(w.lower(i)) && i + 1 < to
          && w.pos(i + 1).startsWith("NNP")) {
        e = i;
        break;
      }
    }
    List<Integer> keep = new ArrayList<>();
    for (int i = s; i < e; i++) {
      boolean nationality = w.pos(i).startsWith("JJ") && Character.isUpperCase(w.text(i).charAt(0));
      if (!nationality && !w.isDeterminer(i)) {
        keep.add(i);
      }
    }
    if (keep.isEmpty()) {
      return null;
    }
    int last = keep.get(keep.size() - 1);
    return join(w, keep.subList(0, keep.size() - 1), w.text(last), last);
  }

  private static boolean planNumber(Words w, int i) {
    return w.pos(i).equals("CD") && PLAN_WORDS.contains(w.text(i - 1));
  }

  private static boolean sentenceHas(Words w, String lemma) {
    for (int i = w.from; i < w.to; i++) {
      if (w.lemma(i).equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  /** The tokens written with the spaces of the text between neighbours, then the head. */
  private static String join(Words w, List<Integer> modifiers, String head, int headIndex) {
    StringBuilder sb = new StringBuilder();
    int prev = -1;
    for (int i : modifiers) {
      append(w, sb, prev, i, w.pos(i).startsWith("NNP") ? w.text(i) : w.lower(i));
      prev = i;
    }
    append(w, sb, prev, headIndex, head);
    return sb.toString();
  }

  private static void append(Words w, StringBuilder sb, int prev, int i, String s) {
    if (prev >= 0 && !(prev == i - 1 && w.tokens.get(prev).end() == w.tokens.get(i).start())) {
      sb.append(' ');
    }
    sb.append(s);
  }

  private static String text(Words w, int[] r) {
    List<Integer> all = new ArrayList<>();
    for (int i = r[0]; i < r[1] - 1; i++) {
      all.add(i);
    }
    return join(w, all, w.text(r[1] - 1), r[1] - 1);
  }
}
