package dev.dossier.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.nlp.pos.Lemmatizer;
import org.junit.jupiter.api.Test;

class CueLexiconTest {

  @Test
  void verbsOfSayingAreFoundFromTheLemmatisersFormsOfTheirInflections() {
    Lemmatizer lemmatizer = Lemmatizer.standard();
    for (String[] form : new String[][] {{"said", "VBD"}, {"added", "VBD"}, {"decided", "VBN"},
        {"described", "VBD"}, {"quoted", "VBN"}, {"concluding", "VBG"}, {"warns", "VBZ"}}) {
      String lemma = lemmatizer.lemma(form[0], form[1]);
      assertTrue(CueLexicon.isVerb(lemma), form[0] + " -> " + lemma);
    }
    assertTrue(CueLexicon.isVerb("say"));
    assertFalse(CueLexicon.isVerb("walk"));
    assertFalse(CueLexicon.isVerb(""));
    assertFalse(CueLexicon.isVerb(null));
  }
}
