package dev.dossier.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsTokenizerTest {

  private static List<String> tokens(String text) {
    int[] s = new NewsTokenizer().tokenize(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.length; i += 2) {
      out.add(text.substring(s[i], s[i + 1]));
    }
    return out;
  }

  @Test
  void keepsAbbreviationsAndInitials() {
    assertThat(tokens("U.S. President Donald J. Trump met Gov. Ron DeSantis Jr. on Oct. 7."))
        .containsExactly("U.S.", "President", "Donald", "J.", "Trump", "met", "Gov.", "Ron", "DeSantis",
            "Jr.", "on", "Oct.", "7", ".");
  }

  @Test
  void splitsClitisAndPossessives() {
    assertThat(tokens("The minister's aides don't agree; the Israelis' view won't change."))
        .containsExactly("The", "minister", "'s", "aides", "do", "n't", "agree", ";", "the", "Israelis",
            "'", "view", "wo", "n't", "change", ".");
    assertThat(tokens("Ankara\u2019s plan")).containsExactly("Ankara", "\u2019s", "plan");
    assertThat(tokens("O'Neill said")).containsExactly("O'Neill", "said");
  }

  @Test
  void keepsHyphenatedNamesButSplitsAfterAbbreviations() {
    assertThat(tokens("talks at Sea-by-the-Lake on a U.S.-backed, Paris-based plan"))
        .containsExactly("talks", "at", "Sea-by-the-Lake", "on", "a", "U.S.", "-", "backed", ",",
            "Paris-based", "plan");
  }

  @Test
  void numbersMoneyPercentagesAndDashes() {
    assertThat(tokens("Support rose to 61.5% from 1,200 voters - a $3.2 billion (\u20ac2bn) swing\u2014at 10:30 a.m."))
        .containsExactly("Support", "rose", "to", "61.5", "%", "from", "1,200", "voters", "-", "a", "$",
            "3.2", "billion", "(", "\u20ac", "2bn", ")", "swing", "\u2014", "at", "10:30", "a.m.");
  }

  @Test
  void quotesUrlsAndEmails() {
    assertThat(tokens("\u201cWe will,\u201d he told https://example.org/a?b=1. Mail desk@example.org."))
        .containsExactly("\u201c", "We", "will", ",", "\u201d", "he", "told", "https://example.org/a?b=1", ".",
            "Mail", "desk@example.org", ".");
  }

  @Test
  void offsetsAreExact() {
    String text = "  Hello,\tworld\u2026 ";
    int[] s = new NewsTokenizer().tokenize(text);
    assertThat(s).containsExactly(2, 7, 7, 8, 9, 14, 14, 15);
  }

  @Test
  void abbreviationsInsideHyphenatedPartyLabels() {
    assertThat(tokens("Sen. Ann Lee (D-Mass.) and Rep. Bo Park, R-Calif., voted."))
        .containsExactly("Sen.", "Ann", "Lee", "(", "D-Mass.", ")", "and", "Rep.", "Bo", "Park", ",",
            "R-Calif.", ",", "voted", ".");
  }

  @Test
  void numbersWithUnitsDoNotSwallowTheFinalPeriod() {
    assertThat(tokens("Prices rose 12.5pc. Output fell 3.2bn.")).containsExactly("Prices", "rose", "12.5pc",
        ".", "Output", "fell", "3.2bn", ".");
    assertThat(tokens("It cost \u00a35m ($6.5m), or 1,250,000 yen; a 14-0 vote on 2024-03-01."))
        .containsExactly("It", "cost", "\u00a3", "5m", "(", "$", "6.5m", ")", ",", "or", "1,250,000", "yen",
            ";", "a", "14-0", "vote", "on", "2024-03-01", ".");
  }

  @Test
  void initialsAndDottedNames() {
    assertThat(tokens("J.R.R. Tolkien met George W. Bush and A. B. Smith in St. Louis, Mo., at 9 a.m. today"))
        .containsExactly("J.R.R.", "Tolkien", "met", "George", "W.", "Bush", "and", "A.", "B.", "Smith",
            "in", "St.", "Louis", ",", "Mo.", ",", "at", "9", "a.m.", "today");
  }

  @Test
  void possessivesOfNamesAndAbbreviations() {
    assertThat(tokens("Mar-a-Lago's lawn, the U.S.'s envoy and Jesus' words"))
        .containsExactly("Mar-a-Lago", "'s", "lawn", ",", "the", "U.S.", "'s", "envoy", "and", "Jesus", "'",
            "words");
  }

  @Test
  void quotesAndDashesAreSeparateTokens() {
    assertThat(tokens("He said: \"It's over\" -- and left\u2014quickly. \u2018No,\u2019 she said."))
        .containsExactly("He", "said", ":", "\"", "It", "'s", "over", "\"", "--", "and", "left", "\u2014",
            "quickly", ".", "\u2018", "No", ",", "\u2019", "she", "said", ".");
  }

  @Test
  void urlsKeepTheirPunctuationButNotTheSentencePeriod() {
    assertThat(tokens("See www.example.org/a-b_c. Or (https://example.org/x?y=1&z=2)."))
        .containsExactly("See", "www.example.org/a-b_c", ".", "Or", "(", "https://example.org/x?y=1&z=2",
            ")", ".");
  }
}
