package dev.dossier.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BriefingTextTest {

  @Test
  void aSourceThatOpenedItsSentenceIsWrittenAsInsideOne() {
    assertThat(BriefingText.midSentence("A September poll by Northway Research")).isEqualTo("a September poll by Northway Research");
    assertThat(BriefingText.midSentence("An opinion survey")).isEqualTo("an opinion survey");
    // names keep their capitals: "The Courier" is a title, "Anna Berg" a person
    assertThat(BriefingText.midSentence("The Courier")).isEqualTo("The Courier");
    assertThat(BriefingText.midSentence("Anna Berg")).isEqualTo("Anna Berg");
    assertThat(BriefingText.midSentence("Northway Research")).isEqualTo("Northway Research");
  }
}
