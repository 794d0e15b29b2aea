package dev.dossier.nlp.entity;

import dev.dossier.model.EntityType;
import dev.dossier.model.Extent;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;

/** A mention while the entity stage works on it: mutable, confined to one call. */
final class Work {
  int start;
  int end;
  String text;
  EntityType type;
  final MentionKind kind;
  Extent title;
  /** The title words without leading modifiers and country names ("Prime Minister"), or null. */
  String titleWords;
  final double confidence;
  final String stage;
  /** Token range [firstToken, endToken). */
  int firstToken;
  int endToken;
  int sentence;
  Cluster cluster;
  /** For nominals: the head's title or word ("prime minister", "network"). */
  String head;
  /** Cached {@code Names.key(text)} and words, and the one actor the name can be; reset when the text changes. */
  String key;
  java.util.List<String> words;
  Object only;

  Work(int start, int end, String text, EntityType type, MentionKind kind, Extent title, double confidence,
      String stage) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.type = type;
    this.kind = kind;
    this.title = title;
    this.confidence = confidence;
    this.stage = stage;
  }

  static Work of(Mention m) {
    return new Work(m.start(), m.end(), m.text(), m.type(), m.kind(), m.title(), m.confidence(), m.stage());
  }

  Mention toMention(Integer entity) {
    return new Mention(start, end, text, type, kind, title, entity, confidence, stage);
  }

  @Override
  public String toString() {
    return text + "[" + start + "," + end + ")" + type + "/" + kind;
  }
}
