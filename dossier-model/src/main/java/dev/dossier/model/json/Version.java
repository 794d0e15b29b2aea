package dev.dossier.model.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The Dossier version and the git commit it was built from, read from the build. */
public final class Version {
  private static final String VERSION = load();

  private Version() {}

  /** {@code 0.1.0-SNAPSHOT (abc1234)}, or {@code unknown} when run outside a build. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("/dev/dossier/model/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      String c = p.getProperty("commit", "");
      return c.isBlank() || c.startsWith("${") ? v : v + " (" + c + ")";
    } catch (IOException e) {
      return "unknown";
    }
  }
}
