package dev.statebench.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.UserFacingException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

  @Test
  void nothingConfigured_meansBothEmbedded() {
    ServerConfig config = ServerConfig.from(new Properties(), Map.of());

    assertThat(config.embeddedRedis()).isTrue();
    assertThat(config.embeddedPostgres()).isTrue();
    assertThat(config.effectivePgUser()).isEqualTo("postgres");
    assertThat(config.effectivePgPassword()).isEmpty();
  }

  @Test
  void environmentVariables_nameExternalServers() {
    ServerConfig config = ServerConfig.from(new Properties(), Map.of(
        "STATEBENCH_REDIS_URL", "redis://cache:6379",
        "STATEBENCH_PG_URL", "jdbc:postgresql://db/app",
        "STATEBENCH_PG_USER", "app",
        "STATEBENCH_PG_PASSWORD", "secret"));

    assertThat(config.redisUrl()).isEqualTo("redis://cache:6379");
    assertThat(config.pgUrl()).isEqualTo("jdbc:postgresql://db/app");
    assertThat(config.effectivePgUser()).isEqualTo("app");
    assertThat(config.effectivePgPassword()).isEqualTo("secret");
  }

  @Test
  void systemPropertiesWinOverEnvironmentAndFlagsWinOverBoth() {
    Properties properties = new Properties();
    properties.setProperty("statebench.redis.url", "redis://from-property:1");
    Map<String, String> environment = Map.of("STATEBENCH_REDIS_URL", "redis://from-env:1",
        "STATEBENCH_PG_URL", "jdbc:postgresql://from-env/db");

    ServerConfig config = ServerConfig.from(properties, environment);
    ServerConfig flagged = config.withOverrides(null, "embedded", null, null, null, 5433);

    assertThat(config.redisUrl()).isEqualTo("redis://from-property:1");
    assertThat(flagged.redisUrl()).isEqualTo("redis://from-property:1");
    assertThat(flagged.embeddedPostgres()).as("'embedded' overrides the environment").isTrue();
    assertThat(flagged.pgPort()).isEqualTo(5433);
  }

  @Test
  void jvmArgs_reproduceTheEndpointsInAChildJvm() {
    RedisEndpoint redis = new RedisEndpoint("redis://127.0.0.1:7001", "7.0.15", true);
    PostgresEndpoint postgres = new PostgresEndpoint("jdbc:postgresql://127.0.0.1:7002/postgres", "postgres", "pw", "17.6", true);

    List<String> args = ServerConfig.jvmArgsFor(redis, postgres);
    Properties childProperties = new Properties();
    for (String arg : args) {
      String[] keyValue = arg.substring(2).split("=", 2);
      childProperties.setProperty(keyValue[0], keyValue[1]);
    }

    assertThat(ServerConfig.from(childProperties, Map.of())).isEqualTo(ServerConfig.external(redis, postgres));
  }

  @Test
  void portsOutsideTheTcpRange_areRejected() {
    assertThatThrownBy(() -> ServerConfig.embedded().withOverrides(null, null, null, null, 70_000, null))
        .isInstanceOf(UserFacingException.class).hasMessageContaining("70000");
  }
}
