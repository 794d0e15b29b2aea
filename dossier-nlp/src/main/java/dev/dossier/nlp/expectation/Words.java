package dev.dossier.nlp.expectation;

import dev.dossier.model.TimeExpression;
import dev.dossier.model.TimeRelation;
import dev.dossier.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tokens of one sentence with the questions the expectation patterns ask of them: lower-cased
 * form, tag, lemma, whether a token lies inside a time expression, and simple noun-phrase and
 * clause bounds. Indices are positions in the article's token layer, bounded by the sentence
 * {@code [from, to)}. Immutable.
 */
final class Words {

  /** Words that end a clause: what follows is no longer the expected action. */
  private static final Set<String> CLAUSE_END = Set.of(",", ";", ":", ".", "?", "!", "while", "whereas", "but",
      "if", "unless", "before", "after", "until", "when", "because", "although", "though", "(", ")",
      "\u2014", "\u2013", "-", "--");
  private static final Set<String> MODALS = Set.of("could", "may", "might", "would", "will", "can", "should");
  private static final Set<String> CONDITION_END = Set.of(",", ";", ":", ".", "?", "!", "while", "but");
  private static final Set<String> CONTENT_END = Set.of(";", ".", "?", "!", "while", "but");

  final List<Token> tokens;
  final int from;
  final int to;
  private final boolean[] inTime;

  private final boolean[] future;
  /** Lower-cased text and lemma of each token of the sentence, asked for many times per token. */
  private final String[] lower;
  private final String[] lemma;

  Words(List<Token> tokens, int from, int to, List<TimeExpression> times) {
    this.tokens = tokens;
    this.from = from;
    this.to = to;
    this.inTime = new boolean[to - from];
    this.future = new boolean[to - from];
    this.lower = new String[to - from];
    this.lemma = new String[to - from];
    for (int i = from; i < to; i++) {
      Token x = tokens.get(i);
      lower[i - from] = x.text().toLowerCase(Locale.ROOT);
      lemma[i - from] = x.lemma() == null ? lower[i - from] : x.lemma().toLowerCase(Locale.ROOT);
    }
    for (TimeExpression t : times) {
      for (int i = from; i < to; i++) {
        Token x = tokens.get(i);
        if (t.start() <= x.start() && x.end() <= t.end()) {
          inTime[i - from] = true;
          future[i - from] = t.relation() == TimeRelation.FUTURE
              || t.relation() == TimeRelation.PRESENT && !t.value().equals("PRESENT_REF");
        }
      }
    }
  }

  /** Whether token {@code i} lies in a time expression that is not past and not just "now" ("next week", "this week"). */
  boolean futureTime(int i) {
    return in(i) && future[i - from];
  }

  boolean in(int i) {
    return i >= from && i < to;
  }

  String lower(int i) {
    return in(i) ? lower[i - from] : "";
  }

  String text(int i) {
    return in(i) ? tokens.get(i).text() : "";
  }

  String pos(int i) {
    if (!in(i)) {
      return "";
    }
    String p = tokens.get(i).pos();
    return p == null ? "" : p;
  }

  String lemma(int i) {
    return in(i) ? lemma[i - from] : "";
  }

  boolean inTime(int i) {
    return in(i) && inTime[i - from];
  }

  boolean isNoun(int i) {
    return pos(i).startsWith("NN") || inTime(i) && pos(i).equals("CD");
  }

  boolean isVerb(int i) {
    return pos(i).startsWith("VB");
  }

  boolean isModal(int i) {
    return pos(i).equals("MD") || MODALS.contains(lower(i));
  }

  boolean isPossessive(int i) {
    return pos(i).equals("POS") || lower(i).equals("'s") || lower(i).equals("\u2019s");
  }

  private boolean inPhrase(int i) {
    String p = pos(i);
    return isNoun(i) || p.equals("DT") || p.startsWith("JJ") || p.equals("PRP$") || isPossessive(i)
        || p.equals("CD") || inTime(i);
  }

  boolean isDeterminer(int i) {
    String p = pos(i);
    return p.equals("DT") || p.equals("PRP$") || p.equals("WDT");
  }

  /** The noun phrase starting at {@code i}, as {@code [i, end)} ending at its last noun, or null. */
  int[] phraseAfter(int i, int limit) {
    int k = i;
    int lastNoun = -1;
    while (in(k) && k < i + limit && (inPhrase(k) || lastNoun < 0 && participleModifier(k))) {
      if (isNoun(k)) {
        lastNoun = k;
      } else if (lastNoun >= 0 && !isPossessive(k) && !isPossessive(k - 1)) {
        break;
      }
      k++;
    }
    return lastNoun < 0 ? null : new int[] {i, lastNoun + 1};
  }

  /** The noun phrase ending just before {@code end} (whose last token is a noun), or null. */
  int[] phraseBefore(int end, int limit) {
    if (!in(end - 1) || !isNoun(end - 1)) {
      return null;
    }
    int k = end - 1;
    while (in(k - 1) && k > end - limit && (inPhrase(k - 1) || participleModifier(k - 1))) {
      k--;
    }
    return new int[] {k, end};
  }

  /** "reporting" in "a June 2026 reporting deadline": a participle between modifiers and a noun. */
  private boolean participleModifier(int i) {
    return (pos(i).equals("VBG") || pos(i).equals("VBN")) && (isNoun(i + 1) || pos(i + 1).startsWith("JJ"))
        && (isDeterminer(i - 1) || inTime(i - 1) || pos(i - 1).startsWith("JJ"));
  }

  /** The phrase {@code [i, end)} without leading determiners and possessors, or null if nothing is left. */
  int[] withoutDeterminer(int[] r) {
    int k = r[0];
    while (k < r[1] - 1 && (isDeterminer(k) || pos(k).equals("CD") && !inTime(k) && lower(k).equals("one"))) {
      k++;
    }
    return new int[] {k, r[1]};
  }

  /** Where the clause starting at {@code i} ends (exclusive): at punctuation or a clause-opening word. */
  int clauseEnd(int i) {
    int k = i;
    while (in(k) && !CLAUSE_END.contains(lower(k))) {
      k++;
    }
    return k;
  }

  /** Where a condition ("if talks stall") starting at {@code i} ends: at punctuation only. */
  int conditionEnd(int i) {
    int k = i + 1;
    while (in(k) && !CONDITION_END.contains(lower(k))) {
      k++;
    }
    return k;
  }

  /** Where a content ("further withdrawals and ...") starting at {@code i} ends: at the sentence end or a semicolon. */
  int contentEnd(int i) {
    int k = i;
    while (in(k) && !CONTENT_END.contains(lower(k))) {
      k++;
    }
    return k;
  }

  int start(int i) {
    return tokens.get(i).start();
  }

  int end(int i) {
    return tokens.get(i - 1).end();
  }
}
