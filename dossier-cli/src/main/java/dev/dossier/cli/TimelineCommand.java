package dev.dossier.cli;

import dev.dossier.store.Store;
import dev.dossier.store.query.TimelineEntry;
import dev.dossier.store.query.TimelineQuery;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier timeline}: events and articles by date. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Events and articles about an actor, a story or a search, by date (expected events on their due date).")
final class TimelineCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  static final class Subject {
    @Option(names = "--actor", paramLabel = "NAME", required = true, description = "An actor's name or id.")
    String actor;

    @Option(names = "--story", paramLabel = "ID", required = true, description = "A story id (see 'dossier story').")
    Long story;

    @Option(names = "--query", paramLabel = "QUERY", required = true, description = "A search query.")
    String query;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Subject subject;

  @Mixin
  StoreOptions store = new StoreOptions();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Earliest day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Latest day.")
  LocalDate to;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Most entries, the latest (default: ${DEFAULT-VALUE}).")
  int limit = 50;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = store.openExisting()) {
      List<TimelineEntry> t = s.timeline(new TimelineQuery(subject.actor, subject.story, subject.query, from, to, limit));
      if (t.isEmpty()) {
        out.println("nothing found");
      }
      t.forEach(e -> out.println(Render.timeline(e)));
    }
    out.flush();
    return 0;
  }
}
