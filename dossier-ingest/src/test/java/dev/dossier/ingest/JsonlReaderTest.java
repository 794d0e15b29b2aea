package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import dev.dossier.model.Published;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {

  @Test
  void readsEveryFieldAndTheLineNumber() {
    Collector c = Collector.read(new JsonlReader(), """
        {"id": "a-1", "text": "First article text.", "title": "One", "url": "https://x.example/1", "outlet": "Wire", "published": "2026-01-02T03:04:05Z", "author": "A. B.", "language": "fr"}

        {"body": "Second article, text given as body.", "published": "2026-01"}
        {"content": "Third, as content.", "author": ["C. D.", "E. F."]}
        """, "in.jsonl", ReadOptions.defaults());
    assertThat(c.problems).isEmpty();
    assertThat(c.articles).hasSize(3);
    Article a = c.articles.get(0);
    assertThat(a.text()).isEqualTo("First article text.");
    assertThat(a.title()).isEqualTo("One");
    assertThat(a.url()).isEqualTo("https://x.example/1");
    assertThat(a.outlet()).isEqualTo("Wire");
    assertThat(a.published()).isEqualTo(new Published("2026-01-02T03:04:05Z", Published.Precision.INSTANT));
    assertThat(a.author()).isEqualTo("A. B.");
    assertThat(a.language()).isEqualTo("fr");
    assertThat(a.origin().line()).isEqualTo(1);
    assertThat(a.origin().sourceId()).isEqualTo("a-1");
    assertThat(a.origin().format()).isEqualTo("jsonl");
    assertThat(a.origin().locator()).isEqualTo("in.jsonl:1");
    assertThat(c.articles.get(1).text()).isEqualTo("Second article, text given as body.");
    assertThat(c.articles.get(1).published().precision()).isEqualTo(Published.Precision.MONTH);
    assertThat(c.articles.get(1).origin().line()).isEqualTo(3); // the blank line 2 is skipped
    assertThat(c.articles.get(2).author()).isEqualTo("C. D., E. F.");
  }

  @Test
  void badLinesAreReportedWithTheirLineAndTheRestAreRead() {
    Collector c = Collector.read(new JsonlReader(), """
        {"text": "good one"}
        {"text": "truncated
        ["not", "an", "object"]
        {"title": "no text here"}
        {"text": "dated badly", "published": "soon"}
        {"text": "good two"}
        """, "mixed.jsonl", ReadOptions.defaults());
    assertThat(c.articles).extracting(Article::text).containsExactly("good one", "dated badly", "good two");
    assertThat(c.articles).extracting(x -> x.origin().line()).containsExactly(1, 5, 6);
    assertThat(c.messages()).hasSize(4);
    assertThat(c.messages().get(0)).startsWith("mixed.jsonl:2: malformed JSON: ");
    assertThat(c.messages().get(1)).isEqualTo("mixed.jsonl:3: expected a JSON object, found array");
    assertThat(c.messages().get(2)).isEqualTo("mixed.jsonl:4: no article text: expected a non-empty string "
        + "field \"text\" (or \"body\", \"content\")");
    assertThat(c.messages().get(3)).startsWith("mixed.jsonl:5: warning: ignored \"published\": not a date: 'soon'");
    assertThat(c.errors()).hasSize(3);
  }

  @Test
  void invalidUtf8IsLocatedByFileOffset() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] first = "{\"text\": \"ok\"}\r\n".getBytes(StandardCharsets.UTF_8);
    b.write(first);
    byte[] prefix = "{\"text\": \"caf".getBytes(StandardCharsets.UTF_8);
    b.write(prefix);
    b.write(0xE9); // latin-1 é
    b.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    Collector c = Collector.read(new JsonlReader(), b.toByteArray(), "l.jsonl", ReadOptions.defaults());
    assertThat(c.articles).extracting(Article::text).containsExactly("ok", "caf\ufffd");
    assertThat(c.messages()).containsExactly("l.jsonl:2: warning: invalid UTF-8 at byte " + (first.length + prefix.length)
        + "; decoded with replacement characters");
  }

  @Test
  void aLineOverTheLimitIsSkippedAlone() {
    String big = "{\"text\": \"" + "x".repeat(500) + "\"}";
    Collector c = Collector.read(new JsonlReader(), "{\"text\": \"a\"}\n" + big + "\n{\"text\": \"b\"}",
        "big.jsonl", ReadOptions.defaults().withMaxBytes(100));
    assertThat(c.articles).extracting(Article::text).containsExactly("a", "b");
    assertThat(c.messages()).containsExactly("big.jsonl:2: line is over the limit of 100 bytes "
        + "(raise it with --max-bytes); skipped");
  }

  @Test
  void userMetadataFillsMissingFields() {
    ReadOptions flags = new ReadOptions(null, Published.parse("2026-01-01"), "Flag", null, 1000, false);
    Collector c = Collector.read(new JsonlReader(), "{\"text\": \"t\", \"outlet\": \"Own\"}\n", "f.jsonl", flags);
    assertThat(c.only().outlet()).isEqualTo("Own");
    assertThat(c.only().published().value()).isEqualTo("2026-01-01");
  }

  /** Articles reach the sink while the input is still being read: an endless input yields them. */
  @Test
  void streamsLineByLine() {
    Collector c = new Collector();
    byte[] line = "{\"text\": \"again\"}\n".getBytes(StandardCharsets.UTF_8);
    long limit = 1L << 20;
    InputStream endless = new InputStream() {
      long served;

      @Override
      public int read() throws IOException {
        if (served >= limit) {
          throw new IOException("stop after " + limit + " bytes");
        }
        return line[(int) (served++ % line.length)];
      }
    };
    try {
      new JsonlReader().read(endless, "endless", ReadOptions.defaults(), c);
    } catch (IOException e) {
      assertThat(e.getMessage()).startsWith("stop");
    }
    // every complete line of the first MiB, delivered before the input ended (it never does)
    assertThat(c.articles.size()).isGreaterThanOrEqualTo((int) (limit / line.length) - 65536 / line.length - 1);
  }

  @Test
  void aBlankFileIsAnError() {
    Collector c = Collector.read(new JsonlReader(), "\n\n  \n", "e.jsonl", ReadOptions.defaults());
    assertThat(c.messages()).containsExactly("e.jsonl: no JSON lines (the file is blank)");
  }
}
