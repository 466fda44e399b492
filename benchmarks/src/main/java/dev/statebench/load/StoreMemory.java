package dev.statebench.load;

import dev.statebench.servers.PostgresEndpoint;
import dev.statebench.session.RedisSessionStore;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * How many bytes a store holds, to state the memory per session of a populated population: Redis's
 * {@code used_memory} from {@code INFO memory} (everything its allocator holds for data, read as the difference
 * before and after populating), PostgreSQL's {@code pg_total_relation_size} of the session table (heap, TOAST and
 * every index, measured on a freshly truncated and populated table). See https://redis.io/docs/latest/commands/info/
 * and https://www.postgresql.org/docs/current/functions-admin.html#FUNCTIONS-ADMIN-DBSIZE.
 */
public interface StoreMemory {
  /** The store's bytes now. */
  long bytes();

  /** What is measured, e.g. {@code Redis INFO memory used_memory (difference)}. */
  String source();

  /** Whether {@link #bytes()} includes data other than the population, so that a before/after difference is needed. */
  boolean needsBaseline();

  /** Redis {@code used_memory} of the server at {@code uri}. */
  static StoreMemory redis(String uri) {
    return new StoreMemory() {
      @Override
      public long bytes() {
        RedisClient client = RedisSessionStore.newClient(uri);
        try (StatefulRedisConnection<String, String> connection = client.connect(StringCodec.UTF8)) {
          return field(connection.sync().info("memory"), "used_memory");
        } finally {
          client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
      }

      @Override
      public String source() {
        return "Redis INFO memory used_memory, after minus before populating";
      }

      @Override
      public boolean needsBaseline() {
        return true;
      }
    };
  }

  /**
   * The sum of Redis {@code used_memory} over a cluster's masters (replicas hold copies, not more sessions), read node
   * by node.
   */
  static StoreMemory redisCluster(java.util.List<String> masterUris) {
    java.util.List<StoreMemory> nodes = masterUris.stream().map(StoreMemory::redis).toList();
    return new StoreMemory() {
      @Override
      public long bytes() {
        return nodes.stream().mapToLong(StoreMemory::bytes).sum();
      }

      @Override
      public String source() {
        return "Redis INFO memory used_memory summed over the " + nodes.size()
            + " cluster masters, after minus before populating";
      }

      @Override
      public boolean needsBaseline() {
        return true;
      }
    };
  }

  /** {@code pg_total_relation_size} of {@code table} on the server at {@code endpoint}. */
  static StoreMemory postgres(PostgresEndpoint endpoint, String table) {
    return new StoreMemory() {
      @Override
      public long bytes() {
        Properties login = new Properties();
        login.setProperty("user", endpoint.user());
        if (!endpoint.password().isEmpty()) {
          login.setProperty("password", endpoint.password());
        }
        try (Connection connection = DriverManager.getConnection(endpoint.jdbcUrl(), login);
            PreparedStatement size = connection.prepareStatement("SELECT pg_total_relation_size(?::regclass)")) {
          size.setString(1, table);
          try (ResultSet row = size.executeQuery()) {
            row.next();
            return row.getLong(1);
          }
        } catch (SQLException e) {
          throw new IllegalStateException("cannot read the size of table " + table + ": " + e.getMessage(), e);
        }
      }

      @Override
      public String source() {
        return "PostgreSQL pg_total_relation_size(" + table + "): heap + TOAST + indexes";
      }

      @Override
      public boolean needsBaseline() {
        return false;
      }
    };
  }

  /** A numeric field of an {@code INFO} reply. */
  static long field(String info, String name) {
    for (String line : info.split("\r?\n")) {
      if (line.startsWith(name + ":")) {
        return Long.parseLong(line.substring(name.length() + 1).trim());
      }
    }
    throw new IllegalStateException("INFO did not report " + name);
  }
}
