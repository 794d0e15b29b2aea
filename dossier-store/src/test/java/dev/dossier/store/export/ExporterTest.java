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
import org.junit.jupiter.api.Assumptions;
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

  /** The records of an RFC 4180 file (quoted fields may hold commas, quotes and line breaks). */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(f.toString());
        f.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(f.toString());
        f.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        f.append(c);
      }
    }
    assertThat(row).as("the file ends with CRLF").isEmpty();
    return rows;
  }

  /** The rows of one CSV file as column → value, after checking its header against the code's. */
  private List<Map<String, String>> csvTable(Path out, String table) throws Exception {
    List<List<String>> rows = parseCsv(Files.readString(out.resolve(table + ".csv")));
    List<String> header = rows.get(0);
    assertThat(header).isEqualTo(Exporter.CSV_COLUMNS.get(table));
    List<Map<String, String>> maps = new ArrayList<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      assertThat(r).as(table + " row " + r).hasSize(header.size());
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < r.size(); i++) {
        m.put(header.get(i), r.get(i));
      }
      maps.add(m);
    }
    return maps;
  }

  @Test
  void csvWritesATablePerLayer() throws Exception {
    Path out = dir.resolve("csv");
    Exporter.export(store, ExportFormat.CSV, null, out);
    assertThat(csvTable(out, "articles")).hasSize(Scenario.all().size());
    Map<String, String> poll = csvTable(out, "figures").stream().filter(r -> r.get("text").equals("48%")).findFirst()
        .orElseThrow();
    assertThat(poll.get("value")).isEqualTo("48.0");
    assertThat(poll.get("unit")).isEqualTo("%");
    assertThat(poll.get("measure")).isEqualTo("approval");
    assertThat(poll.get("of")).isEqualTo("the government");
    assertThat(poll.get("among")).isEqualTo("Veldorans");
    assertThat(Files.readAllLines(out.resolve("expectations.csv")).get(0))
        .contains(",head,outcome,content,content_start,content_end,includes,");
    assertThatThrownBy(() -> Exporter.export(store, ExportFormat.CSV, new StringWriter(), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--out");
  }

  /**
   * Every fact row carries its [start, end) and its stage, and every extent column its own
   * offsets, which cut the column's words out of the article text.
   */
  @Test
  void csvFactsCarryTheirOffsetsAndStage() throws Exception {
    Path out = dir.resolve("csv");
    Exporter.export(store, ExportFormat.CSV, null, out);
    Map<String, String> texts = new LinkedHashMap<>();
    Scenario.all().forEach(a -> texts.put(a.article().id(), a.text()));
    int extents = 0;
    for (String table : Exporter.CSV_COLUMNS.keySet()) {
      if (table.equals("articles")) {
        continue;
      }
      List<String> cols = Exporter.CSV_COLUMNS.get(table);
      assertThat(cols).as(table).contains("start", "end", "stage");
      for (Map<String, String> r : csvTable(out, table)) {
        String text = texts.get(r.get("article_id"));
        assertThat(Integer.parseInt(r.get("start"))).isLessThan(Integer.parseInt(r.get("end")));
        assertThat(Integer.parseInt(r.get("end"))).isLessThanOrEqualTo(text.length());
        assertThat(r.get("stage")).as(table + " stage").isNotEmpty();
        for (String c : cols) {
          if (!c.endsWith("_start")) {
            continue;
          }
          String name = c.substring(0, c.length() - "_start".length());
          assertThat(cols).contains(name, name + "_end");
          String s = r.get(c);
          String e = r.get(name + "_end");
          assertThat(s.isEmpty()).as(table + "." + name + " offsets both or neither").isEqualTo(e.isEmpty());
          if (s.isEmpty()) {
            continue;
          }
          String words = text.substring(Integer.parseInt(s), Integer.parseInt(e));
          if (!List.of("actor", "target", "expected_by").contains(name)) { // these columns hold the actor's name
            assertThat(words).as(table + "." + name).isEqualTo(r.get(name));
          }
          extents++;
        }
      }
    }
    assertThat(extents).isPositive();
    List<Map<String, String>> attributions = csvTable(out, "attributions");
    int n = 0;
    for (Analysis a : Scenario.all()) {
      List<dev.dossier.model.Attribution> as = a.layer(Layers.ATTRIBUTIONS);
      for (int i = 0; i < as.size(); i++) {
        dev.dossier.model.Attribution x = as.get(i);
        String idx = Integer.toString(i);
        Map<String, String> r = attributions.stream()
            .filter(m -> m.get("article_id").equals(a.article().id()) && m.get("idx").equals(idx)).findFirst()
            .orElseThrow();
        assertThat(r.get("cue_start")).isEqualTo(Integer.toString(x.cue().start()));
        assertThat(r.get("cue_end")).isEqualTo(Integer.toString(x.cue().end()));
        assertThat(r.get("content_start")).isEqualTo(Integer.toString(x.content().start()));
        assertThat(r.get("source_end")).isEqualTo(x.source() == null ? "" : Integer.toString(x.source().end()));
        assertThat(r.get("stage")).isEqualTo(x.stage());
        n++;
      }
    }
    assertThat(n).isEqualTo(attributions.size());
    Map<String, String> meet = csvTable(out, "events").stream().filter(r -> "040".equals(r.get("cameo_code")))
        .findFirst().orElseThrow();
    assertThat(meet.get("trigger")).isEqualTo("met");
    assertThat(meet.get("trigger_start")).isEqualTo(Integer.toString(Scenario.wire(false).text().indexOf(" met ") + 1));
  }

  /** An analysis of the wire story whose first event has {@code confidence}. */
  private static Analysis withEventConfidence(double confidence) {
    Analysis a = Scenario.wire(false);
    List<Event> es = new ArrayList<>(a.layer(Layers.EVENTS));
    Event e = es.get(0);
    es.set(0, new Event(e.start(), e.end(), e.trigger(), e.action(), e.cameoCode(), e.cameoRoot(), e.actor(),
        e.target(), e.place(), e.placeEntity(), e.time(), e.modality(), e.hedge(), confidence, e.stage()));
    return a.with(Layers.EVENTS, es);
  }

  @Test
  void decimalsAreRoundedToThreePlaces() {
    assertThat(Csv.decimal(0.3 * 3)).isEqualTo("0.9"); // 0.8999999999999999
    assertThat(Csv.decimal(0.1 + 0.2)).isEqualTo("0.3"); // 0.30000000000000004
    assertThat(Csv.decimal(0.12345)).isEqualTo("0.123");
    assertThat(Csv.decimal(0.1235)).isEqualTo("0.124");
    assertThat(Csv.decimal(48)).isEqualTo("48.0");
    assertThat(Csv.decimal(1.25e9)).isEqualTo("1250000000.0");
    assertThat(Csv.decimal(-2.5)).isEqualTo("-2.5");
    assertThat(Csv.row("a", 0.3 * 3, 7, 2.0f)).isEqualTo("a,0.9,7,2.0\r\n");
    assertThat(Csv.tsv(0.3 * 3)).isEqualTo("0.9");
    assertThat(Csv.round(0.3 * 3)).isEqualTo(0.9);
  }

  /** Every export rounds the confidence; the JSON Lines of the contract keep the stored value. */
  @Test
  void exportsRoundFloatsButTheStoredJsonKeepsThem() throws Exception {
    double raw = 0.3 * 3;
    assertThat(Double.toString(raw)).isEqualTo("0.8999999999999999");
    Analysis a = withEventConfidence(raw);
    try (Store one = Stores.embedded(dir.resolve("one"))) {
      one.put(a);
      StringWriter tsv = new StringWriter();
      Exporter.export(one, ExportFormat.GDELT_TSV, tsv, null);
      assertThat(parseTsv(tsv.toString()).get(0).get("Confidence")).isEqualTo("0.9");
      StringWriter ev = new StringWriter();
      Exporter.export(one, ExportFormat.EVENTS_JSONL, ev, null);
      String first = ev.toString().lines().findFirst().orElseThrow();
      assertThat(first).contains("\"confidence\":0.9,").doesNotContain("0.8999");
      assertThat(AnalysisJson.mapper().readValue(first, EventJsonl.Line.class).confidence()).isEqualTo(0.9);
      Path csv = dir.resolve("one-csv");
      Exporter.export(one, ExportFormat.CSV, null, csv);
      assertThat(csvTable(csv, "events").get(0).get("confidence")).isEqualTo("0.9");
      assertThat(Files.readString(csv.resolve("events.csv"))).doesNotContain("0.8999");
      StringWriter jsonl = new StringWriter();
      Exporter.export(one, ExportFormat.JSONL, jsonl, null);
      Analysis back = AnalysisJson.fromJson(jsonl.toString().strip());
      assertThat(back.layer(Layers.EVENTS).get(0).confidence()).isEqualTo(raw);
      assertThat(one.get(a.article().id()).orElseThrow().layer(Layers.EVENTS).get(0).confidence()).isEqualTo(raw);
    }
  }

  /** The scorers of {@code shared/tools}: surefire runs in the module directory. */
  private static Path tool(String name) {
    Path t = Path.of(System.getProperty("dossier.tools", "../../shared/tools"), name);
    Assumptions.assumeTrue(Files.isRegularFile(t), "no " + t);
    return t;
  }

  /** Runs a scorer with python3 and returns its output, after checking it exited with 0. */
  private static String python(Path script, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
    cmd.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      Assumptions.abort("python3 is not available: " + e.getMessage());
      throw e;
    }
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  /** The types of brat's annotation.conf: section name → (type → its role declarations, or ""). */
  private static Map<String, Map<String, String>> bratConf(String conf) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> current = null;
    for (String l : conf.lines().toList()) {
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      if (l.startsWith("[")) {
        current = new LinkedHashMap<>();
        sections.put(l.substring(1, l.indexOf(']')), current);
      } else {
        String[] p = l.split("\t", 2);
        current.put(p[0], p.length > 1 ? p[1] : "");
      }
    }
    return sections;
  }

  /** Each label of the .ann files and each role of their events is one annotation.conf declares. */
  @Test
  void bratAnnotationConfDeclaresWhatTheAnnFilesUse() throws Exception {
    Path out = dir.resolve("brat");
    Exporter.export(store, ExportFormat.BRAT, null, out);
    Map<String, Map<String, String>> conf = bratConf(Files.readString(out.resolve("annotation.conf")));
    assertThat(conf.keySet()).contains("entities", "relations", "events", "attributes");
    assertThat(conf.get("entities").keySet()).containsExactly("Source", "Cue", "Content");
    assertThat(conf.get("events").keySet()).containsExactly("Attribution");
    Map<String, String> roles = new LinkedHashMap<>(); // role → its entity type
    Map<String, Boolean> optional = new LinkedHashMap<>();
    for (String r : conf.get("events").get("Attribution").split(",\\s*")) {
      String[] p = r.split(":");
      String role = p[0].replaceAll("[?*+]$", "");
      roles.put(role, p[1]);
      optional.put(role, p[0].endsWith("?"));
    }
    assertThat(roles).containsEntry("Source", "Source").containsEntry("Cue", "Cue").containsEntry("Content", "Content");
    assertThat(optional).containsEntry("Source", true).containsEntry("Cue", false).containsEntry("Content", false);
    int events = 0;
    try (java.util.stream.Stream<Path> files = Files.list(out)) {
      for (Path ann : files.filter(f -> f.toString().endsWith(".ann")).toList()) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String l : Files.readAllLines(ann)) {
          String[] p = l.split("\t");
          if (l.startsWith("T")) {
            String label = p[1].split(" ")[0];
            assertThat(conf.get("entities").containsKey(label) || conf.get("events").containsKey(label))
                .as(ann + ": " + l).isTrue();
            labels.put(p[0], label);
          } else if (l.startsWith("E")) {
            String[] args = p[1].split(" ");
            String type = args[0].split(":")[0];
            assertThat(labels.get(args[0].split(":")[1])).isEqualTo(type);
            Map<String, String> seen = new LinkedHashMap<>();
            for (String arg : List.of(args).subList(1, args.length)) {
              String[] rt = arg.split(":");
              assertThat(roles).as(ann + ": " + l).containsKey(rt[0]);
              assertThat(labels.get(rt[1])).isEqualTo(roles.get(rt[0]));
              assertThat(seen.put(rt[0], rt[1])).as("one " + rt[0]).isNull();
            }
            roles.forEach((role, t) -> {
              if (!optional.get(role)) {
                assertThat(seen).as(ann + ": " + l).containsKey(role);
              }
            });
            events++;
          }
        }
      }
    }
    assertThat(events).isPositive();
  }

  /** The independent attribution scorer reads the export, annotation.conf beside it, and scores it against itself. */
  @Test
  void attributionScorerReadsTheBratExport() throws Exception {
    Path scorer = tool("attribution.py");
    Path out = dir.resolve("brat");
    Exporter.export(store, ExportFormat.BRAT, null, out);
    String o = python(scorer, "--gold", out.toString(), "--system", out.toString(), "--text", out.toString());
    assertThat(o).doesNotContain("warning");
    assertThat(o.strip().lines().reduce((x, y) -> y).orElseThrow())
        .isEqualTo("cue F1 100.00 source F1 100.00 content F1 100.00 relation F1 100.00");
  }

  /** The wire story as if no date were known. */
  private static Analysis undated() {
    Analysis a = Scenario.wire(false);
    dev.dossier.model.Article art = a.article().withPublished(null);
    return Analysis.restore(art, a.layers(), a.runs());
  }

  @Test
  void timemlOfAnUndatedArticleHasAnUnknownDctThatTheScorerReads() throws Exception {
    Analysis a = undated();
    assertThat(a.article().published()).isNull();
    String doc = TimeMl.of(a);
    assertThat(doc).contains("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"XXXX-XX-XX\" temporalFunction=\"false\""
        + " functionInDocument=\"CREATION_TIME\">XXXX-XX-XX</TIMEX3></DCT>");
    assertThat(doc).contains("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2026-03-31\">March 31</TIMEX3>");
    Path scorer = tool("timex.py");
    Path tml = dir.resolve("undated");
    try (Store one = Stores.embedded(dir.resolve("one"))) {
      one.put(a);
      Exporter.export(one, ExportFormat.TIMEML, null, tml);
    }
    Path file = tml.resolve(a.article().id() + ".tml");
    assertThat(Files.readString(file)).isEqualTo(doc);
    String o = python(scorer, "--gold", file.toString(), "--system", file.toString());
    assertThat(o).doesNotContain("warning");
    assertThat(o.strip().lines().reduce((x, y) -> y).orElseThrow())
        .isEqualTo("strict F1 100.00 relaxed F1 100.00 type acc 100.00 value acc 100.00 value F1 100.00");
  }

  /** The part of docs/export.md from the heading {@code heading} to the next heading of its level or above. */
  private static String docSection(String doc, String heading) {
    int at = doc.indexOf("\n" + heading + "\n");
    assertThat(at).as("docs/export.md has " + heading).isNotNegative();
    String level = heading.substring(0, heading.indexOf(' ') + 1);
    int next = doc.length();
    for (String h : List.of("\n## ", "\n" + level)) {
      int n = doc.indexOf(h, at + heading.length() + 1);
      if (n >= 0 && n < next) {
        next = n;
      }
    }
    return doc.substring(at, next);
  }

  /** docs/export.md names every column of every CSV file, of the TSV and every events-jsonl field. */
  @Test
  void exportDocListsEveryColumnTheCodeWrites() throws Exception {
    Path doc = Path.of("..", "docs", "export.md");
    Assumptions.assumeTrue(Files.isRegularFile(doc), "no " + doc.toAbsolutePath());
    String text = Files.readString(doc);
    for (Map.Entry<String, List<String>> t : Exporter.CSV_COLUMNS.entrySet()) {
      String section = docSection(text, "### `" + t.getKey() + ".csv`");
      for (String c : t.getValue()) {
        assertThat(section).as(t.getKey() + ".csv column " + c).contains("`" + c + "`");
      }
    }
    String gdelt = docSection(text, "## `gdelt-tsv`");
    for (String c : Exporter.GDELT_COLUMNS) {
      assertThat(gdelt).as("TSV column " + c).contains("`" + c + "`");
    }
    String jsonl = docSection(text, "## `events-jsonl`");
    for (java.lang.reflect.RecordComponent c : EventJsonl.Line.class.getRecordComponents()) {
      assertThat(jsonl).as("events-jsonl field " + c.getName()).contains("`" + c.getName() + "`");
    }
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
