package dev.dossier.cli;

import dev.dossier.model.EntityType;
import dev.dossier.model.Role;
import dev.dossier.nlp.kb.KbActor;
import dev.dossier.nlp.kb.KbDirectory;
import dev.dossier.nlp.kb.KbRole;
import dev.dossier.nlp.kb.KbStats;
import dev.dossier.nlp.kb.KnowledgeBase;
import dev.dossier.nlp.kb.PhoenixImporter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier kb}: the knowledge base (import, lookup, stats). See docs/knowledge-base.md. */
@Command(name = "kb", mixinStandardHelpOptions = true,
    description = {"The knowledge base of actors with dated roles: import dictionaries, look names up, count.",
        "Imported bases live in --into DIR, else $DOSSIER_KB, else ~/.dossier/kb/."},
    subcommands = {KbCommand.Import.class, KbCommand.Lookup.class, KbCommand.Stats.class,
        CommandLine.HelpCommand.class})
final class KbCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code dossier kb import --format phoenix FILE... [--into DIR]}. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Import actor dictionaries into the user's knowledge-base directory.",
          "Each FILE becomes one dossier.kb/1 JSON file there, loaded alongside the curated base (which wins on conflicts).",
          "Exit code 2 when some lines or files were rejected; the rest is imported."})
  static final class Import implements Callable<Integer> {
    enum Format { phoenix }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Dictionary format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Dictionary files.")
    List<Path> files;

    @Option(names = "--into", paramLabel = "DIR", description = "Directory to write to (default: $DOSSIER_KB or ~/.dossier/kb/).")
    Path into;

    @Option(names = "--show-rejected", paramLabel = "N", defaultValue = "10",
        description = "Print up to N rejected lines per file (default ${DEFAULT-VALUE}; -1 for all).")
    int showRejected;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path dir = KbDirectory.resolve(into);
      PhoenixImporter importer = new PhoenixImporter(KnowledgeBase.curated());
      boolean someFailed = false;
      for (Path f : files) {
        if (!Files.isRegularFile(f)) {
          err.println("dossier kb import: " + f + ": no such file");
          someFailed = true;
          continue;
        }
        PhoenixImporter.Result r;
        try {
          r = importer.read(f);
        } catch (RuntimeException e) {
          err.println("dossier kb import: " + f + ": " + e.getMessage());
          someFailed = true;
          continue;
        }
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("\\.txt$", "") + ".json";
        Path target = dir.resolve(name);
        r.toFile().write(target);
        out.printf("%s -> %s%n", f, target);
        out.printf("  %,d lines, %,d entries: imported %,d actors %s, %,d aliases, %,d dated roles%n", r.lines(),
            r.entries(), r.actors().size(), r.byType(), r.synonyms(), r.roles());
        out.printf("  %,d bare phrases joined to the next entry; %,d synonyms that only add a title dropped%n",
            r.joined(), r.titleVariants());
        out.printf("  rejected %,d lines %s%n", r.rejected().size(), r.rejectedByReason());
        int shown = 0;
        for (PhoenixImporter.Rejected x : r.rejected()) {
          if (showRejected >= 0 && shown++ >= showRejected) {
            err.printf("%s: ... %d more rejected lines (--show-rejected -1 lists them all)%n", f,
                r.rejected().size() - showRejected);
            break;
          }
          err.println(f + ":" + x.line() + ": " + x.reason() + ": " + x.text().strip());
        }
        someFailed |= !r.rejected().isEmpty();
      }
      KnowledgeBase merged = KnowledgeBase.withImports(dir);
      out.printf("%s now holds %,d actors with the curated base (%,d imported actors are curated ones and were merged)%n",
          dir, merged.size(), merged.mergedImports());
      merged.warnings().forEach(w -> err.println("dossier kb: " + w));
      out.flush();
      return someFailed ? Main.EXIT_SOME_FAILED : 0;
    }
  }

  /** {@code dossier kb lookup NAME [--date D]}. */
  @Command(name = "lookup", mixinStandardHelpOptions = true,
      description = {"Show the actors a name can refer to, with the roles held on a date;",
          "or, with --role or --title and --of, who held that role on the date."})
  static final class Lookup implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "A name, alias or demonym (words are joined).")
    List<String> name = List.of();

    @Option(names = "--role", paramLabel = "ROLE", description = "A role: \"head of state\", \"head of government\", \"foreign minister\", \"leader\"...")
    String role;

    @Option(names = "--title", paramLabel = "TITLE", description = "A title as news writers use it: \"prime minister\", \"chancellor\"...")
    String title;

    @Option(names = "--of", paramLabel = "WHAT", description = "Whose role: an id, CAMEO code or name (Israel, ISR, israel).")
    String of;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Roles held on this day (default: today).")
    String date;

    @Option(names = "--all-roles", description = "Show every role, not just those held on the date.")
    boolean allRoles;

    @Option(names = "--into", paramLabel = "DIR", description = "Imported-base directory (default: $DOSSIER_KB or ~/.dossier/kb/).")
    Path into;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      LocalDate day;
      try {
        day = date == null ? LocalDate.now() : LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--date: not a YYYY-MM-DD date: " + date);
      }
      KnowledgeBase kb = KnowledgeBase.withImports(KbDirectory.resolve(into));
      if (role != null || title != null) {
        if (of == null) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--role and --title need --of");
        }
        List<KnowledgeBase.Holding> hs = role != null ? kb.holders(role, of, day) : kb.holdersByTitle(title, of, day);
        if (hs.isEmpty()) {
          out.printf("nobody held %s of %s on %s in the knowledge base%n", role != null ? role : title, of, day);
          out.flush();
          return 1;
        }
        for (KnowledgeBase.Holding h : hs) {
          KbRole r = h.role();
          out.printf("%s  %s  %s of %s%s, %s..%s%s%n", h.actor().id(), h.actor().name(), r.role(), kb.nameOf(r.of()),
              r.title() == null ? "" : " (" + r.title() + ")", r.from() == null ? "?" : r.from(), r.to() == null ? "" : r.to(),
              r.note() == null ? "" : "  [" + r.note() + "]");
        }
        out.flush();
        return 0;
      }
      if (name.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a NAME, or --role/--title with --of");
      }
      String query = String.join(" ", name);
      List<KnowledgeBase.Hit> hits = kb.lookup(query);
      if (hits.isEmpty()) {
        out.println("no actor named '" + query + "'");
        out.flush();
        return 1;
      }
      for (KnowledgeBase.Hit h : hits) {
        KbActor a = h.actor();
        out.printf("%s  %s  %s%s%s%n", a.id(), a.name(), h.demonym() ? "NORP (demonym of " + a.type() + ")" : a.type(),
            a.category() == null ? "" : "  " + a.category(), a.code() == null ? "" : "  code " + a.code());
        if (!a.aliases().isEmpty()) {
          out.println("  aliases: " + String.join(", ", a.aliases()));
        }
        if (!a.demonyms().isEmpty()) {
          out.println("  demonyms: " + String.join(", ", a.demonyms()));
        }
        if (a.country() != null) {
          out.println("  country: " + kb.nameOf(a.country()));
        }
        if (a.capital() != null) {
          out.println("  capital: " + a.capital());
        }
        List<Role> on = kb.rolesOn(a, day);
        out.println("  roles on " + day + ": " + (on.isEmpty() ? "none" : ""));
        for (Role r : on) {
          out.printf("    %s of %s, %s..%s%n", r.role(), r.of(), r.from() == null ? "?" : r.from(), r.to() == null ? "" : r.to());
        }
        if (allRoles) {
          out.println("  all roles:");
          for (KbRole r : a.roles()) {
            out.printf("    %s of %s%s, %s..%s%s%n", r.role(), kb.nameOf(r.of()), r.title() == null ? "" : " (" + r.title() + ")",
                r.from() == null ? "?" : r.from(), r.to() == null ? "" : r.to(), r.note() == null ? "" : "  [" + r.note() + "]");
          }
        }
        if (a.note() != null) {
          out.println("  note: " + a.note());
        }
        out.println("  source: " + (a.source() == null ? KbActor.CURATED : a.source()));
      }
      out.flush();
      return 0;
    }
  }

  /** {@code dossier kb stats}. */
  @Command(name = "stats", mixinStandardHelpOptions = true, description = "Count the actors, names and roles of the knowledge base.")
  static final class Stats implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--curated", description = "Count the curated base only.")
    boolean curatedOnly;

    @Option(names = "--into", paramLabel = "DIR", description = "Imported-base directory (default: $DOSSIER_KB or ~/.dossier/kb/).")
    Path into;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Path dir = KbDirectory.resolve(into);
      KnowledgeBase kb = curatedOnly ? KnowledgeBase.curated() : KnowledgeBase.withImports(dir);
      KbStats s = kb.stats();
      out.printf("actors: %,d (%,d curated, %,d imported; %,d imported actors merged into curated ones)%n", s.actors(),
          s.curated(), s.actors() - s.curated(), s.mergedImports());
      out.printf("names and aliases: %,d; demonyms: %,d; role intervals: %,d held by %,d actors%n", s.aliases(),
          s.demonyms(), s.roles(), s.withRoles());
      out.println("by type:");
      for (Map.Entry<EntityType, Integer> e : s.byType().entrySet()) {
        out.printf("  %-8s %,7d%n", e.getKey(), e.getValue());
      }
      out.println("by category:");
      s.byCategory().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .forEach(e -> out.printf("  %-24s %,7d%n", e.getKey(), e.getValue()));
      out.println("by source:");
      s.bySource().forEach((k, v) -> out.printf("  %-40s %,7d%n", k, v));
      if (!curatedOnly) {
        out.println("imported bases: " + dir + (Files.isDirectory(dir) ? "" : " (none yet)"));
      }
      kb.warnings().forEach(w -> spec.commandLine().getErr().println("dossier kb: " + w));
      out.flush();
      return 0;
    }
  }
}
