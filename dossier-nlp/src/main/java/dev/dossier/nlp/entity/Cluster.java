package dev.dossier.nlp.entity;

import dev.dossier.model.EntityType;
import dev.dossier.nlp.kb.KbActor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Mentions of one entity while the entity stage groups them: mutable, confined to one call. */
final class Cluster {
  final EntityType type;
  final List<Work> mentions = new ArrayList<>();
  /** Distinct titles found, keyed by lower case. */
  final Map<String, String> titles = new LinkedHashMap<>();
  KbActor actor;
  boolean demonym;

  Cluster(EntityType type) {
    this.type = type;
  }

  void add(Work w) {
    mentions.add(w);
    w.cluster = this;
    if (w.titleWords != null) {
      addTitle(w.titleWords);
    }
  }

  void addTitle(String t) {
    titles.putIfAbsent(t.toLowerCase(Locale.ROOT), t);
  }

  /** Names of its NAME mentions, in text order. */
  List<Work> names() {
    List<Work> out = new ArrayList<>();
    for (Work w : mentions) {
      if (w.kind == dev.dossier.model.MentionKind.NAME) {
        out.add(w);
      }
    }
    return out;
  }

  int first() {
    int s = Integer.MAX_VALUE;
    for (Work w : mentions) {
      s = Math.min(s, w.start);
    }
    return s;
  }

  /** Start of its last mention before {@code offset}, or -1. */
  int lastBefore(int offset) {
    int best = -1;
    for (Work w : mentions) {
      if (w.end <= offset && w.start > best) {
        best = w.start;
      }
    }
    return best;
  }

  String gender() {
    return actor == null ? null : actor.gender();
  }
}
