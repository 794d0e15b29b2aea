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
}
