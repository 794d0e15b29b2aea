package dev.dossier.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderTest {

  private static List<ConllDocument> read(String s) throws Exception {
    return ConllReader.read(new BufferedReader(new StringReader(s)), "test.conll");
  }

  @Test
  void documentsAndSentences() throws Exception {
    List<ConllDocument> docs = read("-DOCSTART- -X- O\n\nAcme NNP B-ORG\nwins VBZ O\n\nIt PRP O\n\n"
        + "-DOCSTART- -X- O\n\nOslo NNP B-LOC\n");
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).sentences()).hasSize(2);
    assertThat(docs.get(0).sentences().get(0).words()).containsExactly("Acme", "wins");
    assertThat(docs.get(0).sentences().get(0).column(-1)).containsExactly("B-ORG", "O");
    assertThat(docs.get(0).sentences().get(0).line()).isEqualTo(3);
    assertThat(docs.get(1).tokens()).isEqualTo(1);
  }

  @Test
  void fileWithoutDocstartIsOneDocument() throws Exception {
    assertThat(read("a O\nb O\n\nc O\n")).hasSize(1);
  }

  @Test
  void rejectsRaggedRowsNamingTheLine() {
    assertThatThrownBy(() -> read("a NN O\nb O\n")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.conll:2");
  }
}
