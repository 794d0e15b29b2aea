package dev.dossier.nlp.event;

import dev.dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a sentence into simple noun phrases from part-of-speech tags, name mentions and time
 * expressions: determiners, possessives, adjectives, numbers, participles before a noun, and
 * nouns ("Israeli Prime Minister Benjamin Netanyahu's visit", "the Oct. 7, 2023 Hamas attack",
 * "ultra-nationalist partners"). A name mention always counts as nouns whatever its tags; a time
 * expression joins a phrase only at its start ("the September 2025 Gallup poll") so that "Mar-a-Lago
 * this week" stays two phrases. Stateless.
 */
final class NounPhrases {

  /**
   * One phrase, {@code [from, to)} in token indices.
   *
   * @param from first token
   * @param to one past the last token
   * @param head index of the head (its last noun)
   * @param possessive index of the last possessive marker inside it ("'s"), or -1
   */
  record Np(int from, int to, int head, int possessive) {
    boolean contains(int i) {
      return from <= i && i < to;
    }
  }

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her",
      "them", "us");

  private NounPhrases() {}

  /**
   * The phrases of {@code [from, to)}.
   *
   * @param inName for each token index (relative to 0 of {@code t}) whether it lies in a name mention
   * @param inTime for each token index, the index of the time expression covering it or -1
   */
  static List<Np> chunk(List<Token> t, int from, int to, boolean[] names, int[] inTime) {
    boolean[] inName = names;
    if (nameAtStart(t, from, to)) {
      // a capitalised first word mis-tagged as a verb or adverb is a name ("Fornost and Gondor
      // welcomed", "Fornost welcomed")
      inName = names.clone();
      inName[from] = true;
    }
    List<Np> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      if ("PRP".equals(t.get(i).pos()) && PRONOUNS.contains(ModalityFinder.lower(t.get(i)))) {
        out.add(new Np(i, i + 1, i, -1));
        i++;
        continue;
      }
      if (!starts(t, i, inName, inTime)) {
        i++;
        continue;
      }
      int start = i;
      int lastNoun = -1;
      int possessive = -1;
      boolean onlyDeterminers = true;
      while (i < to) {
        Token x = t.get(i);
        if (inTime[i] >= 0) {
          if (!onlyDeterminers && (i == start || inTime[i - 1] != inTime[i])) {
            break;
          }
          int time = inTime[i];
          while (i < to && inTime[i] == time) {
            i++;
          }
          lastNoun = i - 1;
          continue;
        }
        if (isNoun(x, i, inName)) {
          lastNoun = i;
          onlyDeterminers = false;
        } else if (isPossessive(x) && lastNoun >= 0) {
          possessive = i;
        } else if (coordinatedAdjectives(t, i, start, to)) {
          onlyDeterminers = false;
        } else if (!inPhrase(t, i, to, inName)) {
          break;
        } else if (!isDeterminer(x)) {
          onlyDeterminers = false;
        }
        i++;
      }
      if (lastNoun >= start) {
        int end = lastNoun + 1;
        out.add(new Np(start, end, lastNoun, possessive < end ? possessive : -1));
        i = Math.max(end, start + 1);
      } else {
        i = Math.max(i, start + 1);
      }
    }
    return out;
  }

  static boolean nameAtStart(List<Token> t, int from, int to) {
    Token first = t.get(from);
    String p = first.pos() == null ? "" : first.pos();
    if (first.text().length() < 2 || !Character.isUpperCase(first.text().charAt(0)) || from + 1 >= to
        || p.startsWith("NN")) {
      return false;
    }
    String next = t.get(from + 1).pos() == null ? "" : t.get(from + 1).pos();
    boolean verbNext = next.equals("VBD") || next.equals("VBZ") || next.equals("VBP") || next.equals("MD");
    return p.equals("VB") && !next.equals("DT") || verbNext && (p.startsWith("RB") || p.startsWith("VB")
        || p.startsWith("JJ"));
  }

  /** Whether token {@code i} is an "and" or "or" between two adjectives of a phrase ("awful and evil minister"). */
  private static boolean coordinatedAdjectives(List<Token> t, int i, int start, int to) {
    if (t.get(i).text().length() > 3) {
      return false; // lower-casing never shortens a word, so this is no "and" or "or"
    }
    String w = ModalityFinder.lower(t.get(i));
    return (w.equals("and") || w.equals("or")) && i > start && i + 2 < to
        && tagged(t.get(i - 1), "JJ") && tagged(t.get(i + 1), "JJ")
        && tagged(t.get(i + 2), "NN");
  }

  private static boolean starts(List<Token> t, int i, boolean[] inName, int[] inTime) {
    String p = t.get(i).pos() == null ? "" : t.get(i).pos();
    return inTime[i] >= 0 || isNoun(t.get(i), i, inName) || inPhrase(t, i, t.size(), inName)
        && !isPossessive(t.get(i)) && !p.equals("VBG") && !p.equals("VBN") && !t.get(i).text().equals("-");
  }

  static boolean isNoun(Token x, int i, boolean[] inName) {
    String p = x.pos() == null ? "" : x.pos();
    return inName[i] || p.startsWith("NN");
  }

  private static boolean inPhrase(List<Token> t, int i, int to, boolean[] inName) {
    Token x = t.get(i);
    String p = x.pos() == null ? "" : x.pos();
    if (isNoun(x, i, inName) || isDeterminer(x) || p.startsWith("JJ") || p.equals("CD") || p.equals("POS")) {
      return true;
    }
    // a participle or hyphen piece directly before a noun: "governing coalition", "U.S.-brokered"
    boolean nounNext = i + 1 < to && (isNoun(t.get(i + 1), i + 1, inName) || tagged(t.get(i + 1), "JJ"));
    boolean afterNoun = i > 0 && isNoun(t.get(i - 1), i - 1, inName);
    return nounNext && (p.equals("VBN") && !afterNoun || p.equals("VBG") || x.text().equals("-") && i > 0
        && t.get(i - 1).end() == x.start());
  }

  private static boolean isDeterminer(Token x) {
    String p = x.pos() == null ? "" : x.pos();
    return p.equals("DT") || p.equals("PDT") || p.equals("PRP$") || p.equals("WP$");
  }

  /** Whether the token's tag starts with {@code prefix}; false for an untagged token. */
  static boolean tagged(Token x, String prefix) {
    return x.pos() != null && x.pos().startsWith(prefix);
  }

  static boolean isPossessive(Token x) {
    return "POS".equals(x.pos()) || x.text().equals("'s") || x.text().equals("\u2019s") || x.text().equals("'");
  }
}
