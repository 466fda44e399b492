package dev.statebench.load.cpu;

import dev.statebench.servers.PostgresEndpoint;
import dev.statebench.servers.RedisEndpoint;
import dev.statebench.session.RedisSessionStore;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Chooses how to measure a store's CPU time: {@code /proc} when the server runs on this machine (embedded, or an
 * external server on a loopback address whose process is visible here), Redis {@code INFO cpu} for a remote Redis,
 * and "not measurable" for a remote PostgreSQL (it reports no CPU time of its own).
 */
public final class StoreCpuMeters {
  private StoreCpuMeters() {}

  /** A meter for the Redis at {@code endpoint}: its process in {@code /proc}, else {@code INFO cpu}. */
  public static CpuMeter redis(RedisEndpoint endpoint) {
    RedisClient client = RedisSessionStore.newClient(endpoint.uri());
    long pid;
    try (StatefulRedisConnection<String, String> connection = client.connect(StringCodec.UTF8)) {
      pid = processId(connection.sync().info("server"));
    } catch (RuntimeException e) {
      client.shutdown();
      throw e;
    }
    if (isLoopback(endpoint.host()) && ProcessTreeCpuMeter.isLocalProcess(pid, "redis")) {
      client.shutdown();
      return new ProcessTreeCpuMeter(pid, "redis-server");
    }
    return new RedisInfoCpuMeter(client, endpoint.redactedUri());
  }

  /**
   * A meter for the PostgreSQL at {@code endpoint}: the postmaster and all its children in {@code /proc} (found as the
   * parent of this connection's backend, {@code pg_backend_pid()}), else not measurable.
   */
  public static CpuMeter postgres(PostgresEndpoint endpoint) {
    if (!isLoopback(endpoint.host())) {
      return CpuMeter.notMeasurable("PostgreSQL at " + endpoint.host()
          + " runs on another machine and reports no CPU time of its own");
    }
    Properties properties = new Properties();
    properties.setProperty("user", endpoint.user());
    if (!endpoint.password().isEmpty()) {
      properties.setProperty("password", endpoint.password());
    }
    properties.setProperty("ApplicationName", "statebench-cpu-meter");
    // The backend lives as long as this connection: read its parent (the postmaster) before closing it.
    try (Connection connection = DriverManager.getConnection(endpoint.jdbcUrl(), properties);
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      long backend = row.getLong(1);
      if (!ProcessTreeCpuMeter.isLocalProcess(backend, "postgres")) {
        return CpuMeter.notMeasurable("the PostgreSQL backend (pid " + backend + ") is not visible in this machine's"
            + " /proc (another host or container)");
      }
      return new ProcessTreeCpuMeter(ProcessTreeCpuMeter.parentOf(backend), "postgres postmaster");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot ask PostgreSQL for its backend pid: " + e.getMessage(), e);
    } catch (java.io.IOException e) {
      return CpuMeter.notMeasurable("the PostgreSQL postmaster cannot be read from /proc: " + e.getMessage());
    }
  }

  /** Extracts {@code process_id} from the text of {@code INFO server}. */
  static long processId(String info) {
    for (String line : info.split("\r?\n")) {
      if (line.startsWith("process_id:")) {
        return Long.parseLong(line.substring("process_id:".length()).trim());
      }
    }
    throw new IllegalStateException("INFO server did not report process_id");
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
