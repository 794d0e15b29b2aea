package dev.dossier.cli;

import dev.dossier.nlp.StandardPipeline;
import dev.dossier.nlp.pipeline.Pipeline;
import dev.dossier.server.DossierServer;
import dev.dossier.server.ServerConfig;
import dev.dossier.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier serve}: the REST API and web UI over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the REST API (/api, described at /api/openapi.json) and the web UI over a store.",
        "Binds 127.0.0.1 unless --host says otherwise. Ingest (POST /api/articles) needs --token-file."})
final class ServeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store = new StoreOptions();

  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host = ServerConfig.LOOPBACK;

  @Option(names = "--port", paramLabel = "PORT", description = "Port to bind, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = ServerConfig.DEFAULT_PORT;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "File holding the bearer token that ingest requests must send (at least "
          + ServerConfig.MIN_TOKEN_LENGTH + " characters); without it ingest is disabled.")
  Path tokenFile;

  @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body (default: ${DEFAULT-VALUE}).")
  long maxBody = ServerConfig.DEFAULT_MAX_BODY;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The day deadlines are measured against (default: today).")
  LocalDate today;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ServerConfig config = ServerConfig.defaults(() -> {
      Pipeline p = StandardPipeline.create();
      return p::analyze;
    }).withHost(host).withPort(port).withMaxBodyBytes(maxBody);
    if (tokenFile != null) {
      config = config.withToken(Files.readString(tokenFile, StandardCharsets.UTF_8));
    }
    if (today != null) {
      config = config.withToday(today);
    }
    if (!InetAddress.getByName(host).isLoopbackAddress()) {
      err.println("warning: binding " + host + ", which is not loopback; the API has no TLS, so put it behind a proxy");
    }
    Store s = store.open();
    DossierServer server;
    try {
      server = new DossierServer(s, config).start();
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
    out.println("dossier: serving " + s.count() + " articles from " + store.location() + " at " + server.url()
        + " (API description: " + server.url() + "/api/openapi.json"
        + (config.token() == null ? "; ingest disabled" : "; ingest enabled") + ")");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    // stopped by a signal: stop answering, then close the store (committing its search index)
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } finally {
        s.close();
        stopped.countDown();
      }
    }, "dossier-serve-stop"));
    stopped.await();
    return 0;
  }
}
