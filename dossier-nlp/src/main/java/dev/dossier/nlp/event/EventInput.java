package dev.dossier.nlp.event;

import dev.dossier.model.Analysis;
import dev.dossier.model.Entity;
import dev.dossier.model.Layers;
import dev.dossier.model.Mention;
import dev.dossier.model.Sentence;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.Token;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The layers the event stage reads, with per-token indexes: the name mention covering each token
 * (its title words included) and the time expression covering it. Immutable once built.
 */
final class EventInput {

  final String text;
  final List<Token> tokens;
  final List<Sentence> sentences;
  final List<Mention> mentions;
  final List<Entity> entities;
  final List<TimeExpression> times;
  /** For each token, the mention covering it (name or title), or -1. */
  final int[] mentionAt;
  /** For each token, whether it lies in a mention. */
  final boolean[] inName;
  /** For each token, the time expression covering it, or -1. */
  final int[] timeAt;
  /** Whether words name a participant although they are no name, pronoun or group word (a user's actor dictionary). */
  final Predicate<String> participants;
  /** {@link ModalityFinder#lower} of each token, asked for many times per token. */
  private final String[] lower;
  /** {@link CameoLexicon#forms} of each token, worked out when first asked for. */
  private final List<String>[] forms;

  private EventInput(Analysis in, Predicate<String> participants) {
    this.participants = participants;
    text = in.text();
    tokens = in.layer(Layers.TOKENS);
    sentences = in.layer(Layers.SENTENCES);
    mentions = in.layer(Layers.MENTIONS);
    entities = in.layer(Layers.ENTITIES);
    times = in.layer(Layers.TIMES);
    mentionAt = new int[tokens.size()];
    timeAt = new int[tokens.size()];
    inName = new boolean[tokens.size()];
    lower = new String[tokens.size()];
    @SuppressWarnings("unchecked")
    List<String>[] f = new List[tokens.size()];
    forms = f;
    for (int i = 0; i < tokens.size(); i++) {
      lower[i] = ModalityFinder.lower(tokens.get(i));
    }
    Arrays.fill(mentionAt, -1);
    Arrays.fill(timeAt, -1);
    for (int m = 0; m < mentions.size(); m++) {
      Mention x = mentions.get(m);
      mark(mentionAt, x.start(), x.end(), m);
      if (x.title() != null) {
        mark(mentionAt, x.title().start(), x.title().end(), m);
      }
    }
    for (int k = 0; k < times.size(); k++) {
      mark(timeAt, times.get(k).start(), times.get(k).end(), k);
    }
    for (int i = 0; i < tokens.size(); i++) {
      inName[i] = mentionAt[i] >= 0 && timeAt[i] < 0;
    }
  }

  static EventInput of(Analysis in, Predicate<String> participants) {
    return new EventInput(in, participants);
  }

  private void mark(int[] at, int start, int end, int value) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < tokens.size() && tokens.get(i).start() < end; i++) {
      if (at[i] < 0) {
        at[i] = value;
      }
    }
  }

  /** The entity of the mention covering token {@code i}, or null. */
  Integer entityAt(int i) {
    return mentionAt[i] < 0 ? null : mentions.get(mentionAt[i]).entity();
  }

  /** Token {@code i} lower-cased, with typographic apostrophes made plain. */
  String lower(int i) {
    return lower[i];
  }

  /** {@link CameoLexicon#forms} of token {@code i}: its text, lemma and stems. */
  List<String> forms(int i) {
    List<String> f = forms[i];
    if (f == null) {
      f = CameoLexicon.forms(tokens.get(i));
      forms[i] = f;
    }
    return f;
  }

  String span(int fromToken, int toToken) {
    return text.substring(tokens.get(fromToken).start(), tokens.get(toToken - 1).end());
  }
}
