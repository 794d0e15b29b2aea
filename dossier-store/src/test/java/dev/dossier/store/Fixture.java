package dev.dossier.store;

import dev.dossier.model.Actor;
import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Attribution;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Event;
import dev.dossier.model.Expectation;
import dev.dossier.model.Extent;
import dev.dossier.model.Figure;
import dev.dossier.model.Layers;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Modality;
import dev.dossier.model.Origin;
import dev.dossier.model.Published;
import dev.dossier.model.Role;
import dev.dossier.model.Sentence;
import dev.dossier.model.SourceKind;
import dev.dossier.model.StageRun;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.TimeRelation;
import dev.dossier.model.TimeType;
import dev.dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds hand-made analyses for store tests: facts are located by their text in the article, so
 * offsets are always right. Not thread-safe.
 */
public final class Fixture {

  private final Article article;
  private final String text;
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Entity> entities = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private final List<Attribution> attributions = new ArrayList<>();
  private final List<Figure> figures = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<Expectation> expectations = new ArrayList<>();

  private Fixture(Article article) {
    this.article = article;
    this.text = article.text();
  }

  public static Fixture article(String outlet, String date, String title, String text) {
    return new Fixture(Article.builder().outlet(outlet).title(title).published(Published.parse(date)).text(text)
        .url("https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + Integer.toHexString(text.hashCode()))
        .origin(Origin.file("test", "text")).build());
  }

  public Extent ext(String s) {
    int i = text.indexOf(s);
    if (i < 0) {
      throw new IllegalArgumentException("'" + s + "' is not in the text");
    }
    return new Extent(i, i + s.length(), s);
  }

  /** An entity with a mention at every occurrence of each of its names; returns its index. */
  public int entity(String name, EntityType type, String kbId, String category, List<String> titles,
      List<Role> roles, String... otherNames) {
    int idx = entities.size();
    List<Integer> ms = new ArrayList<>();
    List<String> names = new ArrayList<>(List.of(otherNames));
    names.add(0, name);
    int first = -1;
    for (String n : names) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(n) + "\\b").matcher(text);
      while (m.find()) {
        if (overlapsMention(m.start(), m.end())) {
          continue;
        }
        if (first < 0 || m.start() < first) {
          first = m.start();
        }
        ms.add(mentions.size());
        mentions.add(new Mention(m.start(), m.end(), n, type, MentionKind.NAME, null, idx, 0.9, "test"));
      }
    }
    if (ms.isEmpty()) {
      throw new IllegalArgumentException("entity '" + name + "' is not in the text");
    }
    Extent e = ext(name);
    entities.add(new Entity(e.start(), e.end(), name, type, category, ms, titles, kbId, roles, "test"));
    return idx;
  }

  public int entity(String name, EntityType type, String... otherNames) {
    return entity(name, type, null, null, List.of(), List.of(), otherNames);
  }

  private boolean overlapsMention(int s, int e) {
    for (Mention m : mentions) {
      if (m.start() < e && s < m.end()) {
        return true;
      }
    }
    return false;
  }

  public int time(String words, String value, TimeRelation rel) {
    Extent e = ext(words);
    times.add(new TimeExpression(e.start(), e.end(), words, TimeType.DATE, value, null, rel, "test", null));
    return times.size() - 1;
  }

  public int attribution(String source, Integer sourceEntity, SourceKind kind, boolean anonymous, String cue,
      String cueLemma, String content) {
    Extent s = source == null ? null : ext(source);
    Extent c = ext(cue);
    Extent x = ext(content);
    int start = Math.min(x.start(), Math.min(c.start(), s == null ? Integer.MAX_VALUE : s.start()));
    int end = Math.max(x.end(), Math.max(c.end(), s == null ? 0 : s.end()));
    attributions.add(new Attribution(start, end, s, sourceEntity, kind, anonymous, anonymous ? "official" : null, c,
        cueLemma, x, false, null, null, null, 0.9, "test"));
    return attributions.size() - 1;
  }

  public int figure(String number, double value, String unit, String measure, String of, String among,
      Integer attribution, Integer sourceEntity) {
    Extent n = ext(number);
    figures.add(new Figure(n.start(), n.end(), number, value, unit, measure == null ? null : ext(measure),
        of == null ? null : ext(of), among == null ? null : ext(among), attribution, sourceEntity, null, null, null,
        "test"));
    return figures.size() - 1;
  }

  public int event(String clause, String trigger, String action, String cameo, Integer actorEntity, Integer targetEntity,
      Integer time, Modality modality) {
    Extent c = ext(clause);
    Extent t = ext(trigger);
    Actor actor = actorEntity == null ? null : new Actor(null, actorEntity, null, entities.get(actorEntity).name(), false, null);
    Actor target = targetEntity == null ? null
        : new Actor(null, targetEntity, null, entities.get(targetEntity).name(), false, null);
    events.add(new Event(c.start(), c.end(), t, action, cameo, cameo == null ? null : cameo.substring(0, 2), actor, target,
        null, null, time, modality, null, 0.8, "test"));
    return events.size() - 1;
  }

  public int expectation(String statement, String what, String kind, String due, Integer time, String consequence,
      Integer event, Modality modality) {
    Extent s = ext(statement);
    expectations.add(new Expectation(s.start(), s.end(), ext(what), kind, due, time, null,
        consequence == null ? null : ext(consequence), null, null, modality, event, "test"));
    return expectations.size() - 1;
  }

  /** The analysis, with sentences and whitespace tokens. */
  public Analysis build() {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    Matcher sm = Pattern.compile("[^.!?]+[.!?]*").matcher(text);
    while (sm.find()) {
      int s = sm.start();
      while (s < sm.end() && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      if (s == sm.end()) {
        continue;
      }
      int t0 = tokens.size();
      Matcher tm = Pattern.compile("\\S+").matcher(text).region(s, sm.end());
      while (tm.find()) {
        tokens.add(new Token(tm.start(), tm.end(), tm.group(), null, null, sentences.size()));
      }
      sentences.add(new Sentence(s, sm.end(), t0, tokens.size()));
    }
    return Analysis.of(article)
        .with(Layers.SENTENCES, sentences)
        .with(Layers.TOKENS, tokens, new StageRun("tokenize", "test", null, 1000))
        .with(Layers.MENTIONS, mentions)
        .with(Layers.ENTITIES, entities)
        .with(Layers.TIMES, times)
        .with(Layers.ATTRIBUTIONS, attributions)
        .with(Layers.FIGURES, figures)
        .with(Layers.EVENTS, events)
        .with(Layers.EXPECTATIONS, expectations);
  }
}
