package dev.dossier.cli;

import dev.dossier.model.json.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossier} command. Subcommands are thin adapters over ingest, nlp and store. */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Reads news and keeps an honest, queryable record of what it says.",
    subcommands = {
      AnalyzeCommand.class,
      IngestCommand.class,
      LoadCommand.class,
      SearchCommand.class,
      ActorCommand.class,
      TimelineCommand.class,
      DeadlinesCommand.class,
      StoryCommand.class,
      SourcesCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      CheckCommand.class,
      DemoCommand.class,
      KbCommand.class,
      TagCommand.class,
      TrainCommand.class,
      TimemlCommand.class,
      MeantimeCommand.class,
      BratCommand.class,
      CameoCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Exit code when some inputs failed and the rest were processed. */
  public static final int EXIT_SOME_FAILED = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code, for tests and embedding. */
  public static int run(String... args) {
    return run(utf8(new java.io.FileOutputStream(java.io.FileDescriptor.out)),
        utf8(new java.io.FileOutputStream(java.io.FileDescriptor.err)), args);
  }

  /** Runs the command line writing to {@code out} and {@code err} (tests capture them). */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.registerConverter(java.time.LocalDate.class, Main::date);
    cl.setCaseInsensitiveEnumValuesAllowed(true); // --source-kind anonymous, as the REST API takes it
    // a bad option or option value exits 1, as the help says; 2 is kept for "some inputs failed"
    cl.setParameterExceptionHandler((e, a) -> {
      CommandLine c = e.getCommandLine();
      String name = c.getParent() == null ? "dossier" : "dossier " + c.getCommandName();
      c.getErr().println(name + ": " + e.getMessage());
      c.getErr().println("(" + name + " --help lists the " + (c.getParent() == null ? "commands" : "options") + ")");
      return 1;
    });
    cl.setOut(out);
    cl.setErr(err);
    try {
      return cl.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** A YYYY-MM-DD option value, with a message a user can act on (not the parser's exception). */
  static java.time.LocalDate date(String value) {
    try {
      return java.time.LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a YYYY-MM-DD date");
    }
  }

  /** UTF-8 whatever the platform's default charset (Java 17 on a POSIX locale would write '?'). */
  private static java.io.PrintWriter utf8(java.io.OutputStream o) {
    return new java.io.PrintWriter(new java.io.BufferedWriter(
        new java.io.OutputStreamWriter(o, java.nio.charset.StandardCharsets.UTF_8), 1 << 16));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Prints the Dossier version and commit. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"dossier " + Version.get(), "Java " + System.getProperty("java.version")};
    }
  }
}
