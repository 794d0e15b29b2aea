package dev.dossier.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.model.Analysis;
import dev.dossier.model.json.AnalysisJson;
import dev.dossier.store.Scenario;
import dev.dossier.store.Store;
import dev.dossier.store.Stores;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void gdeltRowsHaveEveryColumn() {
    StringWriter w = new StringWriter();
    Exporter.export(store, ExportFormat.GDELT_TSV, w, null);
    List<String> lines = w.toString().lines().toList();
    assertThat(lines.get(0).split("\t")).containsExactlyElementsOf(Exporter.GDELT_COLUMNS);
    String meet = lines.stream().filter(l -> l.contains("\t040\t")).findFirst().orElseThrow();
    String[] f = meet.split("\t", -1);
    assertThat(f).hasSize(Exporter.GDELT_COLUMNS.size());
    assertThat(f[1]).isEqualTo("20260105");
    assertThat(f[3]).isEqualTo("Anika Rostova");
    assertThat(f[5]).isEqualTo("Tomas Veld");
    assertThat(f[9]).isEqualTo("04");
    assertThat(f[10]).isEqualTo("HAPPENED");
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
    assertThat(out.resolve("expectations.csv")).exists();
    assertThatThrownBy(() -> Exporter.export(store, ExportFormat.CSV, new StringWriter(), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--out");
  }
}
