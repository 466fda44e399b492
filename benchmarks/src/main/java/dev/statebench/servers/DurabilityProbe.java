package dev.statebench.servers;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Reads back the durability settings a server is running with (whatever was asked for), for {@code env.json} and
 * every load summary: Redis {@code CONFIG GET appendonly|appendfsync|save}, PostgreSQL {@code SHOW fsync},
 * {@code synchronous_commit}, {@code full_page_writes}, {@code wal_level}. A server that refuses (a managed Redis
 * without {@code CONFIG}) is recorded as {@code unknown} with the reason.
 */
public final class DurabilityProbe {
  private DurabilityProbe() {}

  /** The Redis settings in force. */
  public static Map<String, Object> redis(RedisEndpoint endpoint) {
    Map<String, Object> settings = new LinkedHashMap<>();
    RedisClient client = RedisClient.create(endpoint.redisUri());
    try (StatefulRedisConnection<String, String> connection = client.connect(StringCodec.UTF8)) {
      for (String name : new String[] {"appendonly", "appendfsync", "save"}) {
        settings.put(name, connection.sync().configGet(name).getOrDefault(name, "unknown"));
      }
    } catch (RuntimeException e) {
      settings.put("unknown", "CONFIG GET refused: " + e.getMessage());
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
    return settings;
  }

  /** The PostgreSQL settings in force. */
  public static Map<String, Object> postgres(PostgresEndpoint endpoint) {
    Map<String, Object> settings = new LinkedHashMap<>();
    Properties login = new Properties();
    login.setProperty("user", endpoint.user());
    if (!endpoint.password().isEmpty()) {
      login.setProperty("password", endpoint.password());
    }
    try (Connection connection = DriverManager.getConnection(endpoint.jdbcUrl(), login);
        Statement statement = connection.createStatement()) {
      for (String name : new String[] {"fsync", "synchronous_commit", "full_page_writes", "wal_level"}) {
        try (ResultSet row = statement.executeQuery("SHOW " + name)) {
          row.next();
          settings.put(name, row.getString(1));
        }
      }
    } catch (SQLException e) {
      settings.put("unknown", "SHOW refused: " + e.getMessage());
    }
    return settings;
  }
}
