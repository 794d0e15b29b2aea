package dev.dossier.nlp.entity;

import dev.dossier.model.Analysis;
import dev.dossier.model.EntityType;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.nlp.pipeline.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stand-in for the NER in tests: marks every occurrence of the given names with the given type,
 * so the entity stage can be tested on hand-built mentions.
 */
final class GivenMentions implements Stage {

  private final Map<String, EntityType> names = new LinkedHashMap<>();

  GivenMentions name(String name, EntityType type) {
    names.put(name, type);
    return this;
  }

  @Override
  public String name() {
    return "ner";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.MENTIONS);
  }

  @Override
  public Analysis apply(Analysis in) {
    String text = in.text();
    List<Mention> out = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    List<String> longestFirst = new ArrayList<>(names.keySet());
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    for (String n : longestFirst) {
      for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
        int e = i + n.length();
        boolean boundary = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
            && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)));
        boolean free = true;
        for (int k = i; k < e; k++) {
          free &= !taken[k];
        }
        if (boundary && free) {
          for (int k = i; k < e; k++) {
            taken[k] = true;
          }
          out.add(new Mention(i, e, n, names.get(n), MentionKind.NAME, null, null, 0.9, "ner"));
        }
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return in.with(Layers.MENTIONS, out);
  }
}
