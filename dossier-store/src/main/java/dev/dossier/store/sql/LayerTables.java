package dev.dossier.store.sql;

import dev.dossier.model.Attribution;
import dev.dossier.model.Entity;
import dev.dossier.model.Event;
import dev.dossier.model.Expectation;
import dev.dossier.model.Figure;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.model.Mention;
import dev.dossier.model.Role;
import dev.dossier.model.Sentence;
import dev.dossier.model.StageRun;
import dev.dossier.model.TimeExpression;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * The normalised table of every layer of the Analysis contract, one row per record, plus the
 * tables for entity roles and stage runs. Column names follow the JSON field names, with {@code
 * start_off}/{@code end_off} for offsets and {@code X_text}/{@code X_start}/{@code X_end} for
 * extents. Documented in {@code docs/store.md}.
 */
final class LayerTables {
  private LayerTables() {}

  static final Table<Sentence> SENTENCES = Table.<Sentence>named("sentences")
      .i("start_off", "end_off", "token_start", "token_end")
      .fill((s, r) -> r.v(s.start()).v(s.end()).v(s.tokenStart()).v(s.tokenEnd()));

  static final Table<Mention> MENTIONS = Table.<Mention>named("mentions")
      .i("start_off", "end_off").t("text", "type", "kind").ext("title").i("entity").r("confidence").t("stage")
      .fill((m, r) -> r.v(m.start()).v(m.end()).v(m.text()).v(m.type()).v(m.kind()).ext(m.title())
          .v(m.entity()).v(m.confidence()).v(m.stage()));

  static final Table<Entity> ENTITIES = Table.<Entity>named("entities")
      .i("start_off", "end_off").t("name", "type", "category", "titles", "kb_id").i("mention_count").t("stage")
      .fill((e, r) -> r.v(e.start()).v(e.end()).v(e.name()).v(e.type()).v(e.category())
          .v(e.titles().isEmpty() ? null : String.join("|", e.titles())).v(e.kbId())
          .v(e.mentions().size()).v(e.stage()));

  static final Table<TimeExpression> TIMES = Table.<TimeExpression>named("times")
      .i("start_off", "end_off").t("text", "type", "value", "range_begin", "range_end", "timex_mod", "relation", "stage",
          "anchor")
      .fill((t, r) -> r.v(t.start()).v(t.end()).v(t.text()).v(t.type()).v(t.value()).v(t.rangeBegin())
          .v(t.rangeEnd()).v(t.mod()).v(t.relation()).v(t.stage()).v(t.anchor()));

  static final Table<Attribution> ATTRIBUTIONS = Table.<Attribution>named("attributions")
      .i("start_off", "end_off").ext("source").i("source_entity").t("source_kind").b("anonymous").t("affiliation")
      .ext("cue").t("cue_lemma").ext("content").b("direct").i("parent").ext("relay").i("relay_entity")
      .r("confidence").t("stage")
      .fill((a, r) -> r.v(a.start()).v(a.end()).ext(a.source()).v(a.sourceEntity()).v(a.sourceKind())
          .v(a.anonymous()).v(a.affiliation()).ext(a.cue()).v(a.cueLemma()).ext(a.content()).v(a.direct())
          .v(a.parent()).ext(a.relay()).v(a.relayEntity()).v(a.confidence()).v(a.stage()));

  static final Table<Figure> FIGURES = Table.<Figure>named("figures")
      .i("start_off", "end_off").t("text").r("value").t("unit").ext("measure").ext("of").ext("among")
      .i("attribution", "source_entity", "time_idx").ext("comparison").i("compared_to").t("stage")
      .fill((f, r) -> r.v(f.start()).v(f.end()).v(f.text()).v(f.value()).v(f.unit()).ext(f.measure())
          .ext(f.of()).ext(f.among()).v(f.attribution()).v(f.sourceEntity()).v(f.time()).ext(f.comparison())
          .v(f.comparedTo()).v(f.stage()));

  static final Table<Event> EVENTS = Table.<Event>named("events")
      .i("start_off", "end_off").ext("trigger").t("action", "cameo_code", "cameo_root").actor("actor")
      .actor("target").ext("place").i("place_entity", "time_idx").t("modality").ext("hedge")
      .r("confidence").t("stage")
      .fill((e, r) -> r.v(e.start()).v(e.end()).ext(e.trigger()).v(e.action()).v(e.cameoCode())
          .v(e.cameoRoot()).actor(e.actor()).actor(e.target()).ext(e.place()).v(e.placeEntity())
          .v(e.time()).v(e.modality()).ext(e.hedge()).v(e.confidence()).v(e.stage()));

  static final Table<Expectation> EXPECTATIONS = Table.<Expectation>named("expectations")
      .i("start_off", "end_off").ext("what").t("kind", "due").i("time_idx").ext("condition")
      .ext("consequence").actor("expected_by").ext("hedge").t("modality").i("event_idx").t("stage")
      .t("head", "outcome").ext("content").t("includes")
      .fill((x, r) -> r.v(x.start()).v(x.end()).ext(x.what()).v(x.kind()).v(x.due()).v(x.time())
          .ext(x.condition()).ext(x.consequence()).actor(x.expectedBy()).ext(x.hedge()).v(x.modality())
          .v(x.event()).v(x.stage()).v(x.head()).v(x.outcome()).ext(x.content())
          .v(x.includes().isEmpty() ? null : String.join("|", x.includes())));

  /** Roles of entities: {@code idx} numbers the article's roles, {@code entity} is the entity index. */
  static final Table<RoleRow> ENTITY_ROLES = Table.<RoleRow>named("entity_roles")
      .i("entity").t("role", "role_of", "from_day", "to_day")
      .fill((x, r) -> r.v(x.entity()).v(x.role().role()).v(x.role().of()).v(x.role().from()).v(x.role().to()));

  static final Table<StageRun> STAGE_RUNS = Table.<StageRun>named("stage_runs")
      .t("stage", "version", "model").i("nanos")
      .fill((s, r) -> r.v(s.stage()).v(s.version()).v(s.model()).v(s.nanos()));

  /** A role with the index of the entity that holds it. */
  record RoleRow(int entity, Role role) {}

  /**
   * The table of each standard layer but tokens. Tokens stay in the article's stored Analysis
   * JSON: they were 45% of all rows written (134 per Reuters story) and no query reads them.
   */
  static final Map<LayerKey<?>, Table<?>> BY_LAYER;

  static {
    Map<LayerKey<?>, Table<?>> m = new LinkedHashMap<>();
    m.put(Layers.SENTENCES, SENTENCES);
    m.put(Layers.MENTIONS, MENTIONS);
    m.put(Layers.ENTITIES, ENTITIES);
    m.put(Layers.TIMES, TIMES);
    m.put(Layers.ATTRIBUTIONS, ATTRIBUTIONS);
    m.put(Layers.FIGURES, FIGURES);
    m.put(Layers.EVENTS, EVENTS);
    m.put(Layers.EXPECTATIONS, EXPECTATIONS);
    Set<LayerKey<?>> all = new HashSet<>(m.keySet());
    all.add(Layers.TOKENS);
    if (!all.containsAll(Layers.ALL)) {
      throw new IllegalStateException("a layer of the contract has no table");
    }
    BY_LAYER = Map.copyOf(m);
  }

  /** Every per-article table, including roles and stage runs. */
  static List<Table<?>> all() {
    return List.of(SENTENCES, MENTIONS, ENTITIES, ENTITY_ROLES, TIMES, ATTRIBUTIONS, FIGURES,
        EVENTS, EXPECTATIONS, STAGE_RUNS);
  }
}
