package dev.dossier.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier demo}: ingests the bundled demo articles and prints a briefing. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest the bundled demo articles into a fresh store and print a briefing.")
final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("dossier demo: the demo store is not built yet");
    return 1;
  }
}
