package dev.dossier.nlp.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.EntityType;
import dev.dossier.nlp.kb.Gazetteer.Casing;
import dev.dossier.nlp.kb.Gazetteer.Match;
import dev.dossier.nlp.text.NewsTokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static final Gazetteer GAZ = KnowledgeBase.curated().gazetteer();

  @Test
  void findsNamesDemonymsAndPlacesInTokenisedText() {
    List<String> t = tokens("Israeli Prime Minister Benjamin Netanyahu met U.S. officials at Mar-a-Lago.");
    List<Match> ms = GAZ.findAll(t, Casing.NEWS);
    assertThat(ms).extracting(m -> String.join(" ", t.subList(m.start(), m.end())))
        .containsExactly("Israeli", "Benjamin Netanyahu", "U.S.", "Mar-a-Lago");
    assertThat(ms.get(0).type()).isEqualTo(EntityType.NORP);
    assertThat(ms.get(0).entries().get(0).demonym()).isTrue();
    assertThat(ms.get(0).entries().get(0).actorId()).isEqualTo("israel");
    assertThat(ms.get(1).entries()).extracting(Gazetteer.Entry::actorId).containsExactly("benjamin-netanyahu");
    assertThat(ms.get(2).type()).isEqualTo(EntityType.GPE);
    assertThat(ms.get(3).type()).isEqualTo(EntityType.LOC);
  }

  @Test
  void takesTheLongestMatchAndIgnoresPossessives() {
    List<String> t = tokens("The UN Security Council met; Netanyahu's office and the New York Times replied.");
    List<Match> ms = GAZ.findAll(t, Casing.NEWS);
    assertThat(ms).extracting(m -> String.join(" ", t.subList(m.start(), m.end())))
        .containsExactly("UN Security Council", "Netanyahu", "New York Times");
    assertThat(ms.get(0).entries().get(0).actorId()).isEqualTo("un-security-council");
    assertThat(ms.get(2).entries().get(0).category()).isEqualTo("outlet");
  }

  @Test
  void newsCasingKeepsCommonWordsOut() {
    assertThat(GAZ.findAll(tokens("who said trump cards beat the fed rate"), Casing.NEWS)).isEmpty();
    assertThat(GAZ.findAll(tokens("WHO officials"), Casing.NEWS)).singleElement()
        .satisfies(m -> assertThat(m.entries().get(0).actorId()).isEqualTo("who"));
    assertThat(GAZ.findAll(tokens("TRUMP MEETS NETANYAHU"), Casing.IGNORE)).hasSize(2);
    // every capitalised word of the alias must be capitalised in the text
    assertThat(GAZ.findAll(tokens("the gaza strip"), Casing.NEWS)).isEmpty();
    assertThat(GAZ.findAll(tokens("the Gaza war"), Casing.NEWS)).singleElement()
        .satisfies(m -> assertThat(m.type()).isEqualTo(EntityType.EVENT));
  }

  @Test
  void ignoresDiacriticsAndPeriodsButNotOtherPunctuation() {
    assertThat(GAZ.findAll(tokens("Erdogan and Erdoğan and US and U.S."), Casing.NEWS)).hasSize(4);
    List<String> t = tokens("Bosnia, Herzegovina");
    assertThat(GAZ.findAll(t, Casing.NEWS)).singleElement()
        .satisfies(m -> assertThat(t.subList(m.start(), m.end())).containsExactly("Bosnia"));
  }

  @Test
  void longestAtReportsNullWhenNothingStartsThere() {
    List<String> t = tokens("talks in Gaza City");
    assertThat(GAZ.longestAt(t, 0, Casing.NEWS)).isNull();
    Match m = GAZ.longestAt(t, 2, Casing.NEWS);
    assertThat(m.end()).isEqualTo(4);
    assertThat(m.entries().get(0).actorId()).isEqualTo("gaza-city");
  }

  @Test
  void ambiguousNamesKeepEveryCandidate() {
    Match m = GAZ.longestAt(tokens("Georgia"), 0, Casing.NEWS);
    assertThat(m.entries()).extracting(Gazetteer.Entry::actorId).contains("georgia", "georgia-us-state");
    assertThat(m.type()).isEqualTo(EntityType.GPE);
  }

  @Test
  void aPlainTokenIsTheOneWordTheFullSplitGives() {
    for (String token : List.of("Gondor", "gondor", "GONDOR", "Minas", "R2D2", "2024", "7th", "AT&T", "&", "x")) {
      java.util.BitSet caps = new java.util.BitSet();
      List<String> full = Gazetteer.tokenWords(token, caps);
      assertThat(full).as(token).containsExactly(Gazetteer.plainWord(token));
      assertThat(caps.get(0)).as(token).isEqualTo(Character.isUpperCase(token.charAt(0)) || Character.isDigit(token.charAt(0)));
    }
    for (String token : List.of("U.S.", "Mar-a-Lago", "Netanyahu's", "'s", ",", "--", "N\u011btanyahu", "\u00c9lys\u00e9e", "co-op", "")) {
      assertThat(Gazetteer.plainWord(token)).as(token).isNull();
    }
  }

  static List<String> tokens(String text) {
    int[] s = new NewsTokenizer().tokenize(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.length; i += 2) {
      out.add(text.substring(s[i], s[i + 1]));
    }
    return out;
  }
}
