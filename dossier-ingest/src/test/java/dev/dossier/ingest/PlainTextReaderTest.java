package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import dev.dossier.model.Published;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {

  private static final String TEXT = "The harbour council met on Tuesday.\n\nIt voted to extend the ferry service.\n";

  @Test
  void readsTextWithSidecarMetadata(@TempDir Path dir) throws IOException {
    Path txt = dir.resolve("ferry.txt");
    Files.writeString(txt, TEXT);
    Files.writeString(dir.resolve("ferry.json"), """
        {"title": "Council extends ferry", "outlet": "Northbay Gazette", "published": "2026-01-08",
         "url": "https://gazette.example/ferry", "author": "Ines Kovac", "language": "en-GB"}""");
    Article a = readOne(txt, ReadOptions.defaults());
    assertThat(a.text()).isEqualTo(TEXT);
    assertThat(a.title()).isEqualTo("Council extends ferry");
    assertThat(a.outlet()).isEqualTo("Northbay Gazette");
    assertThat(a.published()).isEqualTo(new Published("2026-01-08", Published.Precision.DAY));
    assertThat(a.url()).isEqualTo("https://gazette.example/ferry");
    assertThat(a.author()).isEqualTo("Ines Kovac");
    assertThat(a.language()).isEqualTo("en-GB");
    assertThat(a.origin().format()).isEqualTo("text");
    assertThat(a.origin().source()).isEqualTo(txt.toString());
    assertThat(a.origin().line()).isNull();
  }

  @Test
  void aFirstLineStandingAloneIsTheHeadline(@TempDir Path dir) throws IOException {
    Path txt = dir.resolve("ferry.txt");
    Files.writeString(txt, "Council extends winter ferry\n\nThe harbour council voted on Tuesday to extend it.\n");
    Collector c = new Collector();
    new Sources().readFile(txt, ReadOptions.defaults(), c);
    assertThat(c.only().title()).isEqualTo("Council extends winter ferry");
    assertThat(c.only().text()).startsWith("Council extends winter ferry\n\n"); // the text keeps it
    // a sentence, a line with no blank line after it, or a lone line is no headline
    assertThat(PlainTextReader.headline("The council met on Tuesday.\n\nIt voted.")).isNull();
    assertThat(PlainTextReader.headline("Council extends ferry\nThe council voted.")).isNull();
    assertThat(PlainTextReader.headline("Council extends ferry\n\n  ")).isNull();
    assertThat(PlainTextReader.headline("Council extends ferry\r\n\r\nThe council voted.")).isEqualTo("Council extends ferry");
  }

  @Test
  void flagsWinOverTheSidecar(@TempDir Path dir) throws IOException {
    Path txt = dir.resolve("ferry.txt");
    Files.writeString(txt, TEXT);
    Files.writeString(dir.resolve("ferry.txt.json"), """
        {"title": "Sidecar title", "outlet": "Sidecar Outlet", "published": "2026-01-08T10:00:00Z", "author": "A. Writer"}""");
    ReadOptions flags = new ReadOptions(null, Published.parse("2026-02-01"), "Flag Outlet", "Flag title",
        ReadOptions.DEFAULT_MAX_BYTES, false);
    Article a = readOne(txt, flags);
    assertThat(a.published().value()).isEqualTo("2026-02-01");
    assertThat(a.outlet()).isEqualTo("Flag Outlet");
    assertThat(a.title()).isEqualTo("Flag title");
    assertThat(a.author()).isEqualTo("A. Writer"); // no flag for it: the sidecar's
  }

  @Test
  void aBadSidecarIsAWarningAndTheTextIsStillRead(@TempDir Path dir) throws IOException {
    Path txt = dir.resolve("a.txt");
    Files.writeString(txt, TEXT);
    Files.writeString(dir.resolve("a.json"), "{\"published\": \"last Tuesday\"}");
    Collector c = new Collector();
    new Sources().readFile(txt, ReadOptions.defaults(), c);
    assertThat(c.only().published()).isNull();
    assertThat(c.messages()).singleElement().asString()
        .startsWith(dir.resolve("a.json") + ": warning: ignored sidecar: \"published\": not a date: 'last Tuesday'");
    assertThat(c.errors()).isEmpty();
  }

  @Test
  void invalidUtf8IsReplacedAndReportedWithItsByteOffset() {
    byte[] bytes = "Caf\u00e9 opens. ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[bytes.length + 12];
    System.arraycopy(bytes, 0, bad, 0, bytes.length);
    bad[bytes.length] = (byte) 0xC3; // a lead byte followed by ASCII: malformed
    byte[] rest = "(ok) more".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(rest, 0, bad, bytes.length + 1, rest.length);
    bad[bad.length - 2] = (byte) 0xFF;
    bad[bad.length - 1] = 'x';
    Collector c = Collector.read(new PlainTextReader(), bad, "in.txt", ReadOptions.defaults());
    assertThat(c.only().text()).startsWith("Caf\u00e9 opens. \ufffd(ok) more").contains("\ufffdx");
    assertThat(c.messages()).containsExactly("in.txt: warning: invalid UTF-8 at byte " + bytes.length
        + " (and 1 more); decoded with replacement characters");
  }

  @Test
  void utf16WithByteOrderMarkIsText() {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    byte[] body = "Short UTF-16 article.".getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 2);
    System.arraycopy(body, 0, all, 2, body.length);
    Collector c = new Collector();
    new Sources().readStream(new java.io.ByteArrayInputStream(all), "-", ReadOptions.defaults(), c);
    assertThat(c.only().text()).isEqualTo("Short UTF-16 article.");
    assertThat(c.problems).isEmpty();
  }

  @Test
  void blankTextIsAnError() {
    Collector c = Collector.read(new PlainTextReader(), " \n\t\n", "blank.txt", ReadOptions.defaults());
    assertThat(c.articles).isEmpty();
    assertThat(c.messages()).containsExactly("blank.txt: no text (the file is blank)");
  }

  @Test
  void aStreamOverTheLimitIsRefused() {
    Collector c = Collector.read(new PlainTextReader(), "x".repeat(2000), "-",
        ReadOptions.defaults().withMaxBytes(1000));
    assertThat(c.articles).isEmpty();
    assertThat(c.messages()).containsExactly("-: input is over the limit of 1000 bytes (raise it with --max-bytes)");
  }

  private static Article readOne(Path f, ReadOptions o) {
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> all = new Sources().readAll(List.of(f.toString()), o, problems);
    assertThat(problems).isEmpty();
    assertThat(all).hasSize(1);
    return all.get(0);
  }
}
