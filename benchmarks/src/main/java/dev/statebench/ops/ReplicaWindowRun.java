package dev.statebench.ops;

import com.zaxxer.hikari.HikariDataSource;
import dev.statebench.replica.ReplicaTables;
import dev.statebench.replica.RevocationWindow;
import dev.statebench.servers.PostgresEndpoint;
import dev.statebench.servers.Servers;
import dev.statebench.session.PostgresPoolSettings;
import dev.statebench.session.PostgresSessionStore;
import dev.statebench.session.SessionTable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code statebench replica-window} with the server's own {@code synchronous_commit}, on the embedded primary of
 * {@code servers} and its embedded streaming replica: {@link RevocationWindow} under a background write load.
 */
public final class ReplicaWindowRun {
  private ReplicaWindowRun() {}

  /** Times {@code samples} revocations under {@code writeRate} inserts per second. */
  public static ReplicaWindowSummary measure(Servers servers, int samples, double writeRate) {
    PostgresEndpoint primaryEndpoint = servers.postgres();
    PostgresEndpoint replicaEndpoint = servers.postgresReplica();
    try (HikariDataSource primaryPool = PostgresSessionStore.newPool(primaryEndpoint, PostgresPoolSettings.DEFAULT);
        HikariDataSource writerPool = PostgresSessionStore.newPool(primaryEndpoint, PostgresPoolSettings.DEFAULT);
        PostgresSessionStore primary = new PostgresSessionStore(primaryPool, SessionTable.DEFAULT);
        PostgresSessionStore writer = new PostgresSessionStore(writerPool, SessionTable.DEFAULT);
        HikariDataSource replicaPool = PostgresSessionStore.newPool(replicaEndpoint, PostgresPoolSettings.DEFAULT);
        PostgresSessionStore replica = new PostgresSessionStore(replicaPool, SessionTable.DEFAULT)) {
      primary.createSchemaIfAbsent();
      primary.clear();
      ReplicaTables.await(replicaEndpoint, SessionTable.DEFAULT);
      RevocationWindow.Result result = new RevocationWindow(primary, replica, writer).measure(samples, writeRate);
      return new ReplicaWindowSummary("embedded physical streaming replica",
          synchronousCommit(primaryEndpoint), writeRate, result.achievedWritesPerSecond(), result.samples(),
          result.stillFound(), ReplicaWindowSummary.Percentiles.ofNanos(result.windows()),
          ReplicaWindowSummary.Percentiles.ofNanos(result.visibility()));
    }
  }

  private static String synchronousCommit(PostgresEndpoint endpoint) {
    try (Connection connection = DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.user(), endpoint.password());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SHOW synchronous_commit")) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read synchronous_commit from the primary: " + e.getMessage(), e);
    }
  }
}
