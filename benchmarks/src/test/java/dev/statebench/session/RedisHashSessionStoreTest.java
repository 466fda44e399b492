package dev.statebench.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.servers.EmbeddedRedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The session-store contract for hash sessions against a real embedded redis-server, plus the hash layout. */
class RedisHashSessionStoreTest extends SessionStoreContract {
  private static EmbeddedRedisServer server;
  private static RedisClient client;

  @BeforeAll
  static void startRedis() {
    server = EmbeddedRedisServer.start(0);
    client = RedisSessionStore.newClient(server.endpoint().uri());
  }

  @AfterAll
  static void stopRedis() {
    client.shutdown();
    server.close();
  }

  @Override
  protected SessionStore openStore(String name) {
    return new RedisHashSessionStore(client, name + ":");
  }

  @Test
  void create_writesOneFieldPerAttributeSoSingleFieldsCanBeRead() {
    try (RedisHashSessionStore store = new RedisHashSessionStore(client, "layout:");
        StatefulRedisConnection<String, String> raw = client.connect()) {
      SessionId id = store.create(SampleSessions.forIndex(1, 3), Duration.ofMinutes(5));

      Map<String, String> fields = raw.sync().hgetall("layout:" + id.value());

      assertThat(fields).containsEntry("user", "user-1").containsEntry("role.0", "user")
          .containsEntry("role.1", "editor").containsKeys("created", "seen", "payload").doesNotContainKey("role.2");
      assertThat(raw.sync().pttl("layout:" + id.value())).isBetween(290_000L, 300_000L);
    }
  }

  @Test
  void lookup_reportsAHashWithoutItsFieldsAsCorrupt() {
    try (RedisHashSessionStore store = new RedisHashSessionStore(client, "corrupt:");
        StatefulRedisConnection<String, String> raw = client.connect()) {
      SessionId id = SessionId.deterministic(3, 3);
      raw.sync().hset("corrupt:" + id.value(), "user", "mallory");

      assertThatThrownBy(() -> store.lookup(id)).isInstanceOf(CorruptSessionDataException.class)
          .hasMessageContaining("lacks");
    }
  }

  @Test
  void lookupAndExtend_reloadsItsScriptAfterTheServerForgotIt() {
    try (RedisHashSessionStore store = new RedisHashSessionStore(client, "flush:");
        StatefulRedisConnection<String, String> raw = client.connect()) {
      SessionId id = store.create(SampleSessions.forIndex(2, 0), Duration.ofMinutes(1));
      assertThat(store.lookupAndExtend(id, Duration.ofMinutes(2))).isPresent();

      raw.sync().scriptFlush();

      assertThat(store.lookupAndExtend(id, Duration.ofMinutes(3))).contains(SampleSessions.forIndex(2, 0));
      assertThat(raw.sync().pttl("flush:" + id.value())).isBetween(170_000L, 180_000L);
    }
  }
}
