package dev.dossier.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpanScoreTest {

  @Test
  void exactSpansOnly() {
    SpanScore s = new SpanScore();
    s.add(new String[] {"B-PER", "I-PER", "O", "B-LOC"}, new String[] {"B-PER", "O", "O", "B-LOC"});
    // gold: PER[0,2) LOC[3,4); predicted: PER[0,1) LOC[3,4): one of two right
    assertThat(s.prf(null)).containsExactly(new double[] {50, 50, 50}, within(1e-9));
    assertThat(s.prf("LOC")[2]).isEqualTo(100.0);
    assertThat(s.prf("PER")[2]).isEqualTo(0.0);
  }

  @Test
  void readsIob1AndBilou() {
    SpanScore s = new SpanScore();
    // IOB1: I- after O starts a chunk; B- only between same-type chunks
    s.add(new String[] {"I-ORG", "I-ORG", "B-ORG", "O"}, new String[] {"B-ORG", "L-ORG", "U-ORG", "O"});
    assertThat(s.prf(null)[2]).isEqualTo(100.0);
  }

  @Test
  void typeChangeEndsAChunk() {
    SpanScore s = new SpanScore();
    s.add(new String[] {"B-PER", "I-PER"}, new String[] {"B-PER", "I-ORG"});
    assertThat(s.prf(null)[0]).isEqualTo(0.0);
    assertThat(s.table()).contains("overall");
  }
}
