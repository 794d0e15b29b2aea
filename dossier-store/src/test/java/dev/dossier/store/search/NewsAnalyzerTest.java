package dev.dossier.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class NewsAnalyzerTest {

  private static List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (NewsAnalyzer a = new NewsAnalyzer(); TokenStream ts = a.tokenStream("text", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void possessivesAreTakenOffAndWordsLowerCased() throws IOException {
    assertThat(terms("Rostova's budget and Veld\u2019s reply, the ministers' plan"))
        .containsExactly("rostova", "budget", "and", "veld", "reply", "the", "ministers", "plan");
    assertThat(terms("It's O'Neill")).as("only a final 's goes").containsExactly("it", "o'neill");
    assertThat(terms("Kestrel")).containsExactly("kestrel");
  }
}
