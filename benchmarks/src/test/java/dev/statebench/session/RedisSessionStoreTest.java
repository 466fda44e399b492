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
}
