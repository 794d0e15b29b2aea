package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, {@code ./dossier demo}, through the launcher script at the repository
 * root and the jar this build packaged (failsafe runs after {@code package}): it prints the
 * briefing, the first run writes the command's class-data-sharing archive, and the runs that map
 * the archive, or run without it ({@code DOSSIER_CDS=0}), print exactly the same thing (the JVM's
 * own messages never reach standard output).
 */
class LauncherIT {

  /** Failsafe runs in the module directory. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path LAUNCHER = ROOT.resolve("dossier");
  private static final Path JAR = ROOT.resolve("dossier-cli/target/dossier.jar");
  private static final Path ARCHIVE = ROOT.resolve("dossier-cli/target/dossier-demo.jsa");

  @BeforeAll
  static void jarIsCurrent() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(LAUNCHER) && Files.isRegularFile(JAR),
        "no launcher or packaged jar at " + ROOT);
    // the launcher rebuilds a jar older than any source; a build inside this build is not wanted
    FileTime jar = Files.getLastModifiedTime(JAR);
    try (Stream<Path> files = Files.walk(ROOT)) {
      List<Path> newer = files
          .filter(p -> !p.startsWith(ROOT.resolve(".git")) && !p.toString().contains("/target/"))
          .filter(p -> p.toString().endsWith(".java") || p.getFileName().toString().equals("pom.xml")
              || p.toString().contains("/src/main/resources/") || p.startsWith(ROOT.resolve("demo")))
          .filter(Files::isRegularFile)
          .filter(p -> {
            try {
              return Files.getLastModifiedTime(p).compareTo(jar) > 0;
            } catch (IOException e) {
              return false;
            }
          })
          .limit(1).toList();
      Assumptions.assumeTrue(newer.isEmpty(), "sources newer than the packaged jar (" + newer
          + "): the launcher would rebuild it; run mvn package first");
    }
  }

  @Test
  void demoPrintsTheSameBriefingWithAndWithoutTheClassArchive() throws Exception {
    Files.deleteIfExists(ARCHIVE);

    Run first = run(null);
    assertThat(first.exit).as("exit code; stderr: %s", first.err).isZero();
    assertThat(first.out).contains("DOSSIER BRIEFING").contains("Top actors").contains("Deadlines");
    assertThat(ARCHIVE).as("the archive written by the first run").isRegularFile();
    assertThat(Files.size(ARCHIVE)).isGreaterThan(1 << 20);

    Run mapped = run(null);
    assertThat(mapped.exit).as("exit code; stderr: %s", mapped.err).isZero();
    assertThat(mapped.out).isEqualTo(first.out);

    Run without = run("0");
    assertThat(without.exit).as("exit code; stderr: %s", without.err).isZero();
    assertThat(without.out).isEqualTo(first.out);
  }

  @Test
  void aFailedCommandLeavesNoArchive() throws Exception {
    Path archive = ROOT.resolve("dossier-cli/target/dossier-no-such-command.jsa");
    Files.deleteIfExists(archive);
    Process p = new ProcessBuilder("bash", LAUNCHER.toString(), "no-such-command")
        .redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isNotZero();
    assertThat(archive).doesNotExist();
    try (Stream<Path> left = Files.list(ROOT.resolve("dossier-cli/target"))) {
      assertThat(left.map(f -> f.getFileName().toString()))
          .noneMatch(n -> n.startsWith("dossier-no-such-command.jsa"));
    }
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String cds) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", LAUNCHER.toString(), "demo");
    pb.environment().remove("DOSSIER_JAVA_OPTS");
    if (cds == null) {
      pb.environment().remove("DOSSIER_CDS");
    } else {
      pb.environment().put("DOSSIER_CDS", cds);
    }
    Path err = Files.createTempFile("launcher-it", ".err");
    pb.redirectError(err.toFile());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("demo finished").isTrue();
    String errText = Files.readString(err, StandardCharsets.UTF_8);
    Files.delete(err);
    return new Run(p.exitValue(), out, errText);
  }
}
