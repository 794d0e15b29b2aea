package dev.dossier.nlp.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void keysIgnoreCaseDiacriticsPeriodsApostrophesAndPossessives() {
    assertThat(Names.key("Netanyahu's")).isEqualTo("netanyahu");
    assertThat(Names.key("NETANYAHU")).isEqualTo("netanyahu");
    assertThat(Names.key("Erdoğan")).isEqualTo("erdogan");
    assertThat(Names.key("U.S.")).isEqualTo(Names.key("US"));
    assertThat(Names.key("Mar-a-Lago")).isEqualTo("mar a lago");
    assertThat(Names.key("Ma’ariv")).isEqualTo("maariv");
    assertThat(Names.key("Israelis'")).isEqualTo("israelis");
    assertThat(Names.key("  Golan   Heights ")).isEqualTo("golan heights");
    assertThat(Names.key("AT&T")).isEqualTo("at&t");
    assertThat(Names.key("...")).isEmpty();
  }

  @Test
  void displayNamesHaveOneSpaceBetweenWords() {
    assertThat(Names.display("Richard\nLyng")).isEqualTo("Richard Lyng");
    assertThat(Names.display(" Bank of\t\tEngland ")).isEqualTo("Bank of England");
    assertThat(Names.display("Bank  of England")).isEqualTo("Bank of England");
    assertThat(Names.display("Bank\tof\u2003England")).isEqualTo("Bank of England");
    String plain = "Bank of England";
    assertThat(Names.display(plain)).isSameAs(plain);
  }

  @Test
  void wordsRecordCapitals() {
    java.util.BitSet caps = new java.util.BitSet();
    assertThat(Names.words("Abdel Fattah el-Sisi", caps)).containsExactly("abdel", "fattah", "el", "sisi");
    assertThat(caps.toString()).isEqualTo("{0, 1, 3}");
  }
}
