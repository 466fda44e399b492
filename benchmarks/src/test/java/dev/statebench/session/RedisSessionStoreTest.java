package dev.statebench.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.servers.EmbeddedRedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The session-store contract against a real embedded redis-server, plus Redis-specific behaviour. */
class RedisSessionStoreTest extends SessionStoreContract {
  private static EmbeddedRedisServer server;
  private static RedisClient sharedClient;

  @BeforeAll
  static void startRedis() {
    server = EmbeddedRedisServer.start(0);
    sharedClient = RedisSessionStore.newClient(server.endpoint().uri());
  }

  @AfterAll
  static void stopRedis() {
    sharedClient.shutdown();
    server.close();
  }

  @Override
  protected SessionStore openStore(String name) {
    return RedisSessionStore.connect(server.endpoint().uri(), name + ":");
  }

  @Test
  void sessions_expireInsideRedisWithTheRequestedTtl() {
    try (RedisSessionStore store = new RedisSessionStore(sharedClient, "ttl:");
        StatefulRedisConnection<String, String> raw = sharedClient.connect()) {
      SessionId id = store.create(session("kim", 0), Duration.ofSeconds(90));

      long ttlMillis = raw.sync().pttl("ttl:" + id.value());

      assertThat(ttlMillis).isBetween(80_000L, 90_000L);
      store.lookupAndExtend(id, Duration.ofHours(2));
      assertThat(raw.sync().pttl("ttl:" + id.value())).isBetween(7_100_000L, 7_200_000L);
    }
  }

  @Test
  void malformedIds_sendNoCommandToRedis() {
    try (RedisSessionStore store = new RedisSessionStore(sharedClient, "counted:");
        StatefulRedisConnection<String, String> raw = sharedClient.connect()) {
      long before = commandsProcessed(raw);
      for (int i = 0; i < 100; i++) {
        assertThatThrownBy(() -> store.lookup("not-a-session-id")).isInstanceOf(InvalidSessionIdException.class);
        assertThatThrownBy(() -> store.revoke("AAAAAAAAAAAAAAAAAAAA+A")).isInstanceOf(InvalidSessionIdException.class);
      }
      long after = commandsProcessed(raw);

      // The only command in between is the first INFO itself (Redis counts a command once it has run).
      assertThat(after - before).isEqualTo(1);
    }
  }

  @Test
  void aStoreOnACallersClient_leavesTheClientOpenWhenClosed() {
    new RedisSessionStore(sharedClient, "owned:").close();

    try (RedisSessionStore again = new RedisSessionStore(sharedClient, "owned:")) {
      assertThat(again.lookup(SessionId.random())).isEmpty();
    }
  }

  @Test
  void keyPrefixesWithGlobCharacters_areRejected() {
    assertThatThrownBy(() -> new RedisSessionStore(sharedClient, "a*")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RedisSessionStore(sharedClient, "")).isInstanceOf(IllegalArgumentException.class);
  }

  private static long commandsProcessed(StatefulRedisConnection<String, String> raw) {
    return raw.sync().info("stats").lines().filter(line -> line.startsWith("total_commands_processed:"))
        .mapToLong(line -> Long.parseLong(line.substring(line.indexOf(':') + 1).trim())).findFirst().orElseThrow();
  }
}
