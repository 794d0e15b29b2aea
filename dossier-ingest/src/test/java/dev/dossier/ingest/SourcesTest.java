package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

  private static final String PAGE = "<!DOCTYPE html><html><body><p>An HTML article with a paragraph long enough "
      + "to be taken as its text, and a comma.</p></body></html>";

  @Test
  void directoriesAreReadRecursivelyInPathOrderSkippingHiddenFilesAndSidecars(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("b/deeper"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("b/deeper/z.txt"), "Deepest text.");
    Files.writeString(dir.resolve("b/a.html"), PAGE);
    Files.writeString(dir.resolve("a.txt"), "Top-level text.");
    Files.writeString(dir.resolve("a.json"), "{\"outlet\": \"Side\"}");
    Files.writeString(dir.resolve("c.jsonl"), "{\"text\": \"line one\"}\n{\"text\": \"line two\"}\n");
    Files.writeString(dir.resolve(".hidden.txt"), "never read");
    Files.writeString(dir.resolve(".git/HEAD"), "never read either");
    Collector c = new Collector();
    new Sources().read(List.of(dir.toString()), InputStream.nullInputStream(), ReadOptions.defaults(), c);
    assertThat(c.problems).isEmpty();
    assertThat(c.articles).extracting(a -> dir.relativize(Path.of(a.origin().source())).toString() + " " + a.origin().format())
        .containsExactly("a.txt text", "b/a.html html", "b/deeper/z.txt text", "c.jsonl jsonl", "c.jsonl jsonl");
    assertThat(c.articles.get(0).outlet()).isEqualTo("Side");
  }

  @Test
  void aDirectoryWalkSkipsDocumentationAndListsOfFilesAndSaysSo(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("articles"));
    Files.writeString(dir.resolve("articles/one.txt"), "The council met on Monday and approved the harbour plan.");
    Files.writeString(dir.resolve("articles/two.txt"), "The ferry service resumed on Tuesday after the storm.");
    Files.writeString(dir.resolve("README.md"), "# Sample articles\n\nTwo invented stories for a test.\n");
    Files.writeString(dir.resolve("license.txt"), "Permission is granted to use these texts.");
    Files.writeString(dir.resolve("index.txt"), "# the articles, one a line\narticles/one.txt\n\narticles/two.txt\n");
    // names a file that does not exist: not a list of files, so read as a (short) article
    Files.writeString(dir.resolve("notes.txt"), "articles/one.txt\narticles/three.txt\n");
    Files.writeString(dir.resolve("readers.txt"), "Readers wrote in about the harbour plan."); // "readers" is not "readme"
    Collector c = new Collector();
    List<String> skipped = new java.util.ArrayList<>();
    new Sources().read(List.of(dir.toString()), InputStream.nullInputStream(), ReadOptions.defaults(), new ArticleSink() {
      @Override
      public void article(Article a) {
        c.article(a);
      }

      @Override
      public void problem(IngestProblem p) {
        c.problem(p);
      }

      @Override
      public void skipped(String file, String reason) {
        skipped.add(dir.relativize(Path.of(file)) + " " + reason);
      }
    });
    assertThat(c.problems).isEmpty();
    assertThat(c.articles).extracting(a -> dir.relativize(Path.of(a.origin().source())).toString())
        .containsExactly("articles/one.txt", "articles/two.txt", "notes.txt", "readers.txt");
    assertThat(skipped).containsExactly("README.md documentation", "index.txt a list of files",
        "license.txt documentation");
    // named explicitly, every one of them is read
    Collector named = new Collector();
    new Sources().read(List.of(dir.resolve("README.md").toString(), dir.resolve("index.txt").toString()),
        InputStream.nullInputStream(), ReadOptions.defaults(), named);
    assertThat(named.articles).hasSize(2);
  }

  @Test
  void aDirectoryWithNoArticleFilesIsAnError(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("docs/README.md"), "# Notes\n\nNothing to read here.\n");
    Collector c = new Collector();
    new Sources().read(List.of(dir.resolve("empty").toString(), dir.resolve("docs").toString()),
        InputStream.nullInputStream(), ReadOptions.defaults(), c);
    assertThat(c.articles).isEmpty();
    assertThat(c.errors()).hasSize(2);
    assertThat(c.errors().get(0).toString()).contains("empty").contains("no article files in this directory");
    assertThat(c.errors().get(1).toString()).contains("docs").contains("no article files in this directory");
  }

  @Test
  void standardInputIsDashAndItsFormatIsDetected() {
    Collector c = new Collector();
    new Sources().read(List.of("-"), new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)),
        ReadOptions.defaults(), c);
    Article a = c.only();
    assertThat(a.origin().source()).isEqualTo("-");
    assertThat(a.origin().format()).isEqualTo("html");
    assertThat(a.text()).startsWith("An HTML article");
  }

  @Test
  void formatCanBeForced() {
    Collector c = new Collector();
    new Sources().read(List.of("-"), new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)),
        ReadOptions.defaults().withFormat(Format.TEXT), c);
    assertThat(c.only().origin().format()).isEqualTo("text");
    assertThat(c.only().text()).isEqualTo(PAGE);
  }

  @Test
  void detectsEachFormatFromContent() {
    FormatDetector d = new FormatDetector();
    assertThat(detect(d, "Plain words.", "x")).isEqualTo(Format.TEXT);
    assertThat(detect(d, "<!doctype html><p>x", "x")).isEqualTo(Format.HTML);
    assertThat(detect(d, "<div class=\"story\"><p>fragment</p></div>", "x")).isEqualTo(Format.HTML);
    assertThat(detect(d, "{\"text\": \"x\"}\n", "x")).isEqualTo(Format.JSONL);
    assertThat(detect(d, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "x")).isEqualTo(Format.RSS);
    assertThat(detect(d, "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", "x")).isEqualTo(Format.ATOM);
    assertThat(detect(d, "WARC/1.1\r\n", "x")).isEqualTo(Format.WARC);
    byte[] gz = {0x1f, (byte) 0x8b, 8, 0};
    assertThat(d.detect(gz, gz.length, "x")).isEqualTo(Format.WARC);
    assertThat(detect(d, "Plain words.", "page.html")).isEqualTo(Format.HTML); // the name breaks a tie
  }

  private static Format detect(FormatDetector d, String s, String name) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return d.detect(b, b.length, name);
  }

  @Test
  void reportsEmptyBinaryMissingAndOversizedFilesAndGoesOn(@TempDir Path dir) throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path pdf = Files.write(dir.resolve("doc.txt"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    Path bin = Files.write(dir.resolve("blob.txt"), new byte[] {'a', 0, 1, 2, 'b'});
    Path big = Files.writeString(dir.resolve("big.txt"), "word ".repeat(300));
    Path good = Files.writeString(dir.resolve("good.txt"), "Fine.");
    Collector c = new Collector();
    new Sources().read(List.of(empty.toString(), pdf.toString(), bin.toString(), dir.resolve("nope.txt").toString(),
        big.toString(), good.toString()), InputStream.nullInputStream(), ReadOptions.defaults().withMaxBytes(1000), c);
    assertThat(c.only().text()).isEqualTo("Fine.");
    assertThat(c.messages()).containsExactly(
        empty + ": empty file",
        pdf + ": binary file (a PDF document), not text, HTML, JSONL or a feed",
        bin + ": binary file (binary data (NUL bytes)), not text, HTML, JSONL or a feed",
        dir.resolve("nope.txt") + ": no such file or directory",
        big + ": file is 1500 bytes, over the limit of 1000 bytes for text input (raise it with --max-bytes)");
  }
}
