package dev.dossier.store;

import dev.dossier.model.Analysis;
import dev.dossier.model.EntityType;
import dev.dossier.model.Modality;
import dev.dossier.model.Role;
import dev.dossier.model.SourceKind;
import dev.dossier.model.TimeRelation;
import java.util.List;

/**
 * A small developing story about a fictional country, written for these tests: a meeting, a
 * budget deadline later met, talks expected to resume, a poll that another poll contradicts, a
 * wire copy, opposite statements about fuel taxes, and two unrelated people who share a name.
 */
public final class Scenario {
  private Scenario() {}

  static final String WIRE_TEXT =
      "Prime Minister Anika Rostova met President Tomas Veld in Kestrel on Monday to discuss the border ceasefire. "
          + "Rostova must pass the budget by March 31 or the coalition could collapse, officials close to the prime "
          + "minister said. A Northway Polling survey found 48% approval of the government among Veldorans. "
          + "Government spokesman Piet Landau said the ceasefire talks will resume in Kestrel next week. "
          + "Parliament will hold a general election in October.";

  /** Meridian Wire's report (A), or the Valley Post's copy of it (B). */
  public static Analysis wire(boolean copy) {
    String text = copy ? WIRE_TEXT.replace("on Monday", "on Monday morning") : WIRE_TEXT;
    Fixture f = copy
        ? Fixture.article("Valley Post", "2026-01-05", "Rostova and Veld meet in Kestrel", text)
        : Fixture.article("Meridian Wire", "2026-01-05", "Rostova meets Veld as budget deadline nears", text);
    int rostova = f.entity("Anika Rostova", EntityType.PERSON, "kb:rostova", "government", List.of("Prime Minister"),
        List.of(new Role("head of government", "Veldora", "2024-05-01", null)), "Rostova");
    int veld = f.entity("Tomas Veld", EntityType.PERSON, "kb:veld", null, List.of("President"),
        List.of(new Role("head of state", "Veldora", "2022-02-01", null)));
    f.entity("Kestrel", EntityType.GPE);
    int northway = f.entity("Northway Polling", EntityType.ORG, null, "pollster", List.of(), List.of());
    int landau = f.entity("Piet Landau", EntityType.PERSON, null, null, List.of("Government spokesman"), List.of());
    f.entity("Veldorans", EntityType.NORP);
    int monday = f.time("Monday", "2026-01-05", TimeRelation.PAST);
    int march = f.time("March 31", "2026-03-31", TimeRelation.FUTURE);
    int week = f.time("next week", "2026-W03", TimeRelation.FUTURE);
    int october = f.time("October", "2026-10", TimeRelation.FUTURE);
    f.attribution("officials close to the prime minister", null, SourceKind.ANONYMOUS, true, "said", "say",
        "Rostova must pass the budget by March 31 or the coalition could collapse");
    f.attribution("Piet Landau", landau, SourceKind.PERSON, false, "said", "say",
        "the ceasefire talks will resume in Kestrel next week");
    f.figure("48%", 48, "%", "approval", "the government", "Veldorans", null, northway);
    f.event("Prime Minister Anika Rostova met President Tomas Veld in Kestrel", "met", "meet", "040", rostova, veld,
        monday, Modality.HAPPENED);
    int pass = f.event("Rostova must pass the budget", "pass", "pass budget", null, rostova, null, march,
        Modality.EXPECTED);
    f.expectation("Rostova must pass the budget by March 31", "pass the budget", "deadline", "2026-03-31", march,
        "the coalition could collapse", pass, Modality.EXPECTED);
    f.expectation("the ceasefire talks will resume in Kestrel next week", "the ceasefire talks will resume",
        "expected action", "2026-W03", week, null, null, Modality.EXPECTED);
    f.expectation("Parliament will hold a general election in October", "a general election", "scheduled", null,
        october, null, null, Modality.EXPECTED);
    return f.build();
  }

