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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * {@code statebench replica-window} on the embedded primary of {@code servers} and its embedded streaming replica:
 * {@link RevocationWindow} under a background write load, with the revoking and writing sessions' own
 * {@code synchronous_commit} (the embedded server runs with {@code off}, where a commit's WAL reaches the replica only
 * at the WAL writer's next round, {@code wal_writer_delay} = 200 ms by default; {@code on} is PostgreSQL's default:
 * https://www.postgresql.org/docs/current/runtime-config-wal.html#GUC-SYNCHRONOUS-COMMIT).
 */
public final class ReplicaWindowRun {
  private ReplicaWindowRun() {}

  /**
   * Times {@code samples} revocations under {@code writeRate} inserts per second, the primary's sessions running with
   * {@code synchronousCommit} ({@code off}, {@code local}, {@code on}, …).
   */
  public static ReplicaWindowSummary measure(Servers servers, int samples, double writeRate, String synchronousCommit) {
    PostgresEndpoint primaryEndpoint = servers.postgres();
    PostgresEndpoint replicaEndpoint = servers.postgresReplica();
    Map<String, String> session = Map.of("options", "-c synchronous_commit=" + synchronousCommit);
    try (HikariDataSource primaryPool = PostgresSessionStore.newPool(primaryEndpoint, PostgresPoolSettings.DEFAULT,
            session);
        HikariDataSource writerPool = PostgresSessionStore.newPool(primaryEndpoint, PostgresPoolSettings.DEFAULT,
            session);
        PostgresSessionStore primary = new PostgresSessionStore(primaryPool, SessionTable.DEFAULT);
        PostgresSessionStore writer = new PostgresSessionStore(writerPool, SessionTable.DEFAULT);
        HikariDataSource replicaPool = PostgresSessionStore.newPool(replicaEndpoint, PostgresPoolSettings.DEFAULT);
        PostgresSessionStore replica = new PostgresSessionStore(replicaPool, SessionTable.DEFAULT)) {
      primary.createSchemaIfAbsent();
      primary.clear();
      ReplicaTables.await(replicaEndpoint, SessionTable.DEFAULT);
      RevocationWindow.Result result = new RevocationWindow(primary, replica, writer).measure(samples, writeRate);
      return new ReplicaWindowSummary("embedded physical streaming replica", synchronousCommit(primaryPool), writeRate,
          result.achievedWritesPerSecond(), result.samples(), result.stillFound(),
          ReplicaWindowSummary.Percentiles.ofNanos(result.windows()),
          ReplicaWindowSummary.Percentiles.ofNanos(result.visibility()));
    }
  }

  /** The setting in force on the revoking sessions, read back from one of them. */
  private static String synchronousCommit(HikariDataSource primaryPool) {
    try (Connection connection = primaryPool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SHOW synchronous_commit")) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read synchronous_commit from the primary: " + e.getMessage(), e);
    }
  }
}
