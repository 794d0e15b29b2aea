package dev.dossier.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link EntityResolver#acronymOf}: initials of a name's words, split at spaces and hyphens. */
class AcronymTest {

  @Test
  void initialsOfCapitalisedWords() {
    assertThat(EntityResolver.acronymOf("UN", "United Nations")).isTrue();
    assertThat(EntityResolver.acronymOf("U.N.", "United Nations")).isTrue();
    assertThat(EntityResolver.acronymOf("UN", "United Kingdom")).isFalse();
  }

  @Test
  void connectorsCountOnlyWhenCapitalised() {
    // lower-case "of" gives no capital initial
    assertThat(EntityResolver.acronymOf("BOE", "Bank of England")).isFalse();
    assertThat(EntityResolver.acronymOf("BE", "Bank of England")).isTrue();
    // a capitalised connector counts among the capitals but not among the full initials
    assertThat(EntityResolver.acronymOf("BOE", "Bank Of England")).isTrue();
    assertThat(EntityResolver.acronymOf("BE", "Bank Of England")).isTrue();
  }

  @Test
  void hyphensTabsAndRunsOfSpacesSeparateWords() {
    assertThat(EntityResolver.acronymOf("NWR", "North-West  Railway")).isTrue();
    assertThat(EntityResolver.acronymOf("NWR", " North\tWest\n-Railway ")).isTrue();
    assertThat(EntityResolver.acronymOf("NWR", "NorthWest Railway")).isFalse();
  }

  @Test
  void otherPunctuationDoesNotSplit() {
    assertThat(EntityResolver.acronymOf("OR", "O'Brien Resources")).isTrue();
    assertThat(EntityResolver.acronymOf("OBR", "O'Brien Resources")).isFalse();
    assertThat(EntityResolver.acronymOf("AB", "A.Brown")).isFalse();
  }

  @Test
  void anAcronymIsUpperCaseAndAtLeastTwoLetters() {
    assertThat(EntityResolver.acronymOf("Un", "United Nations")).isFalse();
    assertThat(EntityResolver.acronymOf("U", "United")).isFalse();
    assertThat(EntityResolver.acronymOf("U", "United Unions")).isFalse();
  }
}
