package dev.dossier.nlp.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Extent;
import dev.dossier.model.LayerKey;
import dev.dossier.model.Layers;
import dev.dossier.model.Origin;
import dev.dossier.model.Published;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.nlp.pipeline.Stage;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks every stage's tests share (after Lucene's BaseTokenStreamTestCase): offsets in range and
 * ordered, every record's text equal to the substring it covers, the same output on every run and
 * on every thread, and no failure on random or hostile input.
 */
public final class StageAssertions {

  private StageAssertions() {}

  /** An article for tests, published on {@code date} (YYYY-MM-DD). */
  private static Analysis seed;

  /**
   * The motivating article ({@code dossier.examples}/seed-article.txt, published 2025-12-29) run
   * through the standard pipeline once per test JVM and checked with {@link #assertValid}; the
   * calling test is skipped (an assumption) when the article is not there.
   */
  public static synchronized Analysis seedAnalysis() throws IOException {
    String dir = System.getProperty("dossier.examples");
    assumeTrue(dir != null, "dossier.examples not set");
    Path file = Path.of(dir, "seed-article.txt");
    assumeTrue(Files.isRegularFile(file),
        "no seed article at " + file);
    if (seed == null) {
      seed = StandardPipeline.create()
          .analyze(article(Files.readString(file), "2025-12-29"));
      assertValid(seed);
    }
    return seed;
  }

  public static Article article(String text, String date) {
    return Article.builder()
        .text(text)
        .published(date == null ? null : Published.parse(date))
        .origin(Origin.file("test", "text"))
        .build();
  }

  /** Runs {@code stage} after the stages it needs ({@code before}), checking the result. */
  public static Analysis run(String text, String date, Stage stage, Stage... before) {
    Pipeline.Builder b = Pipeline.builder();
    for (Stage s : before) {
      b.add(s);
    }
    Pipeline p = b.add(stage).build();
    Analysis a = p.analyze(article(text, date));
    assertValid(a);
    return a;
  }

  /**
   * Asserts the invariants of every layer: offsets within the text, records ordered by start,
   * each {@code text} or {@link Extent} equal to what it covers, tokens non-overlapping and
   * whitespace-free, sentences covering their tokens.
   */
  public static void assertValid(Analysis a) {
    String text = a.text();
    for (LayerKey<?> k : Layers.ALL) {
      int prevStart = -1;
      for (Object r : a.layer(k)) {
        if (r instanceof Span s) {
          assertThat(s.start()).as("%s start of %s", k, r).isBetween(0, text.length());
          assertThat(s.end()).as("%s end of %s", k, r).isBetween(s.start(), text.length());
          if (k != Layers.ENTITIES) {
            assertThat(s.start()).as("%s ordered by start: %s", k, r).isGreaterThanOrEqualTo(prevStart);
          }
          prevStart = s.start();
        }
        assertTextsMatch(text, k, r);
      }
    }
    List<Token> tokens = a.layer(Layers.TOKENS);
    int prevEnd = 0;
    for (Token t : tokens) {
      assertThat(t.start()).as("token %s overlaps the previous one", t).isGreaterThanOrEqualTo(prevEnd);
      assertThat(t.end()).as("empty token %s", t).isGreaterThan(t.start());
      assertThat(t.text().chars().noneMatch(Character::isWhitespace)).as("whitespace in %s", t).isTrue();
      prevEnd = t.end();
    }
    List<Sentence> sentences = a.layer(Layers.SENTENCES);
    int expectedFirst = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertThat(s.tokenStart()).as("sentence %d starts where the previous ended", i).isEqualTo(expectedFirst);
      assertThat(s.tokenEnd()).as("sentence %d has tokens", i).isGreaterThan(s.tokenStart());
      assertThat(s.start()).isEqualTo(tokens.get(s.tokenStart()).start());
      assertThat(s.end()).isEqualTo(tokens.get(s.tokenEnd() - 1).end());
      for (int t = s.tokenStart(); t < s.tokenEnd(); t++) {
        assertThat(tokens.get(t).sentence()).isEqualTo(i);
      }
      expectedFirst = s.tokenEnd();
    }
    if (!sentences.isEmpty()) {
      assertThat(expectedFirst).as("sentences cover every token").isEqualTo(tokens.size());
    }
  }

  /** Checks that a record's "text" component and every Extent it holds match the text. */
  private static void assertTextsMatch(String text, LayerKey<?> k, Object r) {
    if (!r.getClass().isRecord()) {
      return;
    }
    Span self = r instanceof Span s ? s : null;
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Object v;
      try {
        v = c.getAccessor().invoke(r);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      if (v instanceof Extent e) {
        assertThat(e.end()).as("%s.%s of %s", k, c.getName(), r).isLessThanOrEqualTo(text.length());
        assertThat(e.text()).as("%s.%s of %s", k, c.getName(), r).isEqualTo(text.substring(e.start(), e.end()));
      } else if (c.getName().equals("text") && v instanceof String s && self != null
          && k != Layers.ENTITIES) {
        assertThat(s).as("%s text of %s", k, r).isEqualTo(text.substring(self.start(), self.end()));
      } else if (v != null && v.getClass().isRecord()) {
        assertTextsMatch(text, k, v);
      }
    }
  }

  /** Asserts that the pipeline gives equal results on repeated runs and on 4 threads at once. */
  public static void assertDeterministicAndThreadSafe(Pipeline p, List<String> texts, String date)
      throws Exception {
    List<Analysis> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(p.analyze(article(t, date)));
    }
    for (int i = 0; i < texts.size(); i++) {
      assertThat(p.analyze(article(texts.get(i), date))).as("repeat run of text %d", i).isEqualTo(expected.get(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Analysis>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String t : texts) {
          futures.add(pool.submit(() -> p.analyze(article(t, date))));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).as("concurrent run %d", i).isEqualTo(expected.get(i % texts.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Runs the pipeline on random and hostile texts (control characters, lone surrogates, long
   * runs of punctuation, HTML, huge numbers, right-to-left text) and checks every result.
   */
  public static void assertSurvivesHostileInput(Pipeline p, long seed, int iterations) {
    Random rnd = new Random(seed);
    List<String> fixed = List.of("", " ", "\n\n\n", ".", "...", "U.S.", "'s", "--", "\u0000\u0001\u0002",
        "\ud800", "\udc00 abc \ud83d\ude00", "<script>alert(1)</script>", "9".repeat(5000),
        "a.".repeat(3000), "!?".repeat(2000), "\"\"\"''''", "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
        "Mr. Mrs. Dr. Gov. Oct. Jan. U.S. U.K. Inc.", "http://", "www.", "@@@@ ####", "1,000,000,000,000.5%",
        "$$$ \u20ac\u20ac 12:00:00:00 1/2/3/4/5", "e.g.i.e.a.m.p.m.", " \t\r\n\u00a0\u2028\u2029 ");
    for (String t : fixed) {
      assertValid(p.analyze(article(t, "2025-12-29")));
    }
    String alphabet = "abcXYZ .,;:!?'\"-\u2014\u2019\u201c\u201d()[]$%&@#/\\\n\t0123456789\u00e9\u00fc\ud83d\ude00";
    for (int i = 0; i < iterations; i++) {
      int len = rnd.nextInt(400);
      StringBuilder sb = new StringBuilder(len);
      for (int j = 0; j < len; j++) {
        if (rnd.nextInt(20) == 0) {
          sb.append((char) rnd.nextInt(0x10000));
        } else {
          sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
      }
      assertValid(p.analyze(article(sb.toString(), rnd.nextBoolean() ? "2025-12-29" : null)));
    }
  }
}
