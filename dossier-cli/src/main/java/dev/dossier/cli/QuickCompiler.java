package dev.dossier.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * For commands that store analyses without analysing ({@code ingest --analyzed}, {@code load}):
 * asks the JVM (HotSpot's diagnostic command {@code Compiler.directives_add}) to compile with its
 * quick compiler (C1) only, as {@code -XX:TieredStopAtLevel=1} would. Storing is bound by SQLite's
 * native code, which no JIT speeds up, while the optimising compiler (C2) spent about as much CPU
 * compiling and recompiling the store's large linking methods as the writer spent storing (Reuters,
 * 8,000 articles: process CPU 45 s with C2, 26 s without; the writer's CPU the same). Analysis
 * needs C2, so commands that analyse do not call this. {@code -Ddossier.c2=true} keeps C2. Does
 * nothing on a JVM without that command.
 */
final class QuickCompiler {
  private QuickCompiler() {}

  static void use() {
    if (Boolean.getBoolean("dossier.c2")) {
      return;
    }
    try {
      Path f = Files.createTempFile("dossier-jit", ".json");
      try {
        Files.writeString(f, "[{ match: \"*.*\", c2: { Exclude: true } }]");
        MBeanServer s = ManagementFactory.getPlatformMBeanServer();
        s.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
            new Object[] {new String[] {f.toString()}}, new String[] {String[].class.getName()});
      } finally {
        Files.deleteIfExists(f);
      }
    } catch (Exception | LinkageError e) {
      // not HotSpot, or no management: compile as usual
    }
  }
}
