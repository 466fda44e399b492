package dev.statebench.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Embedded servers start with the durability asked for, as the servers themselves report it. */
class DurabilityTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> part(Map<String, Object> inForce, String server) {
    return (Map<String, Object>) inForce.get(server);
  }

  @Test
  void durableServers_reportAppendFsyncAlwaysAndFsyncOn() {
    try (Servers servers = Servers.open(ServerConfig.embedded(),
        new Durability(Durability.RedisAppendOnly.ALWAYS, true))) {
      servers.redis();
      servers.postgres();

      Map<String, Object> inForce = servers.durabilityInForce();

      assertThat(part(inForce, "redis")).containsEntry("appendonly", "yes").containsEntry("appendfsync", "always");
      assertThat(part(inForce, "postgres")).containsEntry("fsync", "on").containsEntry("synchronous_commit", "on")
          .containsEntry("full_page_writes", "on");
    }
  }

  @Test
  void defaultServers_reportNoPersistence_andOnlyTheServersUsed() {
    try (Servers servers = Servers.open(ServerConfig.embedded())) {
      servers.redis();

      Map<String, Object> inForce = servers.durabilityInForce();

      assertThat(part(inForce, "redis")).containsEntry("appendonly", "no").containsEntry("save", "");
      assertThat(inForce).doesNotContainKey("postgres");
    }
  }

  @Test
  void appendEverySec_isAppendOnlyWithAFlushPerSecond() {
    try (EmbeddedRedisServer redis = EmbeddedRedisServer.start(0, Durability.RedisAppendOnly.EVERYSEC)) {
      assertThat(DurabilityProbe.redis(redis.endpoint())).containsEntry("appendonly", "yes")
          .containsEntry("appendfsync", "everysec");
    }
  }

  @Test
  void parse_namesTheAllowedValues() {
    assertThat(Durability.RedisAppendOnly.parse("Always")).isEqualTo(Durability.RedisAppendOnly.ALWAYS);
    assertThatThrownBy(() -> Durability.RedisAppendOnly.parse("sometimes")).hasMessageContaining("no, everysec or always");
    assertThat(Durability.parsePostgres("on")).isTrue();
    assertThatThrownBy(() -> Durability.parsePostgres("yes")).hasMessageContaining("on or off");
  }
}
