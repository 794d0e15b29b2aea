package dev.dossier.cli;

import dev.dossier.store.Store;
import dev.dossier.store.query.Deadline;
import dev.dossier.store.query.DeadlineQuery;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier deadlines}: expectations that are upcoming, overdue or resolved. */
@Command(name = "deadlines", mixinStandardHelpOptions = true,
    description = "What articles expect, with its status on a day: upcoming, overdue, or resolved by a later article.")
final class DeadlinesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store = new StoreOptions();

  @Option(names = "--upcoming", description = "Due today or later.")
  boolean upcoming;

  @Option(names = "--overdue", description = "Past due and not reported done.")
  boolean overdue;

  @Option(names = "--resolved", description = "Reported done by a later article.")
  boolean resolved;

  @Option(names = "--undated", description = "Without a due date.")
  boolean undated;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The day to measure against (default: today).")
  LocalDate today;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Most results (default: ${DEFAULT-VALUE}).")
  int limit = 30;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    EnumSet<Deadline.Status> st = EnumSet.noneOf(Deadline.Status.class);
    if (upcoming) {
      st.add(Deadline.Status.UPCOMING);
    }
    if (overdue) {
      st.add(Deadline.Status.OVERDUE);
    }
    if (resolved) {
      st.add(Deadline.Status.RESOLVED);
    }
    if (undated) {
      st.add(Deadline.Status.UNDATED);
    }
    LocalDate day = today != null ? today : LocalDate.now();
    try (Store s = store.openExisting()) {
      List<Deadline> ds = s.deadlines(new DeadlineQuery(st, day, limit));
      out.println(ds.size() + " expectations as of " + day);
      ds.forEach(d -> out.println(Render.deadline(d)));
    }
    out.flush();
    return 0;
  }
}
