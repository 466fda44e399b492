package dev.statebench.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.servers.RedisClusterEndpoint;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import dev.statebench.session.RedisSessionStore;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Key spread over a real embedded Redis Cluster of three masters, each owning a third of the 16,384 slots. */
class ClusterKeySpreadTest {
  private static Servers servers;
  private static RedisClusterEndpoint cluster;

  @BeforeAll
  static void startCluster() {
    servers = Servers.open(ServerConfig.embedded());
    cluster = servers.redisCluster(List.of(), 3, 0);
  }

  @AfterAll
  static void stopCluster() {
    servers.close();
  }

  @Test
  void withoutHashTag_keysSpreadEvenlyOverTheMasters() {
    KeySpread spread = ClusterKeySpread.measure(cluster, "test:spread:", 3000);

    assertThat(spread.hashTag()).isFalse();
    assertThat(spread.keysPerMaster()).hasSize(3);
    assertThat(spread.keysPerMaster().stream().mapToLong(Long::longValue).sum()).isEqualTo(3000);
    // each master owns ~1/3 of the slots: binomial(3000, 1/3) has mean 1000 and sd 25.8; ±150 is ±5.8 sd
    assertThat(spread.keysPerMaster()).allMatch(n -> n >= 850 && n <= 1150);
    // 3,000 keys in 16,384 slots fill 16384 × (1 − e^(−3000/16384)) ≈ 2,741 distinct slots (sd ≈ 20)
    assertThat(spread.distinctSlots()).isBetween(2650, 2830);
  }

  @Test
  void withHashTag_everyKeyLandsInOneSlotOnOneMaster() {
    KeySpread spread = ClusterKeySpread.measure(cluster, "{test}:spread:", 3000);

    assertThat(spread.hashTag()).isTrue();
    assertThat(spread.distinctSlots()).isEqualTo(1);
    assertThat(spread.keysPerMaster()).containsExactlyInAnyOrder(3000L, 0L, 0L);
  }

  @Test
  void measuring_leavesNoKeysBehind() {
    ClusterKeySpread.measure(cluster, "test:leftover:", 200);

    try (RedisSessionStore store = RedisSessionStore.connectCluster(cluster.nodeUris(), "test:leftover:")) {
      assertThat(store.count()).isZero();
    }
  }

  @Test
  void hashTag_needsANonEmptyBracePair() {
    // the specification hashes the whole key when the first {…} is empty or never closed
    assertThat(ClusterKeySpread.hasHashTag("a{b}c")).isTrue();
    assertThat(ClusterKeySpread.hasHashTag("{}:x:")).isFalse();
    assertThat(ClusterKeySpread.hasHashTag("a}b{")).isFalse();
  }
}