  /** Harbor Courier (C): anonymous officials confirm the talks; the opposition leader on fuel taxes. */
  public static Analysis courier() {
    Fixture f = Fixture.article("Harbor Courier", "2026-01-07", "Ceasefire talks to resume, say Veldoran officials",
        "Senior Veldoran officials said the ceasefire talks will resume in Kestrel next week after a pause. "
            + "Anika Rostova, the prime minister, faces a budget deadline at the end of March. "
            + "Opposition leader Mara Quist said the government will not raise fuel taxes this year.");
    f.entity("Anika Rostova", EntityType.PERSON, null, null, List.of("prime minister"), List.of());
    f.entity("Kestrel", EntityType.GPE);
    int quist = f.entity("Mara Quist", EntityType.PERSON, null, null, List.of("Opposition leader"), List.of());
    f.attribution("Senior Veldoran officials", null, SourceKind.ANONYMOUS, true, "said", "say",
        "the ceasefire talks will resume in Kestrel next week after a pause");
    f.attribution("Mara Quist", quist, SourceKind.PERSON, false, "said", "say",
        "the government will not raise fuel taxes this year");
    return f.build();
  }

  /** Valley Post (D): a second poll with another figure; the finance minister on fuel taxes. */
  public static Analysis poll() {
    Fixture f = Fixture.article("Valley Post", "2026-01-08", "Poll shows slide in support for Rostova government",
        "A new Northway Polling survey put approval of the government among Veldorans at 41%. "
            + "Finance Minister Ivo Brandt said the government will raise fuel taxes this year. "
            + "Rostova dismissed the poll during a visit to Kestrel.");
    int northway = f.entity("Northway Polling", EntityType.ORG, null, "pollster", List.of(), List.of());
    f.entity("Veldorans", EntityType.NORP);
    int brandt = f.entity("Ivo Brandt", EntityType.PERSON, null, null, List.of("Finance Minister"), List.of());
    f.entity("Rostova", EntityType.PERSON);
    f.entity("Kestrel", EntityType.GPE);
    f.attribution("Ivo Brandt", brandt, SourceKind.PERSON, false, "said", "say",
        "the government will raise fuel taxes this year");
    f.figure("41%", 41, "%", "approval", "the government", "Veldorans", null, northway);
    return f.build();
  }

  /** Meridian Wire (E): the budget passes. */
  public static Analysis budgetPassed() {
    Fixture f = Fixture.article("Meridian Wire", "2026-03-30", "Parliament passes Rostova's budget",
        "Parliament passed the budget on Monday, ending weeks of uncertainty for Prime Minister Anika Rostova's "
            + "coalition. The vote in Kestrel was close.");
    f.entity("Anika Rostova", EntityType.PERSON, "kb:rostova", "government", List.of("Prime Minister"),
        List.of(new Role("head of government", "Veldora", "2024-05-01", null)));
    f.entity("Kestrel", EntityType.GPE);
    int monday = f.time("Monday", "2026-03-30", TimeRelation.PAST);
    f.event("Parliament passed the budget", "passed", "pass budget", null, null, null, monday, Modality.HAPPENED);
    return f.build();
  }

  /** A sports report (F) with a John Miller. */
  public static Analysis sportsMiller() {
    Fixture f = Fixture.article("Dunmore Daily", "2026-01-06", "Miller double lifts Kestrel United",
        "John Miller scored twice as Kestrel United beat Harbor Rovers in Dunmore on Saturday. "
            + "Coach Lena Ortiz praised Miller after the match at Riverside Park.");
    f.entity("John Miller", EntityType.PERSON, "Miller");
    f.entity("Kestrel United", EntityType.ORG);
    f.entity("Harbor Rovers", EntityType.ORG);
    f.entity("Dunmore", EntityType.GPE);
    f.entity("Lena Ortiz", EntityType.PERSON);
    f.entity("Riverside Park", EntityType.LOC);
    return f.build();
  }

  /** A politics report (G) with another John Miller. */
  public static Analysis senatorMiller() {
    Fixture f = Fixture.article("Ostmark Ledger", "2026-01-06", "Senator proposes farm tax bill",
        "Senator John Miller of Ostmark proposed a farm tax bill with Governor Ada Lind. "
            + "The Ostmark Farm Bureau welcomed the bill, and the Capital Assembly will debate it.");
    f.entity("John Miller", EntityType.PERSON, null, null, List.of("Senator"), List.of());
    f.entity("Ostmark Farm Bureau", EntityType.ORG);
    f.entity("Ostmark", EntityType.GPE);
    f.entity("Ada Lind", EntityType.PERSON);
    f.entity("Capital Assembly", EntityType.ORG);
    return f.build();
  }

  /** Every article, in publication order. */
  public static List<Analysis> all() {
    return List.of(wire(false), wire(true), sportsMiller(), senatorMiller(), courier(), poll(), budgetPassed());
  }
}
