package dev.statebench.run;

import dev.statebench.servers.PostgresEndpoint;
import dev.statebench.servers.RedisEndpoint;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server settings that change session-lookup latency, recorded in {@code env.json}: for PostgreSQL
 * {@code shared_buffers}, {@code synchronous_commit}, {@code fsync}, {@code max_connections} and {@code jit}
 * (https://www.postgresql.org/docs/current/runtime-config.html); for Redis {@code appendonly}, {@code save},
 * {@code maxmemory} and {@code io-threads} (https://redis.io/docs/latest/operate/oss_and_stack/management/config/).
 * A setting that cannot be read is recorded as "unreadable: reason" rather than failing the run.
 */
final class ServerSettings {
  private static final List<String> POSTGRES = List.of("shared_buffers", "synchronous_commit", "fsync",
      "full_page_writes", "max_connections", "jit");
  private static final List<String> REDIS = List.of("appendonly", "appendfsync", "save", "maxmemory", "io-threads");

  private ServerSettings() {}

  static Map<String, String> of(PostgresEndpoint postgres) {
    Map<String, String> settings = new LinkedHashMap<>();
    try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
        Statement statement = connection.createStatement()) {
      for (String name : POSTGRES) {
        try (ResultSet rs = statement.executeQuery("SHOW " + name)) {
          settings.put(name, rs.next() ? rs.getString(1) : "unset");
        }
      }
    } catch (SQLException e) {
      settings.put("unreadable", e.getMessage().lines().findFirst().orElse("SQL error"));
    }
    return settings;
  }

  static Map<String, String> of(RedisEndpoint redis) {
    Map<String, String> settings = new LinkedHashMap<>();
    RedisClient client = RedisClient.create(redis.redisUri());
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      for (String name : REDIS) {
        settings.put(name, connection.sync().configGet(name).getOrDefault(name, "unset"));
      }
    } catch (RuntimeException e) {
      settings.put("unreadable", String.valueOf(e.getMessage()).lines().findFirst().orElse("Redis error"));
    } finally {
      client.shutdown();
    }
    return settings;
  }
}
