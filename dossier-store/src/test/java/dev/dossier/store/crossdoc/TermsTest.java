package dev.dossier.store.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TermsTest {

  @Test
  void normalisesNames() {
    assertThat(Terms.normalizeName("The  Ministry of Défense")).isEqualTo("ministry of defense");
    assertThat(Terms.normalizeName("Netanyahu's")).isEqualTo("netanyahu");
    assertThat(Terms.normalizeName("U.S.")).isEqualTo("u s");
    assertThat(Terms.normalizeName("!!")).isEmpty();
    assertThat(Terms.normalizeName(null)).isEmpty();
  }

  @Test
  void dropsLeadingHonorificsOnly() {
    assertThat(Terms.withoutHonorific("mr pellow")).isEqualTo("pellow");
    assertThat(Terms.withoutHonorific("dr mrs alvane")).isEqualTo("alvane");
    assertThat(Terms.withoutHonorific("sir")).isEqualTo("sir");
    assertThat(Terms.withoutHonorific("mrsa ward")).isEqualTo("mrsa ward");
    assertThat(Terms.withoutHonorific("dorian mr pellow")).isEqualTo("dorian mr pellow");
    assertThat(Terms.isHonorific("mrs")).isTrue();
    assertThat(Terms.isHonorific("minister")).isFalse();
  }

  @Test
  void readsPartyNicknamesAndShortNames() {
    assertThat(Terms.partyNames("tories")).containsExactly("conservative", "conservative party");
    assertThat(Terms.partyNames("greens")).containsExactly("greens party", "green party");
    assertThat(Terms.partyNames("ashcombe")).containsExactly("ashcombe party");
    assertThat(Terms.partyNames("ashcombe party")).isEmpty();
    assertThat(Terms.partyNames("")).isEmpty();
  }

  @Test
  void stemsInflectionsTogether() {
    assertThat(Terms.stem("voted")).isEqualTo(Terms.stem("votes")).isEqualTo(Terms.stem("vote"))
        .isEqualTo(Terms.stem("voting"));
    assertThat(Terms.stem("talks")).isEqualTo("talk");
    assertThat(Terms.stem("passed")).isEqualTo(Terms.stem("passes")).isEqualTo("pass");
    assertThat(Terms.stem("taxes")).isEqualTo("tax");
    assertThat(Terms.stem("policies")).isEqualTo("policy");
  }

  @Test
  void contentDropsStopWordsAndNegations() {
    assertThat(Terms.content("The talks will not resume next week")).containsExactly("talk", "resum", "next");
    assertThat(Terms.negated("the government will not raise taxes")).isTrue();
    assertThat(Terms.negated("the government won't raise taxes")).isTrue();
    assertThat(Terms.negated("the government denied raising taxes")).isTrue();
    assertThat(Terms.negated("the government will raise taxes")).isFalse();
  }

  @Test
  void measuresOverlap() {
    Set<String> a = Set.of("a", "b", "c");
    Set<String> b = Set.of("b", "c", "d", "e");
    assertThat(Terms.intersection(a, b)).isEqualTo(2);
    assertThat(Terms.overlap(a, b)).isEqualTo(2.0 / 3);
    assertThat(Terms.jaccard(a, b)).isEqualTo(2.0 / 5);
    assertThat(Terms.overlap(Set.of(), b)).isZero();
  }
}
