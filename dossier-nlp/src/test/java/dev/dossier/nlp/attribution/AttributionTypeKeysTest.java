package dev.dossier.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import dev.dossier.model.Origin;
import dev.dossier.nlp.StandardPipeline;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The tagger sums the first-pass keys that depend on one token alone once per token type
 * ({@link AttributionFeatures#typeKeys}, in parts for the token itself and its neighbours) and adds
 * the others ({@link AttributionFeatures#extractContext}); together they must be exactly the keys
 * of {@link AttributionFeatures#extract}, or the cached sums would be of other features.
 */
class AttributionTypeKeysTest {

  private static AttributionInput input(String text) {
    return AttributionInput.of(StandardPipeline.create()
        .analyze(Article.builder().text(text).origin(Origin.file("test", "text")).build()));
  }

  @Test
  void typeKeysAndContextKeysAreTogetherTheFullKeys() {
    AttributionInput in = input("\u201cWe will rebuild the old mill by 2031,\u201d said Anna Brekke-Holm, the mayor of"
        + " Portvale.\n\nNorthwind Ltd said on Tuesday that its staff had been told.\n\nNo.\n\nIt rained.");
    AttributionFeatures f = new AttributionFeatures();
    long[][] edge = AttributionFeatures.edgeKeys();
    assertThat(in.paragraphCount()).isEqualTo(4);
    for (int p = 0; p < in.paragraphCount(); p++) {
      int from = in.paragraphs[p];
      int n = in.paragraphs[p + 1] - from;
      long[][] full = f.extract(in, p);
      long[][] context = f.extractContext(in, p);
      for (int i = 0; i < n; i++) {
        long[][][] parts = {
            f.typeKeys(AttributionFeatures.type(in, from + i)),
            i > 0 ? f.typeKeys(AttributionFeatures.type(in, from + i - 1)) : edge,
            i + 1 < n ? f.typeKeys(AttributionFeatures.type(in, from + i + 1)) : edge,
            i > 1 ? f.typeKeys(AttributionFeatures.type(in, from + i - 2)) : edge,
            i + 2 < n ? f.typeKeys(AttributionFeatures.type(in, from + i + 2)) : edge};
        long[] both = context[i];
        for (int part = 0; part < AttributionFeatures.PARTS; part++) {
          long[] k = parts[part][part];
          int at = both.length;
          both = Arrays.copyOf(both, at + k.length);
          System.arraycopy(k, 0, both, at, k.length);
        }
        Arrays.sort(both);
        long[] expected = full[i].clone();
        Arrays.sort(expected);
        assertThat(both).as("paragraph %d token %d %s", p, i, in.word[from + i]).containsExactly(expected);
        assertThat(context[i].length).as("most keys read more than one token").isLessThan(full[i].length);
      }
    }
  }

  @Test
  void tokensOfOneWordLemmaTagMentionTypeAndQuotationStateAreOneType() {
    AttributionFeatures.TokenType a = new AttributionFeatures.TokenType("mill", "mill", "NN", "O", false);
    AttributionFeatures.TokenType b = new AttributionFeatures.TokenType(new String("mill"), "mill", "NN", "O", false);
    assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(new AttributionFeatures.TokenType("mill", "mill", "NN", "O", true)).isNotEqualTo(a);
    assertThat(new AttributionFeatures.TokenType("Mill", "mill", "NN", "O", false)).isNotEqualTo(a);
    assertThat(new AttributionFeatures.TokenType("mill", "mill", "VB", "O", false)).isNotEqualTo(a);
    assertThat(new AttributionFeatures.TokenType("mill", "mill", "NN", "NOMINAL", false)).isNotEqualTo(a);
  }

  @Test
  void tagsARepeatedArticleTheSameWayOnceItsTokenTypesAreCached() {
    AttributionTagger tagger = AttributionModel.shipped().tagger();
    AttributionInput in = input("The harbour master said the ferry would not sail before Friday.");
    AttributionTagger.FirstPass first = tagger.firstPassScored(in);
    int[] labels = tagger.tag(in);
    AttributionTagger.FirstPass again = tagger.firstPassScored(in);
    assertThat(tagger.tag(in)).containsExactly(labels);
    assertThat(again.labels()).containsExactly(first.labels());
    assertThat(again.cue()).containsExactly(first.cue());
    int said = Arrays.asList(in.word).indexOf("said");
    assertThat(labels[said]).isEqualTo(AttributionLabels.begin(AttributionLabels.CUE));
  }
}
