package dev.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.model.Token;
import dev.dossier.nlp.event.CameoLexicon.Entry;
import dev.dossier.nlp.event.CameoLexicon.Kind;
import dev.dossier.nlp.event.CameoLexicon.Match;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameoLexiconTest {

  /** Tokens with lemmas, one per word ("broke/break"). */
  private static List<Token> tokens(String... words) {
    List<Token> t = new ArrayList<>();
    int at = 0;
    for (String w : words) {
      String[] p = w.split("/");
      t.add(new Token(at, at + p[0].length(), p[0], p.length > 2 ? p[2] : "VBD", p.length > 1 ? p[1] : p[0], 0));
      at += p[0].length() + 1;
    }
    return t;
  }

  @Test
  void shippedLexiconReadsAndUsesCameoCodes() {
    CameoLexicon lex = CameoLexicon.shipped();
    assertThat(lex.size()).isGreaterThan(250);
    List<Token> t = tokens("visited/visit");
    Match m = lex.match(Kind.VERB, t, 0, 0, 1);
    assertThat(m.entry().code()).isEqualTo("042");
    assertThat(m.entry().reverse()).isEqualTo("043");
    assertThat(m.entry().root()).isEqualTo("04");
  }

  @Test
  void theLongestPatternWins() {
    CameoLexicon lex = CameoLexicon.shipped();
    List<Token> t = tokens("broke/break", "off/off", "diplomatic/diplomatic", "relations/relation");
    Match m = lex.match(Kind.VERB, t, 0, 0, t.size());
    assertThat(m.entry().code()).isEqualTo("161");
    assertThat(m.last()).isEqualTo(3);
    List<Token> plain = tokens("broke/break", "the/the", "record/record");
    assertThat(lex.match(Kind.VERB, plain, 0, 0, plain.size())).isNull();
  }

  @Test
  void nounEntriesNeedTheirModifiersRightBeforeTheHead() {
    CameoLexicon lex = CameoLexicon.shipped();
    List<Token> t = tokens("a/a/DT", "military/military/JJ", "operation/operation/NN");
    Match m = lex.match(Kind.NOUN, t, 2, 0, 3);
    assertThat(m.entry().action()).isEqualTo("military operation");
    assertThat(m.first()).isEqualTo(1);
  }

  @Test
  void inflectionRulesBackUpTheLemmatiser() {
    CameoLexicon lex = CameoLexicon.shipped();
    List<Token> t = tokens("welcomed/welcom");
    assertThat(lex.has(Kind.VERB, t.get(0))).isTrue();
    assertThat(lex.match(Kind.VERB, t, 0, 0, 1).entry().code()).isEqualTo("051");
  }

  @Test
  void badLinesAreRejectedWithTheirNumber() {
    assertThatThrownBy(() -> CameoLexicon.parse(List.of("# fine", "04x\tv meet"), "t"))
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> CameoLexicon.parse(List.of("040\tq meet"), "t"))
        .hasMessageContaining("class must be");
    List<Entry> e = CameoLexicon.parse(List.of("161\tv cut <not ties\t| cut ties"), "t");
    assertThat(e.get(0).before()).containsExactly("not");
    assertThat(e.get(0).after()).containsExactly("ties");
  }

  @Test
  void petrarchVerbDictionariesBecomeEntries() {
    // lines written for this test in the PETRARCH2 dictionary format
    List<Entry> e = PetrarchVerbs.parse(List.of(
        "&HAPPY_",
        "+GLAD",
        "+JOYFUL",
        "",
        "--- GREET  [041:042]  ---",
        "GREET    # a comment",
        "- * &HAPPY CROWDS [051]",
        "- NOT * [---]",
        "--- SNUB  [---]  ---",
        "SNUB",
        "- * OPENLY [111]"), "test");
    assertThat(e).extracting(Entry::code).containsExactly("041", "051", "051", "111");
    assertThat(e.get(0).reverse()).isEqualTo("042");
    assertThat(e.get(1).after()).containsExactly("glad", "crowds");
    assertThat(e.get(3).trigger()).isEqualTo("snub");
    CameoLexicon lex = CameoLexicon.of(e);
    List<Token> t = tokens("greeted/greet", "joyful/joyful", "crowds/crowd");
    assertThat(lex.match(Kind.VERB, t, 0, 0, 3).entry().code()).isEqualTo("051");
  }

  @Test
  void petrarchMultiwordFormsKeepTheirMarkedVerb() {
    // lines written for this test in the PETRARCH2 dictionary format
    List<Entry> e = PetrarchVerbs.parse(List.of(
        "--- BLOCK  [190]  ---",
        "+SEAL_OFF {+SEALED_OFF}",
        "PHONE_+TAP",
        "- WILL NOT * [081]"), "test");
    CameoLexicon lex = CameoLexicon.of(e);
    List<Token> sealed = tokens("sealed/seal", "off/off/RP", "the/the/DT", "roads/road/NNS");
    Match m = lex.match(Kind.VERB, sealed, 0, 0, sealed.size());
    assertThat(m.entry().code()).isEqualTo("190");
    assertThat(m.last()).isEqualTo(1);
    List<Token> apart = tokens("sealed/seal", "the/the/DT", "roads/road/NNS", "off/off/RP");
    assertThat(lex.match(Kind.VERB, apart, 0, 0, apart.size())).as("+OFF must follow the verb").isNull();
    List<Token> tap = tokens("will/will/MD", "not/not/RB", "phone/phone/VB", "tap/tap/VB");
    assertThat(lex.match(Kind.VERB, tap, 3, 0, tap.size()).entry().code()).isEqualTo("081");
    List<Token> plain = tokens("they/they/PRP", "phone/phone/VB", "tap/tap/VB");
    assertThat(lex.match(Kind.VERB, plain, 2, 0, plain.size()).entry().code()).isEqualTo("190");
  }

  @Test
  void petrarchWordsGluedToTheVerbMustTouchIt() {
    List<Entry> e = PetrarchVerbs.parse(List.of(
        "--- GRANT  [080]  ---",
        "GRANT",
        "- LATELY_* [025]",
        "- SAID * [024]"), "test");
    CameoLexicon lex = CameoLexicon.of(e);
    List<Token> glued = tokens("lately/lately/RB", "granted/grant");
    assertThat(lex.match(Kind.VERB, glued, 1, 0, 2).entry().code()).isEqualTo("025");
    List<Token> apart = tokens("lately/lately/RB", "did/do", "grant/grant/VB");
    assertThat(lex.match(Kind.VERB, apart, 2, 0, 3).entry().code()).isEqualTo("080");
    // pattern words before the verb may lie before its clause, other entries' may not
    List<Token> said = tokens("said/say", "they/they/PRP", "granted/grant");
    assertThat(lex.match(Kind.VERB, said, 2, 1, 0, 3, false).entry().code()).isEqualTo("024");
    assertThat(lex.match(Kind.VERB, said, 2, 1, 1, 3, false).entry().code()).isEqualTo("080");
  }
}
