package dev.dossier.store.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** When an article may join a story: the threshold by story size, and the actors it must share. */
class StoryJoinTest {

  @Test
  void aLargerStoryAsksForMoreSimilarity() {
    assertThat(StoryClusterer.joinAt(1)).isEqualTo(StoryClusterer.JOIN);
    assertThat(StoryClusterer.joinAt(2)).isGreaterThan(StoryClusterer.joinAt(1));
    assertThat(StoryClusterer.joinAt(16)).isGreaterThan(StoryClusterer.joinAt(4));
    assertThat(StoryClusterer.joinAt(4)).isEqualTo(StoryClusterer.JOIN * (1 + 2 * StoryClusterer.GROWTH));
  }

  @Test
  void anArticleNamingActorsMustShareOneWithTheStory() {
    Map<String, Double> story = Map.of("a:1", 3.0, "t:grain", 2.0);
    assertThat(StoryClusterer.sharesActor(Map.of("a:1", 1.0, "a:2", 1.0, "t:grain", 1.0), story)).isTrue();
    assertThat(StoryClusterer.sharesActor(Map.of("a:2", 1.0, "t:grain", 1.0), story)).isFalse();
    assertThat(StoryClusterer.sharesActor(Map.of("t:grain", 1.0), story)).isTrue(); // names none: words decide
  }
}
