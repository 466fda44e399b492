package dev.statebench.run;

import dev.statebench.jmh.LatencyLog;
import dev.statebench.servers.PostgresEndpoint;
import dev.statebench.servers.RedisEndpoint;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the launcher hands to every JMH fork: the {@code -D} arguments naming the servers it started or probed (read
 * in the fork by {@link ServerConfig#fromEnvironment()}) and the folder for latency logs; and what env.json records
 * about those servers (versions and redacted URLs, never a password).
 *
 * <p>A PostgreSQL password that came from {@value ServerConfig#PG_PASSWORD_ENV} is not put on the fork's command line:
 * forks inherit the launcher's environment and read it there. Only a password given by flag or system property must
 * travel as {@code -D} (visible in the process list), and the launcher says so.
 *
 * @param jvmArgs arguments for {@code jvmArgsAppend}
 * @param description the {@code servers} object of env.json
 */
record ForkServerArguments(List<String> jvmArgs, Map<String, Object> description) {
  /** Starts or probes what {@code needs} asks for on {@code servers} and describes it. */
  static ForkServerArguments prepare(Servers servers, ServerNeeds needs, Path hlogFolder, Map<String, String> environment,
      PrintStream log) {
    List<String> args = new ArrayList<>();
    args.add("-D" + LatencyLog.DIRECTORY_PROPERTY + "=" + hlogFolder.toAbsolutePath());
    Map<String, Object> description = new LinkedHashMap<>();
    if (needs.redis()) {
      RedisEndpoint redis = servers.redis();
      args.add("-D" + ServerConfig.REDIS_URL_PROPERTY + "=" + redis.uri());
      Map<String, Object> entry = server(redis.version(), redis.redactedUri(), redis.embedded());
      entry.put("settings", ServerSettings.of(redis));
      description.put("redis", entry);
      log.println("Redis " + redis.version() + (redis.embedded() ? " (embedded)" : "") + " at " + redis.redactedUri());
    }
    if (needs.postgres()) {
      PostgresEndpoint postgres = servers.postgres();
      args.add("-D" + ServerConfig.PG_URL_PROPERTY + "=" + postgres.jdbcUrl());
      args.add("-D" + ServerConfig.PG_USER_PROPERTY + "=" + postgres.user());
      if (!postgres.password().isEmpty() && !postgres.password().equals(environment.get(ServerConfig.PG_PASSWORD_ENV))) {
        args.add("-D" + ServerConfig.PG_PASSWORD_PROPERTY + "=" + postgres.password());
        log.println("note: the PostgreSQL password reaches the benchmark JVMs on their command line; set "
            + ServerConfig.PG_PASSWORD_ENV + " instead to keep it out of the process list");
      }
      Map<String, Object> entry = server(postgres.version(), postgres.redactedJdbcUrl(), postgres.embedded());
      entry.put("user", postgres.user());
      entry.put("settings", ServerSettings.of(postgres));
      description.put("postgres", entry);
      log.println("PostgreSQL " + postgres.version() + (postgres.embedded() ? " (embedded)" : "") + " at "
          + postgres.redactedJdbcUrl());
    }
    return new ForkServerArguments(List.copyOf(args), description);
  }

  private static Map<String, Object> server(String version, String redactedUrl, boolean embedded) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("version", version);
    entry.put("url", redactedUrl);
    entry.put("embedded", embedded);
    return entry;
  }
}
