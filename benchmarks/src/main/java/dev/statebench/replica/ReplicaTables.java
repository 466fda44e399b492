package dev.statebench.replica;

import dev.statebench.UserFacingException;
import dev.statebench.servers.PostgresEndpoint;
import dev.statebench.session.SessionTable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** Waits for a table the primary created to reach a read replica, which cannot create it itself. */
public final class ReplicaTables {
  private static final Duration TABLE_DEADLINE = Duration.ofSeconds(30);

  private ReplicaTables() {}

  /**
   * Returns once {@code table} exists on {@code replica}.
   *
   * @throws UserFacingException when it has not arrived within 30 s, or the replica cannot be queried
   */
  public static void await(PostgresEndpoint replica, SessionTable table) {
    long deadline = System.nanoTime() + TABLE_DEADLINE.toNanos();
    try (Connection connection = DriverManager.getConnection(replica.jdbcUrl(), replica.user(), replica.password());
        PreparedStatement exists = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      exists.setString(1, table.name());
      while (true) {
        try (ResultSet rows = exists.executeQuery()) {
          if (rows.next() && rows.getBoolean(1)) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new UserFacingException("the replica did not receive the table " + table.name() + " within "
              + TABLE_DEADLINE.toSeconds() + " s: is it a replica of the primary, and is it replicating?");
        }
        LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
      }
    } catch (SQLException e) {
      throw new UserFacingException("cannot query the replica: " + e.getMessage(), e);
    }
  }
}
