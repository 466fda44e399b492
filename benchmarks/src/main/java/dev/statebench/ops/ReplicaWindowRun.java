package dev.statebench.ops;

import com.zaxxer.hikari.HikariDataSource;
import dev.statebench.UserFacingException;
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
import java.util.function.Consumer;

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
    Measured measured = measure(servers.postgres(), servers.postgresReplica(),
        Map.of("options", "-c synchronous_commit=" + synchronousCommit), samples, writeRate, inForce -> { });
    RevocationWindow.Result result = measured.result();
    return new ReplicaWindowSummary("embedded physical streaming replica", measured.synchronousCommit(), writeRate,
        result.achievedWritesPerSecond(), result.samples(), result.stillFound(),
        ReplicaWindowSummary.Percentiles.ofNanos(result.windows()),
        ReplicaWindowSummary.Percentiles.ofNanos(result.visibility()));
  }

  /**
   * Times {@code samples} revocations on {@code primaryEndpoint}, looked up on {@code replicaEndpoint}, under
   * {@code writeRate} inserts per second; the revoking and writing sessions connect with {@code sessionOptions}
   * (empty: the server's settings). The session table is created and emptied on the primary and awaited on the
   * replica; then {@code onReady} is told the {@code synchronous_commit} in force on the revoking sessions, and the
   * measurement starts.
   */
  public static Measured measure(PostgresEndpoint primaryEndpoint, PostgresEndpoint replicaEndpoint,
      Map<String, String> sessionOptions, int samples, double writeRate, Consumer<String> onReady) {
    try (HikariDataSource primaryPool = PostgresSessionStore.newPool(primaryEndpoint, PostgresPoolSettings.DEFAULT,
            sessionOptions);
        HikariDataSource writerPool = PostgresSessionStore.newPool(primaryEndpoint, PostgresPoolSettings.DEFAULT,
            sessionOptions);
        PostgresSessionStore primary = new PostgresSessionStore(primaryPool, SessionTable.DEFAULT);
        PostgresSessionStore writer = new PostgresSessionStore(writerPool, SessionTable.DEFAULT);
        HikariDataSource replicaPool = PostgresSessionStore.newPool(replicaEndpoint, PostgresPoolSettings.DEFAULT);
        PostgresSessionStore replica = new PostgresSessionStore(replicaPool, SessionTable.DEFAULT)) {
      primary.createSchemaIfAbsent();
      primary.clear();
      ReplicaTables.await(replicaEndpoint, SessionTable.DEFAULT);
      String inForce = synchronousCommit(primaryPool);
      onReady.accept(inForce);
      return new Measured(new RevocationWindow(primary, replica, writer).measure(samples, writeRate), inForce);
    }
  }

  /** A measurement and the {@code synchronous_commit} the revoking sessions ran with. */
  public record Measured(RevocationWindow.Result result, String synchronousCommit) {}

  /** The setting in force on the revoking sessions, read back from one of them. */
  private static String synchronousCommit(HikariDataSource primaryPool) {
    try (Connection connection = primaryPool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SHOW synchronous_commit")) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException e) {
      throw new UserFacingException("cannot read synchronous_commit from the primary: " + e.getMessage(), e);
    }
  }
}
