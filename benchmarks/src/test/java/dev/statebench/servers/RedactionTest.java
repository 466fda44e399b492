package dev.statebench.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void passwordsInUserInfo_areMasked() {
    assertThat(Redaction.redact("redis://:hunter2@cache:6379/0")).isEqualTo("redis://:***@cache:6379/0");
    assertThat(Redaction.redact("redis://app:hunter2@cache:6379")).isEqualTo("redis://app:***@cache:6379");
    assertThat(Redaction.redact("rediss://app:p%40ss@cache")).isEqualTo("rediss://app:***@cache");
  }

  @Test
  void passwordParametersInJdbcUrls_areMasked() {
    assertThat(Redaction.redact("jdbc:postgresql://db:5432/app?user=x&password=hunter2&ssl=true"))
        .isEqualTo("jdbc:postgresql://db:5432/app?user=x&password=***&ssl=true");
    assertThat(Redaction.redact("jdbc:postgresql://db/app?PASSWORD=hunter2")).isEqualTo("jdbc:postgresql://db/app?PASSWORD=***");
  }

  @Test
  void urlsWithoutSecrets_areUnchanged() {
    for (String url : List.of("redis://127.0.0.1:6379", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres",
        "redis://user@host:1")) {
      assertThat(Redaction.redact(url)).isEqualTo(url);
    }
    assertThat(Redaction.redact(null)).isNull();
  }

  @Test
  void endpoints_neverShowTheirPasswordsWhenPrinted() {
    RedisEndpoint redis = new RedisEndpoint("redis://:hunter2@127.0.0.1:6379", "7.0.15", false);
    PostgresEndpoint postgres = new PostgresEndpoint("jdbc:postgresql://127.0.0.1:5432/app?password=hunter2", "app",
        "hunter2", "17.6", false);

    assertThat(redis.toString()).doesNotContain("hunter2").contains("127.0.0.1:6379");
    assertThat(postgres.toString()).doesNotContain("hunter2").contains("app");
    assertThat(new ServerConfig(redis.uri(), postgres.jdbcUrl(), "app", "hunter2", 0, 0).toString())
        .doesNotContain("hunter2");
  }

  @Test
  void postgresEndpoint_exposesHostPortAndDatabase() {
    PostgresEndpoint endpoint = new PostgresEndpoint("jdbc:postgresql://db.example:6543/sessions?ssl=true", "u", "", "17", false);

    assertThat(endpoint.host()).isEqualTo("db.example");
    assertThat(endpoint.port()).isEqualTo(6543);
    assertThat(endpoint.database()).isEqualTo("sessions");
  }
}
