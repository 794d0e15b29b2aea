package dev.dossier.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts synthetic articles {@code from} (inclusive) to {@code to} (exclusive) into the embedded
 * store at {@code dir}, in batches of 8, printing "ready" once started; ends with {@code
 * Runtime.halt} (no close, like a crash) unless told to close. Run by {@link CrashSafetyTest} in
 * a separate JVM, which it kills at a random moment.
 */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) {
    Store s = Stores.embedded(Path.of(args[0]));
    int from = Integer.parseInt(args[1]);
    int to = Integer.parseInt(args[2]);
    boolean close = args.length > 3 && args[3].equals("close");
    System.out.println("ready");
    System.out.flush();
    List<dev.dossier.model.Analysis> batch = new ArrayList<>();
    for (int i = from; i < to; i++) {
      batch.add(Synthetic.analysis(i));
      if (batch.size() == 8) {
        s.putAll(batch, false);
        batch.clear();
      }
    }
    s.putAll(batch, false);
    if (close) {
      s.close();
      System.exit(0);
    }
    Runtime.getRuntime().halt(0);
  }
}
