package dev.dossier.nlp.time.timeml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Analysis;
import dev.dossier.model.Layers;
import dev.dossier.nlp.testing.StageAssertions;
import dev.dossier.nlp.text.TokenizeStage;
import dev.dossier.nlp.time.TimesStage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeMlWriterTest {

  private static final String DOC = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>TEST-1</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2025-12-29" temporalFunction="false" functionInDocument="CREATION_TIME">2025-12-29</TIMEX3></DCT>
      <TEXT>
      Shares of A&amp;B <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t9" type="DATE" value="2025-12-29">today</TIMEX3>.
      Output doubled between 2019 and 2021 &lt;company data&gt;.
      </TEXT>
      <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t9"/>
      </TimeML>
      """;

  @Test
  void readsTextAndDct() {
    TimeMlDocument d = TimeMlDocument.parse(DOC);
    assertThat(d.dctValue()).isEqualTo("2025-12-29");
    assertThat(d.dctTid()).isEqualTo("t0");
    assertThat(d.text()).contains("Shares of A&B fell today.").contains("<company data>");
    assertThat(d.timexes()).hasSize(1);
    assertThat(d.text().substring(d.timexes().get(0).start(), d.timexes().get(0).end())).isEqualTo("today");
  }

  @Test
  void writesOwnTagsAndKeepsTheText() {
    TimeMlDocument d = TimeMlDocument.parse(DOC);
    Analysis a = StageAssertions.run(d.text(), d.dctValue(), new TimesStage(), new TokenizeStage());
    String out = new TimeMlWriter().write(d, TimeMlWriter.tags(a.layer(Layers.TIMES)));
    assertThat(out).contains("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-12-29\"");
    assertThat(out).doesNotContain("<EVENT").doesNotContain("TLINK").doesNotContain("tid=\"t9\"");
    assertThat(out).contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-12-29\">today</TIMEX3>");
    // a range becomes two TIMEX3s, one per end point
    assertThat(out).contains("between <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2019\">2019</TIMEX3> and "
        + "<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"2021\">2021</TIMEX3>");
    // the text itself is unchanged: reading the output back gives the same characters
    TimeMlDocument back = TimeMlDocument.parse(out);
    assertThat(back.text()).isEqualTo(d.text());
    assertThat(back.timexes()).hasSize(3);
    assertThat(out).contains("A&amp;B").contains("&lt;company data&gt;");
  }

  @Test
  void rejectsOverlappingTags() {
    TimeMlDocument d = TimeMlDocument.parse(DOC);
    List<TimeMlWriter.Tag> tags = List.of(new TimeMlWriter.Tag(1, 5, "DATE", "2025", null),
        new TimeMlWriter.Tag(3, 8, "DATE", "2025", null));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TimeMlWriter().write(d, tags))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlaps");
  }

  @Test
  void documentWithoutTextIsAnError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimeMlDocument.parse("<TimeML></TimeML>"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<TEXT>");
  }
}
