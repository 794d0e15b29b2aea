package dev.dossier.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConllTaggingTest {

  @Test
  void appendsATagAndPassesOtherLinesThrough() throws Exception {
    String in = "-DOCSTART- -X- -X- O\n\nAngela NNP B-PER\nMerkel NNP I-PER\nvisited VBD O\nParis NNP B-LOC\n. . O\n\n"
        + "-DOCSTART- -X- -X- O\n\nHello UH O\n";
    StringWriter out = new StringWriter();
    long n = ConllTagging.tag(new BufferedReader(new StringReader(in)), new PrintWriter(out),
        NerModel.shipped().tagger());
    String[] lines = out.toString().split("\n", -1);
    assertThat(n).isEqualTo(6);
    assertThat(lines[0]).isEqualTo("-DOCSTART- -X- -X- O");
    assertThat(lines[1]).isEmpty();
    assertThat(lines[2]).isEqualTo("Angela NNP B-PER B-PER");
    assertThat(lines[3]).isEqualTo("Merkel NNP I-PER I-PER");
    assertThat(lines[5]).isEqualTo("Paris NNP B-LOC B-LOC");
    assertThat(lines[8]).isEqualTo("-DOCSTART- -X- -X- O");
    assertThat(lines[10]).startsWith("Hello UH O ");
  }
}
