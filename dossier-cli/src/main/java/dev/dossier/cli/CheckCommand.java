package dev.dossier.cli;

import dev.dossier.store.Store;
import dev.dossier.store.Verification;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dossier check}: verifies the store. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check the store: every article stored once, every row belonging to an article, the search index "
        + "holding exactly the stored articles. Exit code 1 when inconsistent.")
final class CheckCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    try (Store s = store.openExisting()) {
      Verification v = s.verify();
      spec.commandLine().getOut().println(v);
      spec.commandLine().getOut().flush();
      return v.ok() ? 0 : 1;
    }
  }
}
