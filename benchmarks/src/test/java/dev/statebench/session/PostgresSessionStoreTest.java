package dev.statebench.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.statebench.servers.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The session-store contract against a real embedded PostgreSQL, plus PostgreSQL-specific behaviour. */
class PostgresSessionStoreTest extends SessionStoreContract {
  private static EmbeddedPostgresServer server;
  private static HikariDataSource sharedPool;

  @BeforeAll
  static void startPostgres() {
    server = EmbeddedPostgresServer.start(0);
    sharedPool = PostgresSessionStore.newPool(server.endpoint(), PostgresPoolSettings.DEFAULT.withMaximumPoolSize(4));
  }

  @AfterAll
  static void stopPostgres() {
    sharedPool.close();
    server.close();
  }

  @Override
  protected SessionStore openStore(String name) {
    return PostgresSessionStore.connect(server.endpoint(), SessionTable.named(name),
        PostgresPoolSettings.DEFAULT.withMaximumPoolSize(9));
  }

  @Test
  void schemaCreation_isIdempotentAndHonoursUnlogged() throws SQLException {
    SessionTable table = new SessionTable("unlogged_sessions", true);
    try (PostgresSessionStore store = new PostgresSessionStore(sharedPool, table)) {
      store.createSchemaIfAbsent();
      store.createSchemaIfAbsent();
      SessionId id = store.create(session("lena", 0), Duration.ofMinutes(1));
      assertThat(store.lookup(id)).isPresent();
    }

    assertThat(queryString("SELECT relpersistence::text FROM pg_class WHERE relname = 'unlogged_sessions'"))
        .isEqualTo("u");
    try (PostgresSessionStore logged = new PostgresSessionStore(sharedPool, SessionTable.named("logged_sessions"))) {
      logged.createSchemaIfAbsent();
    }
    assertThat(queryString("SELECT relpersistence::text FROM pg_class WHERE relname = 'logged_sessions'"))
        .isEqualTo("p");
  }

  @Test
  void purgeExpired_deletesOnlyExpiredRows() throws SQLException, InterruptedException {
    try (PostgresSessionStore store = new PostgresSessionStore(sharedPool, SessionTable.named("purge_check"))) {
      store.createSchemaIfAbsent();
      store.clear();
      store.populate(11, 300, i -> sampleForIndex(i, Instant.EPOCH), Duration.ofMillis(1));
      SessionId live = store.create(session("mallory", 0), Duration.ofMinutes(5));
      awaitRowsExpired();

      long purged = store.purgeExpired();

      assertThat(purged).isEqualTo(300);
      assertThat(queryString("SELECT count(*)::text FROM purge_check")).isEqualTo("1");
      assertThat(store.lookup(live)).isPresent();
    }
  }

  @Test
  void populate_overExistingIds_failsAsAWhole() {
    try (PostgresSessionStore store = new PostgresSessionStore(sharedPool, SessionTable.named("duplicate_check"))) {
      store.createSchemaIfAbsent();
      store.clear();
      store.populate(1, 10, i -> sampleForIndex(i, Instant.EPOCH), Duration.ofMinutes(5));

      assertThatThrownBy(() -> store.populate(1, 20, i -> sampleForIndex(i, Instant.EPOCH), Duration.ofMinutes(5)))
          .isInstanceOf(SessionStoreException.class);

      assertThat(store.count()).isEqualTo(10);
    }
  }

  @Test
  void expiry_isComputedByTheServerClock() throws SQLException {
    try (PostgresSessionStore store = new PostgresSessionStore(sharedPool, SessionTable.named("clock_check"))) {
      store.createSchemaIfAbsent();
      SessionId id = store.create(session("nina", 0), Duration.ofSeconds(90));

      String seconds = queryString("SELECT extract(epoch FROM expires_at - now())::int::text FROM clock_check"
          + " WHERE id = '" + id.value() + "'");

      assertThat(Integer.parseInt(seconds)).isBetween(80, 90);
    }
  }

  @Test
  void tableNamesThatAreNotPlainIdentifiers_areRejected() {
    assertThatThrownBy(() -> SessionTable.named("sessions; drop table x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SessionTable.named("Sessions")).isInstanceOf(IllegalArgumentException.class);
  }

  private static void awaitRowsExpired() throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    String stillLive = "SELECT count(*)::text FROM purge_check WHERE expires_at > now() AND user_id <> 'mallory'";
    while (!"0".equals(queryString(stillLive))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("populated rows did not expire");
      }
      Thread.sleep(20);
    }
  }

  private static String queryString(String sql) throws SQLException {
    try (Connection connection = sharedPool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : null;
    }
  }
}
