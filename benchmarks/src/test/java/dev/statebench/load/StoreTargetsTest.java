package dev.statebench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import dev.statebench.session.SessionData;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Store targets against real servers: keys drawn over the whole population, and the store's bytes per session. */
class StoreTargetsTest {
  private static Servers servers;

  @BeforeAll
  static void startServers() {
    servers = Servers.open(ServerConfig.embedded());
  }

  @AfterAll
  static void stopServers() {
    servers.close();
  }

  /** How often each session (by user id) was read in {@code calls} requests. */
  private static Map<String, Integer> hits(TargetClient client, int calls) throws Exception {
    Map<String, Integer> hits = new HashMap<>();
    for (int i = 0; i < calls; i++) {
      hits.merge(((SessionData) client.call(i)).userId(), 1, Integer::sum);
    }
    return hits;
  }

  @Test
  void uniformKeys_reachAlmostTheWholePopulation() throws Exception {
    try (TargetClient client = LoadTarget.REDIS.open(servers, new TargetOptions(1, 1000, KeyChoice.UNIFORM))) {
      // 5,000 uniform draws over 1,000 sessions miss each with probability e^-5: about 993 distinct expected
      assertThat(hits(client, 5000)).hasSizeGreaterThan(975);
    }
  }

  @Test
  void zipfKeys_favourTheFirstRanks() throws Exception {
    try (TargetClient client = LoadTarget.POSTGRES.open(servers, new TargetOptions(1, 1000, KeyChoice.parse("zipf(1)")))) {
      Map<String, Integer> hits = hits(client, 5000);

      // Zipf(1) over 1,000: rank 1 has probability 1/H(1000) = 1/7.485 ≈ 13.4%, about 668 of 5,000
      assertThat(hits.get("user-0")).isBetween(560, 780);
      assertThat(hits.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).isEqualTo(hits.get("user-0"));
      // rank 2 about half as often as rank 1
      assertThat(hits.get("user-1")).isBetween(250, 420);
    }
  }

  @ParameterizedTest
  @EnumSource(value = LoadTarget.class, names = {"REDIS", "REDIS_JEDIS", "POSTGRES"})
  void storeBytesPerSession_isAtLeastThePayload(LoadTarget target) {
    try (TargetClient client = target.open(servers, new TargetOptions(2, 2000, KeyChoice.UNIFORM))) {
      double perSession = ((Number) client.description().get("store_bytes_per_session")).doubleValue();

      // each session stores a 1,024-byte payload plus its id, user, roles and times: more than 1 KiB, well under 4
      assertThat(perSession).isGreaterThan(1024).isLessThan(4096);
      assertThat(client.description()).containsEntry("population", 2000).containsEntry("keys", "uniform");
    }
  }
}
