package dev.statebench.cli;

import dev.statebench.servers.ServerConfig;
import picocli.CommandLine.Option;

/**
 * The options that choose Redis and PostgreSQL servers, shared by every subcommand that talks to them. Flags
 * win over the {@code statebench.*} system properties, which win over the {@code STATEBENCH_*} environment
 * variables; see {@link ServerConfig}.
 */
final class ServerOptions {
  @Option(names = "--redis-url", paramLabel = "URL",
      description = "Redis to use, as a lettuce URI redis://[:PASSWORD@]HOST:PORT, or 'embedded' to start one"
          + " (default: $STATEBENCH_REDIS_URL, else embedded).")
  String redisUrl;

  @Option(names = "--pg-url", paramLabel = "URL",
      description = "PostgreSQL to use, as a JDBC URL jdbc:postgresql://HOST:PORT/DB, or 'embedded' to start one"
          + " (default: $STATEBENCH_PG_URL, else embedded).")
  String pgUrl;

  @Option(names = "--pg-user", paramLabel = "USER",
      description = "PostgreSQL user (default: $STATEBENCH_PG_USER, else postgres).")
  String pgUser;

  @Option(names = "--pg-password", paramLabel = "PASSWORD",
      description = "PostgreSQL password (default: $STATEBENCH_PG_PASSWORD). Prefer the environment variable:"
          + " command lines are visible to other local users.")
  String pgPassword;

  @Option(names = "--redis-port", paramLabel = "PORT",
      description = "Port for an embedded Redis (default: 0, a free ephemeral port).")
  Integer redisPort;

  @Option(names = "--pg-port", paramLabel = "PORT",
      description = "Port for an embedded PostgreSQL (default: 0, a free ephemeral port).")
  Integer pgPort;

  /** The environment's configuration with these flags applied on top. */
  ServerConfig config() {
    return ServerConfig.fromEnvironment().withOverrides(redisUrl, pgUrl, pgUser, pgPassword, redisPort, pgPort);
  }
}
