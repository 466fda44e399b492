package dev.statebench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.statebench.hybrid.RedisDenylist;
import dev.statebench.servers.RedisClusterEndpoint;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import dev.statebench.session.RedisSessionStore;
import dev.statebench.session.SessionData;
import io.lettuce.core.cluster.RedisClusterClient;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cluster targets of {@code statebench load} against a real embedded Redis Cluster of three masters. */
class ClusterTargetsTest {
  private static Servers servers;
  private static RedisClusterEndpoint cluster;

  @BeforeAll
  static void startCluster() {
    servers = Servers.open(ServerConfig.embedded());
    cluster = servers.redisCluster(java.util.List.of(), LoadTarget.CLUSTER_MASTERS, 0);
  }

  @AfterAll
  static void stopCluster() {
    servers.close();
  }

  @Test
  void redisCluster_readsEveryPopulatedSessionThroughTheClusterClient() throws Exception {
    try (TargetClient client = LoadTarget.REDIS_CLUSTER.open(servers, new TargetOptions(2, 500, KeyChoice.UNIFORM))) {
      Set<String> users = new HashSet<>();
      for (int i = 0; i < 3000; i++) {
        users.add(((SessionData) client.call(i)).userId());
      }

      // 3,000 uniform draws over 500 sessions miss each with probability e^-6: about 499 distinct expected
      assertThat(users).hasSizeGreaterThan(490);
      // 1 KiB payload plus id, user, roles and times per session, summed over the masters' used_memory
      assertThat(((Number) client.description().get("store_bytes_per_session")).doubleValue())
          .isGreaterThan(1024).isLessThan(4096);
    }
  }

  @Test
  void redisCluster_doesNotStartASingleNodeRedis() throws Exception {
    try (TargetClient client = LoadTarget.REDIS_CLUSTER.open(servers, new TargetOptions(1, 10, KeyChoice.UNIFORM))) {
      client.call(0);
    }

    assertThat(servers.durabilityInForce()).doesNotContainKey("redis");
  }

  @Test
  void hybridCluster_acceptsItsUnrevokedTokens() throws Exception {
    try (TargetClient client = LoadTarget.HYBRID_CLUSTER.open(servers, TargetOptions.withConnections(1))) {
      for (int i = 0; i < 300; i++) {
        assertThat(client.call(i)).isInstanceOf(JWTClaimsSet.class);
      }
    }
  }

  @Test
  void clusterDenylist_refusesARevokedIdAndNoOther() {
    RedisClusterClient client = RedisSessionStore.newClusterClient(cluster.nodeUris());
    try (RedisDenylist denylist = new RedisDenylist(client, "test:denylist:")) {
      Instant exp = Instant.now().plus(Duration.ofMinutes(5));
      for (int i = 0; i < 30; i++) {
        denylist.revoke("revoked-" + i, exp);
      }

      for (int i = 0; i < 30; i++) {
        assertThat(denylist.revoked(new JWTClaimsSet.Builder().jwtID("revoked-" + i).build())).isTrue();
        assertThat(denylist.revoked(new JWTClaimsSet.Builder().jwtID("kept-" + i).build())).isFalse();
      }
      // without a jti a token cannot be denylisted, so it counts as revoked
      assertThat(denylist.revoked(new JWTClaimsSet.Builder().build())).isTrue();
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
  }
}
