package dev.dossier.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.Article;
import dev.dossier.model.Origin;
import dev.dossier.nlp.StandardPipeline;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PollPhrases: "in" before a poll, on sentences the tagger left outside every span. */
class PollPhrasesTest {

  private static AttributionInput input(String text) {
    return AttributionInput.of(StandardPipeline.upToEntities().analyze(Article.builder().text(text)
        .origin(Origin.file("test", "text")).build()));
  }

  @Test
  void inBeforeOnePollWithinASentenceIsACue() {
    AttributionInput in = input("The harbor levy won 58 percent support in the latest Harbor Gazette poll.");
    List<String> words = Arrays.asList(in.word);
    List<AttributionAssembler.Run[]> found = PollPhrases.apply(in, new int[in.size()]);
    assertEquals(1, found.size());
    AttributionAssembler.Run[] t = found.get(0);
    assertEquals("in", in.word[t[0].from()]);
    assertEquals("the latest Harbor Gazette poll", String.join(" ", words.subList(t[1].from(), t[1].to())));
    assertEquals("The harbor levy won 58 percent support", String.join(" ", words.subList(t[2].from(), t[2].to())));
  }

  @Test
  void aStandingInThePollsIsNoCue() {
    AttributionInput in = input("The harbor master has trailed his rival in the polls since the spring.");
    assertTrue(PollPhrases.apply(in, new int[in.size()]).isEmpty());
    AttributionInput national = input("The young senator rose quickly in state and national polls last year.");
    assertTrue(PollPhrases.apply(national, new int[national.size()]).isEmpty());
  }
}
