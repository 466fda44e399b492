package dev.statebench.session;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link PostgresSessionStore#connect} sizes and times its HikariCP pool.
 *
 * @param maximumPoolSize connections in the pool; HikariCP's guidance is about twice the database's cores, and
 *     more only adds queueing inside PostgreSQL
 * @param connectionTimeout how long a caller waits for a pooled connection before failing (HikariCP's own
 *     default of 30 s hides an unreachable server for far too long)
 * @param socketTimeout how long one statement may wait for the server's answer before the connection is
 *     considered broken
 */
public record PostgresPoolSettings(int maximumPoolSize, Duration connectionTimeout, Duration socketTimeout) {
  /** 10 connections, 5 s to obtain one, 30 s per statement. */
  public static final PostgresPoolSettings DEFAULT =
      new PostgresPoolSettings(10, Duration.ofSeconds(5), Duration.ofSeconds(30));

  public PostgresPoolSettings {
    if (maximumPoolSize < 1) {
      throw new IllegalArgumentException("pool size must be at least 1, got " + maximumPoolSize);
    }
    Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    Objects.requireNonNull(socketTimeout, "socketTimeout");
    if (connectionTimeout.toMillis() < 250) {
      throw new IllegalArgumentException("connection timeout must be at least 250 ms (HikariCP's minimum)");
    }
  }

  /** These settings with another pool size. */
  public PostgresPoolSettings withMaximumPoolSize(int size) {
    return new PostgresPoolSettings(size, connectionTimeout, socketTimeout);
  }
}
