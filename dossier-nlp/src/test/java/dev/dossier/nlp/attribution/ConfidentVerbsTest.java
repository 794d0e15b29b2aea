package dev.dossier.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Article;
import dev.dossier.model.Origin;
import dev.dossier.nlp.StandardPipeline;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** ConfidentVerbs: a verb the first pass scored well as a cue, left outside every span, is a cue. */
class ConfidentVerbsTest {

  private static AttributionInput input(String text) {
    return AttributionInput.of(StandardPipeline.upToEntities().analyze(Article.builder().text(text)
        .origin(Origin.file("test", "text")).build()));
  }

  private static int at(AttributionInput in, String word) {
    int i = Arrays.asList(in.word).indexOf(word);
    assertTrue(i >= 0, word);
    return i;
  }

  /** A first pass that labels nothing and gives token {@code i} the confidence bucket {@code bucket}. */
  private static AttributionTagger.FirstPass confident(AttributionInput in, int i, int bucket) {
    byte[] cue = new byte[in.size()];
    cue[i] = (byte) bucket;
    return new AttributionTagger.FirstPass(new int[in.size()], cue);
  }

  @Test
  void aVerbInTheTopBucketOutsideEverySpanIsLabelledACue() {
    AttributionInput in = input("The fishermen endorsed the new harbor plan at the meeting on Tuesday.");
    int[] labels = new int[in.size()];
    int v = at(in, "endorsed");
    ConfidentVerbs.apply(in, labels, confident(in, v, 7));
    assertEquals(AttributionLabels.begin(AttributionLabels.CUE), labels[v]);
    assertEquals(1, Arrays.stream(labels).filter(l -> l != AttributionLabels.O).count());
  }

  @Test
  void aVerbBelowTheTopBucketStaysOutside() {
    AttributionInput in = input("The fishermen endorsed the new harbor plan at the meeting on Tuesday.");
    int[] labels = new int[in.size()];
    ConfidentVerbs.apply(in, labels, confident(in, at(in, "endorsed"), 6));
    assertEquals(0, Arrays.stream(labels).filter(l -> l != AttributionLabels.O).count());
  }

  @Test
  void aNounInTheTopBucketStaysOutside() {
    AttributionInput in = input("The fishermen endorsed the new harbor plan at the meeting on Tuesday.");
    int[] labels = new int[in.size()];
    ConfidentVerbs.apply(in, labels, confident(in, at(in, "plan"), 7));
    assertEquals(0, Arrays.stream(labels).filter(l -> l != AttributionLabels.O).count());
  }

  @Test
  void aVerbInsideAQuotationStaysOutside() {
    AttributionInput in = input("He wrote: \"The fishermen endorsed the new harbor plan at the meeting.\"");
    int[] labels = new int[in.size()];
    ConfidentVerbs.apply(in, labels, confident(in, at(in, "endorsed"), 7));
    assertEquals(0, Arrays.stream(labels).filter(l -> l != AttributionLabels.O).count());
  }
}
