package dev.statebench.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.UserFacingException;
import dev.statebench.session.PostgresSessionStore;
import dev.statebench.session.RedisSessionStore;
import dev.statebench.session.SessionData;
import dev.statebench.session.SessionId;
import dev.statebench.session.SessionStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Provisioning against real servers: embedded lifecycle, the external path, and the failure modes. */
class ServersTest {
  private static final Duration FAIL_FAST_BOUND = Duration.ofSeconds(10);

  private static Servers shared;

  @BeforeAll
  static void startSharedServers() {
    shared = Servers.open(ServerConfig.embedded());
    shared.redis();
    shared.postgres();
  }

  @AfterAll
  static void stopSharedServers() {
    shared.close();
  }

  @Test
  void embeddedServers_answerAndReportTheirVersions() {
    assertThat(shared.redis().embedded()).isTrue();
    assertThat(shared.redis().uri()).matches("redis://127\\.0\\.0\\.1:\\d+");
    assertThat(shared.redis().version()).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(shared.postgres().embedded()).isTrue();
    assertThat(shared.postgres().jdbcUrl()).matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/postgres");
    assertThat(shared.postgres().user()).isEqualTo("postgres");
    assertThat(shared.postgres().version()).startsWith("17.");
  }

  @Test
  void embeddedStartAndClose_leavesNoProcessOrDirectoryBehind() {
    Servers servers = Servers.open(ServerConfig.embedded());
    servers.redis();
    servers.postgres();
    ProcessHandle redisProcess = servers.embeddedRedis().processHandle();
    ProcessHandle postmaster = servers.embeddedPostgres().postmaster().orElseThrow();
    List<Path> directories = List.of(servers.embeddedRedis().directory(), servers.embeddedPostgres().directory());
    assertThat(redisProcess.isAlive()).isTrue();
    assertThat(postmaster.isAlive()).isTrue();
    assertThat(directories).allMatch(Files::isDirectory);

    servers.close();

    assertThat(redisProcess.isAlive()).isFalse();
    assertThat(postmaster.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).join())
        .as("postmaster exited").isNotNull();
    assertThat(postmaster.isAlive()).isFalse();
    assertThat(directories).noneMatch(Files::exists);
    servers.close();
  }

  @Test
  void serversStartOnlyWhatIsAskedFor() {
    try (Servers servers = Servers.open(ServerConfig.embedded())) {
      servers.redis();

      assertThat(servers.embeddedRedis()).isNotNull();
      assertThat(servers.embeddedPostgres()).isNull();
    }
  }

  @Test
  void externalPath_pointedAtRunningServersByUrl_usesThemWithoutStartingAnything() {
    ServerConfig external = ServerConfig.external(shared.redis(), shared.postgres());
    SessionData data = SessionData.startingNow("olga", List.of("user"));

    try (Servers servers = Servers.open(external)) {
      assertThat(servers.redis().embedded()).isFalse();
      assertThat(servers.redis().version()).isEqualTo(shared.redis().version());
      assertThat(servers.postgres().embedded()).isFalse();
      assertThat(servers.postgres().version()).isEqualTo(shared.postgres().version());
      assertThat(servers.embeddedRedis()).isNull();
      assertThat(servers.embeddedPostgres()).isNull();
      try (SessionStore redis = RedisSessionStore.connect(servers.redis().uri(), "external:");
          SessionStore postgres = PostgresSessionStore.connect(servers.postgres())) {
        SessionId inRedis = redis.create(data, Duration.ofMinutes(1));
        SessionId inPostgres = postgres.create(data, Duration.ofMinutes(1));
        assertThat(redis.lookup(inRedis)).contains(data);
        assertThat(postgres.lookup(inPostgres)).contains(data);
      }
    }
    assertThat(shared.redis()).as("closing the external view leaves the servers running").isNotNull();
    try (SessionStore stillThere = RedisSessionStore.connect(shared.redis().uri(), "external:")) {
      assertThat(stillThere.count()).isEqualTo(1);
    }
  }

  @Test
  void unreachableRedis_failsWithinSecondsWithOneClearLine() throws IOException {
    int closedPort = closedPort();
    ServerConfig config = ServerConfig.embedded().withOverrides("redis://127.0.0.1:" + closedPort, null, null, null, null, null);

    long start = System.nanoTime();
    try (Servers servers = Servers.open(config)) {
      assertThatThrownBy(servers::redis).isInstanceOf(UserFacingException.class)
          .hasMessageContaining("Redis at redis://127.0.0.1:" + closedPort + " is unreachable")
          .hasMessageContaining("STATEBENCH_REDIS_URL")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAIL_FAST_BOUND);
  }

  @Test
  void unreachablePostgres_failsWithinSecondsWithOneClearLine() throws IOException {
    int closedPort = closedPort();
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/app";
    ServerConfig config = ServerConfig.embedded().withOverrides(null, url, "app", "hunter2", null, null);

    long start = System.nanoTime();
    try (Servers servers = Servers.open(config)) {
      assertThatThrownBy(servers::postgres).isInstanceOf(UserFacingException.class)
          .hasMessageContaining("PostgreSQL at " + url + " is unreachable")
          .hasMessageContaining("STATEBENCH_PG_URL")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("hunter2"));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAIL_FAST_BOUND);
  }

  @Test
  void malformedUrls_areRejectedWithoutEchoingPasswords() {
    assertThatThrownBy(() -> RedisProbe.probe("not a url with :hunter2@", false)).isInstanceOf(UserFacingException.class);
    assertThatThrownBy(() -> PostgresProbe.probe("postgres://db/app?password=hunter2", "u", "", false))
        .isInstanceOf(UserFacingException.class).hasMessageContaining("jdbc:postgresql")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void redisRejectingTheCredentials_isReportedAsAnAuthenticationFailure() {
    try (EmbeddedRedisServer redis = EmbeddedRedisServer.start(0)) {
      int port = redis.endpoint().port();
      var client = RedisSessionStore.newClient(redis.endpoint().uri());
      try (var connection = client.connect()) {
        connection.sync().configSet("requirepass", "right-secret");
      } finally {
        client.shutdown();
      }

      assertThatThrownBy(() -> RedisProbe.probe("redis://127.0.0.1:" + port, false))
          .isInstanceOf(UserFacingException.class).hasMessageContaining("rejected the credentials");
      assertThatThrownBy(() -> RedisProbe.probe("redis://:wrong-secret@127.0.0.1:" + port, false))
          .isInstanceOf(UserFacingException.class).hasMessageContaining("rejected the credentials")
          .hasMessageNotContaining("wrong-secret");
      RedisEndpoint endpoint = RedisProbe.probe("redis://:right-secret@127.0.0.1:" + port, false);
      assertThat(endpoint.version()).isEqualTo(redis.endpoint().version());
      assertThat(endpoint.toString()).doesNotContain("right-secret");
    }
  }

  @Test
  void postgresRejectingTheCredentials_isReportedAsAnAuthenticationFailure() throws Exception {
    try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(0)) {
      PostgresEndpoint superuser = postgres.endpoint();
      try (var connection = DriverManager.getConnection(superuser.jdbcUrl(), "postgres", "");
          var statement = connection.createStatement()) {
        statement.execute("CREATE ROLE app LOGIN PASSWORD 'right-secret'");
        Files.writeString(postgres.directory().resolve("data").resolve("pg_hba.conf"),
            "host all app 127.0.0.1/32 scram-sha-256\nhost all all 127.0.0.1/32 trust\nlocal all all trust\n");
        statement.execute("SELECT pg_reload_conf()");
      }

      assertThatThrownBy(() -> PostgresProbe.probe(superuser.jdbcUrl(), "app", "wrong-secret", false))
          .isInstanceOf(UserFacingException.class).hasMessageContaining("rejected user 'app'")
          .hasMessageNotContaining("wrong-secret");
      PostgresEndpoint app = PostgresProbe.probe(superuser.jdbcUrl(), "app", "right-secret", false);
      assertThat(app.version()).isEqualTo(superuser.version());
    }
  }

  @Test
  void busyPort_forEmbeddedRedis_isReportedAsPortInUse() throws IOException {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(() -> EmbeddedRedisServer.start(busy.getLocalPort())).isInstanceOf(UserFacingException.class)
          .hasMessageContaining("port " + busy.getLocalPort()).hasMessageContaining("already in use");
    }
  }

  @Test
  void busyClusterBusPort_forAnEmbeddedClusterNode_isReportedAsPortInUseNamingThatPort() throws IOException {
    // The port is taken after our check and before redis-server binds it, the race a fresh port can lose; only
    // a PortInUseException makes the caller try again with other ports.
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(() -> EmbeddedRedisServer.startClusterNode(0, busy.getLocalPort()))
          .isInstanceOf(PortInUseException.class).hasMessageContaining("port " + busy.getLocalPort() + " ");
    }
  }

  @Test
  void busyPort_forEmbeddedPostgres_isReportedAsPortInUse() throws IOException {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ServerConfig config = ServerConfig.embedded().withOverrides(null, null, null, null, null, busy.getLocalPort());
      try (Servers servers = Servers.open(config)) {
        assertThatThrownBy(servers::postgres).isInstanceOf(UserFacingException.class)
            .hasMessageContaining("port " + busy.getLocalPort()).hasMessageContaining("already in use");
      }
    }
  }

  @Test
  void closedServers_refuseFurtherUse() {
    Servers servers = Servers.open(ServerConfig.embedded());
    servers.close();

    assertThatThrownBy(servers::redis).isInstanceOf(IllegalStateException.class);
    assertThat(Optional.ofNullable(servers.embeddedRedis())).isEmpty();
  }

  /** A loopback port that was free a moment ago and has no listener. */
  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
