package dev.statebench.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Real faults of real embedded servers: a crash loses what was not durable, a freeze answers nothing until thawed. */
class StoreFaultsTest {
  private static final Duration SHORT = Duration.ofMillis(500);

  @Test
  void redisKilledAndRestarted_answersOnTheSamePortAndHasLostItsInMemoryData() {
    try (EmbeddedRedisServer redis = EmbeddedRedisServer.start(0)) {
      RedisClient client = shortTimeoutClient(redis.endpoint().uri());
      try (StatefulRedisConnection<String, String> connection = client.connect()) {
        connection.sync().set("k", "v");
        long pid = redis.processHandle().pid();

        redis.kill();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThatThrownBy(() -> connection.sync().get("k")).isInstanceOf(RuntimeException.class);

        redis.restart();
        assertThat(redis.processHandle().pid()).isNotEqualTo(pid);
        assertThat(connection.sync().ping()).isEqualTo("PONG"); // lettuce reconnected by itself
        assertThat(connection.sync().get("k")).as("no snapshot, no append-only file: the data died with it").isNull();
      } finally {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      }
    }
  }

  @Test
  void redisRestartedOverAndOver_isReadyAfterEveryRestartAndNeverWaitsOutItsDeadline() {
    // A restart's own "ready" log line can be written before the restart looks at the log; it must still count.
    try (EmbeddedRedisServer redis = EmbeddedRedisServer.start(0)) {
      RedisClient client = shortTimeoutClient(redis.endpoint().uri());
      try (StatefulRedisConnection<String, String> connection = client.connect()) {
        for (int restart = 1; restart <= 20; restart++) {
          long pid = redis.processHandle().pid();
          long started = System.nanoTime();
          redis.restart();
          assertThat(Duration.ofNanos(System.nanoTime() - started)).as("restart %d", restart)
              .isLessThan(Duration.ofSeconds(10));
          assertThat(redis.processHandle().pid()).isNotEqualTo(pid);
          assertThat(connection.sync().ping()).isEqualTo("PONG");
        }
      } finally {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      }
    }
  }

  @Test
  void redisWithAnAppendOnlyFile_keepsItsDataAcrossACrash() throws Exception {
    try (EmbeddedRedisServer redis = EmbeddedRedisServer.start(0, Durability.RedisAppendOnly.ALWAYS)) {
      RedisClient client = shortTimeoutClient(redis.endpoint().uri());
      try (StatefulRedisConnection<String, String> connection = client.connect()) {
        connection.sync().set("k", "v"); // appendfsync always: on disk before the reply

        redis.kill();
        redis.restart();

        assertThat(connection.sync().get("k")).isEqualTo("v");
      } finally {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      }
    }
  }

  @Test
  void redisFrozen_timesOutUntilThawed() {
    try (EmbeddedRedisServer redis = EmbeddedRedisServer.start(0)) {
      RedisClient client = shortTimeoutClient(redis.endpoint().uri());
      try (StatefulRedisConnection<String, String> connection = client.connect()) {
        redis.freeze();
        try {
          assertThat(redis.processHandle().isAlive()).isTrue();
          assertThatThrownBy(() -> connection.sync().ping()).hasMessageContaining("timed out");
        } finally {
          redis.thaw();
        }
        assertThat(connection.sync().ping()).isEqualTo("PONG");
      } finally {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      }
    }
  }

  @Test
  void postgresKilledAndRestarted_recoversCheckpointedDataOnTheSamePort() throws Exception {
    try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(0)) {
      String url = postgres.endpoint().jdbcUrl();
      try (Connection connection = DriverManager.getConnection(url, "postgres", "");
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE kept (v int)");
        statement.execute("INSERT INTO kept VALUES (42)");
        statement.execute("CHECKPOINT");
      }
      long postmaster = postgres.postmaster().orElseThrow().pid();

      postgres.kill();
      assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
      assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
          .hasMessageContaining("Connection");

      postgres.restart();
      try (Connection connection = DriverManager.getConnection(url, "postgres", "");
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT v FROM kept")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getInt(1)).isEqualTo(42);
      }
      assertThat(postgres.postmaster().orElseThrow().pid()).isNotEqualTo(postmaster);
    }
  }

  @Test
  void postgresFrozen_answersNothingUntilThawed() throws Exception {
    try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(0)) {
      String url = postgres.endpoint().jdbcUrl() + "?socketTimeout=1&connectTimeout=1&loginTimeout=1";
      try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
        postgres.freeze();
        try {
          assertThatThrownBy(() -> {
            try (Statement statement = connection.createStatement()) {
              statement.executeQuery("SELECT 1").close();
            }
          }).hasRootCauseInstanceOf(SocketTimeoutException.class);
        } finally {
          postgres.thaw();
        }
      }
      try (Connection connection = DriverManager.getConnection(url, "postgres", "");
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT 1")) {
        assertThat(rows.next()).isTrue();
      }
    }
  }

  private static RedisClient shortTimeoutClient(String uri) {
    RedisURI redisUri = RedisURI.create(uri);
    redisUri.setTimeout(SHORT);
    RedisClient client = RedisClient.create(redisUri);
    client.setOptions(ClientOptions.builder().timeoutOptions(TimeoutOptions.enabled(SHORT)).build());
    return client;
  }
}
