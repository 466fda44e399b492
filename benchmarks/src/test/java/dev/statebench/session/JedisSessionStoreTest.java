package dev.statebench.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.servers.EmbeddedRedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The session-store contract for the Jedis store against a real embedded redis-server. */
class JedisSessionStoreTest extends SessionStoreContract {
  private static EmbeddedRedisServer server;

  @BeforeAll
  static void startRedis() {
    server = EmbeddedRedisServer.start(0);
  }

  @AfterAll
  static void stopRedis() {
    server.close();
  }

  @Override
  protected SessionStore openStore(String name) {
    return new JedisSessionStore(server.endpoint().uri(), name + ":", 2);
  }

  @Test
  void sessionsWrittenByJedis_areReadByLettuceByteForByte() {
    RedisClient lettuce = RedisSessionStore.newClient(server.endpoint().uri());
    try (JedisSessionStore jedis = new JedisSessionStore(server.endpoint().uri(), "both:", 1);
        RedisSessionStore other = new RedisSessionStore(lettuce, "both:")) {
      SessionData data = SampleSessions.forIndex(42, 300);
      SessionId id = jedis.create(data, Duration.ofMinutes(5));

      assertThat(other.lookup(id)).contains(data);
    } finally {
      lettuce.shutdown();
    }
  }

  @Test
  void pool_opensAllItsConnectionsUpFront() {
    RedisClient lettuce = RedisSessionStore.newClient(server.endpoint().uri());
    try (StatefulRedisConnection<String, String> raw = lettuce.connect()) {
      long before = connectedClients(raw);
      try (JedisSessionStore store = new JedisSessionStore(server.endpoint().uri(), "pool:", 3)) {
        assertThat(connectedClients(raw)).isEqualTo(before + 3);
      }
      // the server notices closed sockets on its own schedule: wait for it, with a deadline
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (connectedClients(raw) != before && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(connectedClients(raw)).isEqualTo(before);
    } finally {
      lettuce.shutdown();
    }
  }

  private static long connectedClients(StatefulRedisConnection<String, String> raw) {
    for (String line : raw.sync().info("clients").split("\r?\n")) {
      if (line.startsWith("connected_clients:")) {
        return Long.parseLong(line.substring("connected_clients:".length()).trim());
      }
    }
    throw new IllegalStateException("no connected_clients in INFO clients");
  }
}
