package dev.dossier.store.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The standard analyzer (Unicode word breaks, lower case, no stop words) with English possessives
 * taken off, so that "Netanyahu" finds "Netanyahu's" and "Netanyahu’s" and the other way round.
 * Used for indexing and for queries alike.
 */
final class NewsAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String field) {
    StandardTokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, new LowerCaseFilter(new Possessives(source)));
  }

  @Override
  protected TokenStream normalize(String field, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /** Takes a final "'s" or "’s" (or a lone final apostrophe after "s": "ministers'") off each term. */
  static final class Possessives extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    Possessives(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      char[] b = term.buffer();
      int n = term.length();
      if (n > 2 && (b[n - 1] == 's' || b[n - 1] == 'S') && isApostrophe(b[n - 2])) {
        term.setLength(n - 2);
      } else if (n > 2 && isApostrophe(b[n - 1])) {
        term.setLength(n - 1);
      }
      return true;
    }

    private static boolean isApostrophe(char c) {
      return c == '\'' || c == '\u2019' || c == '\uFF07';
    }
  }
}
