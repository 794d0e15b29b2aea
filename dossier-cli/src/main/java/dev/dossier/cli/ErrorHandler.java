package dev.dossier.cli;

import picocli.CommandLine;

/**
 * Prints a failed command's error in one line, {@code dossier: message}, with the stack trace only
 * under {@code --debug}, and exits 1.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
    boolean debug = parsed.hasMatchedOption("--debug")
        || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
    cl.getErr().println("dossier: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
    if (debug) {
      ex.printStackTrace(cl.getErr());
    }
    cl.getErr().flush();
    return 1;
  }
}
