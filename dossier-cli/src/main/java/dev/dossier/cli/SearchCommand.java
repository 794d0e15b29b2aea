package dev.dossier.cli;

import dev.dossier.model.SourceKind;
import dev.dossier.store.Store;
import dev.dossier.store.search.FacetCount;
import dev.dossier.store.search.SearchHit;
import dev.dossier.store.search.SearchQuery;
import dev.dossier.store.search.SearchResult;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier search}: full-text search with filters and facets. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search stored articles. Every word must match; \"quoted phrases\" match as phrases.")
final class SearchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words to find (none: every article, latest first).")
  List<String> words = List.of();

  @Mixin
  StoreOptions store = new StoreOptions();

  @Option(names = "--actor", paramLabel = "NAME", description = "Only articles mentioning this actor.")
  String actor;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Only this outlet.")
  String outlet;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only articles published on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only articles published on or before this day.")
  LocalDate to;

  @Option(names = "--source-kind", paramLabel = "KIND",
      description = "Only articles citing this kind of source: ${COMPLETION-CANDIDATES}.")
  SourceKind sourceKind;

  @Option(names = "--by-date", description = "Latest first instead of best first.")
  boolean byDate;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--facets", description = "Also print counts by outlet, actor, month and source kind.")
  boolean facets;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String text = String.join(" ", words);
    try (Store s = store.openExisting()) {
      SearchResult r = s.search(new SearchQuery(text, actor, outlet, from, to, sourceKind, byDate, limit, 0));
      out.printf(Locale.ROOT, "%,d matching articles%s%n", r.total(), r.total() > r.hits().size()
          ? " (showing " + r.hits().size() + ")" : "");
      int i = 1;
      for (SearchHit h : r.hits()) {
        out.printf(Locale.ROOT, "%2d. %s%n    %s%n", i++, Render.article(h.article()), h.snippet());
      }
      if (facets) {
        for (Map.Entry<String, List<FacetCount>> e : r.facets().entrySet()) {
          out.print(e.getKey() + ":");
          e.getValue().forEach(f -> out.print("  " + f.value() + " (" + f.count() + ")"));
          out.println();
        }
      }
    }
    out.flush();
    return 0;
  }
}
