package dev.dossier.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.model.Analysis;
import dev.dossier.model.Event;
import dev.dossier.model.Layers;
import dev.dossier.model.json.AnalysisJson;
import dev.dossier.store.Scenario;
import dev.dossier.store.Store;
import dev.dossier.store.Stores;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {

  @TempDir
  Path dir;

  private Store store;

  @BeforeEach
  void fill() {
    store = Stores.embedded(dir.resolve("store"));
    Scenario.all().forEach(store::put);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void jsonlRoundTrips() {
    StringWriter w = new StringWriter();
    assertThat(Exporter.export(store, ExportFormat.JSONL, w, null)).isEqualTo(Scenario.all().size());
    List<Analysis> back = w.toString().lines().map(AnalysisJson::fromJson).toList();
    assertThat(back).containsExactlyElementsOf(Scenario.all());
  }

  /** The rows of a GDELT-style export, each as column name → value, parsed back from the TSV. */
  private static List<Map<String, String>> parseTsv(String tsv) {
    List<String> lines = tsv.lines().toList();
    List<String> header = List.of(lines.get(0).split("\t", -1));
    List<Map<String, String>> rows = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split("\t", -1);
      assertThat(f).as("fields of " + l).hasSize(header.size());
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < f.length; i++) {
        row.put(header.get(i), f[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void gdeltRowsParseBackToTheStoredEvents() {
    StringWriter w = new StringWriter();
    Exporter.export(store, ExportFormat.GDELT_TSV, w, null);
    assertThat(w.toString().lines().findFirst().orElseThrow().split("\t"))
        .containsExactlyElementsOf(Exporter.GDELT_COLUMNS);
    Map<String, Map<String, String>> byId = new LinkedHashMap<>();
    for (Map<String, String> r : parseTsv(w.toString())) {
      byId.put(r.get("GLOBALEVENTID"), r);
    }
    int events = 0;
    for (Analysis a : Scenario.all()) {
      List<Event> es = a.layer(Layers.EVENTS);
      for (int i = 0; i < es.size(); i++) {
        Event e = es.get(i);
        Map<String, String> r = byId.get(a.article().id() + "-" + i);
        assertThat(r).as("row of event %d of %s", i, a.article().id()).isNotNull();
        assertThat(r.get("ArticleId")).isEqualTo(a.article().id());
        assertThat(Integer.parseInt(r.get("Start"))).isEqualTo(e.start());
        assertThat(Integer.parseInt(r.get("End"))).isEqualTo(e.end());
        assertThat(a.text().substring(Integer.parseInt(r.get("TriggerStart")), Integer.parseInt(r.get("TriggerEnd"))))
            .isEqualTo(r.get("Trigger"));
        assertThat(r.get("Modality")).isEqualTo(e.modality().name());
        assertThat(r.get("Stage")).isEqualTo(e.stage());
        assertThat(r.get("EventCode")).isEqualTo(e.cameoCode() == null ? "" : e.cameoCode());
        assertThat(r.get("Actor1Name")).isEqualTo(e.actor() == null ? "" : e.actor().name());
        events++;
      }
    }
    assertThat(byId).hasSize(events);
    assertThat(events).isPositive();
    Map<String, String> meet = byId.values().stream().filter(r -> r.get("EventCode").equals("040")).findFirst()
        .orElseThrow();
    assertThat(meet.get("SQLDATE")).isEqualTo("20260105");
    assertThat(meet.get("MonthYear")).isEqualTo("202601");
    assertThat(meet.get("Year")).isEqualTo("2026");
    assertThat(meet.get("Actor1Name")).isEqualTo("Anika Rostova");
    assertThat(meet.get("Actor2Name")).isEqualTo("Tomas Veld");
    assertThat(meet.get("EventBaseCode")).isEqualTo("040");
    assertThat(meet.get("EventRootCode")).isEqualTo("04");
    assertThat(meet.get("QuadClass")).isEqualTo("1");
    assertThat(meet.get("IsRootEvent")).isEqualTo("1");
    assertThat(meet.get("Modality")).isEqualTo("HAPPENED");
  }

  @Test
  void quadClassFollowsTheCameoRoot() {
    assertThat(GdeltTsv.quadClass("01")).isEqualTo(1);
    assertThat(GdeltTsv.quadClass("05")).isEqualTo(1);
    assertThat(GdeltTsv.quadClass("06")).isEqualTo(2);
    assertThat(GdeltTsv.quadClass("08")).isEqualTo(2);
    assertThat(GdeltTsv.quadClass("09")).isEqualTo(3);
    assertThat(GdeltTsv.quadClass("13")).isEqualTo(3);
    assertThat(GdeltTsv.quadClass("14")).isEqualTo(4);
    assertThat(GdeltTsv.quadClass("20")).isEqualTo(4);
    assertThat(GdeltTsv.quadClass("21")).isNull();
    assertThat(GdeltTsv.quadClass(null)).isNull();
  }

  @Test
  void eventJsonLinesCarryTheEventsWithTheirArticle() throws Exception {
    StringWriter w = new StringWriter();
    Exporter.export(store, ExportFormat.EVENTS_JSONL, w, null);
    List<String> lines = w.toString().lines().toList();
    int events = Scenario.all().stream().mapToInt(a -> a.layer(Layers.EVENTS).size()).sum();
    assertThat(lines).hasSize(events);
    ObjectMapper m = AnalysisJson.mapper();
    Map<String, Analysis> byId = new LinkedHashMap<>();
    Scenario.all().forEach(a -> byId.put(a.article().id(), a));
    for (String l : lines) {
      EventJsonl.Line line = m.readValue(l, EventJsonl.Line.class);
      Analysis a = byId.get(line.article());
      Event e = a.layer(Layers.EVENTS).get(line.index());
      assertThat(line.id()).isEqualTo(a.article().id() + "-" + line.index());
      assertThat(line.start()).isEqualTo(e.start());
      assertThat(line.end()).isEqualTo(e.end());
      assertThat(line.text()).isEqualTo(a.text().substring(e.start(), e.end()));
      assertThat(line.trigger()).isEqualTo(e.trigger());
      assertThat(line.actor()).isEqualTo(e.actor());
      assertThat(line.modality()).isEqualTo(e.modality());
      assertThat(line.stage()).isEqualTo(e.stage());
      assertThat(line.quadClass()).isEqualTo(GdeltTsv.quadClass(e.cameoRoot()));
      if (e.time() != null) {
        assertThat(line.timeValue()).isEqualTo(a.layer(Layers.TIMES).get(e.time()).value());
      }
    }
    Path out = dir.resolve("ev");
    Exporter.export(store, ExportFormat.EVENTS_JSONL, null, out);
    assertThat(Files.readAllLines(out.resolve("events.jsonl"))).hasSize(events);
  }

  @Test
  void bratAndTimemlWriteOneFilePerArticle() throws Exception {
    Path out = dir.resolve("brat");
    Exporter.export(store, ExportFormat.BRAT, null, out);
    String id = Scenario.courier().article().id();
    String text = Files.readString(out.resolve(id + ".txt"));
    List<String> ann = Files.readAllLines(out.resolve(id + ".ann"));
    assertThat(ann).contains("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1");
    for (String l : ann) {
      if (l.startsWith("T")) {
        String[] p = l.split("\t");
        String[] h = p[1].split(" ");
        assertThat(text.substring(Integer.parseInt(h[1]), Integer.parseInt(h[2]))).isEqualTo(p[2]);
      }
    }
    Path tml = dir.resolve("tml");
    Exporter.export(store, ExportFormat.TIMEML, null, tml);
    String doc = Files.readString(tml.resolve(Scenario.wire(false).article().id() + ".tml"));
    assertThat(doc).contains("functionInDocument=\"CREATION_TIME\">2026-01-05</TIMEX3>")
        .contains("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2026-03-31\">March 31</TIMEX3>");
    String plain = doc.substring(doc.indexOf("<TEXT>") + 6, doc.indexOf("</TEXT>")).replaceAll("<[^>]+>", "");
    assertThat(plain).isEqualTo(Scenario.wire(false).text());
  }

  @Test
  void csvWritesATablePerLayer() throws Exception {
    Path out = dir.resolve("csv");
    Exporter.export(store, ExportFormat.CSV, null, out);
    assertThat(Files.readAllLines(out.resolve("articles.csv"))).hasSize(Scenario.all().size() + 1);
    assertThat(Files.readString(out.resolve("figures.csv"))).contains(",48%,48.0,%,approval,the government,Veldorans,");
    assertThat(Files.readAllLines(out.resolve("expectations.csv")).get(0)).endsWith(",head,outcome,content,includes");
    assertThatThrownBy(() -> Exporter.export(store, ExportFormat.CSV, new StringWriter(), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--out");
  }

  @Test
  void gdeltFractionDateStaysInsideItsYear() {
    assertThat(GdeltTsv.fraction(java.time.LocalDate.of(2025, 1, 1))).isEqualTo("2025.0000");
    assertThat(GdeltTsv.fraction(java.time.LocalDate.of(2025, 7, 2))).isEqualTo("2025.4986"); // day 183 of 365
    assertThat(GdeltTsv.fraction(java.time.LocalDate.of(2025, 12, 20))).isEqualTo("2025.9671"); // day 354
    assertThat(GdeltTsv.fraction(java.time.LocalDate.of(2024, 12, 31))).isEqualTo("2024.9973");
    assertThat(GdeltTsv.fraction(null)).isNull();
  }
}
