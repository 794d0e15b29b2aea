package dev.dossier.nlp.attribution;

import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.SourceKind;
import dev.dossier.nlp.attribution.AttributionAssembler.Run;
import java.util.List;
import java.util.Set;

/**
 * Corrections of a source's kind that the head word and its entity get wrong:
 *
 * <ul>
 *   <li>a percentage as source ("47% said they would prefer ...") is a share of a poll's
 *       respondents: the source is the poll, not unnamed people ({@link #percentage});
 *   <li>a person's office ("his office said", "Lapid's office said") speaks for the person's
 *       office, an organisation or government, not as the person ({@link #officeHolder});
 *   <li>a name after a title of peerage or knighthood ("Lord Smith", "Baroness Jones", "Sir John
 *       Smith") is a person, whatever type the name tagger gave it ({@link #peer}).
 * </ul>
 *
 * Stateless; thread-safe.
 */
final class SourceKinds {
  private SourceKinds() {}

  private static final Set<String> PEER_TITLES = Set.of("lord", "lady", "baroness", "baron", "sir", "dame",
      "viscount", "viscountess", "earl", "countess");
  private static final Set<String> OFFICES = Set.of("office", "offices", "bureau", "chancellery", "cabinet");
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its");

  /** Whether source run {@code source} is a percentage ("47%", "41 percent") and nothing else. */
  static boolean percentage(AttributionInput in, Run source) {
    int to = source.to();
    int from = source.from();
    if (to - from < 2 || to - from > 3 || !in.pos[from].equals("CD") && !"about".equals(in.lower[from])) {
      return false;
    }
    String last = in.lower[to - 1];
    return (last.equals("%") || last.equals("percent") || last.equals("per cent")) && in.pos[to - 2].equals("CD");
  }

  /**
   * The pollster named before {@code source} in its sentence ("In a Northstar survey ..., 47%
   * said"), or null.
   */
  static Integer pollster(AttributionInput in, Run source, List<Mention> mentions, List<Entity> entities) {
    int s = in.sentence[source.from()];
    for (int i = source.from() - 1; i >= 0 && in.sentence[i] == s; i--) {
      int m = in.mention[i];
      Integer e = m >= 0 ? mentions.get(m).entity() : null;
      if (e != null && e < entities.size() && AttributionAssembler.kindOf(entities.get(e)) == SourceKind.POLL_OR_DOCUMENT) {
        return e;
      }
    }
    return null;
  }

  /**
   * The entity of the holder of the office a source names ("his office", "Lapid's office"), -1
   * when the source names no office with its holder before it, null when the holder has no entity.
   */
  static Integer officeHolder(AttributionInput in, Run source, List<Mention> mentions) {
    for (int i = source.from() + 1; i < source.to() && i <= source.from() + 4; i++) {
      if (!OFFICES.contains(in.lower[i])) {
        continue;
      }
      String before = in.lower[i - 1];
      int holder = POSSESSIVES.contains(before) ? i - 1
          : (before.equals("'s") || before.equals("'")) && i >= 2 ? i - 2 : -2;
      if (holder < source.from()) {
        return -1;
      }
      int m = in.mention[holder];
      return m >= 0 ? mentions.get(m).entity() : null;
    }
    return -1;
  }

  /** Whether a peerage or knighthood title stands right before the name at {@code head}'s phrase. */
  static boolean peer(AttributionInput in, Run source, int head) {
    for (int i = head - 1; i >= source.from(); i--) {
      if (PEER_TITLES.contains(in.lower[i])) {
        return Character.isUpperCase(in.word[i].charAt(0)) && i + 1 <= head
            && Character.isUpperCase(in.word[i + 1].charAt(0));
      }
      if (!in.pos[i].startsWith("NNP")) {
        return false;
      }
    }
    return false;
  }

  /** The kind of a person's office: the government when the person holds a role, else an organisation. */
  static SourceKind officeKind(Entity holder) {
    return holder != null && holder.type() == EntityType.PERSON && !holder.roles().isEmpty()
        ? SourceKind.GOVERNMENT : SourceKind.ORGANIZATION;
  }
}
