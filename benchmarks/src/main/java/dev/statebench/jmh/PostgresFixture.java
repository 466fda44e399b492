package dev.statebench.jmh;

import com.zaxxer.hikari.HikariDataSource;
import dev.statebench.servers.PostgresEndpoint;
import dev.statebench.session.PostgresPoolSettings;
import dev.statebench.session.PostgresSessionStore;
import dev.statebench.session.SampleSessions;
import dev.statebench.session.SessionTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * A PostgreSQL session table populated for a benchmark trial: pool, store, {@code rows} sessions of {@code payload}
 * bytes written with COPY, then {@code VACUUM ANALYZE} so the planner and visibility map see the real table.
 */
final class PostgresFixture implements AutoCloseable {
  final HikariDataSource pool;
  final PostgresSessionStore store;

  private PostgresFixture(HikariDataSource pool, PostgresSessionStore store) {
    this.pool = pool;
    this.store = store;
  }

  /** Creates (or empties) the table and fills it. */
  static PostgresFixture populate(PostgresEndpoint endpoint, SessionTable table, int rows, int payload, int poolSize,
      Map<String, String> driverProperties) {
    HikariDataSource pool = PostgresSessionStore.newPool(endpoint,
        PostgresPoolSettings.DEFAULT.withMaximumPoolSize(poolSize), driverProperties);
    try {
      PostgresSessionStore store = new PostgresSessionStore(pool, table);
      store.createSchemaIfAbsent();
      store.clear();
      store.populate(SessionKeyPool.SEED, rows, i -> SampleSessions.forIndex(i, payload), Duration.ofHours(2));
      try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("VACUUM ANALYZE " + table.name());
      }
      return new PostgresFixture(pool, store);
    } catch (SQLException | RuntimeException e) {
      pool.close();
      throw new IllegalStateException("cannot populate " + table.name() + ": " + e.getMessage(), e);
    }
  }

  /** A table name for this shape of population, so logged and unlogged variants never share a table. */
  static SessionTable table(String purpose, int rows, boolean unlogged) {
    return new SessionTable("bench_" + purpose + "_" + rows + (unlogged ? "_unlogged" : "_logged"), unlogged);
  }

  @Override
  public void close() {
    store.close();
    pool.close();
  }
}
