package dev.dossier.cli;

import dev.dossier.store.ArticleSummary;
import dev.dossier.store.Store;
import dev.dossier.store.query.ActorSummary;
import dev.dossier.store.query.Days;
import dev.dossier.store.query.StorySummary;
import dev.dossier.store.query.StoryView;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier story}: a story's articles, actors and timeline, or the list of stories. */
@Command(name = "story", mixinStandardHelpOptions = true,
    description = "A story (articles grouped over time): its articles, actors and timeline. Without ID: the largest stories.")
final class StoryCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "ID", arity = "0..1", description = "A story id.")
  Long id;

  @Mixin
  StoreOptions store = new StoreOptions();

  @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Stories to list (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = store.openExisting()) {
      if (id == null) {
        for (StorySummary st : s.stories(limit)) {
          out.printf("story %d: %s — %d article%s, %s%n", st.id(), st.label(), st.articles(), st.articles() == 1 ? "" : "s",
              Days.span(st.firstDay(), st.lastDay()));
        }
        out.flush();
        return 0;
      }
      Optional<StoryView> v = s.story(id);
      if (v.isEmpty()) {
        spec.commandLine().getErr().println("dossier story: no story " + id + " in " + store.location());
        return 1;
      }
      StorySummary st = v.get().story();
      out.printf("story %d: %s — %d article%s, %s%n", st.id(), st.label(), st.articles(), st.articles() == 1 ? "" : "s",
          Days.span(st.firstDay(), st.lastDay()));
      out.println("articles:");
      for (ArticleSummary a : v.get().articles()) {
        out.println("  " + Render.article(a) + (a.duplicateOf() == null ? "" : "  (copy of " + a.duplicateOf() + ")"));
      }
      out.println("actors: " + String.join(", ", v.get().actors().stream().map(ActorSummary::name).toList()));
      out.println("timeline:");
      v.get().timeline().forEach(e -> out.println("  " + Render.timeline(e)));
    }
    out.flush();
    return 0;
  }
}
