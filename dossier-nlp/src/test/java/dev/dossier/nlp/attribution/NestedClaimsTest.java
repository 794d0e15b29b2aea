package dev.dossier.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import dev.dossier.model.Origin;
import dev.dossier.nlp.StandardPipeline;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NestedClaims.inside: a claim reported by a verb of saying in the middle of another's content. */
class NestedClaimsTest {

  private static AttributionInput input(String text) {
    Analysis a = StandardPipeline.upToEntities().analyze(Article.builder().text(text)
        .origin(Origin.file("test", "text")).build());
    return AttributionInput.of(a);
  }

  private static String text(AttributionInput in, AttributionAssembler.Run r) {
    return String.join(" ", Arrays.asList(in.word).subList(r.from(), r.to()));
  }

  /** The content run from the word after {@code after} to the final full stop. */
  private static AttributionAssembler.Run contentAfter(AttributionInput in, String after) {
    int from = Arrays.asList(in.word).indexOf(after) + 1;
    return new AttributionAssembler.Run(AttributionLabels.CONTENT, from, in.size() - 1);
  }

  @Test
  void aRelativeWhoWithAVerbOfSayingInsideAContentIsANestedClaim() {
    AttributionInput in = input("The mayor said the town had hired a builder who said he was never paid for the roof.");
    AttributionAssembler.Run[] inner = NestedClaims.inside(in, contentAfter(in, "said"));
    assertNotNull(inner);
    assertEquals("said", text(in, inner[0]));
    assertEquals("who", text(in, inner[1]));
    assertEquals("he was never paid for the roof", text(in, inner[2]));
  }

  @Test
  void aPronounWithAVerbOfWarningInsideAContentIsANestedClaim() {
    AttributionInput in = input("The clerk wrote that the council ignored the flood maps, and she warned that the dam was weak.");
    AttributionAssembler.Run[] inner = NestedClaims.inside(in, contentAfter(in, "wrote"));
    assertNotNull(inner);
    assertEquals("warned", text(in, inner[0]));
    assertEquals("she", text(in, inner[1]));
    assertEquals("the dam was weak", text(in, inner[2]));
  }

  @Test
  void theOuterContentEndsBeforeTheNestedClaimsSource() {
    AttributionInput in = input("The clerk wrote that the council ignored the flood maps, and she warned that the dam was weak.");
    AttributionAssembler.Run content = contentAfter(in, "wrote");
    AttributionAssembler.Run[] inner = NestedClaims.inside(in, content);
    assertNotNull(inner);
    assertEquals("that the council ignored the flood maps", text(in, NestedClaims.before(in, content, inner[1])));
  }

  @Test
  void aVerbOfBeliefInsideAContentIsLeftToTheOuterSource() {
    AttributionInput in = input("The coach said the players were tired and they think the schedule is far too long.");
    assertNull(NestedClaims.inside(in, contentAfter(in, "said")));
  }

  @Test
  void aVerbWithoutASubjectOfItsOwnIsNoNestedClaim() {
    AttributionInput in = input("The coach said the team played hard and the fans cheered every single goal.");
    assertNull(NestedClaims.inside(in, contentAfter(in, "said")));
  }
}
