package dev.dossier.store.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryLabelTest {

  @Test
  void wordsOfTheActorsNamesAreNotRepeated() {
    assertThat(StoryClusterer.label(List.of("Maren Holt", "Norvish"), List.of(), List.of("harbour", "norvish", "holt", "strike", "pay",
        "union"))).isEqualTo("Maren Holt, Norvish: harbour, strike, pay");
  }

  @Test
  void wordsOfTheActorsOtherNamesAreNotRepeated() {
    assertThat(StoryClusterer.label(List.of("Norvia", "Maren Holt"), List.of("Norvish", "Norvia", "Holt"),
        List.of("norvish", "grain", "holt", "subsidy", "norvians", "vote")))
        .isEqualTo("Norvia, Maren Holt: grain, subsidy, norvians");
  }

  @Test
  void anActorWhoseNameWordsAreAllInAnEarlierOnesAddsNothing() {
    assertThat(StoryClusterer.nameWords(List.of("Bank of Eastmark")).containsAll(StoryClusterer.nameWords(List.of("Bank"))))
        .isTrue();
    assertThat(StoryClusterer.nameWords(List.of("Bank of Eastmark")).containsAll(
        StoryClusterer.nameWords(List.of("Eastmark Treasury")))).isFalse();
    assertThat(StoryClusterer.nameWords(List.of("U.S.-Norvish Council"))).containsExactlyInAnyOrder("u", "s", "norvish",
        "council");
  }

  @Test
  void wordsAreComparedAsTermsAreWrittenWithoutAccents() {
    assertThat(StoryClusterer.label(List.of("Tayfun Erdoğan"), List.of(), List.of("erdogan", "port", "tayfun")))
        .isEqualTo("Tayfun Erdoğan: port");
  }

  @Test
  void withoutActorsTheLabelIsItsWords() {
    assertThat(StoryClusterer.label(List.of(), List.of(), List.of("drought", "wheat", "prices", "exports")))
        .isEqualTo("drought, wheat, prices");
  }

  @Test
  void withoutWordsTheLabelIsItsActors() {
    assertThat(StoryClusterer.label(List.of("Kestrel Airways"), List.of(), List.of("kestrel", "airways"))).isEqualTo("Kestrel Airways");
  }

  @Test
  void aLabelNamesTheActorsBeforeItsColonOnly() {
    assertThat(StoryClusterer.namesActor("Norvish: farmers, grain", "Norvish")).isTrue();
    assertThat(StoryClusterer.namesActor("Kestrel Port, Norvish: farmers", "Norvish")).isTrue();
    assertThat(StoryClusterer.namesActor("Norvish, Kestrel Port", "Norvish")).isTrue();
    assertThat(StoryClusterer.namesActor("Norvish", "Norvish")).isTrue();
    assertThat(StoryClusterer.namesActor("Norvish Farmers Union: grain", "Norvish")).isFalse();
    assertThat(StoryClusterer.namesActor("Kestrel Port: norvish, grain", "Norvish")).isFalse(); // a word
    assertThat(StoryClusterer.namesActor("farmers, grain, norvish", "Norvish")).isFalse();
    assertThat(StoryClusterer.namesActor("", "Norvish")).isFalse();
  }
}
