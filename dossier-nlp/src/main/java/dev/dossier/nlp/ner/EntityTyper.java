package dev.dossier.nlp.ner;

import dev.dossier.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Refines the CoNLL type the tagger predicts into Dossier's product types with lexicons written for
 * the project: PER is {@link EntityType#PERSON}; ORG is {@link EntityType#ORG}; LOC is
 * {@link EntityType#LOC} for continents, regions, waters, mountains and estates (a listed name, a
 * geographic head word such as "Sea" or "River", or a name like "Mar-a-Lago") and
 * {@link EntityType#GPE} otherwise (countries, states and cities are most LOC mentions in news);
 * MISC is {@link EntityType#NORP} for nationalities, religions and parties, {@link EntityType#LAW}
 * when its last word is "Act", "Accords", "Treaty"..., {@link EntityType#EVENT} when it is "War",
 * "Olympics", "Summit"..., and {@link EntityType#MISC} otherwise. Immutable; thread-safe.
 */
public final class EntityTyper {

  private static final Set<String> GEO_HEADS = Set.of("Sea", "Ocean", "River", "Lake", "Mountains", "Mountain",
      "Mount", "Mt.", "Valley", "Desert", "Gulf", "Bay", "Strait", "Straits", "Peninsula", "Island", "Islands",
      "Canal", "Coast", "Heights", "Plateau", "Basin", "Hills", "Range", "Forest", "Park", "Square", "Street",
      "Avenue", "Airport", "Bridge", "Channel", "Cape", "Glacier", "Falls", "Region", "Corridor", "Crossing");

  private final Set<String> gpe;
  private final Set<String> loc;
  private final Set<String> norp;
  private final Set<String> law;
  private final Set<String> event;

  private EntityTyper(Set<String> gpe, Set<String> loc, Set<String> norp, Set<String> law, Set<String> event) {
    this.gpe = gpe;
    this.loc = loc;
    this.norp = norp;
    this.law = law;
    this.event = event;
  }

  /**
   * The typer with the lexicons shipped in {@code dev/dossier/nlp/ner/lexicon/}.
   *
   * @throws UncheckedIOException if a lexicon is missing from the class path
   */
  public static EntityTyper standard() {
    return new EntityTyper(read("gpe"), read("loc"), read("norp"), read("law"), read("event"));
  }

  /** Reads a shipped lexicon: one entry per line, {@code #} comments. */
  static Set<String> read(String name) {
    String path = "/dev/dossier/nlp/ner/lexicon/" + name + ".txt";
    try (InputStream in = EntityTyper.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("lexicon " + path + " is missing from the class path"));
      }
      Set<String> out = new HashSet<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line);
        }
      }
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + path, e);
    }
  }

  /** Whether {@code name} is a listed country, state or city. */
  public boolean isGpe(String name) {
    return gpe.contains(name);
  }

  /** Whether {@code name} is a listed nationality, religion or political group. */
  public boolean isNorp(String name) {
    return norp.contains(name);
  }

  /**
   * The product type of a mention.
   *
   * @param conll PER, ORG, LOC or MISC
   * @param words the mention's tokens
   * @throws IllegalArgumentException for another CoNLL type
   */
  public EntityType type(String conll, String[] words) {
    String name = String.join(" ", words);
    String last = words[words.length - 1];
    switch (conll) {
      case "PER":
        return EntityType.PERSON;
      case "ORG":
        return EntityType.ORG;
      case "LOC":
        if (loc.contains(name) || (GEO_HEADS.contains(last) && words.length > 1) || GEO_HEADS.contains(words[0])
            || (words.length == 1 && name.matches("\\p{Lu}\\p{L}+(-\\p{Ll}+)+-\\p{Lu}\\p{L}*"))) {
          return EntityType.LOC;
        }
        return EntityType.GPE;
      case "MISC":
        if (norp.contains(name) || norp.contains(titleCase(name))) {
          return EntityType.NORP;
        }
        if (law.contains(last)) {
          return EntityType.LAW;
        }
        if (event.contains(last) || (words.length > 1 && event.contains(words[words.length - 2] + " " + last))) {
          return EntityType.EVENT;
        }
        if (words.length == 1 && gpe.contains(name.replaceAll("(ian|ese|ish|i|n)$", ""))) {
          return EntityType.NORP;
        }
        return EntityType.MISC;
      default:
        throw new IllegalArgumentException("not a CoNLL type: " + conll);
    }
  }

  private static String titleCase(String s) {
    return s.isEmpty() ? s : s.charAt(0) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
