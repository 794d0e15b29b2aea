package dev.dossier.cli;

import dev.dossier.store.Store;
import dev.dossier.store.query.ClaimReport;
import dev.dossier.store.query.ClaimView;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier sources}: who says a claim, named or anonymous, agreeing or not. */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = {"Who says a claim, named or anonymous, and who agrees, disagrees or only repeats it.",
        "Give words of the claim, or --claim ID; --anonymous lists claims from unnamed sources;",
        "--contradictions and --corroborated list claims with such relations."})
final class SourcesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words of the claim.")
  List<String> words = List.of();

  @Option(names = "--claim", paramLabel = "ID", description = "A claim id (ARTICLE_ID:aN or ARTICLE_ID:fN).")
  String claim;

  @Option(names = "--anonymous", description = "List claims attributed to unnamed sources.")
  boolean anonymous;

  @Option(names = "--contradictions", description = "List claims that another contradicts.")
  boolean contradictions;

  @Option(names = "--corroborated", description = "List claims an independent source corroborates.")
  boolean corroborated;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Most claims (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Mixin
  StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int modes = (claim != null ? 1 : 0) + (anonymous ? 1 : 0) + (contradictions ? 1 : 0) + (corroborated ? 1 : 0);
    if (modes > 1 || modes == 1 && !words.isEmpty()) {
      spec.commandLine().getErr().println("dossier sources: give words of a claim, or one of --claim, --anonymous, "
          + "--contradictions, --corroborated (they list claims without words)");
      return 1;
    }
    try (Store s = store.openExisting()) {
      if (claim != null) {
        Optional<ClaimReport> r = s.claim(claim);
        if (r.isEmpty()) {
          spec.commandLine().getErr().println("dossier sources: no claim " + claim + " in " + store.location());
          return 1;
        }
        out.print(Render.report(r.get()));
      } else if (anonymous) {
        for (ClaimView c : s.anonymousClaims(limit)) {
          out.println(Render.claim(c));
        }
      } else if (contradictions || corroborated) {
        List<ClaimReport> rs = contradictions ? s.contradictions(limit) : s.corroborated(limit);
        rs.forEach(r -> out.print(Render.report(r)));
        if (rs.isEmpty()) {
          out.println("none found");
        }
      } else {
        if (words.isEmpty()) {
          spec.commandLine().getErr().println("dossier sources: give words of a claim, --claim ID, --anonymous, "
              + "--contradictions or --corroborated");
          return 1;
        }
        List<ClaimReport> rs = s.sources(String.join(" ", words), limit);
        if (rs.isEmpty()) {
          out.println("no claim matches");
        }
        rs.forEach(r -> out.print(Render.report(r)));
      }
    }
    out.flush();
    return 0;
  }
}
