package dev.dossier.cli;

import dev.dossier.store.Store;
import dev.dossier.store.query.ActorProfile;
import dev.dossier.store.query.ActorSummary;
import dev.dossier.store.query.ClaimView;
import dev.dossier.store.query.Days;
import dev.dossier.store.query.EventView;
import dev.dossier.store.query.QuotedBy;
import dev.dossier.store.query.RoleView;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier actor}: what the store knows about an actor. */
@Command(name = "actor", mixinStandardHelpOptions = true,
    description = "An actor across articles: names, roles, positions (what they say), recent events, who quotes them.")
final class ActorCommand implements Callable<Integer> {

  /** How many other actors a name may mean are listed. */
  private static final int OTHER_CANDIDATES = 5;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "NAME", arity = "1..*", description = "A name, alias or actor id.")
  List<String> name;

  @Mixin
  StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String n = String.join(" ", name);
    try (Store s = store.openExisting()) {
      Optional<ActorProfile> found = s.actor(n);
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("dossier actor: no actor named '" + n + "' in " + store.location());
        return 1;
      }
      ActorProfile p = found.get();
      ActorSummary a = p.actor();
      out.println(a.name() + "  (actor " + a.id() + ", " + a.type().toLowerCase(java.util.Locale.ROOT)
          + (a.kbId() == null ? "" : ", " + a.kbId()) + ")");
      out.println("  in " + a.articles() + (a.articles() == 1 ? " article, " : " articles, ") + a.mentions()
          + (a.mentions() == 1 ? " mention, " : " mentions, ")
          + Days.span(a.firstDay(), a.lastDay()));
      List<ActorSummary> others = s.findActors(n, OTHER_CANDIDATES + 1).stream().filter(o -> o.id() != a.id())
          .limit(OTHER_CANDIDATES).toList();
      if (!others.isEmpty() && !n.strip().matches("\\d+")) { // a name may mean another: say which others
        out.println("  other actors of that name: " + String.join("; ", others.stream().map(o -> o.name() + " (actor " + o.id()
            + ", " + o.type().toLowerCase(java.util.Locale.ROOT) + ", " + o.articles()
            + (o.articles() == 1 ? " article)" : " articles)")).toList()));
      }
      if (!p.aliases().isEmpty()) {
        out.println("  names: " + String.join("; ", p.aliases()));
      }
      if (!p.titles().isEmpty()) {
        out.println("  titles: " + String.join("; ", p.titles()));
      }
      if (!p.roles().isEmpty()) {
        out.println("roles:");
        for (RoleView r : p.roles()) {
          out.println("  " + r.role() + (r.of() == null ? "" : " of " + r.of()) + " (" + (r.from() == null ? "?" : r.from())
              + " to " + (r.to() == null ? "now" : r.to()) + "), per " + r.articles() + " articles, last " + r.lastSeen());
        }
      }
      if (!p.statements().isEmpty()) {
        out.println("positions (what they are reported to say):");
        for (ClaimView c : p.statements()) {
          out.println("  " + Render.claim(c));
        }
      }
      if (!p.events().isEmpty()) {
        out.println("recent events:");
        for (EventView e : p.events()) {
          out.println("  " + Render.event(e));
        }
      }
      if (!p.quotedBy().isEmpty()) {
        out.println("quoted by:");
        for (QuotedBy q : p.quotedBy()) {
          out.println("  " + q.outlet() + ": " + q.quotes() + (q.quotes() == 1 ? " quote" : " quotes") + ", latest "
              + Render.article(q.latest()));
        }
      }
      if (!p.related().isEmpty()) {
        out.println("often with: " + String.join(", ", p.related().stream().map(ActorSummary::name).toList()));
      }
    }
    out.flush();
    return 0;
  }
}
