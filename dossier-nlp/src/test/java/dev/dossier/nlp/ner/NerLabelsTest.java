package dev.dossier.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NerLabelsTest {

  @Test
  void iobToBilouAndBack() {
    String[] iob2 = {"B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "O"};
    int[] y = NerLabels.fromIob(iob2);
    assertThat(new String(new char[] {NerLabels.position(y[0]), NerLabels.position(y[1]), NerLabels.position(y[2]),
        NerLabels.position(y[3]), NerLabels.position(y[4]), NerLabels.position(y[5])})).isEqualTo("BILOUU");
    assertThat(NerLabels.toIob2(y, 0, y.length)).containsExactly(iob2);
  }

  @Test
  void iob1StartsAChunkAtTypeChange() {
    int[] y = NerLabels.fromIob(new String[] {"I-ORG", "I-ORG", "I-LOC"});
    assertThat(NerLabels.toIob2(y, 0, 3)).containsExactly("B-ORG", "I-ORG", "B-LOC");
  }

  @Test
  void transitionsFollowBilou() {
    boolean[] a = NerLabels.allowedTransitions();
    int l = NerLabels.count();
    int bPer = NerLabels.label('B', 0);
    int lPer = NerLabels.label('L', 0);
    int iOrg = NerLabels.label('I', 1);
    assertThat(a[bPer * l + lPer]).isTrue();
    assertThat(a[bPer * l + iOrg]).isFalse();
    assertThat(a[NerLabels.O * l + lPer]).isFalse();
    assertThat(NerLabels.allowedEnd()[bPer]).isFalse();
  }

  @Test
  void unknownTypeIsRejected() {
    assertThatThrownBy(() -> NerLabels.fromIob(new String[] {"B-geo"})).hasMessageContaining("B-geo");
  }
}
