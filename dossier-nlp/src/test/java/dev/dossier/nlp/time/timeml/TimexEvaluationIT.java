package dev.dossier.nlp.time.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the TIMEX3 evaluation on the development corpora (TBAQ-cleaned, MEANTIME apple and gm) and
 * checks the scores stay within {@link #TOLERANCE} points of the figures documented in
 * docs/times.md. Skipped when {@code dossier.data} does not hold the corpora. The documented
 * figures come from the independent scorer; this in-Java scorer agrees with it to within rounding
 * on these corpora.
 */
class TimexEvaluationIT {

  private static final Offset<Double> TOLERANCE = Offset.offset(1.0);
  private static TimeMlTagger tagger;

  @BeforeAll
  static void load() {
    tagger = new TimeMlTagger();
  }

  private static Path data() {
    String d = System.getProperty("dossier.data");
    assumeTrue(d != null, "dossier.data not set");
    return Path.of(d);
  }

  private static TimexScorer.Counts scoreDir(Path dir) throws IOException {
    assumeTrue(Files.isDirectory(dir), "no corpus at " + dir);
    TimexScorer.Counts total = new TimexScorer.Counts(0, 0, 0, 0, 0, 0);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    for (Path f : files) {
      TimeMlDocument gold = TimeMlDocument.parse(Files.readString(f, StandardCharsets.UTF_8));
      total = total.plus(TimexScorer.score(gold, tagger.tag(gold, f.toString(), w -> { })));
    }
    return total;
  }

  private static TimexScorer.Counts scoreMeantime(Path dir) throws IOException {
    assumeTrue(Files.isDirectory(dir), "no corpus at " + dir);
    MeantimeConverter converter = new MeantimeConverter();
    TimexScorer.Counts total = new TimexScorer.Counts(0, 0, 0, 0, 0, 0);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    for (Path f : files) {
      String timeml = converter.convert(Files.readString(f, StandardCharsets.UTF_8)).timeml();
      TimeMlDocument gold = TimeMlDocument.parse(timeml);
      total = total.plus(TimexScorer.score(gold, tagger.tag(gold, f.toString(), w -> { })));
    }
    return total;
  }

  @Test
  void tbaq() throws IOException {
    Path tbaq = data().resolve("tempeval3/TBAQ-cleaned");
    TimexScorer.Counts c = scoreDir(tbaq.resolve("TimeBank")).plus(scoreDir(tbaq.resolve("AQUAINT")));
    System.out.println("TBAQ " + c);
    assertThat(c.gold()).isEqualTo(1822);
    assertThat(c.relaxedF1()).isCloseTo(Documented.TBAQ_RELAXED_F1, TOLERANCE);
    assertThat(c.valueF1()).isCloseTo(Documented.TBAQ_VALUE_F1, TOLERANCE);
  }

  @Test
  void meantime() throws IOException {
    Path m = data().resolve("meantime/intra-doc_annotation");
    TimexScorer.Counts apple = scoreMeantime(m.resolve("corpus_apple"));
    TimexScorer.Counts gm = scoreMeantime(m.resolve("corpus_gm"));
    System.out.println("MEANTIME apple " + apple + "\nMEANTIME gm " + gm);
    assertThat(apple.gold()).isEqualTo(81);
    assertThat(gm.gold()).isEqualTo(104);
    assertThat(apple.valueF1()).isCloseTo(Documented.APPLE_VALUE_F1, TOLERANCE);
    assertThat(gm.valueF1()).isCloseTo(Documented.GM_VALUE_F1, TOLERANCE);
  }

  /** The figures in docs/times.md (independent scorer). */
  private static final class Documented {
    static final double TBAQ_RELAXED_F1 = 95.66;
    static final double TBAQ_VALUE_F1 = 85.09;
    static final double APPLE_VALUE_F1 = 81.76;
    static final double GM_VALUE_F1 = 81.25;
  }
}
