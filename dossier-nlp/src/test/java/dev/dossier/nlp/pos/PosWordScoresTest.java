package dev.dossier.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.nlp.train.LinearChain;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PosWordScoresTest {

  private static final String[] SENTENCE = {"\u201cWe", "will", "not", "back", "down", ",", "\u201d", "the",
      "well-known", "mayor", "of", "Port-au-Prince", "told", "reporters", "on", "Sept.", "5", "."};

  @Test
  void aTokensKeysAreItsWordKeysThenItsContextKeys() {
    PosFeatures f = new PosFeatures();
    long[][] all = f.extract(SENTENCE, 0, SENTENCE.length);
    PosFeatures.Context c = f.context(SENTENCE, 0, SENTENCE.length);
    long[] buf = new long[16];
    for (int i = 0; i < SENTENCE.length; i++) {
      long[] own = f.wordKeys(SENTENCE[i]);
      int k = PosFeatures.contextKeys(c, i, buf);
      long[] joined = Arrays.copyOf(own, own.length + k);
      System.arraycopy(buf, 0, joined, own.length, k);
      assertThat(all[i]).as(SENTENCE[i]).containsExactly(joined);
    }
    // a word's own keys do not depend on where it stands
    long[] mayor = f.wordKeys("mayor");
    assertThat(Arrays.copyOf(f.extract(new String[] {"mayor"}, 0, 1)[0], mayor.length)).containsExactly(mayor);
    assertThat(Arrays.copyOf(all[9], mayor.length)).containsExactly(mayor);
  }

  @Test
  void tagsFromCachedWordScoresAsFromTheFullKeys() {
    LinearChain model = PosModel.shipped().tagger().model();
    PosTagger tagger = new PosTagger(model);
    String[] first = tagger.tag(SENTENCE, 0, SENTENCE.length); // fills the cache
    String[] again = tagger.tag(SENTENCE, 0, SENTENCE.length); // reads it
    assertThat(again).containsExactly(first);
    // the same decisions as summing every key of each token in extract's order, with no cache
    long[][] keys = new PosFeatures().extract(SENTENCE, 0, SENTENCE.length);
    int l = model.labelCount();
    float[] emit = new float[SENTENCE.length * l];
    for (int t = 0; t < SENTENCE.length; t++) {
      model.score(keys[t], emit, t * l);
    }
    int[] best = new int[SENTENCE.length];
    model.viterbi(emit, SENTENCE.length, best, null);
    String[] expected = new String[SENTENCE.length];
    for (int t = 0; t < best.length; t++) {
      expected[t] = model.labelsView()[best[t]];
    }
    assertThat(first).containsExactly(expected);
    assertThat(first[12]).isEqualTo("VBD"); // told
  }
}
