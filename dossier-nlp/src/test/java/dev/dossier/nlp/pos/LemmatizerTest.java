package dev.dossier.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LemmatizerTest {

  private final Lemmatizer lem = Lemmatizer.standard();

  @ParameterizedTest
  @CsvSource({
      "said, VBD, say", "says, VBZ, say", "reported, VBD, report", "reporting, VBG, report",
      "stopped, VBD, stop", "occurred, VBN, occur", "hoped, VBD, hope", "voted, VBD, vote",
      "negotiated, VBN, negotiate", "announced, VBD, announce", "changed, VBD, change", "agreed, VBD, agree",
      "organized, VBN, organize", "visited, VBD, visit", "opened, VBD, open", "called, VBD, call",
      "carried, VBD, carry", "tried, VBD, try", "used, VBD, use", "making, VBG, make", "running, VBG, run",
      "saying, VBG, say", "using, VBG, use", "argued, VBD, argue", "handled, VBD, handle", "treated, VBD, treat",
      "officials, NNS, official", "countries, NNS, country", "taxes, NNS, tax", "talks, NNS, talk",
      "men, NNS, man", "crises, NNS, crisis", "news, NN, news", "is, VBZ, be", "were, VBD, be",
      "larger, JJR, large", "biggest, JJS, big", "better, JJR, good", "Netanyahu, NNP, netanyahu",
      "n't, RB, not", "The, DT, the", "added, VBD, add", "adding, VBG, add", "decided, VBD, decide",
      "deciding, VBG, decide", "traded, VBN, trade", "concluded, VBD, conclude", "accused, VBN, accuse",
      "refused, VBD, refuse", "focused, VBD, focus", "avoided, VBD, avoid", "needed, VBD, need",
      "handed, VBD, hand", "planned, VBD, plan", "barred, VBD, bar", "nodded, VBD, nod"})
  void lemmas(String word, String tag, String lemma) {
    assertThat(lem.lemma(word, tag)).isEqualTo(lemma);
  }

  /** Regular -ed and -ing forms whose final e the stem's last letters tell, and those that keep none. */
  @ParameterizedTest
  @CsvSource({
      "released, VBN, release", "increasing, VBG, increase", "proposed, VBD, propose", "collapsed, VBD, collapse",
      "biased, VBN, bias", "scheduled, VBN, schedule", "hauled, VBD, haul", "declared, VBD, declare",
      "compared, VBN, compare", "cleared, VBD, clear", "described, VBD, describe", "quoted, VBN, quote",
      "promoting, VBG, promote", "piloted, VBD, pilot", "completed, VBN, complete", "declined, VBD, decline",
      "determined, VBN, determine", "joined, VBD, join", "intervened, VBD, intervene", "opened, VBD, open",
      "damaged, VBN, damage", "alleged, VBD, allege", "changing, VBG, change", "bringing, VBG, bring",
      "belonged, VBD, belong", "hanged, VBD, hang", "escaped, VBD, escape", "resumed, VBD, resume",
      "freezing, VBG, freeze", "waltzed, VBD, waltz", "restored, VBN, restore", "ignored, VBD, ignore",
      "honored, VBN, honor", "aired, VBD, air", "required, VBN, require", "poured, VBD, pour",
      "provoked, VBD, provoke", "looked, VBD, look", "persuading, VBG, persuade", "conceded, VBD, concede",
      "controlled, VBN, control", "expelled, VBD, expel", "signalled, VBD, signal", "fuelled, VBN, fuel",
      "installed, VBN, install", "called, VBD, call", "quelled, VBD, quell", "enrolled, VBD, enroll",
      "compiled, VBN, compile", "failed, VBD, fail", "created, VBD, create", "welcomed, VBD, welcome",
      "becoming, VBG, become", "treated, VBD, treat", "debuted, VBD, debut"})
  void finalEAndDoubledL(String word, String tag, String lemma) {
    assertThat(lem.lemma(word, tag)).isEqualTo(lemma);
  }

  @Test
  void tagDecidesBetweenReadings() {
    assertThat(lem.lemma("leaves", "VBZ")).isEqualTo("leave");
    assertThat(lem.lemma("leaves", "NNS")).isEqualTo("leaf");
    assertThat(lem.lemma("'s", "POS")).isEqualTo("'s");
    assertThat(lem.lemma("'s", "VBZ")).isEqualTo("be");
    assertThat(lem.lemma("Talks", null)).isEqualTo("talks");
  }
}
