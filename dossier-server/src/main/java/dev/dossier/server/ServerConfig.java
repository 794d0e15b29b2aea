package dev.dossier.server;

import dev.dossier.model.Analysis;
import dev.dossier.model.Article;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a {@link DossierServer} runs. Immutable.
 *
 * @param host the address to bind; {@value #LOOPBACK} unless the user says otherwise
 * @param port the port to bind, or 0 for any free one
 * @param token the bearer token that ingest requests must carry, or null to disable ingest
 * @param maxBodyBytes the largest request body accepted (413 above it)
 * @param today the day deadlines and the timeline's "today" are measured against
 * @param analyzer gives the analysis function for ingest, called once, on the first ingest (so
 *     the models load only when needed); the function must be thread-safe
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes, Supplier<LocalDate> today,
    Supplier<Function<Article, Analysis>> analyzer) {

  /** The default address: loopback only. */
  public static final String LOOPBACK = "127.0.0.1";

  /** The default port. */
  public static final int DEFAULT_PORT = 7700;

  /** The default body limit: 8 MiB. */
  public static final long DEFAULT_MAX_BODY = 8L << 20;

  /** The shortest token accepted. */
  public static final int MIN_TOKEN_LENGTH = 16;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(analyzer, "analyzer");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in 0..65535, got " + port);
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("the body limit must be at least 1024 bytes, got " + maxBodyBytes);
    }
    if (token != null && token.strip().length() < MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException("the token must have at least " + MIN_TOKEN_LENGTH + " characters, got "
          + token.strip().length());
    }
    token = token == null ? null : token.strip();
  }

  /** Loopback, the default port, no token (ingest disabled), the default body limit, today's date. */
  public static ServerConfig defaults(Supplier<Function<Article, Analysis>> analyzer) {
    return new ServerConfig(LOOPBACK, DEFAULT_PORT, null, DEFAULT_MAX_BODY, LocalDate::now, analyzer);
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(host, p, token, maxBodyBytes, today, analyzer);
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(h, port, token, maxBodyBytes, today, analyzer);
  }

  public ServerConfig withToken(String t) {
    return new ServerConfig(host, port, t, maxBodyBytes, today, analyzer);
  }

  public ServerConfig withMaxBodyBytes(long n) {
    return new ServerConfig(host, port, token, n, today, analyzer);
  }

  public ServerConfig withToday(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new ServerConfig(host, port, token, maxBodyBytes, () -> day, analyzer);
  }
}
