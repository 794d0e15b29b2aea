package dev.dossier.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The tagger sums the features that depend on one word alone once per word
 * ({@link NerFeatures#wordParts}: the word's own, {@link NerFeatures#wordKeys}, and those it gives
 * the words up to two before and after it) and adds the others
 * ({@link NerFeatures#extractContext}); together they must be exactly the keys of
 * {@link NerFeatures#extract}, or the cached scores would be of other features.
 */
class NerWordKeysTest {

  @Test
  void wordKeysAndContextKeysAreTogetherTheFullKeys() {
    NerModel m = NerModel.shipped();
    NerFeatures f = m.tagger().features();
    String[] words = {"MAYOR", "VISITS", "PORTVALE", "\u201cWe", "will", "rebuild", "the", "old", "mill",
        "in", "2031", ",", "\u201d", "said", "Anna", "Brekke-Holm", ".", "Brekke-Holm", "met", "staff", "of",
        "Northwind", "Ltd", "on", "Tuesday", "."};
    String[] pos = {"NNP", "VBZ", "NNP", "PRP", "MD", "VB", "DT", "JJ", "NN", "IN", "CD", ",", "''", "VBD", "NNP",
        "NNP", ".", "NNP", "VBD", "NN", "IN", "NNP", "NNP", "IN", "NNP", "."};
    for (String[] p : new String[][] {null, pos}) {
      NerDocument doc = new NerDocument(words, p, new int[] {0, 3, 17});
      long[][] full = f.extract(doc);
      long[][] context = f.extractContext(doc);
      long[][] edge = f.edgeParts();
      for (int t = 0; t < words.length; t++) {
        int s = t < 3 ? 0 : t < 17 ? 1 : 2;
        int a = doc.sentences()[s];
        int b = doc.sentenceEnd(s);
        long[] own = f.wordKeys(NerFeatures.normalise(words[t]));
        assertThat(own).isNotEmpty();
        assertThat(f.wordParts(NerFeatures.normalise(words[t]))[0]).containsExactly(own);
        long[][][] parts = {
            f.wordParts(NerFeatures.normalise(words[t])),
            t - 1 >= a ? f.wordParts(NerFeatures.normalise(words[t - 1])) : edge,
            t + 1 < b ? f.wordParts(NerFeatures.normalise(words[t + 1])) : edge,
            t - 2 >= a ? f.wordParts(NerFeatures.normalise(words[t - 2])) : edge,
            t + 2 < b ? f.wordParts(NerFeatures.normalise(words[t + 2])) : edge};
        long[] both = context[t];
        for (int part = 0; part < NerFeatures.PARTS; part++) {
          long[] k = parts[part][part];
          int at = both.length;
          both = Arrays.copyOf(both, at + k.length);
          System.arraycopy(k, 0, both, at, k.length);
        }
        Arrays.sort(both);
        long[] expected = full[t].clone();
        Arrays.sort(expected);
        assertThat(both).as("token %d %s", t, words[t]).containsExactly(expected);
      }
    }
  }

  @Test
  void tagsARepeatedDocumentTheSameWayOnceItsWordsAreCached() {
    NerTagger tagger = NerModel.shipped().tagger();
    String[] words = {"Anna", "Brekke-Holm", "of", "Northwind", "Ltd", "flew", "to", "Portvale", "."};
    NerDocument doc = new NerDocument(words, null, new int[] {0});
    float[] m1 = new float[words.length];
    int[] first = tagger.tag(doc, m1);
    float[] m2 = new float[words.length];
    int[] again = tagger.tag(doc, m2);
    assertThat(again).containsExactly(first);
    assertThat(m2).containsExactly(m1);
    assertThat(NerLabels.type(first[0])).isEqualTo(NerLabels.TYPES.indexOf("PER"));
  }
}
