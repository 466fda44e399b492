package dev.statebench.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.statebench.servers.PostgresEndpoint;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import dev.statebench.session.PostgresPoolSettings;
import dev.statebench.session.PostgresSessionStore;
import dev.statebench.session.SampleSessions;
import dev.statebench.session.SessionId;
import dev.statebench.session.SessionTable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real embedded primary with a real streaming replica: replication works, and the window is measured. */
class RevocationWindowTest {
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  private static Servers servers;
  private static PostgresSessionStore primary;
  private static PostgresSessionStore writer;
  private static HikariDataSource replicaPool;
  private static PostgresSessionStore replica;

  @BeforeAll
  static void startPrimaryAndReplica() throws Exception {
    servers = Servers.open(ServerConfig.embedded());
    PostgresEndpoint primaryEndpoint = servers.postgres();
    PostgresEndpoint replicaEndpoint = servers.postgresReplica();
    primary = PostgresSessionStore.connect(primaryEndpoint);
    writer = PostgresSessionStore.connect(primaryEndpoint);
    replicaPool = PostgresSessionStore.newPool(replicaEndpoint, PostgresPoolSettings.DEFAULT);
    replica = new PostgresSessionStore(replicaPool, SessionTable.DEFAULT);
    awaitTableOnReplica(replicaEndpoint);
  }

  @AfterAll
  static void stop() {
    replica.close();
    replicaPool.close();
    writer.close();
    primary.close();
    servers.close();
  }

  @Test
  void replica_isAReadOnlyStandbyOfThePrimary() throws Exception {
    try (Connection connection = DriverManager.getConnection(servers.postgresReplica().jdbcUrl(), "postgres", "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT pg_is_in_recovery()")) {
      rows.next();
      assertThat(rows.getBoolean(1)).as("pg_is_in_recovery() on the replica").isTrue();
    }
    assertThatThrownBy(() -> replica.create(SampleSessions.forIndex(1, 0), Duration.ofMinutes(1)))
        .hasMessageContaining("read-only");
  }

  @Test
  void sessionCreatedAndRevokedOnThePrimary_appearsThenDisappearsOnTheReplica() throws Exception {
    SessionId id = primary.create(SampleSessions.forIndex(7, 16), Duration.ofHours(1));
    awaitOnReplica(id, true);
    assertThat(primary.revoke(id)).isTrue();
    awaitOnReplica(id, false);
    assertThat(primary.lookup(id)).isEmpty();
  }

  @Test
  void measure_recordsOneWindowPerRevocationAndAppliesTheWriteLoad() {
    RevocationWindow.Result result = new RevocationWindow(primary, replica, writer).measure(20, 200);

    assertThat(result.samples()).isEqualTo(20);
    assertThat(result.windows().getTotalCount()).isEqualTo(20);
    assertThat(result.visibility().getTotalCount()).isEqualTo(20);
    assertThat(result.stillFound()).isBetween(0L, 20L);
    assertThat(result.achievedWritesPerSecond()).as("background inserts per second").isGreaterThan(0);
  }

  @Test
  void measure_rejectsNoSamplesAndNegativeRates() {
    RevocationWindow window = new RevocationWindow(primary, replica, writer);
    assertThatThrownBy(() -> window.measure(0, 0)).hasMessageContaining("samples");
    assertThatThrownBy(() -> window.measure(1, -1)).hasMessageContaining("write rate");
    assertThatThrownBy(() -> window.measure(1, Double.NaN)).hasMessageContaining("write rate");
  }

  private static void awaitOnReplica(SessionId id, boolean present) throws InterruptedException {
    long end = System.nanoTime() + DEADLINE.toNanos();
    while (replica.lookup(id).isPresent() != present) {
      if (System.nanoTime() > end) {
        throw new AssertionError("the replica did not " + (present ? "receive" : "lose") + " the session within "
            + DEADLINE.toSeconds() + " s");
      }
      TimeUnit.MILLISECONDS.sleep(1);
    }
  }

  private static void awaitTableOnReplica(PostgresEndpoint replicaEndpoint) throws Exception {
    long end = System.nanoTime() + DEADLINE.toNanos();
    try (Connection connection = DriverManager.getConnection(replicaEndpoint.jdbcUrl(), "postgres", "");
        Statement statement = connection.createStatement()) {
      while (true) {
        try (ResultSet rows = statement.executeQuery("SELECT to_regclass('statebench_sessions') IS NOT NULL")) {
          rows.next();
          if (rows.getBoolean(1)) {
            return;
          }
        }
        if (System.nanoTime() > end) {
          throw new AssertionError("the session table never reached the replica");
        }
        TimeUnit.MILLISECONDS.sleep(5);
      }
    }
  }
}
