package dev.dossier.store;

import dev.dossier.model.Analysis;
import dev.dossier.model.EntityType;
import dev.dossier.model.SourceKind;
import java.util.Random;

/** Many small, distinct, deterministic analyses for volume and crash tests. */
final class Synthetic {
  private Synthetic() {}

  private static final String[] PEOPLE = {"Mara Quist", "Ivo Brandt", "Lena Ortiz", "Piet Landau", "Ada Lind"};
  private static final String[] PLACES = {"Kestrel", "Dunmore", "Ostmark", "Veldora"};
  private static final String[] TOPICS = {"budget", "harbour", "railway", "election", "tariff", "drought"};

  static Analysis analysis(int i) {
    Random r = new Random(i);
    String who = PEOPLE[r.nextInt(PEOPLE.length)];
    String where = PLACES[r.nextInt(PLACES.length)];
    String topic = TOPICS[r.nextInt(TOPICS.length)];
    String text = who + " spoke about the " + topic + " in " + where + " on day " + i + ". "
        + "Aides said the " + topic + " plan number " + i + " would be reviewed. "
        + "Figures show " + (r.nextInt(90) + 5) + "% support for item " + (i * 7919 % 100_003) + ".";
    Fixture f = Fixture.article(i % 3 == 0 ? "Meridian Wire" : "Harbor Courier",
        "2026-" + String.format("%02d-%02d", 1 + i % 12, 1 + i % 28), "Report " + i + " on the " + topic, text);
    f.entity(who, EntityType.PERSON);
    f.entity(where, EntityType.GPE);
    f.attribution("Aides", null, SourceKind.ANONYMOUS, true, "said", "say",
        "the " + topic + " plan number " + i + " would be reviewed");
    return f.build();
  }
}
