package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.model.json.AnalysisJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code dossier analyze} end to end: each bad input's message, the rest of the batch, the exit code. */
class AnalyzeCommandTest {

  record Run(int exit, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exit, out.toString(), err.toString());
  }

  static final String GOOD_TEXT = "The harbour council voted on Tuesday to extend the ferry service until March.\n";
  static final String QUAY = "The quay repairs start on Monday and will last three weeks.";
  static final String PAGE = "<html><head><meta property=\"og:title\" content=\"Ferry vote\"></head><body>"
      + "<p>The harbour council voted on Tuesday to extend the winter ferry service until the end of March.</p></body></html>";

  @TempDir
  static Path dir;
  static Path empty;
  static Path binary;
  static Path badUtf8;
  static Path big;
  static Path noText;
  static Path jsonl;
  static Path warcGz;
  static Path good;

  @BeforeAll
  static void writeInputs() throws IOException {
    empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    byte[] prefix = "Caf".getBytes(StandardCharsets.US_ASCII);
    byte[] rest = " owners said the harbour ferry would run until March.".getBytes(StandardCharsets.US_ASCII);
    byte[] latin = new byte[prefix.length + 1 + rest.length];
    System.arraycopy(prefix, 0, latin, 0, prefix.length);
    latin[prefix.length] = (byte) 0xE9; // é in latin-1, invalid in UTF-8
    System.arraycopy(rest, 0, latin, prefix.length + 1, rest.length);
    badUtf8 = Files.write(dir.resolve("latin1.txt"), latin);
    big = Files.writeString(dir.resolve("big.txt"), GOOD_TEXT.repeat(40));
    noText = Files.writeString(dir.resolve("menu.html"), "<!DOCTYPE html><html><body><nav><a href=\"/\">Home</a> "
        + "<a href=\"/news\">News</a></nav><script>var x = 1;</script><footer>(c) 2026</footer></body></html>");
    jsonl = Files.writeString(dir.resolve("items.jsonl"), "{\"text\": \"" + GOOD_TEXT.strip() + "\", \"id\": \"one\"}\n"
        + "{\"text\": \"cut off\n"
        + "{\"text\": \"" + QUAY + "\", \"id\": \"three\"}\n");
    warcGz = dir.resolve("crawl.warc.gz");
    Files.write(warcGz, truncatedWarcGz());
    good = Files.writeString(dir.resolve("good.txt"), GOOD_TEXT);
  }

  /** Two HTML responses, then a third cut short in the middle of its gzip member. */
  static byte[] truncatedWarcGz() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Integer> starts = new ArrayList<>();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
      for (int i = 1; i <= 3; i++) {
        starts.add(out.size());
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), PAGE.replace("Tuesday", "day " + i).getBytes(StandardCharsets.UTF_8))
            .build();
        w.write(new WarcResponse.Builder("https://port.example/ferry/" + i)
            .date(Instant.parse("2026-01-0" + i + "T10:00:00Z")).body(http).build());
      }
    }
    byte[] all = out.toByteArray();
    return Arrays.copyOf(all, starts.get(2) + 40);
  }

  @Test
  void everyBadInputIsReportedOnceAndTheRestOfTheBatchIsAnalysed() {
    Run r = run("analyze", empty.toString(), binary.toString(), badUtf8.toString(), big.toString(),
        noText.toString(), jsonl.toString(), warcGz.toString(), dir.resolve("missing.txt").toString(),
        good.toString(), "--max-bytes", "2K", "--output", "jsonl");
    assertThat(r.exit()).isEqualTo(2);
    List<String> err = r.errLines();
    assertThat(err).hasSize(8);
    assertThat(err.get(0)).isEqualTo(empty + ": empty file");
    assertThat(err.get(1)).isEqualTo(binary + ": binary file (a PNG image), not text, HTML, JSONL or a feed");
    assertThat(err.get(2)).isEqualTo(badUtf8 + ": warning: invalid UTF-8 at byte 3; decoded with replacement characters");
    assertThat(err.get(3)).isEqualTo(big + ": file is " + GOOD_TEXT.length() * 40 + " bytes, over the limit of 2048 bytes for text input "
        + "(raise it with --max-bytes)");
    assertThat(err.get(4)).isEqualTo(noText + ": no article text in the HTML (only navigation, links, scripts or "
        + "other page furniture)");
    assertThat(err.get(5)).startsWith(jsonl + ":2: malformed JSON: ");
    assertThat(err.get(6)).startsWith(warcGz + "#3: truncated or corrupt WARC");
    assertThat(err.get(7)).isEqualTo(dir.resolve("missing.txt") + ": no such file or directory");
    assertThat(err).noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception"));

    List<JsonNode> docs = r.out().lines().map(AnalyzeCommandTest::json).toList();
    assertThat(docs).extracting(d -> d.path("article").path("origin").path("source").asText()
            + d.path("article").path("origin").path("line").asText("")
            + d.path("article").path("origin").path("record").asText(""))
        .containsExactly(badUtf8.toString(), jsonl + "1", jsonl + "3", warcGz + "1", warcGz + "2", good.toString());
    assertThat(docs).allSatisfy(d -> {
      assertThat(d.path("schema").asText()).isEqualTo("dossier.analysis/1");
      assertThat(d.path("tokens").size()).isPositive();
    });
    assertThat(docs.get(0).path("article").path("text").asText()).startsWith("Caf\ufffd owners");
    assertThat(docs.get(3).path("article").path("url").asText()).isEqualTo("https://port.example/ferry/1");
    assertThat(docs.get(3).path("article").path("published").path("value").asText()).isEqualTo("2026-01-01T10:00:00Z");
  }

  @Test
  void aBadOptionValueExitsOneNamingTheOption() {
    Run r = run("analyze", good.toString(), "--output", "bogus");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("--output").contains("bogus").contains("--help");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void listOutputReadsWithoutAnalysing() {
    Run r = run("analyze", jsonl.toString(), "--output", "list");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().startsWith(jsonl + ":2: malformed JSON: ");
    assertThat(r.out().lines()).containsExactly(
        jsonl + ":1\tjsonl\t-\t-\t" + GOOD_TEXT.strip().length() + "\t-",
        jsonl + ":3\tjsonl\t-\t-\t" + QUAY.length() + "\t-");
  }

  @Test
  void debugPrintsTheStackTraceOfAProblemWithACause() {
    Run plain = run("analyze", jsonl.toString(), "-o", "list");
    Run debug = run("analyze", jsonl.toString(), "-o", "list", "--debug");
    assertThat(plain.err()).doesNotContain("\tat ");
    assertThat(debug.err()).contains(jsonl + ":2: malformed JSON").contains("\tat ");
  }

  @Test
  void oneArticleIsOneJsonObjectAndSeveralAreAnArray() {
    Run one = run("analyze", good.toString(), "--date", "2026-01-06", "--outlet", "Harbour Weekly");
    assertThat(one.exit()).isZero();
    assertThat(one.err()).isEmpty();
    JsonNode doc = json(one.out());
    assertThat(doc.isObject()).isTrue();
    assertThat(doc.path("article").path("published").path("value").asText()).isEqualTo("2026-01-06");
    assertThat(doc.path("article").path("outlet").asText()).isEqualTo("Harbour Weekly");
    assertThat(AnalysisJson.fromJson(one.out()).article().text()).isEqualTo(GOOD_TEXT);

    Run two = run("analyze", good.toString(), badUtf8.toString());
    assertThat(two.exit()).isZero(); // a warning is not a failure
    JsonNode arr = json(two.out());
    assertThat(arr.isArray()).isTrue();
    assertThat(arr.size()).isEqualTo(2);
  }

  @Test
  void textOutputListsEachFactWithItsOffsets() throws Exception {
    String text = "Port officials said on Monday that the new ferry terminal will open in March 2027.\n\n"
        + "A survey by the council found that 62% of residents back the plan.\n";
    Path in = Files.writeString(dir.resolve("terminal.txt"), text);
    Run r = run("analyze", in.toString(), "--date", "2026-05-06", "--output", "text");
    assertThat(r.exit()).as(r.err()).isZero();
    int march = text.indexOf("March 2027");
    assertThat(r.out()).contains("[" + march + "," + (march + 10) + ")  \"March 2027\"  DATE 2027-03");
    int monday = text.indexOf("Monday");
    assertThat(r.out()).contains("[" + monday + "," + (monday + 6) + ")  \"Monday\"  DATE 2026-05-04  past");
    assertThat(r.out()).containsPattern("\\[\\d+,\\d+\\)  Port officials \\[[a-z_]+[^\\]]*\\]  \"said\"  \"[^\"]*terminal will open");
    int pct = text.indexOf("62%");
    assertThat(r.out()).contains("[" + pct + "," + (pct + 3) + ")  \"62%\" = 62 %");
    assertThat(r.out()).contains("\nTimes (2)\n").contains("\nFigures (1)\n");

    // a nested attribution names the number of the one it sits in
    Path nested = Files.writeString(dir.resolve("nested.txt"),
        "The Harbour Gazette reported that port officials are concerned the ferry deal may slip.\n");
    String out = run("analyze", nested.toString(), "--date", "2026-05-06", "--output", "text").out();
    assertThat(out).containsPattern("\\n   1\\. \\[0,\\d+\\)  The Harbour Gazette \\[")
        .containsPattern("\\n   2\\. \\[\\d+,\\d+\\)  port officials \\[[^\\n]*within 1\\.\\n");
  }

  @Test
  void standardInputIsRead() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)));
      Run r = run("analyze", "-", "-o", "list");
      assertThat(r.exit()).isZero();
      assertThat(r.out()).startsWith("-\thtml\t-\t-\t");
      assertThat(r.out().strip()).endsWith("\tFerry vote");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void badOptionValuesAreOneLineErrorsWithExitCode1() {
    Run date = run("analyze", good.toString(), "--date", "next Tuesday");
    assertThat(date.exit()).isEqualTo(1);
    assertThat(date.err()).startsWith("dossier: --date: not a date: 'next Tuesday'").doesNotContain("\tat ");
    Run size = run("analyze", good.toString(), "--max-bytes", "lots");
    assertThat(size.exit()).isEqualTo(1);
    assertThat(size.err()).startsWith("dossier: --max-bytes: not a size: 'lots'");
    Run format = run("analyze", good.toString(), "--format", "pdf");
    assertThat(format.err()).startsWith("dossier: unknown format 'pdf'");
    Run unknown = run("analyse", good.toString());
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).startsWith("dossier: Unmatched argument").contains("(dossier --help lists the commands)");
    Run option = run("analyze", good.toString(), "--colour");
    assertThat(option.err()).startsWith("dossier analyze: Unknown option: '--colour'")
        .contains("(dossier analyze --help lists the options)");
  }

  @Test
  void sizesAcceptBinarySuffixes() {
    assertThat(InputOptions.parseSize("1000")).isEqualTo(1000);
    assertThat(InputOptions.parseSize("512K")).isEqualTo(512 * 1024);
    assertThat(InputOptions.parseSize("64M")).isEqualTo(64L << 20);
    assertThat(InputOptions.parseSize("1GiB")).isEqualTo(1L << 30);
  }

  private static JsonNode json(String s) {
    try {
      return AnalysisJson.mapper().readTree(s);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + s, e);
    }
  }
}
