package dev.statebench.servers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.statebench.UserFacingException;
import java.util.Properties;

/**
 * Which Redis and PostgreSQL servers to use: external ones given by URL, or embedded ones that {@link Servers}
 * starts (the default, also spelled {@value #EMBEDDED}).
 *
 * <p>Sources, strongest first: command-line flags ({@code --redis-url}, {@code --pg-url}, {@code --pg-user},
 * {@code --pg-password}, applied with {@link #withOverrides}), JVM system properties ({@code statebench.redis.url},
 * {@code statebench.pg.url}, {@code statebench.pg.user}, {@code statebench.pg.password}), then environment
 * variables ({@code STATEBENCH_REDIS_URL}, {@code STATEBENCH_PG_URL}, {@code STATEBENCH_PG_USER},
 * {@code STATEBENCH_PG_PASSWORD}).
 *
 * <p>The system properties exist so that a parent process can share its servers with child JVMs it cannot
 * give environment variables to, most importantly JMH forks: start {@link Servers} in the parent, then pass
 * {@link #jvmArgsFor(RedisEndpoint, PostgresEndpoint)} to JMH's {@code -jvmArgsAppend} (or
 * {@code OptionsBuilder.jvmArgsAppend}); inside the fork {@code Servers.open(ServerConfig.fromEnvironment())}
 * then connects to the parent's servers instead of starting new ones. Note that JVM arguments are visible to
 * other local users in the process list; prefer the environment variable for a password on a shared machine.
 *
 * @param redisUrl a lettuce URI of an external Redis, or {@code null} to start an embedded one
 * @param pgUrl a JDBC URL of an external PostgreSQL, or {@code null} to start an embedded one
 * @param pgUser the PostgreSQL user, or {@code null} for the default ({@code postgres})
 * @param pgPassword the PostgreSQL password, or {@code null} for none
 * @param redisPort the port for an embedded Redis, 0 for a free ephemeral port
 * @param pgPort the port for an embedded PostgreSQL, 0 for a free ephemeral port
 */
public record ServerConfig(
    String redisUrl, String pgUrl, String pgUser, String pgPassword, int redisPort, int pgPort) {

  /** The value that asks for an embedded server where a URL is expected. */
  public static final String EMBEDDED = "embedded";

  /** The user an embedded PostgreSQL accepts, and the default user for an external one. */
  public static final String DEFAULT_PG_USER = "postgres";

  public static final String REDIS_URL_PROPERTY = "statebench.redis.url";
  public static final String PG_URL_PROPERTY = "statebench.pg.url";
  public static final String PG_USER_PROPERTY = "statebench.pg.user";
  public static final String PG_PASSWORD_PROPERTY = "statebench.pg.password";

  public static final String REDIS_URL_ENV = "STATEBENCH_REDIS_URL";
  public static final String PG_URL_ENV = "STATEBENCH_PG_URL";
  public static final String PG_USER_ENV = "STATEBENCH_PG_USER";
  public static final String PG_PASSWORD_ENV = "STATEBENCH_PG_PASSWORD";

  public ServerConfig {
    redisUrl = embeddedAsNull(redisUrl);
    pgUrl = embeddedAsNull(pgUrl);
    pgUser = blankAsNull(pgUser);
    pgPassword = pgPassword == null || pgPassword.isEmpty() ? null : pgPassword;
    requirePort(redisPort, "Redis");
    requirePort(pgPort, "PostgreSQL");
  }

  /** Both servers embedded on ephemeral ports. */
  public static ServerConfig embedded() {
    return new ServerConfig(null, null, null, null, 0, 0);
  }

  /** Reads this JVM's system properties, then its environment. */
  public static ServerConfig fromEnvironment() {
    return from(System.getProperties(), System.getenv());
  }

  /** Reads the given properties, then the given environment (for tests and embedding). */
  public static ServerConfig from(Properties properties, Map<String, String> environment) {
    return new ServerConfig(
        firstSet(properties.getProperty(REDIS_URL_PROPERTY), environment.get(REDIS_URL_ENV)),
        firstSet(properties.getProperty(PG_URL_PROPERTY), environment.get(PG_URL_ENV)),
        firstSet(properties.getProperty(PG_USER_PROPERTY), environment.get(PG_USER_ENV)),
        firstSet(properties.getProperty(PG_PASSWORD_PROPERTY), environment.get(PG_PASSWORD_ENV)),
        0,
        0);
  }

  /** Returns a copy where every non-null argument replaces the current value. */
  public ServerConfig withOverrides(
      String redisUrl, String pgUrl, String pgUser, String pgPassword, Integer redisPort, Integer pgPort) {
    return new ServerConfig(
        redisUrl != null ? redisUrl : this.redisUrl,
        pgUrl != null ? pgUrl : this.pgUrl,
        pgUser != null ? pgUser : this.pgUser,
        pgPassword != null ? pgPassword : this.pgPassword,
        redisPort != null ? redisPort : this.redisPort,
        pgPort != null ? pgPort : this.pgPort);
  }

  /** A configuration that points at the given, already running servers (what a JMH fork should use). */
  public static ServerConfig external(RedisEndpoint redis, PostgresEndpoint postgres) {
    return new ServerConfig(redis.uri(), postgres.jdbcUrl(), postgres.user(), postgres.password(), 0, 0);
  }

  /**
   * The {@code -D} JVM arguments that make {@link #fromEnvironment()} in a child JVM point at these servers.
   * They may carry the PostgreSQL password and a Redis password: never print or log them.
   */
  public static List<String> jvmArgsFor(RedisEndpoint redis, PostgresEndpoint postgres) {
    List<String> args = new ArrayList<>();
    args.add("-D" + REDIS_URL_PROPERTY + "=" + redis.uri());
    args.add("-D" + PG_URL_PROPERTY + "=" + postgres.jdbcUrl());
    args.add("-D" + PG_USER_PROPERTY + "=" + postgres.user());
    if (!postgres.password().isEmpty()) {
      args.add("-D" + PG_PASSWORD_PROPERTY + "=" + postgres.password());
    }
    return args;
  }

  /** Whether Redis is to be started here rather than reached at {@link #redisUrl()}. */
  public boolean embeddedRedis() {
    return redisUrl == null;
  }

  /** Whether PostgreSQL is to be started here rather than reached at {@link #pgUrl()}. */
  public boolean embeddedPostgres() {
    return pgUrl == null;
  }

  /** The PostgreSQL user to log in as. */
  public String effectivePgUser() {
    return pgUser == null ? DEFAULT_PG_USER : pgUser;
  }

  /** The PostgreSQL password, empty when none is configured. */
  public String effectivePgPassword() {
    return pgPassword == null ? "" : pgPassword;
  }

  @Override
  public String toString() {
    return "ServerConfig[redis=" + (redisUrl == null ? EMBEDDED : Redaction.redact(redisUrl))
        + ", postgres=" + (pgUrl == null ? EMBEDDED : Redaction.redact(pgUrl))
        + ", pgUser=" + effectivePgUser() + ", pgPassword=" + (pgPassword == null ? "none" : Redaction.MASK) + "]";
  }

  private static String firstSet(String first, String second) {
    return blankAsNull(first) != null ? first : blankAsNull(second);
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String embeddedAsNull(String url) {
    String value = blankAsNull(url);
    return value == null || EMBEDDED.equalsIgnoreCase(value) ? null : value;
  }

  private static void requirePort(int port, String server) {
    if (port < 0 || port > 65535) {
      throw new UserFacingException(server + " port must be between 0 and 65535, got " + port);
    }
  }
}
