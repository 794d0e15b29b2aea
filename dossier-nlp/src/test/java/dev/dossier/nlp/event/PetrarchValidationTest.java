package dev.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dossier.nlp.StandardPipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores the event layer on PETRARCH's unit-test records with PETRARCH's validation dictionaries,
 * read at test time from {@code dossier.data}/cameo; skipped when absent. Pins the figures
 * docs/events.md reports, within a point.
 */
class PetrarchValidationTest {

  @Test
  void unitTestRecordsWithValidationDictionaries() throws IOException {
    String data = System.getProperty("dossier.data");
    assumeTrue(data != null, "dossier.data not set");
    Path file = Path.of(data, "cameo", "PETR.UnitTest.records.xml");
    Path dict = Path.of(data, "cameo", "petrarch2-dictionaries");
    assumeTrue(Files.isRegularFile(file) && Files.isDirectory(dict), "no PETRARCH data under " + data);
    PetrarchRecords records = PetrarchRecords.read(file);
    assertThat(records.sentences()).hasSize(284);
    assertThat(records.sentences().stream().mapToInt(r -> r.gold().size()).sum()).isEqualTo(359);
    CameoLexicon verbs = CameoLexicon.of(PetrarchVerbs.read(dict.resolve(records.verbFile())));
    PetrarchActors actors = PetrarchActors.read(List.of(dict.resolve(records.actorFile())),
        List.of(dict.resolve(records.agentFile())));
    List<String> discards = CameoEvaluator.discards(
        Files.readAllLines(dict.resolve(records.discardFile()), StandardCharsets.ISO_8859_1));
    CameoEvaluator eval = new CameoEvaluator(StandardPipeline.create(new EventStage(verbs, actors::names)), actors,
        discards);
    CameoEvaluator.Score s = eval.score(records.sentences(), o -> { });
    assertThat(s.sentences()).isEqualTo(records.sentences().stream().filter(r -> !r.inputError()).count());
    assertThat(s.recall()).isGreaterThanOrEqualTo(0.83);
    assertThat(s.falsePositives()).isLessThanOrEqualTo(0.07);
    assertThat(s.rootAccuracy()).isGreaterThanOrEqualTo(0.99);
  }
}
